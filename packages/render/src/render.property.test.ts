/**
 * Properties of the renderer that the site's readers rely on, for any page: the
 * HTML it writes reads back with parse5 (the HTML parser browsers follow) without
 * a parse error, and nothing in it can run but the layout's own DSFR scripts and
 * the JSON-LD data block: no other script, no event handler, no `javascript:`,
 * `vbscript:` or `data:` URL, no frame from a foreign host, no plug-in, form, base,
 * meta refresh, SVG or MathML. Checked on a corpus of known XSS vectors placed in
 * every part of a page, on generated vectors, and on generated pages.
 */
import { parseOffer } from '@offre/model'
import { DEFAULT_IFRAME_HOSTS, isAllowedFrameSource } from './embeds.js'
import { renderOffer } from './render.js'
import fc from 'fast-check'
import { parse, parseFragment, type DefaultTreeAdapterTypes as P5, type ParserError } from 'parse5'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 42) })

/** Cases per property: `FUZZ_RUNS` when set (as `npm run fuzz` does), else the default. */
function runs(fallback: number): number {
  const value = Number(process.env.FUZZ_RUNS)
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/** With `FC_PATH` (the `path` of a reported failure) the failing case alone, replayed at once. */
function fuzz(fallback: number): { numRuns: number; path?: string; endOnFailure?: boolean } {
  const path = process.env.FC_PATH
  return path ? { numRuns: runs(fallback), path, endOnFailure: true } : { numRuns: runs(fallback) }
}

/** A timeout that grows with the cases; none under `npm run fuzz`, whose long runs must end on a counterexample, not on the clock. */
function timeoutFor(cases: number, ms: number): number {
  if (process.env.FUZZ_RUNS) return 0
  return Math.max(60_000, Math.ceil(cases * ms * 3))
}

/**
 * Pages made of what the renderer transforms: front matter (title, description,
 * breadcrumb, media), headings, lists, links, tables, code, raw HTML, the site's
 * `:::callout`, `{.fr-link}` and `{% imageContent %}`, any characters. (The CLI's
 * hardening arbitraries build richer pages for the model and the rules.)
 */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Un texte', 'logiciel libre', 'à', '?', ' ?', ':', '«', '»', '&nbsp;', '&amp;', '&#x3C;', '\\', '*', '_', '`', '[', ']', '(', ')', '<', '>', '|', '\u00a0', '\u2028', '🧢') },
  { weight: 3, arbitrary: fc.constantFrom('[ici](/fr/)', '[lien](https://code.gouv.fr/x){.fr-link}', '[x](mailto:contact@code.gouv.fr)', '`contact@code.gouv.fr`', '![capture](./sill.png)', '<br/>', '<b>gras</b>', '<span style="color:red">r</span>', '<!-- c -->', '[ref]', '[^1]') },
  { weight: 3, arbitrary: fc.constantFrom('\n\n## Titre\n\n', '\n\n### Sous-titre {#id}\n\n', '\n\n- a\n- b\n\n', '\n\n1. a\n   > b\n\n', '\n\n> citation\n\n', '\n\n| a | b |\n| - | - |\n| c | d |\n\n', '\n\n```js\ncode\n```\n\n', '\n\n:::callout Titre\nTexte\n:::\n\n', '\n\n:::quote\nCitation\n:::\n\n', '\n\n{% imageContent "./a.png", "Texte", [1000] %}\n\n', '\n\n<div class="fr-callout">\n\nx\n\n</div>\n\n', '\n\n[ref]: https://code.gouv.fr\n[^1]: Note.\n\n', '\n\nLes questions courantes sont :\n\n- Une question ?\n- Une autre ? (Réponse : oui.)\n\n', '\n\n<iframe src="https://tube.numerique.gouv.fr/videos/embed/x" title="Vidéo"></iframe>\n\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
)
const frontMatter = fc.constantFrom(
  '---\ntitle: Offre de services\nshowBreadcrumb: true\nsegments:\n  - url: /mission/\n    title: Mission\n---\n\n',
  '---\ntitle: Page\ndescription: Une page <b>du site</b>.\n---\n\n',
  '---\ntitle: Vidéo\nvideo:\n  src: https://tube.numerique.gouv.fr/videos/embed/x\n  title: Une vidéo\nimage: ./a.png\n---\n\n',
  '',
  '---\ntitle: [x\n---\n\n',
)
const page = fc.tuple(frontMatter, fc.array(piece, { maxLength: 40 }), fc.boolean()).map(([front, pieces, crlf]) => {
  const text = front + pieces.join(' ')
  return crlf ? text.replace(/\n/g, '\r\n') : text
})

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'srcset', 'poster', 'background', 'cite', 'longdesc', 'xlink:href', 'codebase', 'dynsrc', 'lowsrc', 'ping'])
const NEVER = new Set(['object', 'embed', 'applet', 'base', 'form', 'frame', 'frameset', 'svg', 'math', 'portal', 'xml', 'import'])
const OWN_SCRIPT = /^(\.\.\/)*dsfr\/dsfr\.(module|nomodule)\.min\.js$/

function* elements(node: P5.ParentNode): Generator<P5.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue
    yield child
    yield* elements(child.tagName === 'template' ? (child as P5.Template).content : child)
  }
}

function textOf(node: P5.ParentNode): string {
  return node.childNodes.map((child) => (child.nodeName === '#text' ? (child as P5.TextNode).value : 'childNodes' in child ? textOf(child) : '')).join('')
}

/** Everything in a parsed document that could run; empty for a safe page. */
function executable(root: P5.ParentNode): string[] {
  const found: string[] = []
  for (const element of elements(root)) {
    const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value
    const tag = element.tagName
    if (tag === 'script') {
      const src = attr('src')
      const own = src !== undefined ? OWN_SCRIPT.test(src) && element.childNodes.length === 0 : attr('type') === 'application/ld+json' && isJson(textOf(element))
      if (!own) found.push(`<script ${src ?? textOf(element).slice(0, 40)}>`)
    }
    if (NEVER.has(tag)) found.push(`<${tag}>`)
    if (tag === 'iframe' && !isAllowedFrameSource(attr('src') ?? '', DEFAULT_IFRAME_HOSTS)) found.push(`<iframe src=${attr('src')}>`)
    if (tag === 'iframe' && attr('srcdoc') !== undefined) found.push('<iframe srcdoc>')
    if (tag === 'meta' && attr('http-equiv') !== undefined) found.push('<meta http-equiv>')
    if (tag === 'link' && /\b(import|prefetch|preload|modulepreload)\b/i.test(attr('rel') ?? '') && !/^(\.\.\/)*dsfr\//.test(attr('href') ?? '')) found.push(`<link rel=${attr('rel')}>`)
    for (const { name, value } of element.attrs) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`)
      const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f\u3000\ufeff]/g, '').toLowerCase()
      if (URL_ATTRIBUTES.has(name) && /(^|,)(javascript|vbscript|data|livescript|mocha):/.test(squeezed)) found.push(`<${tag} ${name}=${value}>`)
      if (name === 'style' && /expression\(|javascript:|url\(|behavior:|-moz-binding/i.test(value)) found.push(`<${tag} style=${value}>`)
    }
  }
  return found
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return !/<\/script|<!--/i.test(text)
  } catch {
    return false
  }
}

/** Renders like `offre build`, then reads the page and the fragment back as a browser would. */
function check(markdown: string): void {
  const parsed = parseOffer(new VFile({ path: 'page.md', value: markdown }))
  const rendered = renderOffer(parsed, { url: '/fr/mission/offre-de-services/' })
  const errors: string[] = []
  // Control characters and noncharacters copied from the page are reported by the
  // tokenizer but change nothing in the tree: only structural errors count here.
  const onParseError = (error: ParserError) => {
    if (!error.code.endsWith('-in-input-stream')) errors.push(`${error.code} at ${error.startLine}:${error.startCol}`)
  }
  const document = parse(rendered.html, { onParseError })
  const fragment = parseFragment(rendered.fragment, { onParseError })
  expect(errors, 'the HTML does not read back cleanly').toEqual([])
  expect(executable(document)).toEqual([])
  expect(executable(fragment)).toEqual([])
  // The JSON written beside the page is the model, unchanged.
  expect(JSON.parse(rendered.json)).toEqual(JSON.parse(JSON.stringify(parsed.offer)))
}

/** Known vectors (OWASP's XSS filter evasion list, browser quirks, mutation XSS). */
const VECTORS = [
  '<script>alert(1)</script>', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', '<script/src=data:,alert(1)></script>', '<scr<script>ipt>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '<IMG SRC="jav&#x09;ascript:alert(1);">', '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
  '<img src="jav\nascript:alert(1)">', '<img """><script>alert(1)</script>">', '<img src=`javascript:alert(1)`>', '<svg/onload=alert(1)>', '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<body onload=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://tube.numerique.gouv.fr.evil.example/x"></iframe>', '<iframe src="https://user@tube.numerique.gouv.fr/x" srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>', '<embed src="data:text/html,<script>alert(1)</script>">', '<form action="javascript:alert(1)"><input type=submit></form>',
  '<button formaction="javascript:alert(1)">x</button>', '<a href="javascript:alert(1)">a</a>', '<a href="JaVaScRiPt:alert(1)">a</a>', '<a href=" &#14; javascript:alert(1)">a</a>',
  '<a href="java&#x0A;script:alert(1)">a</a>', '<a href="javascript&colon;alert(1)">a</a>', '<a href="vbscript:msgbox(1)">a</a>', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>',
  '<a href="#" onclick="alert(1)">a</a>', '<a href="/x" style="background:url(javascript:alert(1))">a</a>', '<div style="width: expression(alert(1))">x</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:alert(1)//">', '<link rel=import href=//evil.example>', '<style>@import "javascript:alert(1)"</style>',
  '<details open ontoggle=alert(1)>x</details>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '<template><script>alert(1)</script></template>',
  // Found by `npm run fuzz` (seed 42, case 35,569): a `template` inside `<svg>` is a foreign element, without `content`.
  '<svg/onload=alert(1)> <template><script>alert(1)</script></template>', '<math><template><img src=x onerror=alert(1)></template></math>',
  '<textarea></textarea><script>alert(1)</script>', '<title></title><script>alert(1)</script>', '<!--><script>alert(1)</script>-->', '<![CDATA[<script>alert(1)</script>]]>',
  '<xmp><script>alert(1)</script></xmp>', '<plaintext><script>alert(1)</script>', '<video><source onerror=alert(1)></video>', '<input autofocus onfocus=alert(1)>',
  '<a href="https://code.gouv.fr" target=_blank>lien</a>', '<img srcset="javascript:alert(1) 1x">', '<picture><source srcset="javascript:alert(1)"></picture>',
  '</script><script>alert(1)</script>', '\u2028</script><script>alert(1)</script>', '<!-- </script> -->', '<a id=contenu name=getElementById>clobber</a>',
]

/** Where a vector can sit in a page. */
const PLACES: ((vector: string) => string)[] = [
  (v) => `---\ntitle: Offre\n---\n\n${v}\n`,
  (v) => `---\ntitle: Offre\n---\n\nUn texte ${v} dans un paragraphe.\n`,
  (v) => `---\ntitle: ${JSON.stringify(v)}\ndescription: ${JSON.stringify(`Une page ${v} du site.`)}\nshowBreadcrumb: true\nsegments:\n  - url: ${JSON.stringify(v)}\n    title: ${JSON.stringify(v)}\n---\n\nTexte.\n`,
  (v) => `---\ntitle: Offre\nvideo:\n  src: ${JSON.stringify(v)}\n  title: ${JSON.stringify(v)}\nimage: ${JSON.stringify(v)}\n---\n`,
  (v) => `---\ntitle: Offre\n---\n\n## ${v}\n\nLes questions courantes sont :\n\n- ${v} ?\n- Une question ? (Réponse : ${v})\n`,
  (v) => `---\ntitle: Offre\n---\n\n[lien](${v}) ![image](${v}) [texte ${v}](/fr/) <${v}>\n\n[ref]: ${v}\n\n[ref][]\n`,
  (v) => `---\ntitle: Offre\n---\n\n| a | b |\n| --- | --- |\n| ${v.replace(/\|/g, '')} | x |\n`,
  (v) => `---\ntitle: Offre\n---\n\n:::callout ${v}\n${v}\n:::\n\n:::quote\n${v}\n:::\n`,
  (v) => `---\ntitle: Offre\n---\n\n[Voir](/fr/){.fr-link onclick=alert(1) #${v.replace(/\s/g, '')}} texte {.fr-link style="x"}\n\n{% imageContent ${JSON.stringify(v)}, ${JSON.stringify(v)}, [1000] %}\n`,
  // YAML escapes reach the page as the characters they stand for: NUL, controls.
  (v) => `---\ntitle: "\\u0000 \\u0001 \\x7f ${v.replace(/["\\]/g, '')}"\n---\n\nTexte.\n`,
  (v) => `---\ntitle: Offre\n---\n\n> ${v}\n\n- ${v}\n\n\`${v}\`\n\n\`\`\`html\n${v}\n\`\`\`\n\n<div>\n\n${v}\n\n</div>\n`,
]

/** Generated vectors: a tag, a handler or a URL attribute, a scheme, spelt the ways browsers forgive. */
const scheme = fc.tuple(fc.constantFrom('javascript', 'vbscript', 'data', 'JaVaScRiPt', 'jav\tascript', 'java\nscript', 'java&#x09;script', '&#106;avascript', ' javascript', 'javascript&colon;'), fc.constantFrom(':alert(1)', ':text/html,<script>alert(1)</script>', ':', '&#58;alert(1)'))
  .map(([a, b]) => a + b)
const generated = fc
  .tuple(
    fc.constantFrom('a', 'img', 'iframe', 'svg', 'math', 'object', 'embed', 'form', 'button', 'input', 'video', 'audio', 'source', 'details', 'div', 'p', 'span', 'table', 'td', 'area', 'base', 'link', 'meta', 'script', 'style', 'body', 'html', 'frameset'),
    fc.constantFrom('href', 'src', 'action', 'formaction', 'data', 'srcset', 'poster', 'xlink:href', 'background', 'onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'style', 'srcdoc', 'content', 'http-equiv'),
    scheme,
    fc.constantFrom('"', "'", '', '`'),
    fc.constantFrom('', 'x', '<script>alert(1)</script>', '</p>', '<!--'),
    fc.constantFrom('', '>', '/>', ' '),
  )
  .map(([tag, attribute, url, quote, inner, end]) => `<${tag} ${attribute}=${quote}${url}${quote}${end}${inner}</${tag}>`)

describe('the renderer (property)', () => {
  it('writes HTML that reads back cleanly and runs nothing, for each known vector in each place of a page', () => {
    const failures: string[] = []
    for (const vector of VECTORS) {
      for (const [index, place] of PLACES.entries()) {
        try {
          check(place(vector))
        } catch (error) {
          failures.push(`place ${index}, ${JSON.stringify(vector)}: ${(error as Error).message.split('\n')[0]}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 120_000)

  const vectorRuns = runs(300)
  it('runs nothing for generated vectors in any place, mixed with the real constructs', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(generated, fc.constantFrom(...VECTORS)), { minLength: 1, maxLength: 4 }), fc.nat(PLACES.length - 1), page, (vectors, place, markdown) => {
        check(PLACES[place]!(vectors.join(' ')))
        check(`${markdown}\n\n${vectors.join('\n\n')}\n`)
      }),
      fuzz(vectorRuns),
    )
  }, timeoutFor(vectorRuns, 40))

  const pageRuns = runs(300)
  it('never throws, and writes clean, inert HTML for pages made of the real constructs', () => {
    fc.assert(fc.property(page, (markdown) => check(markdown)), fuzz(pageRuns))
  }, timeoutFor(pageRuns, 40))
})
