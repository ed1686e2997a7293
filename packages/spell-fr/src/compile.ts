// The whole build-time pipeline, from the `.aff` and `.dic` texts to the bytes
// of `data/fr.dawg`, plus the fingerprint that ties the data to the dictionary
// version it was compiled from. Run by `scripts/compile-dictionary.mjs`.
import { createHash } from 'node:crypto'
import { parseAffix } from './affix.js'
import { DawgBuilder } from './automaton-build.js'
import { FORMAT_VERSION } from './format.js'
import { isMarker } from './elision.js'
import { expandDictionary, parseDic } from './expand.js'
import { automatonEntries } from './word-list.js'

/** One Hunspell dictionary a data file is compiled from. */
export interface DictionarySource {
  readonly name: string
  readonly version: string
  readonly aff: string
  readonly dic: string
}

/** What a source is recorded as in the metadata. */
export interface SourceMeta {
  readonly name: string
  readonly version: string
  readonly sha256: string
}

/** What `data/<lang>.meta.json` records. */
export interface DataMeta {
  /** The first source (for `fr`, the npm package `dictionary-fr`). */
  readonly dictionary: SourceMeta
  /** Every source whose forms were merged, the first included. */
  readonly sources?: readonly SourceMeta[]
  readonly format: number
  /** Distinct inflected forms of the dictionary, elided ones included. */
  readonly forms: number
  /** Strings in the automaton: bare words plus one per elision a word takes. */
  readonly entries: number
  /** Bare words in the automaton (entries without an elision marker). */
  readonly words: number
  readonly bytes: number
  readonly sha256: string
}

/** Hash of the two dictionary files, in a fixed order. */
export function dictionarySha256(aff: string, dic: string): string {
  return createHash('sha256').update(aff).update('\0').update(dic).digest('hex')
}

/** Options of {@link compileDictionaries}. */
export interface CompileOptions {
  /**
   * Directives of compounding to leave out instead of failing: the English dictionary
   * uses them only for ordinals (`21st`), which are not words to check.
   */
  readonly ignoreCompounding?: boolean
}

/** Compiles a Hunspell dictionary into the automaton bytes and their metadata. */
export function compileDictionary(aff: string, dic: string, dictionary: { name: string; version: string }, options: CompileOptions = {}): { bytes: Uint8Array; meta: DataMeta } {
  return compileDictionaries([{ ...dictionary, aff, dic }], options)
}

/**
 * Compiles the union of the forms of several Hunspell dictionaries (e.g. the
 * "classique" dictionary and the "toutes variantes" one, which adds the spellings of
 * the 1990 reform) into one automaton. A form's flags are those all its sources agree on.
 */
export function compileDictionaries(sources: readonly DictionarySource[], options: CompileOptions = {}): { bytes: Uint8Array; meta: DataMeta } {
  if (sources.length === 0) throw new Error('No dictionary to compile')
  const forms = new Map<string, number>()
  const stemWords = new Set<string>()
  for (const source of sources) {
    const affix = parseAffix(source.aff)
    const unsupported = affix.unsupported.filter((directive) => !(options.ignoreCompounding && /^(COMPOUND|CHECKCOMPOUND)/.test(directive)))
    if (unsupported.length > 0) {
      throw new Error(`Unsupported .aff directives \`${unsupported.join('`, `')}\` in ${source.name}: the expander handles prefixes, suffixes and their continuations only`)
    }
    const stems = parseDic(source.dic, affix)
    for (const stem of stems) stemWords.add(stem.word)
    for (const [form, flags] of expandDictionary(stems, affix)) forms.set(form, (forms.get(form) ?? flags) & flags)
  }
  const entries = automatonEntries(forms, stemWords)
  const builder = new DawgBuilder()
  for (const [word, flags] of entries) builder.add(word, flags)
  const bytes = builder.finish()
  return {
    bytes,
    meta: {
      dictionary: sourceMeta(sources[0] as DictionarySource),
      ...(sources.length > 1 ? { sources: sources.map(sourceMeta) } : {}),
      format: FORMAT_VERSION,
      forms: forms.size,
      entries: entries.length,
      words: entries.filter(([word]) => !isMarker(word.charCodeAt(word.length - 1))).length,
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  }
}

function sourceMeta(source: DictionarySource): SourceMeta {
  return { name: source.name, version: source.version, sha256: dictionarySha256(source.aff, source.dic) }
}
