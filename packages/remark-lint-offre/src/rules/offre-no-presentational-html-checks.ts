/**
 * The checks of `offre-no-presentational-html` on one HTML node: an HTML block (a
 * spacer `<br/>`, `<br/>` lines around an image, `<p>&nbsp;</p>`, tags and attributes
 * in an embed) or an inline tag inside a paragraph or a table cell (`<br>` runs and
 * trailing `<br>`, `<b>`…`</b>` pairs, which become markdown emphasis).
 */
import type { Html, Parents } from 'mdast'
import type { VFile } from 'vfile'
import type { Fix } from '../fix.js'
import { code, exact, say } from '../report.js'
import { lineEnd, lineStart, onLineOf, removeBlockFix, removeLineFix } from './offre-no-presentational-html-blocks.js'
import { countAtMost } from '../sorted.js'

export interface HtmlContext {
  file: VFile
  source: string
  allowInlineBreaks: boolean
}

const BR = /^<br\s*\/?>$/i
const BR_LINE = /^[ \t]*(?:<br\s*\/?>[ \t]*)+$/i
// Bounded quoted values and no `<` in names: an unclosed tag or quote must not make a long
// HTML block quadratic.
const TAG = /<(\/?)([a-z][a-z\d-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]{0,4000}"|'[^']{0,4000}'|[^\s"'=<>`]+))?)*)\s*\/?>/gi
const EMPTY_P = /<p\b[^<>]*>(?:\s|&nbsp;|&#0*160;|<br\s*\/?>)*<\/p>/gi
/** Two `&nbsp;` or more in a row (raw U+00A0 runs are `offre-typography`'s double spaces). */
export const NBSP_RUN = /(?:&nbsp;|&#0*160;|&#x0*a0;)(?:[ \t\u00a0]*(?:&nbsp;|&#0*160;|&#x0*a0;))+/gi
const RAW_TEXT = /^\s*<(?:pre|script|style|textarea)\b/i

/**
 * Reports `[start, end)`. With a fix, the place is the fix's range and `expected` its text
 * (the fix moved to start on the finding's line when it removes a blank line before
 * it that also follows it: same result); without one, or when the fix cannot start on
 * that line, no `expected`: the reason gives the markdown way.
 */
function report(context: HtmlContext, start: number, end: number, fr: string, en: string, fix?: Fix): void {
  const aligned = fix === undefined ? undefined : onLineOf(context.source, fix, start)
  if (aligned !== undefined) say(context.file, { fr, en, ...exact(context.file, aligned.start, aligned.end, [aligned.text]), fix: aligned })
  else say(context.file, { fr, en, ...exact(context.file, start, end), ...(fix ? { fix } : {}) })
}

/** A block holding only `<br/>`, `<p>&nbsp;</p>` or `&nbsp;`: the DSFR already spaces blocks. */
export function reportSpacerBlock(context: HtmlContext, start: number, end: number, atRoot: boolean): void {
  const written = context.source.slice(start, end).trim()
  report(
    context, start, end,
    `${code(written)} seul entre deux blocs pour espacer : supprimer, une ligne vide sépare déjà les blocs`,
    `Unexpected ${code(written)} as spacing between blocks, expected a blank line only`,
    atRoot ? removeBlockFix(context.source, start, end) : undefined,
  )
}

export function reportNbspRun(context: HtmlContext, start: number, end: number, fixable: boolean): void {
  report(
    context, start, end,
    `${code(context.source.slice(start, end))} : espaces insécables pour espacer, écrire une seule espace (une liste ou un tableau pour aligner)`,
    `Unexpected run of no-break spaces ${code(context.source.slice(start, end))} used for spacing, expected one space`,
    fixable ? { start, end, text: ' ' } : undefined,
  )
}

const TAG_ADVICE: Record<string, [string, string]> = {
  center: ['balise de présentation obsolète, le centrage relève des styles DSFR : supprimer la balise', 'obsolete presentational tag, expected no tag (DSFR styles)'],
  font: ['balise de présentation obsolète, la police relève des styles DSFR : supprimer la balise', 'obsolete presentational tag, expected no tag (DSFR styles)'],
  b: ['gras de présentation, écrire `**texte**` (ou `<strong>` dans du HTML)', 'presentational bold, expected `**text**` (or `<strong>` in HTML)'],
  i: ['italique de présentation, écrire `*texte*` (ou `<em>` dans du HTML)', 'presentational italics, expected `*text*` (or `<em>` in HTML)'],
  u: ['le soulignement se confond avec un lien, écrire `*texte*` ou `**texte**`', 'underline looks like a link, expected `*text*` or `**text**`'],
}

/** Tags and attributes of `html` (comments masked), at `offset` in the source when `exact`. */
function checkTags(context: HtmlContext, html: string, offset: number, exact: boolean, pair: (name: string, index: number, length: number) => Fix | undefined): void {
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, rawName = '', attributes = ''] = match
    const name = rawName.toLowerCase()
    const index = match.index ?? 0
    const [start, end] = exact ? [offset + index, offset + index + whole.length] : [offset, offset + html.length]
    const advice = TAG_ADVICE[name]
    // `<i class="fr-icon-…">` is an icon, not italics.
    if (closing === '' && advice !== undefined && (attributes.trim() === '' || (name !== 'b' && name !== 'i' && name !== 'u'))) {
      const fix = exact && (name === 'b' || name === 'i') ? pair(name, index, whole.length) : undefined
      report(context, start, end, `${code(`<${name}>`)} : ${advice[0]}`, `Unexpected ${code(`<${name}>`)}: ${advice[1]}`, fix)
    }
    const style = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/i.exec(attributes)
    if (closing === '' && style !== null) {
      const at = exact ? start + 1 + name.length + (style.index ?? 0) + 1 : start
      const stop = exact ? at + style[0].length - 1 : end
      report(context, at, stop, `${code('style')} : mise en forme en ligne, utiliser une classe DSFR (${code('fr-…')}) ou le markdown`, `Unexpected inline ${code('style')} attribute, expected a DSFR class (${code('fr-…')}) or markdown`)
    }
  }
}

export function checkHtmlBlock(context: HtmlContext, node: Html, atRoot: boolean): void {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const html = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '))
  if (html.trim() === '' || RAW_TEXT.test(html)) return
  if (/^(?:\s*<br\s*\/?>)+\s*$/i.test(html) || new RegExp(`^(?:\\s*${EMPTY_P.source}\\s*)+$`, 'i').test(html)) {
    reportSpacerBlock(context, start, end, atRoot)
    return
  }
  // Offsets inside the value are source offsets only when the block is written verbatim (not in a quote or list).
  const exact = context.source.slice(start, end) === node.value
  let lineOffset = 0
  html.split('\n').forEach((line, index) => {
    const at = start + lineOffset
    lineOffset += line.length + 1
    if (BR_LINE.test(line)) {
      const [from, to] = exact ? [at + line.length - line.trimStart().length, at + line.trimEnd().length] : [start, end]
      const written = line.trim()
      // The first line opens the HTML block: removing it could turn the rest into a paragraph.
      const fix = exact && index > 0 ? removeLineFix(context.source, from, to) : undefined
      report(context, from, to, `${code(written)} sur sa propre ligne pour espacer : supprimer la ligne, l’espacement vient des styles DSFR`, `Unexpected ${code(written)} line used as spacing, expected no line`, fix)
    } else if (!context.allowInlineBreaks) {
      for (const br of line.matchAll(/<br\s*\/?>/gi)) {
        const from = exact ? at + (br.index ?? 0) : start
        reportBreak(context, from, exact ? from + br[0].length : end, undefined)
      }
    }
  })
  for (const match of html.matchAll(EMPTY_P)) {
    const from = exact ? start + (match.index ?? 0) : start
    report(context, from, exact ? from + match[0].length : end, `${code(match[0])} : paragraphe vide pour espacer, supprimer`, `Unexpected empty paragraph ${code(match[0])} used as spacing, expected nothing`, exact ? { start: from, end: from + match[0].length, text: '' } : undefined)
  }
  checkTags(context, html, start, exact, (name, index, length) => {
    const close = new RegExp(`</${name}\\s*>`, 'i').exec(html.slice(index + length))
    if (close === null) return undefined
    const inner = html.slice(index + length, index + length + close.index)
    const tag = name === 'b' ? 'strong' : 'em'
    return { start: start + index, end: start + index + length + close.index + close[0].length, text: `<${tag}>${inner}</${tag}>` }
  })
  for (const match of html.matchAll(NBSP_RUN)) {
    const from = exact ? start + (match.index ?? 0) : start
    reportNbspRun(context, from, exact ? from + match[0].length : end, exact)
  }
}

function reportBreak(context: HtmlContext, start: number, end: number, fix: Fix | undefined): void {
  report(context, start, end, `${code('<br>')} dans un paragraphe : finir la ligne par une barre oblique inverse ${code('\\')}`, `Unexpected ${code('<br>')} in a paragraph, expected a backslash ${code('\\')} at the end of the line`, fix)
}

/** Whether a sibling is only white space or a `<br>`: part of a run of breaks. */
function isBreakOrSpace(child: Parents['children'][number]): boolean {
  if (child.type === 'html') return BR.test(child.value.trim())
  return child.type === 'text' && child.value.trim() === ''
}

interface SiblingIndex {
  position: Map<unknown, number>
  /** Index of the first and last child that is neither white space nor `<br>`. */
  firstContent: number
  lastContent: number
  /** Indices of the closing tags (`</b>`, `</i>`), by tag name. */
  closers: Map<string, number[]>
}

const siblingIndexes = new WeakMap<Parents, SiblingIndex>()

/** Computed once per parent, so that a paragraph of thousands of tags stays linear. */
function siblingIndexOf(parent: Parents): SiblingIndex {
  const cached = siblingIndexes.get(parent)
  if (cached) return cached
  const index: SiblingIndex = { position: new Map(), firstContent: Infinity, lastContent: -1, closers: new Map() }
  parent.children.forEach((child, at) => {
    index.position.set(child, at)
    if (!isBreakOrSpace(child)) {
      index.firstContent = Math.min(index.firstContent, at)
      index.lastContent = at
    }
    const closer = child.type === 'html' ? /^<\/([a-z]+)\s*>$/i.exec(child.value.trim()) : null
    if (closer?.[1] !== undefined) {
      const name = closer[1].toLowerCase()
      const list = index.closers.get(name) ?? []
      list.push(at)
      index.closers.set(name, list)
    }
  })
  siblingIndexes.set(parent, index)
  return index
}

/** The first of the sorted `values` above `limit`. */
function firstAfter(values: number[], limit: number): number | undefined {
  return values[countAtMost(values, limit)]
}

export function checkInlineHtml(context: HtmlContext, node: Html, parent: Parents, atRoot: boolean): void {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const siblings = parent.children
  const known = siblingIndexOf(parent)
  const index = known.position.get(node) ?? 0
  if (BR.test(node.value.trim())) {
    const previous = siblings[index - 1]
    // A run of breaks is reported once, at its first `<br>`.
    if (previous !== undefined && previous.type === 'html' && BR.test(previous.value.trim())) return
    let last = index
    while (last + 1 < siblings.length && isBreakOrSpace(siblings[last + 1]!)) last += 1
    while (last > index && siblings[last]!.type === 'text') last -= 1
    const runEnd = siblings[last]?.position?.end.offset ?? end
    const before = known.firstContent < index
    const after = known.lastContent > last
    const written = context.source.slice(start, runEnd)
    if (before && !after) {
      // The white space (and line break) before the trailing `<br>` goes with it.
      const trimmed = start - (/[ \t]*\n?[ \t]*$/.exec(context.source.slice(Math.max(0, start - 200), start))?.[0].length ?? 0)
      report(context, start, runEnd, `${code(written)} en fin de paragraphe : supprimer, l’espacement vient des styles DSFR`, `Unexpected ${code(written)} at the end of a paragraph, expected nothing`, { start: trimmed, end: runEnd, text: '' })
    } else if (last > index && before && after) {
      const ownLine = /^[ \t]*$/.test(context.source.slice(lineStart(context.source, start), start)) && /^[ \t]*$/.test(context.source.slice(runEnd, lineEnd(context.source, runEnd)))
      const fix = ownLine && atRoot && parent.type === 'paragraph' ? { start: lineStart(context.source, start), end: lineEnd(context.source, runEnd), text: '' } : undefined
      report(context, start, runEnd, `${code(written)} pour séparer deux paragraphes : écrire une ligne vide à la place`, `Unexpected ${code(written)} as a paragraph break, expected a blank line`, fix)
    } else if (!before) {
      report(context, start, runEnd, `${code(written)} en début de paragraphe : supprimer, l’espacement vient des styles DSFR`, `Unexpected ${code(written)} at the start of a paragraph, expected nothing`)
    } else if (!context.allowInlineBreaks) {
      const fix = parent.type === 'paragraph' && context.source[end] === '\n' ? { start, end, text: '\\' } : undefined
      reportBreak(context, start, end, fix)
    }
    return
  }
  const html = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '))
  const exact = context.source.slice(start, end) === node.value
  checkTags(context, html, start, exact, (name) => {
    const at = firstAfter(known.closers.get(name) ?? [], index)
    const closer = at === undefined ? undefined : siblings[at]
    const closeEnd = closer?.position?.end.offset
    const closeStart = closer?.position?.start.offset
    if (closeEnd === undefined || closeStart === undefined) return undefined
    const inner = context.source.slice(end, closeStart)
    // `**…**` only around text that starts and ends with a letter or digit: punctuation or a
    // space at either end would keep the asterisks from opening or closing the emphasis.
    const markdown = /^[\p{L}\p{N}](?:[^*_<>\n\\`[\]]*[\p{L}\p{N}])?$/u.test(inner)
    const mark = name === 'b' ? '**' : '*'
    const tag = name === 'b' ? 'strong' : 'em'
    return { start, end: closeEnd, text: markdown ? `${mark}${inner}${mark}` : `<${tag}>${inner}</${tag}>` }
  })
}
