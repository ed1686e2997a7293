/**
 * offre-links: links that lead nowhere or say nothing.
 * - an internal link to no page of the site (resolved as the site's generator makes
 *   URLs, see `site/`), when the site's pages are known (`sitePages` or `contentRoot`);
 * - a `#fragment` that no heading of the page has (fix: the heading's id when the
 *   fragment is its text);
 * - a relative link that is a forgotten `https://` (`gitlab.example.fr/projet`);
 * - `//` inside a path (fix: collapsed);
 * - `http://` to a host known to serve HTTPS (fix: `https://`);
 * - a link text that says nothing out of context, or no text (RGAA 6.1): no fix, the
 *   editor describes the destination.
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
import { placeOf } from '../places.js'
import { code, ruleUrl, say } from '../report.js'
import { destinationOf } from '../site/destinations.js'
import { describeDestination, judgeLinkText, normalizeLinkText } from '../site/link-text.js'
import { checkDestination } from '../site/link-checks.js'
import { linkContextOf } from '../site/link-context.js'
import { inPageOrder, withCheckedOptions } from './offre-rule-support.js'
import { walk, walkType } from '@offre/model'

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
  walkType(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
  })
  const source = String(file.value ?? '')
  const tail = lastLeafEnd(tree)
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      for (const finding of checkDestination(node.url, destinationOf(node, source), context)) {
        const [start, end] = finding.range ?? []
        // remark-lint's comment control drops messages that start after the document's
        // last leaf node (a "gap"): the URL of a page's very last link starts there.
        const from = start !== undefined && start >= tail ? node.position?.start.offset : start
        say(file, { ...finding, place: from !== undefined && end !== undefined ? placeOf(file, from, end) : node.position })
      }
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const definition = node.type === 'linkReference' ? definitions.get(node.identifier) : undefined
      const url = node.type === 'link' ? node.url : definition?.url
      const title = node.type === 'link' ? node.title : definition?.title
      if (url !== undefined) checkText(file, node, url, title, vague)
    }
  })
  inPageOrder(file, first)
})

/** End offset of the last leaf node (text, code, html…) of the tree. */
function lastLeafEnd(tree: Root): number {
  let end = 0
  walk(tree, (node) => {
    if (!('children' in node)) end = Math.max(end, node.position?.end.offset ?? 0)
  })
  return end
}

function checkText(file: VFile, node: Link | LinkReference, url: string, title: string | null | undefined, vague: ReadonlySet<string>): void {
  const text = toString(node)
  const verdict = judgeLinkText(text, title, vague)
  if (verdict === 'ok') return
  const suggestion = describeDestination(url)
  const first = node.children[0]?.position?.start.offset
  const last = node.children[node.children.length - 1]?.position?.end.offset
  const place = first !== undefined && last !== undefined ? placeOf(file, first, last) : node.position
  if (verdict === 'empty') {
    say(file, {
      fr: `Lien sans intitulé vers ${code(url)} (RGAA 6.1) : attendu un texte qui décrit la destination, par exemple ${code(suggestion)}`,
      en: `Unexpected link without text to ${code(url)} (RGAA 6.1), expected a text describing the destination, such as ${code(suggestion)}`,
      place: node.position,
      actual: '',
      expected: [suggestion],
    })
    return
  }
  const shown = text.trim()
  say(file, {
    fr: `${code(shown)} : intitulé de lien qui ne dit pas où il mène hors contexte (RGAA 6.1), décrire la destination, par exemple ${code(suggestion)}`,
    en: `Unexpected link text ${code(shown)} that says nothing out of context (RGAA 6.1), expected a text describing the destination, such as ${code(suggestion)}`,
    place,
    actual: shown,
    expected: [suggestion],
  })
}

export default withCheckedOptions(rule, (options) => assertOptions(ID, linksOptionsSchema, options))
