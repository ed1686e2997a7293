/**
 * fast-check arbitraries for the hardening properties: any text (lone surrogates,
 * NUL, controls, any code point), any bytes, and pages assembled from the
 * constructs of the real pages of code.gouv.fr (front matter with the site's
 * keys, the offer's lead-ins, lists, links, `mailto:` and code-span addresses,
 * `<br/>`, tables, `:::callout`, `{.fr-link}`, `{% imageContent %}`), mixed with
 * CRLF, a BOM, deep nesting and random edits.
 *
 * Every property file seeds fast-check with `FC_SEED` (default 42) and runs
 * `FUZZ_RUNS` cases (default: the file's own, small enough for `npm test`).
 */
import fc from 'fast-check'

/** The seed of every property run: `FC_SEED=… npm test` replays a reported failure. */
export const FUZZ_SEED = Number(process.env.FC_SEED ?? 42)

/** Cases per property: `FUZZ_RUNS` when set (as `npm run fuzz` does), else the file's default. */
export function runs(fallback: number): number {
  const value = Number(process.env.FUZZ_RUNS)
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/**
 * The parameters of one `fc.assert`: `runs(fallback)` cases, and with `FC_PATH`
 * (the `path` of a reported failure, with its `FC_SEED`) the failing case alone,
 * replayed at once. Select the failing property with `-t`.
 */
export function fuzz(fallback: number): { numRuns: number; path?: string; endOnFailure?: boolean } {
  const path = process.env.FC_PATH
  return path ? { numRuns: runs(fallback), path, endOnFailure: true } : { numRuns: runs(fallback) }
}

/**
 * A test timeout that grows with the number of cases (`ms` per case, never below a
 * minute); none under `npm run fuzz` (`FUZZ_RUNS` set), whose long runs on a shared
 * machine must end on a counterexample, not on the clock.
 */
export function timeoutFor(cases: number, ms: number): number {
  if (process.env.FUZZ_RUNS) return 0
  return Math.max(60_000, Math.ceil(cases * ms * 3))
}

/** Any UTF-16 code unit: lone surrogates, NUL, controls, BOM, line and paragraph separators. */
export const codeUnit = fc.nat(0xffff).map((code) => String.fromCharCode(code))

/** Text of any code units, any code points (astral included), or printable graphemes. */
export const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\u0000', '\ufeff', '\r', '\n', '\u2028', '\u00a0', 'a', '-', '>', '`', '[', ']', '(', ')', '*', '_', ':', '#', '|', '<', '&'), maxLength: 300 }),
)

/** Any bytes, and bytes that are almost UTF-8 (valid text with bad sequences spliced in). */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc
    .tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })), { maxLength: 4 }))
    .map(([text, splices]) => {
      let bytes = Buffer.from(`---\ntitle: x\n---\n\n${text}`, 'utf8')
      for (const [at, junk] of splices) {
        const index = at % (bytes.length + 1)
        bytes = Buffer.concat([bytes.subarray(0, index), junk, bytes.subarray(index)])
      }
      return new Uint8Array(bytes)
    }),
)

// ---------------------------------------------------------------------------
// Pages made of the constructs of the real pages.

const WORDS = [
  'logiciel', 'logiciels', 'libre', 'libres', 'code', 'source', 'sources', 'mission', 'administration', 'demande', 'marché',
  'SILL', 'BlueHats', 'OSPO', 'DINUM', 'à', 'été', 'État', 'Etat', 'oeuvre', 'œuvre', 'logciel', 'notament', 'developpement',
  'Existe-il', 'peut-on', 'a-t-il', 'le', 'la', 'les', 'de', 'des', 'et', 'ou', 'nous', 'vous', 'Nous', 'répondons',
  'contact@code.gouv.fr', 'https://code.gouv.fr', 'x@y', '10:30', 'etc.', '…', '...', 'l\'ouverture', 'l’ouverture',
]
const PUNCTUATION = ['?', ' ?', '\u00a0?', '!', ' !', ':', ' :', ';', ' ;', ',', '.', '«', '« ', '»', ' »', '"', '\'', '’', '(', ')', '  ', '\t', '&nbsp;', '&nbsp;&nbsp;', '&amp;', '&#x3C;']
const URLS = [
  'https://code.gouv.fr/guides/juridique', 'https://www.data.gouv.fr/fr/datasets/', '/fr/doc/sill/', '/fr/mission/offre-de-services/', '/fr//x/',
  'http://github.com/etalab', '#accompagnement-strategique', '#absent', '../x/', 'mailto:contact@code.gouv.fr', 'mailto:', 'mailto:a@b.fr?subject=Offre',
  'mailto:contact@code.gouv.fr,x@y.fr', 'javascript:alert(1)', '', '<>', 'https://code.gouv.fr:99999/', '%E0%A4%A', '/fr/x/?q=1#y',
]
const LINK_TEXTS = ['ici', 'cliquez ici', 'en savoir plus', 'contact@code.gouv.fr', 'voir la liste', 'code.gouv.fr/guides/ospo', '', '`code`', '**gras**']
const KEYS = ['title', 'layout', 'description', 'date', 'tags', 'permalink', 'slugOverride', 'segments', 'showBreadcrumb', 'eleventyNavigation', 'image', 'video', 'slides', 'toc', 'transcription', 'LemonLDAP', 'Title']

const word = fc.constantFrom(...WORDS)
const punctuation = fc.constantFrom(...PUNCTUATION)
const url = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...URLS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }) })

const link = fc.tuple(fc.constantFrom(...LINK_TEXTS), url, fc.constantFrom('', '', ' "Titre"', '{.fr-link}', '{.fr-link .fr-fi-arrow-right-line .fr-link--icon-right}')).map(([text, href, after]) =>
  after.startsWith(' ') ? `[${text}](${href}${after})` : `[${text}](${href})${after}`,
)
const address = fc.constantFrom('`contact@code.gouv.fr`', '[contact@code.gouv.fr](mailto:contact@code.gouv.fr)', '[écrivez-nous](mailto:contact@code.gouv.fr)', '<contact@code.gouv.fr>', 'contact@code.gouv.fr', '[a@b.fr](mailto:c@d.fr)', '`x@evil.example`')
const inlineHtml = fc.constantFrom('<br/>', '<br>', '<br />', '<b>gras</b>', '<i>x</i>', '<u>s</u>', '<span style="color:red">rouge</span>', '<center>c</center>', '<font size=3>f</font>', '<a href="/fr/">a</a>', '<!-- commentaire -->', '<script>alert(1)</script>')

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 4, arbitrary: punctuation },
  { weight: 3, arbitrary: link },
  { weight: 2, arbitrary: address },
  { weight: 2, arbitrary: inlineHtml },
  { weight: 2, arbitrary: word.map((w) => `*${w}*`) },
  { weight: 2, arbitrary: word.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: fc.constantFrom('![capture](./sill.png)', '![](x.png)', '[ref]', '[^1]', '\\', '*', '_', '`', '[', ']', '~~barré~~', '\\*') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
)

/** A run of text: words, punctuation, links, addresses and inline HTML. */
const text = fc.array(fc.tuple(inline, fc.constantFrom(' ', ' ', ' ', '', '\n', '  ', '\u00a0')), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([a, b]) => a + b).join('').trimEnd())

const question = fc.tuple(text, fc.constantFrom(' ?', '\u00a0?', '?', '', ' ? (Réponse : oui.)', ' (Réponse : non)')).map(([t, end]) => t + end)
const bullet = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ')

function listOf(item: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(bullet, fc.array(item, { minLength: 1, maxLength: 5 })).map(([marker, items]) => items.map((i) => marker + i.replace(/\n/g, '\n  ')).join('\n'))
}

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(text, fc.constantFrom('Nous ne répondons pas', 'Formations', 'Accompagnement stratégique', 'Culture générale', 'Mise en relation', 'Questions courantes', "Accompagnement à l'ouverture des codes sources")), fc.constantFrom('', '', ' {#ancre}', ' #'))
  .map(([depth, title, after]) => `${'#'.repeat(depth)} ${title}${after}`)
const leadIn = fc.constantFrom('Les questions courantes sont :', 'Les questions courantes sont\u00a0:', 'La documentation pour vous aider :', 'Nos ressources :', 'Si vous êtes *administrateur* :', 'Les questions courantes sont')
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(text, { minLength: 1, maxLength: 8 })).map(([columns, cells]) => {
  const row = (offset: number) => `| ${Array.from({ length: columns }, (_, i) => (cells[(offset + i) % cells.length] ?? '').replace(/[|\n]/g, ' ')).join(' | ')} |`
  return [row(0), `|${' --- |'.repeat(columns)}`, row(1), row(2)].join('\n')
})
const shortcode = fc.constantFrom(
  '{% imageContent "./tnl.png", "Capture d\'écran du site du label Territoire Numérique Libre", [1000] %}',
  '{% imageContent "./sill.png", "Capture d\'écran du SILL" %}',
  '{% imageContent "<script>", "\\"", [] %}',
  '{% unknown %}',
  '{%',
)
const htmlBlock = fc.constantFrom('<br/>', '<br/>\n<br/>', '<div class="fr-callout">\n\nTexte\n\n</div>', '<p align="center">x</p>', '<iframe src="https://tube.numerique.gouv.fr/videos/embed/x"></iframe>', '<table><tr><td>x</td></tr></table>', '<details><summary>a</summary>b</details>', '<!--lint disable-->', '<!--lint enable-->')
const fence = fc.tuple(fc.constantFrom('```', '~~~', '```md', '````'), text).map(([f, body]) => `${f}\n${body}\n${f.replace(/[a-z]+$/, '')}`)

/** A block of the page, blockquotes, callouts and lists nesting other blocks. */
const { block } = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 8, arbitrary: text },
    { weight: 4, arbitrary: heading },
    { weight: 3, arbitrary: fc.tuple(leadIn, listOf(question)).map(([lead, list]) => `${lead}\n\n${list}`) },
    // Near-duplicate questions, as the FAQ rule looks for.
    { weight: 1, arbitrary: fc.tuple(leadIn, bullet, question, fc.constantFrom((q: string) => q, (q: string) => q.toLowerCase(), (q: string) => q.replace(/ \?$/, '?'), (q: string) => `${q} `)).map(([lead, marker, q, vary]) => `${lead}\n\n${marker}${q}\n${marker}${vary(q)}`) },
    { weight: 2, arbitrary: fc.tuple(leadIn, listOf(link)).map(([lead, list]) => `${lead}\n\n${list}`) },
    { weight: 2, arbitrary: listOf(text) },
    { weight: 1, arbitrary: table },
    { weight: 1, arbitrary: shortcode },
    { weight: 2, arbitrary: htmlBlock },
    { weight: 1, arbitrary: fence },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '[ref]: https://code.gouv.fr', '[^1]: Une note.', '- [ ] tâche', '') },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(':::callout', ':::quote', ':::callout Titre', ':::'), tie('block')).map(([open, inner]) => `${open}\n${inner}\n:::`) },
    { weight: 1, arbitrary: tie('block').map((inner) => inner.split('\n').map((line) => `> ${line}`).join('\n')) },
    { weight: 1, arbitrary: fc.tuple(bullet, tie('block')).map(([marker, inner]) => marker + inner.split('\n').join('\n   ')) },
  ),
}))

const yamlValue = fc.oneof(
  fc.constantFrom('Offre de services', '"Titre : avec deux-points"', "'l''apostrophe'", 'layouts/page.njk', 'true', 'false', '2024-05-01', '12', '~', '[]', '{}', '[a, b]', '|\n  bloc\n  sur deux lignes', '&a x', '*a', '"\\u0000"', '!!binary aGVsbG8='),
  fc.constantFrom('\n  - url: /mission/\n    title: Mission', '\n  - url: 3', '\n  - title: Sans url', '\n  key: parent\n  order: 2', '\n  src: https://tube.numerique.gouv.fr/videos/embed/x\n  title: Vidéo'),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => JSON.stringify(s)),
)
const frontMatter = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(fc.constantFrom(...KEYS), yamlValue), { maxLength: 6 }).map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}${pairs.length ? '\n' : ''}---\n`) },
  { weight: 2, arbitrary: fc.constant('---\ntitle: Offre de services de la mission logiciels libres\nlayout: layouts/page.njk\nsegments:\n  - url: /mission/\n    title: Mission\nshowBreadcrumb: true\n---\n') },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('---\ntitle: x\n', '---\ntitle: [x\n---\n', '---\ntitle: a\ntitle: b\n---\n', '---\n- a\n- b\n---\n', '---\na: &a [x, x]\nb: [*a, *a]\n---\n', '--- \ntitle: x\n---\n', '---\r\ntitle: x\r\n---\r\n', '+++\ntitle = "x"\n+++\n') },
)

/** An edit applied after assembling: line endings, BOM, nesting, spliced characters. */
interface Twist {
  crlf: 'none' | 'all' | 'some' | 'cr'
  bom: boolean
  nest: { prefix: string; depth: number; from: number } | null
  splices: [number, string][]
  trailing: string
}

const twist: fc.Arbitrary<Twist> = fc.record({
  crlf: fc.constantFrom('none', 'none', 'none', 'all', 'some', 'cr'),
  bom: fc.boolean(),
  nest: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ prefix: fc.constantFrom('> ', '- ', '  ', '>', '1. ', '* > '), depth: fc.integer({ min: 1, max: 60 }), from: fc.nat() }) },
  ),
  splices: fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom('\n', '\r\n', '`', '*', '[', ']', '(', '<', '>', '\\', '---\n', ':::', '|', '\u00a0', '\ufeff', '\u2028'), fc.string({ unit: codeUnit, maxLength: 3 }))), { maxLength: 3 }),
  trailing: fc.constantFrom('\n', '\n', '', '\n\n', ' \n', '\r\n'),
})

function applyTwist(page: string, t: Twist): string {
  let out = page
  if (t.nest) {
    const lines = out.split('\n')
    const from = t.nest.from % (lines.length + 1)
    const prefix = t.nest.prefix.repeat(t.nest.depth)
    out = [...lines.slice(0, from), ...lines.slice(from).map((line) => prefix + line)].join('\n')
  }
  for (const [at, insert] of t.splices) {
    const index = at % (out.length + 1)
    out = out.slice(0, index) + insert + out.slice(index)
  }
  out += t.trailing
  if (t.crlf === 'all') out = out.replace(/\r?\n/g, '\r\n')
  else if (t.crlf === 'cr') out = out.replace(/\r?\n/g, '\r')
  else if (t.crlf === 'some') out = out.replace(/\n/g, (newline, offset: number) => (offset % 3 === 0 ? '\r\n' : newline))
  return t.bom ? `\ufeff${out}` : out
}

/** The markdown of a page: front matter, then blocks, then twists. */
export const page: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 12 }), fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n'), twist)
  .map(([front, blocks, separator, t]) => applyTwist(`${front}${front ? '\n' : ''}${blocks.join(separator)}`, t))

/** Every kind of input a page can be: generated pages mostly, any text sometimes. */
export const anyPage: fc.Arbitrary<string> = fc.oneof({ weight: 5, arbitrary: page }, { weight: 1, arbitrary: anyText })
