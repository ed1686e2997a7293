// Turns the expanded forms of the dictionary into the strings stored in the
// automaton: bare words as they are, elided forms as `rest + marker`, so
// `l'avion`, `d'avion` and `qu'avion` cost three arcs on top of `avion`.
import { splitElision } from './elision.js'

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1)
}

/** Returns the automaton entries, sorted by code unit, with their word flags. */
export function automatonEntries(forms: ReadonlyMap<string, number>): Array<[string, number]> {
  const entries = new Map<string, number>()
  for (const [form, flags] of forms) {
    const split = splitElision(form)
    if (split === undefined) {
      entries.set(form, (entries.get(form) ?? flags) & flags)
      continue
    }
    // The `.aff` also spells `l'Avion` so that capitals after an elision are
    // accepted; the case rules of the lookup do that, so keep `avion`.
    const rest = !forms.has(split.rest) && forms.has(lowerFirst(split.rest)) ? lowerFirst(split.rest) : split.rest
    entries.set(rest + String.fromCharCode(split.marker), 0)
  }
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
