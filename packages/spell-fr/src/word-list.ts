// Turns the expanded forms of the dictionary into the strings stored in the
// automaton: bare words as they are, elided forms as `rest + marker`, so
// `l'avion`, `d'avion` and `qu'avion` cost three arcs on top of `avion`.
import { splitElision } from './elision.js'

/**
 * French elides only before a vowel or a mute `h`. The `.aff` gives the
 * elision flags to whole inflection classes (`chat/F+` gets `l'chat`), so
 * forms whose rest starts with another letter are dropped.
 */
export function elidable(rest: string): boolean {
  const first = rest.charAt(0).normalize('NFD').charAt(0).toLowerCase()
  return !/\p{L}/u.test(first) || 'aeiouyhœæ'.includes(first)
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1)
}

/**
 * Returns the automaton entries, sorted by code unit, with their word flags.
 * `stems` are the `.dic` words, kept whole when they only look elided (`N'Djamena`).
 */
export function automatonEntries(forms: ReadonlyMap<string, number>, stems: ReadonlySet<string>): Array<[string, number]> {
  const entries = new Map<string, number>()
  for (const [form, flags] of forms) {
    const split = splitElision(form)
    if (split === undefined || (stems.has(form) && !elidable(split.rest))) {
      entries.set(form, (entries.get(form) ?? flags) & flags)
      continue
    }
    // The `.aff` also spells `l'Avion` so that capitals after an elision are
    // accepted; the case rules of the lookup do that, so keep `avion`.
    if (!elidable(split.rest)) continue
    const rest = !forms.has(split.rest) && forms.has(lowerFirst(split.rest)) ? lowerFirst(split.rest) : split.rest
    entries.set(rest + String.fromCharCode(split.marker), 0)
  }
  // The default sort compares UTF-16 code units, the order the builder needs.
  return [...entries.keys()].sort().map((word) => [word, entries.get(word) as number])
}
