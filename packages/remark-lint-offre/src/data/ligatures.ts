/**
 * French words written with the œ or æ ligature, keyed by their spelling without it
 * (lower case), inflections included. A curated list, never a blind `oe` → `œ`:
 * `coexister`, `coefficient`, `moelle`, `goéland`, `Noël`, `poète` have no ligature,
 * and `ex aequo`, `curriculum vitae` are Latin left as written.
 */

/** Each entry: the stem with the ligature, then the endings it takes. */
const FAMILIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['œuvre', ['', 's']],
  ['œuvr', ['er', 'ent', 'ant', 'é', 'ée', 'és', 'ées', 'ons', 'ez', 'ait', 'aient', 'era', 'eront', 'erait']],
  ['désœuvr', ['é', 'ée', 'és', 'ées', 'ement']],
  ['manœuvr', ['e', 'es', 'er', 'é', 'ée', 'és', 'ées', 'able', 'ables', 'abilité', 'ier', 'iers', 'ent', 'ant']],
  ['cœur', ['', 's']],
  ['chœur', ['', 's']],
  ['écœur', ['ant', 'ante', 'ants', 'antes', 'er', 'é', 'ée', 'és', 'ées', 'ement']],
  ['rancœur', ['', 's']],
  ['sœur', ['', 's']],
  ['consœur', ['', 's']],
  ['œil', ['', 'let', 'lets', 'lère', 'lères', 'lade', 'lades', 'leton', 'letons']],
  ['œuf', ['', 's']],
  ['bœuf', ['', 's']],
  ['vœu', ['', 'x']],
  ['nœud', ['', 's']],
  ['mœurs', ['']],
  ['œsophag', ['e', 'es', 'ien', 'ienne', 'iens', 'iennes']],
  ['œcuméni', ['que', 'ques', 'sme']],
  ['fœt', ['us', 'al', 'ale', 'aux', 'ales']],
  ['œdèm', ['e', 'es']],
  ['œstrogèn', ['e', 'es']],
  ['œnolog', ['ie', 'ue', 'ues', 'ique', 'iques']],
  ['œnothèque', ['', 's']],
  ['œdip', ['e', 'ien', 'ienne']],
  ['cœlacanthe', ['', 's']],
  ['cœliaque', ['', 's']],
  ['cœlioscopie', ['', 's']],
  ['cæc', ['um', 'ums', 'al', 'ale', 'aux']],
  ['næv', ['us', 'i']],
  ['tænia', ['', 's']],
  ['cætera', ['']],
]

function withoutLigature(word: string): string {
  return word.replace(/œ/g, 'oe').replace(/æ/g, 'ae')
}

/** `oeuvre` → `œuvre`, `coeurs` → `cœurs`… (lower case). */
export const LIGATURES: ReadonlyMap<string, string> = new Map(
  FAMILIES.flatMap(([stem, endings]) => endings.map((ending) => [withoutLigature(stem + ending), stem + ending] as const)),
)
