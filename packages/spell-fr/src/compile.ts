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

/** What `data/fr.meta.json` records. */
export interface DataMeta {
  readonly dictionary: { readonly name: string; readonly version: string; readonly sha256: string }
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

/** Compiles a Hunspell dictionary into the automaton bytes and their metadata. */
export function compileDictionary(aff: string, dic: string, dictionary: { name: string; version: string }): { bytes: Uint8Array; meta: DataMeta } {
  const affix = parseAffix(aff)
  if (affix.unsupported.length > 0) {
    throw new Error(`Unsupported .aff directives \`${affix.unsupported.join('`, `')}\`: the expander handles prefixes, suffixes and their continuations only`)
  }
  const stems = parseDic(dic, affix)
  const forms = expandDictionary(stems, affix)
  const entries = automatonEntries(forms, new Set(stems.map((stem) => stem.word)))
  const builder = new DawgBuilder()
  for (const [word, flags] of entries) builder.add(word, flags)
  const bytes = builder.finish()
  return {
    bytes,
    meta: {
      dictionary: { ...dictionary, sha256: dictionarySha256(aff, dic) },
      format: FORMAT_VERSION,
      forms: forms.size,
      entries: entries.length,
      words: entries.filter(([word]) => !isMarker(word.charCodeAt(word.length - 1))).length,
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  }
}
