/**
 * Grammalecte's families of rules (its options, `grammalecte-cli -lo`) as offre
 * reports them: grammar is reported; typography only where offre-typography, which
 * knows the site's conventions, has nothing at that place; style is off.
 */

/**
 * Agreement, conjugation, confusions, elision and euphony, participles, modes, hyphens,
 * capitals (ministries' too: `le ministère de l'Intérieur`, 14 real findings on the 211
 * pages, none false)…
 */
export const GRAMMAR_FAMILIES: ReadonlySet<string> = new Set(['gn', 'conj', 'conf', 'eleu', 'ppas', 'imp', 'infi', 'inte', 'loc', 'vmode', 'tu', 'maj', 'minis', 'virg', 'neg', 'date', 'num', 'notype'])

/** Typography: offre-typography's domain; a finding of these is kept only where offre-typography says nothing. */
export const TYPOGRAPHY_FAMILIES: ReadonlySet<string> = new Set(['typo', 'apos', 'esp', 'nbsp', 'unit', 'liga', 'tab', 'nf'])

/**
 * The options sent to Grammalecte. Off: style and taste (popular register,
 * pleonasms, repetitions, inclusive writing, which the site uses), OCR, and the
 * typography that offre-typography already checks by the site's conventions
 * (apostrophes, spaces, no-break spaces, which the renderer adds).
 */
export const GRAMMALECTE_OPTIONS: Readonly<Record<string, boolean>> = {
  bs: false,
  pleo: false,
  redon1: false,
  redon2: false,
  eepi: false,
  ocr: false,
  mapos: false,
  chim: false,
  apos: false,
  esp: false,
  nbsp: false,
  tab: false,
  unit: false,
}

/**
 * Grammalecte rules left out by their id (a prefix), where the site's conventions
 * differ: a dash opening a line is a markdown list; ordinals in Unicode superscripts
 * (`1ᵉʳ`) are not how a web page writes them; the no-break spaces of large numbers
 * are the renderer's; a paragraph may start in lower case (a list item, a table cell);
 * inclusive writing is the site's choice; a verb without its subject is a list item's
 * style, not a `tu` imperative.
 */
export const RULES_OFF: readonly string[] = [
  'typo_tiret_début_ligne',
  'g2__typo_ordinaux_',
  'num_grand_nombre_',
  'majuscule_début_paragraphe',
  'typo_écriture_invariable',
  'eepi_',
  // `- Intervient dans le cadre…`, `Inclut les émissions…`: a list item or a sentence that
  // leaves its subject out is no imperative missing its `s` (6 findings on the 211 pages and
  // 662 of beta.gouv.fr, none real: the site says `vous`, not `tu`).
  'gv1__imp_verbe_groupe2_groupe3_t_',
]

/** Families whose single suggestion is certain enough for `--fix`: elision and euphony (`que il` → `qu’il`). */
export const CERTAIN_FAMILIES: ReadonlySet<string> = new Set(['eleu'])

/**
 * Names of the field written as noun phrases that do not agree (`la mission
 * logiciels libres`), and compounds that Grammalecte misreads: never a grammar defect. The project's vocabulary adds its own
 * (a line of several words).
 */
export const NAME_PHRASES: readonly string[] = [
  'mission logiciels libres',
  'pôle logiciels libres',
  'conseil logiciels libres',
  'conseil national du logiciel libre',
  'bureau logiciels libres',
  'département logiciels libres',
  'communs numériques',
  // `les marchés logiciels libres`, `le pôle logiciels libres`: the site's way to name a field.
  'logiciels libres',
  'logiciel libre',
  // Nouns that Grammalecte reads as verbs (`les codes sources` → `sourcent`).
  'codes sources',
  'code source',
  'open source',
  'open-source',
  'open-sources',
  'démarches simplifiées',
]
