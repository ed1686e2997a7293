// Expands every `.dic` entry into all its inflected forms, the way Hunspell
// would accept them: suffixes, prefixes, their cross products, and affixes
// enabled by the continuation flags of another affix (twofold affixes).
import { splitFlags, type AffixFile, type AffixRule } from './affix.js'

/** Per-form attributes kept in the automaton. */
export const WordFlag = {
  /** Known, but never proposed as a suggestion (NOSUGGEST). */
  noSuggest: 1,
  /** Known only in exactly this case (KEEPCASE): `kg` is not `KG`. */
  keepCase: 2,
} as const

/** A `.dic` line: the stem and its flags. */
export interface DicEntry {
  readonly word: string
  readonly flags: ReadonlySet<string>
}

/** Parses the text of a `.dic` file (first line is the entry count). */
export function parseDic(text: string, affix: AffixFile): DicEntry[] {
  const entries: DicEntry[] = []
  const lines = text.split(/\r?\n/)
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]?.trim() ?? ''
    if (line === '') continue
    // Morphological fields follow a space or tab; a slash not escaped starts flags.
    const field = line.split(/[\t ]/)[0] ?? ''
    const slash = field.search(/(?<!\\)\//)
    const word = (slash === -1 ? field : field.slice(0, slash)).replaceAll('\\/', '/')
    const flags = slash === -1 ? [] : splitFlags(field.slice(slash + 1), affix.flagType)
    entries.push({ word: word.normalize('NFC'), flags: new Set(flags) })
  }
  return entries
}

function applies(rule: AffixRule, word: string, fullStrip: boolean): boolean {
  if (rule.strip.length > word.length || (!fullStrip && rule.strip.length === word.length)) return false
  if (rule.kind === 'SFX') return word.endsWith(rule.strip) && rule.condition.test(word)
  return word.startsWith(rule.strip) && rule.condition.test(word)
}

function apply(rule: AffixRule, word: string): string {
  return rule.kind === 'SFX'
    ? word.slice(0, word.length - rule.strip.length) + rule.add
    : rule.add + word.slice(rule.strip.length)
}

/**
 * Calls `emit` for each form of `entry`, with its {@link WordFlag} bits.
 * A form may be emitted more than once; the caller merges duplicates.
 */
export function expandEntry(entry: DicEntry, affix: AffixFile, emit: (form: string, flags: number) => void): void {
  const { flags, word } = entry
  if (affix.onlyInCompound !== undefined && flags.has(affix.onlyInCompound)) return
  let attributes = 0
  if (affix.noSuggest !== undefined && flags.has(affix.noSuggest)) attributes |= WordFlag.noSuggest
  if (affix.keepCase !== undefined && flags.has(affix.keepCase)) attributes |= WordFlag.keepCase
  const needs = (cont: readonly string[]): boolean => affix.needAffix !== undefined && cont.includes(affix.needAffix)
  const out = (form: string): void => emit(form, attributes)
  const rulesOf = (table: ReadonlyMap<string, readonly AffixRule[]>, flagList: Iterable<string>): AffixRule[] => {
    const rules: AffixRule[] = []
    for (const flag of flagList) rules.push(...(table.get(flag) ?? []))
    return rules
  }

  if (affix.needAffix === undefined || !flags.has(affix.needAffix)) out(word)

  const rootPrefixes = rulesOf(affix.prefixes, flags)
  for (const suffix of rulesOf(affix.suffixes, flags)) {
    if (!applies(suffix, word, affix.fullStrip)) continue
    const suffixed = apply(suffix, word)
    if (!needs(suffix.cont)) out(suffixed)
    // A second suffix enabled by the first one's continuation class.
    for (const outer of rulesOf(affix.suffixes, suffix.cont)) {
      if (applies(outer, suffixed, affix.fullStrip) && !needs(outer.cont)) out(apply(outer, suffixed))
    }
    // Prefixes: those of the root when both sides allow cross products, and
    // those the suffix itself enables (the elisions `l'`, `d'`… of French).
    const prefixes = [
      ...(suffix.cross ? rootPrefixes.filter((prefix) => prefix.cross) : []),
      ...rulesOf(affix.prefixes, suffix.cont),
    ]
    for (const prefix of prefixes) {
      if (applies(prefix, suffixed, affix.fullStrip) && !needs(prefix.cont)) out(apply(prefix, suffixed))
    }
  }

  for (const prefix of rootPrefixes) {
    if (!applies(prefix, word, affix.fullStrip)) continue
    const prefixed = apply(prefix, word)
    if (!needs(prefix.cont)) out(prefixed)
    // A suffix enabled by the prefix's continuation class (`kilo` + `mètre` + `s`).
    for (const suffix of rulesOf(affix.suffixes, prefix.cont)) {
      if (applies(suffix, word, affix.fullStrip) && !needs(suffix.cont)) out(apply(prefix, apply(suffix, word)))
    }
  }
}

/**
 * Expands a whole dictionary into a sorted list of forms with merged flags.
 * Forbidden forms are removed even if another entry produces them.
 */
export function expandDictionary(entries: readonly DicEntry[], affix: AffixFile): Map<string, number> {
  const forms = new Map<string, number>()
  const forbidden = new Set<string>()
  for (const entry of entries) {
    if (affix.forbiddenWord !== undefined && entry.flags.has(affix.forbiddenWord)) {
      forbidden.add(entry.word)
      continue
    }
    expandEntry(entry, affix, (form, flags) => {
      // A form produced by several entries is as permissive as the most permissive one.
      const previous = forms.get(form)
      forms.set(form, previous === undefined ? flags : previous & flags)
    })
  }
  for (const word of forbidden) forms.delete(word)
  return forms
}
