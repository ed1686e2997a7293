/**
 * offre-no-presentational-html: raw HTML used for looks, where the DSFR styles and
 * markdown already say it: `<br/>` as a spacer between blocks (fix: remove the line),
 * `<br><br>` as a paragraph break, a `<br>` ending a paragraph, `style=` attributes,
 * `<center>`, `<font>`, `<b>`/`<i>`/`<u>` (fix: `**…**`, `*…*`), runs of `&nbsp;`
 * (fix: one space) and empty spacer paragraphs (`<p>&nbsp;</p>`). A `<br>` that
 * breaks a line inside a paragraph or a table cell is allowed, unless
 * `allowInlineBreaks` is false. Each message gives the markdown way.
 *
 * Options: `{ allowInlineBreaks?: boolean }` (default true).
 */
import type { Html, Nodes, Parents, Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { ruleUrl } from '../report.js'
import { NBSP_RUN, checkHtmlBlock, checkInlineHtml, reportNbspRun, reportSpacerBlock, type HtmlContext } from './offre-no-presentational-html-checks.js'
import { badOption, checkKnownKeys, inPageOrder, withCheckedOptions } from './offre-rule-support.js'
import { eachOfType } from '../tree-index.js'

export interface NoPresentationalHtmlOptions {
  /** Allow `<br>` as a line break inside a paragraph or a table cell (default true). */
  allowInlineBreaks?: boolean
}

const ID = 'offre-no-presentational-html'
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference'])

function checkOptions(options: unknown): void {
  const { allowInlineBreaks } = checkKnownKeys(ID, options, ['allowInlineBreaks'])
  if (allowInlineBreaks !== undefined && typeof allowInlineBreaks !== 'boolean') badOption(ID, 'allowInlineBreaks', '`true` or `false`', allowInlineBreaks)
}

/** A paragraph that holds nothing but `<br>`, `&nbsp;` and white space: a spacer. */
function isSpacer(node: Nodes, source: string): boolean {
  if (node.type !== 'paragraph') return false
  return node.children.every((child) => {
    if (child.type === 'html') return /^<br\s*\/?>$/i.test(child.value.trim())
    if (child.type !== 'text') return child.type === 'break'
    const written = source.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0)
    return /^(?:\s|&nbsp;|&#0*160;|&#x0*a0;)*$/i.test(written)
  })
}

const rule = lintRule<Root, NoPresentationalHtmlOptions | undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, (tree, file, options) => {
  const first = file.messages.length
  const source = String(file.value ?? '')
  const context: HtmlContext = { file, source, allowInlineBreaks: options?.allowInlineBreaks ?? true }
  // The nodes it reads: paragraphs (a spacer), raw HTML and text; the root has no parent.
  eachOfType(tree, ['paragraph', 'html', 'text'], (node: Nodes, ancestors: readonly Parents[]) => {
    const parent = ancestors[ancestors.length - 1]
    if (parent === undefined) return undefined
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    if (isSpacer(node, source)) {
      reportSpacerBlock(context, start, end, parent.type === 'root')
      return 'skip'
    }
    if (node.type === 'html') {
      if (INLINE_PARENTS.has(parent.type)) checkInlineHtml(context, node, parent, ancestors[ancestors.length - 2]?.type === 'root')
      else checkHtmlBlock(context, node as Html, parent.type === 'root')
      return undefined
    }
    if (node.type === 'text') {
      for (const match of source.slice(start, end).matchAll(NBSP_RUN)) {
        const at = start + (match.index ?? 0)
        reportNbspRun(context, at, at + match[0].length, true)
      }
    }
    return undefined
  })
  inPageOrder(file, first)
})

const remarkLintOffreNoPresentationalHtml = withCheckedOptions(rule, checkOptions)

export default remarkLintOffreNoPresentationalHtml
