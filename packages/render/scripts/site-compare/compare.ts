/**
 * The yardstick of issue 15: one page as the site's own generator (Eleventy)
 * built it against the same page built by offre, aspect by aspect. Pure: two
 * HTML strings (or their absence) in, one result per aspect out; run.ts reads
 * the two builds and report.ts sums the pages up.
 *
 * An aspect *appears* on a page when either build has it (a non-empty value);
 * it is *identical* when both builds give the same normalized value
 * (normalize.ts; the values are defined in extract.ts). The main text is judged
 * by its similarity instead (similarity.ts: 2·LCS/(|a|+|b|) on words). A page
 * missing from one build has every aspect of the other build differ.
 */
import { extractAspects, type ExtractOptions, type PageAspects } from './extract.js'
import { firstDifference, similarity } from './similarity.js'

export type AspectId = keyof PageAspects

export interface AspectDefinition {
  id: AspectId
  title: string
  /** What is compared, for the report. */
  definition: string
  /** The share of the pages where it appears that must be identical (for `text`, the median similarity). */
  target: number
  /** `text` only: the similarity the tenth percentile must reach. */
  p10Target?: number
}

export const ASPECTS: readonly AspectDefinition[] = [
  { id: 'h1', title: 'h1', target: 0.99, definition: 'text of the first `h1` of the page' },
  { id: 'headings', title: 'headings', target: 0.99, definition: '(level, text, id) of each `h2`–`h6` of the main content, in order (an empty heading without id, such as the site\'s empty `h3.fr-callout__title`, is left out)' },
  { id: 'lists', title: 'lists', target: 0.99, definition: 'each outermost `ul`/`ol` of the main content: kind, item texts (without nested lists), nested lists in place' },
  { id: 'tables', title: 'tables', target: 0.99, definition: 'each `table` of the main content: cell texts row by row (caption left out)' },
  { id: 'breadcrumb', title: 'breadcrumb', target: 0.95, definition: '(text, href) of each link of the first `nav.fr-breadcrumb`' },
  { id: 'lead', title: 'lead', target: 0.95, definition: 'text of the first `p.fr-text--lead` of `main`' },
  { id: 'links', title: 'links', target: 0.95, definition: 'multiset of (href, text) of the `a[href]` of the main content' },
  { id: 'images', title: 'images', target: 0.95, definition: '(name, alt) of each `img` of the main content, in order; name = file name of the source image, lower-cased, without extension, size suffix or hash; an image whose file the build lacks (a 404) differs' },
  { id: 'dates', title: 'dates', target: 0.9, definition: '(datetime, text) of each `time` of the page region; on the site\'s side, a date on the day the reference was built is left out: Eleventy dates a page without `date` by its file\'s creation, i.e. the copy made for the build' },
  { id: 'tags', title: 'tags', target: 0.9, definition: 'text of each `.fr-tag` of the page region, in order' },
  { id: 'text', title: 'main text', target: 0.95, p10Target: 0.9, definition: 'normalized text of the main content; similarity 2·LCS/(|a|+|b|) on words' },
  { id: 'header', title: 'header links', target: 0.95, definition: 'set of hrefs of the links of `header`' },
  { id: 'footer', title: 'footer links', target: 0.95, definition: 'set of hrefs of the links of `footer`' },
]

/** How regions, normalization and similarity are defined, for the report (the aspects' own definitions are above). */
export const DEFINITIONS = [
    'Regions. *main* is the `main` element. The *page region* is *main* without the share buttons (`.fr-share`), the "Lire aussi" block (previous and next posts as `.fr-card`s, from the site\'s collections), the breadcrumb\'s toggle button and the headings\' permalinks (`a.header-anchor`, the "#" markdown-it-anchor adds to `h1`–`h4` on the site: not compared). The *main content* is the page region without the title band: the breadcrumb, the `h1` and its `hgroup`, the lead, the tags group and the date line (the `p` holding a `time`).',
    '',
    'Normalization. Texts: NFC; every Unicode space (no-break U+00A0, narrow no-break U+202F…) is a space, runs collapse, invisible characters (zero-width, soft hyphen) dropped, trimmed: the French typography offre applies (the space an editor typed before `? ! ; :` or inside « » made a no-break one) does not count; a space added or removed, `’` against `\'`, quotes, dashes and case do. URLs: resolved against the page\'s URL (offre links relatively, `../../`), the site\'s origin `https://code.gouv.fr` dropped, a final `index.html` and trailing slash dropped, path percent-decoded, query and fragment kept. A text or list aspect is *identical* when the normalized values are equal; it *appears* on a page when either build has a non-empty value. A page missing from one build counts as different for every aspect the other has.',
    '',
    'Main text similarity: 2·LCS/(|a|+|b|) on words (difflib\'s ratio on word sequences): insensitive to where a difference is, a changed word costs the same anywhere, and a page compares in milliseconds once the common start and end are set aside; characters would cost |a|·|b| on long pages and weigh a long word more than a short one.',
  ].join('\n')

export interface AspectResult {
  aspect: AspectId
  appears: boolean
  identical: boolean
  /** `text` only. */
  similarity?: number
  /** A short account of the difference, for the report; empty when identical. */
  difference: string
}

export interface CompareOptions extends ExtractOptions {
  /** Site-side options when they differ (its images are renamed by eleventy-img). */
  site?: ExtractOptions
}

export function comparePages(siteHtml: string | undefined, offreHtml: string | undefined, options: CompareOptions = {}): AspectResult[] {
  const { site: siteOptions, ...shared } = options
  const site = siteHtml === undefined ? undefined : extractAspects(siteHtml, { ...shared, ...siteOptions })
  const offre = offreHtml === undefined ? undefined : extractAspects(offreHtml, shared)
  return compareAspects(site, offre)
}

export function compareAspects(site: PageAspects | undefined, offre: PageAspects | undefined): AspectResult[] {
  return ASPECTS.map(({ id }) => {
    const a = site?.[id]
    const b = offre?.[id]
    const appears = !isEmpty(a) || !isEmpty(b)
    if (id === 'text') {
      const x = (a as string | undefined) ?? ''
      const y = (b as string | undefined) ?? ''
      const score = site && offre ? similarity(x, y) : 0
      const difference = !appears ? '' : !site ? 'missing from the site build' : !offre ? 'missing from the offre build' : firstDifference(x, y)
      return { aspect: id, appears, identical: x === y && site !== undefined && offre !== undefined, similarity: appears ? score : 1, difference }
    }
    if (!appears) return { aspect: id, appears, identical: true, difference: '' }
    if (!site) return { aspect: id, appears, identical: false, difference: 'page missing from the site build' }
    if (!offre) return { aspect: id, appears, identical: false, difference: 'page missing from the offre build' }
    const identical = JSON.stringify(a) === JSON.stringify(b)
    return { aspect: id, appears, identical, difference: identical ? '' : describe(a!, b!) }
  })
}

function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || value.length === 0
}

const MAX = 160

function clip(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text
}

/** `site: "x" → offre: "y"` for texts; for lists the entries one side has more of than the other, or the first place they part. */
export function describe(a: string | string[], b: string | string[]): string {
  if (typeof a === 'string' || typeof b === 'string') return `site: \`${clip(String(a))}\` → offre: \`${clip(String(b))}\``
  const onlySite = multisetMinus(a, b)
  const onlyOffre = multisetMinus(b, a)
  if (onlySite.length === 0 && onlyOffre.length === 0) {
    const i = a.findIndex((value, index) => value !== b[index])
    return `same entries, order differs at #${i + 1}: site \`${clip(a[i]!)}\` → offre \`${clip(b[i]!)}\``
  }
  const parts: string[] = []
  if (onlySite.length) parts.push(`site only (${onlySite.length}): ${onlySite.slice(0, 2).map((v) => `\`${clip(v)}\``).join(', ')}`)
  if (onlyOffre.length) parts.push(`offre only (${onlyOffre.length}): ${onlyOffre.slice(0, 2).map((v) => `\`${clip(v)}\``).join(', ')}`)
  return parts.join('; ')
}

function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const value of b) counts.set(value, (counts.get(value) ?? 0) + 1)
  const rest: string[] = []
  for (const value of a) {
    const count = counts.get(value) ?? 0
    if (count > 0) counts.set(value, count - 1)
    else rest.push(value)
  }
  return rest
}
