/**
 * offre-links: links that lead nowhere or say nothing.
 * - an internal link to no page of the site (resolved as the site's generator makes
 *   URLs, see `site/`), when the site's pages are known (`sitePages` or `contentRoot`),
 *   in markdown or in raw HTML (`<a href="…">`);
 * - a `#fragment` that no heading of the page has (fix: the heading's id when the
 *   fragment is its text);
 * - a relative link that is a forgotten `https://` (`gitlab.example.fr/projet`);
 * - `//` inside a path (fix: collapsed);
 * - `http://` to a host known to serve HTTPS (fix: `https://`);
 * - a link text that says nothing out of context, or no text (RGAA 6.1): no fix, the
 *   editor describes the destination;
 * - a link broken by a space between its text and its address (`[texte] (https://…)`):
 *   fix, the space removed;
 * - a link to a file (`/docs/x.pdf`) that the site's static folder does not have, when
 *   its files are known (`siteFiles`);
 * - an image that `{% imageContent "./x.png", … %}` or front matter `image.path` names
 *   and that is not beside the page, when the content folder's files are known
 *   (`contentFiles`).
 *
 * Options: `{ httpsHosts?: string[], vagueTexts?: string[], anchors?: boolean }`,
 * added to the defaults (`HTTPS_HOSTS`, `VAGUE_LINK_TEXTS`).
 */
import type { Definition, Link, LinkReference, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import type { LinksOptions } from '../config/schema-source.js'
import { linksOptionsSchema } from '../config/schemas.js'
import { assertOptions } from '../config/validator.js'
import { HTTPS_HOSTS } from '../data/https-hosts.js'
import { VAGUE_LINK_TEXTS } from '../data/vague-link-texts.js'
import { decodeCharacterReferences } from '../entities.js'
import { placeOf, reportableRange } from '../places.js'
import { code, exact, ruleUrl, say } from '../report.js'
import { destinationOf, type Destination } from '../site/destinations.js'
import { describeDestination, judgeLinkText, normalizeLinkText } from '../site/link-text.js'
import { checkDestination, type LinkFinding } from '../site/link-checks.js'
import { linkContextOf } from '../site/link-context.js'
import { checkImages, checkStaticImages } from '../site/image-checks.js'
import { modelOf } from '../model.js'
import { inPageOrder, withCheckedOptions } from './offre-rule-support.js'
import { eachOfType } from '../tree-index.js'

const ID = 'offre-links'

export type { LinksOptions }

const rule = lintRule<Root, LinksOptions | undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, async (tree, file, options = {}) => {
  const first = file.messages.length
  const context = await linkContextOf(tree, file, {
    httpsHosts: [...HTTPS_HOSTS, ...(options.httpsHosts ?? [])],
    anchors: options.anchors !== false,
  })
  const vague = new Set([...VAGUE_LINK_TEXTS, ...(options.vagueTexts ?? []).map(normalizeLinkText)])
  const definitions = new Map<string, Definition>()
  eachOfType(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
  })
  const source = String(file.value ?? '')
  eachOfType(tree, ['link', 'definition', 'linkReference'], (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      const destination = destinationOf(node, source)
      for (const finding of checkDestination(node.url, destination, context)) reportDestination(tree, file, node, destination, finding)
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const definition = node.type === 'linkReference' ? definitions.get(node.identifier) : undefined
      const url = node.type === 'link' ? node.url : definition?.url
      const title = node.type === 'link' ? node.title : definition?.title
      if (url !== undefined) checkText(file, node, url, title, vague)
    }
  })
  // Raw HTML links (`<a href="/bluehats/…">` in a table or a block of HTML): their
  // destinations are checked as a markdown link's are; their text is the HTML's.
  eachOfType(tree, 'html', (node) => {
    const at = node.position?.start.offset
    if (at === undefined || !node.value.includes('href')) return
    for (const match of node.value.matchAll(HTML_HREF)) {
      const raw = match[2] ?? match[3] ?? ''
      const start = at + (match.index ?? 0) + match[0].length - raw.length - (match[2] === undefined ? 0 : 1)
      const destination = { start, end: start + raw.length, raw }
      const link: Link = { type: 'link', url: decodeCharacterReferences(raw), children: [], position: placeOf(file, start, start + raw.length) }
      for (const finding of checkDestination(link.url, destination, context)) reportDestination(tree, file, link, destination, finding)
    }
  })
  // `[Lien questionnaire] (https://…)`: a space between the text and the address, and the
  // page shows brackets and a bare address instead of a link.
  eachOfType(tree, 'text', (node) => {
    const at = node.position?.start.offset
    if (at === undefined || !node.value.includes('] (')) return
    // The address may be a node of its own (an autolink), after the text's end.
    const text = source.slice(at, (node.position?.end.offset ?? at) + 10)
    const length = (node.position?.end.offset ?? at) - at
    for (const match of text.matchAll(SPACED_LINK)) {
      if ((match.index ?? 0) >= length) continue
      const start = at + (match.index ?? 0)
      const spaces = match[2] ?? ''
      const gap = start + 1 + (match[1]?.length ?? 0) + 1
      say(file, {
        fr: `${code(`[${match[1]}]${spaces}(`)} : espace entre le texte du lien et son adresse, la page affiche des crochets et l’adresse au lieu d’un lien ; écrire ${code(`[${match[1]}](`)}`,
        en: `Unexpected space between the link text and its address in ${code(`[${match[1]}]${spaces}(`)}: the page shows brackets, not a link; expected ${code(`[${match[1]}](`)}`,
        ...exact(file, gap, gap + spaces.length, [''], [gap, gap + spaces.length]),
        fix: { start: gap, end: gap + spaces.length, text: '' },
      })
    }
  })
  const imagePath = (modelOf(tree, file).offer.frontMatter.data as { image?: { path?: unknown } }).image?.path
  for (const finding of [...checkImages(tree, source, imagePath, context), ...checkStaticImages(tree, source, context)]) {
    say(file, { fr: finding.fr, en: finding.en, ...exact(file, finding.range[0], finding.range[1], finding.expected.length > 0 ? finding.expected : undefined) })
  }
  inPageOrder(file, first)
})

/** A link's text in brackets, spaces, then its address in brackets (`[texte] (https://…)`), which markdown does not read as a link. */
const SPACED_LINK = /\[([^\][\n]{1,200})\]([ \t]+)\((?=https?:\/\/|mailto:|\/|#)/g

/** `href="…"` or `href='…'` in an `<a>` tag of raw HTML. */
const HTML_HREF = /<a\s[^>]*?\bhref\s*=\s*(?:(["'])(.*?)\1|([^\s"'>]+))/gis


/**
 * A finding of `checkDestination` by the convention: the place is the destination as
 * written, and each `expected` value replaces it. With a fix (inside the destination:
 * `http` → `https`, the path without its `//`, the fragment), `expected` is the
 * destination with the fix applied; without, the finding's values (the pages a dead
 * link probably meant; a guessed `#id` after the URL's path keeps the path). A place in
 * the page's final gap is the whole link instead, the rest of the link kept in `expected`.
 */
function reportDestination(tree: Root, file: VFile, node: Link | Definition, destination: Destination | undefined, finding: LinkFinding): void {
  const { fr, en, fix } = finding
  const nodeStart = node.position?.start.offset ?? 0
  if (destination === undefined) {
    // Not located in the source: the whole link, with nothing to replace it by.
    say(file, { fr, en, ...exact(file, nodeStart, node.position?.end.offset ?? nodeStart), ...(fix ? { fix } : {}) })
    return
  }
  const { start, end, raw } = destination
  const [from, to] = reportableRange(tree, [start, end], [nodeStart, node.position?.end.offset ?? end])
  if (fix !== undefined && fix.start >= start && fix.end <= end) {
    say(file, { fr, en, ...exact(file, from, to, [fix.text], [fix.start, fix.end]), fix })
    return
  }
  const hash = raw.indexOf('#')
  const replacements = finding.expected.map((value) => (value.startsWith('#') && hash > 0 ? raw.slice(0, hash) + value : value))
  say(file, { fr, en, ...exact(file, from, to, replacements.length > 0 ? replacements : undefined, [start, end]), ...(fix ? { fix } : {}) })
}

function checkText(file: VFile, node: Link | LinkReference, url: string, title: string | null | undefined, vague: ReadonlySet<string>): void {
  const text = toString(node)
  const verdict = judgeLinkText(text, title, vague)
  if (verdict === 'ok') return
  // The suggestion, made of the URL's words, is an example for the reason, not a replacement:
  // these messages carry no `expected`. The place is the link's text (its children).
  const suggestion = describeDestination(url)
  const nodeStart = node.position?.start.offset ?? 0
  const first = node.children[0]?.position?.start.offset
  const last = node.children[node.children.length - 1]?.position?.end.offset
  const nodeEnd = node.position?.end.offset ?? nodeStart
  if (verdict === 'empty') {
    // A link with no text (`[](url)`, an image without alt): the whole link.
    say(file, {
      fr: `Lien sans intitulé vers ${code(url)} (RGAA 6.1) : attendu un texte qui décrit la destination, par exemple ${code(suggestion)}`,
      en: `Unexpected link without text to ${code(url)} (RGAA 6.1), expected a text describing the destination, such as ${code(suggestion)}`,
      ...exact(file, nodeStart, nodeEnd),
    })
    return
  }
  const [from, to] = first !== undefined && last !== undefined ? [first, last] : [nodeStart, nodeEnd]
  const shown = text.trim()
  say(file, {
    fr: `${code(shown)} : intitulé de lien qui ne dit pas où il mène hors contexte (RGAA 6.1), décrire la destination, par exemple ${code(suggestion)}`,
    en: `Unexpected link text ${code(shown)} that says nothing out of context (RGAA 6.1), expected a text describing the destination, such as ${code(suggestion)}`,
    ...exact(file, from, to),
  })
}

export default withCheckedOptions(rule, (options) => assertOptions(ID, linksOptionsSchema, options))
