/**
 * The findings overlay of `offre preview`: lint findings marked on the text they
 * concern, in the rendered page. The markdown tree keeps each node's position, so
 * before it becomes HTML the text nodes a finding covers are split and the covered
 * part wrapped in a node that becomes `<mark class="offre-finding"
 * data-offre-finding="N" title="message">`. Raw HTML is parsed afterwards (the marks
 * are real elements by then) and everything still goes through the sanitizer, with
 * the page schema plus these marks' three attributes only (`overlaySchema`).
 *
 * A finding that covers no text (the front matter, raw HTML, an image, a position
 * without text) is not marked: the preview lists it in its panel only. A build never
 * passes an overlay: what `offre build` writes does not change.
 */
import type { InlineCode, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast'
import type { Options as Schema } from 'rehype-sanitize'
import { sanitizeSchema } from './sanitize.js'
import { frenchSpacing } from './typography.js'

/** The class of every mark, and the attribute that holds the findings' numbers (space-separated). */
export const FINDING_CLASS = 'offre-finding'
export const FINDING_ATTRIBUTE = 'data-offre-finding'

export type FindingSeverity = 'error' | 'warning' | 'info'

export interface OverlayFinding {
  /** The finding's number, as the preview's panel shows it. */
  id: number
  severity: FindingSeverity
  /** Where it is in the source: 1-based lines and columns, end exclusive (as vfile messages). */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Shown on hover (`title`). */
  message: string
}

export interface FindingsOverlay {
  findings: readonly OverlayFinding[]
  /** Filled by the renderer: the numbers of the findings marked in the page (the others are listed in the panel only). */
  marked?: Set<number>
}

const SEVERITIES: FindingSeverity[] = ['error', 'warning', 'info']

/** The page schema, plus the marks of the overlay: their classes, numbers and title. Nothing else. */
export const overlaySchema: Schema = {
  ...sanitizeSchema,
  attributes: {
    ...sanitizeSchema.attributes,
    mark: [
      ...(sanitizeSchema.attributes?.mark ?? []).filter((definition) => (typeof definition === 'string' ? definition : definition[0]) !== 'className'),
      ['className', FINDING_CLASS, ...SEVERITIES.map((severity) => `${FINDING_CLASS}--${severity}`)],
      ['dataOffreFinding', /^\d+(?: \d+)*$/],
      'title',
    ],
  },
}

interface Range {
  id: number
  start: number
  end: number
}

/**
 * Marks the overlay's findings on the text of `tree` (changed in place), `source`
 * being the page's text the positions refer to. Returns the numbers of the findings
 * marked (also put in `overlay.marked`). On a French page (`french`), a text node
 * that is cut gets its French spacing first, on the whole text: the renderer spaces
 * each text node alone, and a cut between a word and its `?` would change the spaces.
 */
export function markFindings(tree: Root, overlay: FindingsOverlay, source: string, french = false): Set<number> {
  const marked = new Set<number>()
  overlay.marked = marked
  const lines = lineStarts(source)
  const offsetOf = (line: number, column: number): number => {
    const start = lines[Math.max(0, Math.min(line - 1, lines.length - 1))] ?? 0
    return Math.min(source.length, start + Math.max(0, column - 1))
  }
  const ranges: Range[] = []
  for (const finding of overlay.findings) {
    const start = offsetOf(finding.line, finding.column)
    const end = Math.max(start + 1, offsetOf(finding.endLine, finding.endColumn))
    ranges.push({ id: finding.id, start, end })
  }
  if (ranges.length === 0) return marked
  const byId = new Map(overlay.findings.map((finding) => [finding.id, finding]))
  walk(tree, ranges, byId, source, marked, french)
  return marked
}

/** The language an mdast node gets from the attributes extension (`{lang=en}`), if any. */
function languageOf(node: Nodes): string | undefined {
  const lang = (node.data as { hProperties?: { lang?: unknown } } | undefined)?.hProperties?.lang
  return typeof lang === 'string' && lang !== '' ? lang : undefined
}

function walk(parent: Parent, ranges: Range[], byId: Map<number, OverlayFinding>, source: string, marked: Set<number>, french: boolean): void {
  const children: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    const touching = start === undefined || end === undefined ? [] : ranges.filter((range) => range.start < end && range.end > start)
    if (touching.length === 0 || start === undefined || end === undefined) {
      children.push(child)
      continue
    }
    if (child.type === 'text') children.push(...splitText(child, start, end, touching, byId, source, marked, french))
    else if (child.type === 'inlineCode') {
      // Code is one piece: marked whole.
      children.push(mark(child, touching.map((range) => range.id), byId, marked))
    } else {
      const lang = languageOf(child)
      if ('children' in child) walk(child as Parent, touching, byId, source, marked, lang === undefined ? french : /^fr\b/i.test(lang))
      // A finding on a link's address (not its text): the link's text is marked.
      const missed = touching.filter((range) => !marked.has(range.id)).map((range) => range.id)
      if ((child.type === 'link' || child.type === 'linkReference') && missed.length > 0 && child.children.length > 0) {
        child.children = [mark(child.children, missed, byId, marked) as (typeof child.children)[number]]
      }
      children.push(child)
    }
  }
  parent.children = children as Parent['children']
}

/** The text node cut where findings start and end, the covered parts marked. */
function splitText(node: Text, start: number, end: number, ranges: Range[], byId: Map<number, OverlayFinding>, source: string, marked: Set<number>, french: boolean): PhrasingContent[] {
  const offsets = align(node.value, source, start, end)
  // Spacing replaces spaces one for one, but for runs of spaces (then left to the renderer).
  const spaced = french ? frenchSpacing(node.value) : node.value
  const value = spaced.length === node.value.length ? spaced : node.value
  const idsAt = (index: number): number[] => {
    const offset = offsets[index] as number
    return ranges.filter((range) => offset >= range.start && offset < range.end).map((range) => range.id)
  }
  const result: PhrasingContent[] = []
  let from = 0
  let current = value.length > 0 ? idsAt(0) : []
  const flush = (to: number) => {
    if (to <= from) return
    const text: Text = { type: 'text', value: value.slice(from, to) }
    result.push(current.length === 0 ? text : mark(text, current, byId, marked))
  }
  for (let index = 1; index <= value.length; index++) {
    const ids = index < value.length ? idsAt(index) : []
    if (index < value.length && ids.join(' ') === current.join(' ')) continue
    flush(index)
    from = index
    current = ids
  }
  return result.length === 0 ? [node] : result
}

/**
 * The source offset of each character of a text node's value. The value is the
 * source without its escapes, entities and continuation indents: characters are
 * matched in order, the source's extra ones skipped; what cannot be matched is
 * put at the node's end.
 */
function align(value: string, source: string, start: number, end: number): number[] {
  const offsets: number[] = new Array<number>(value.length)
  if (source.slice(start, end) === value || end - start === value.length) {
    for (let index = 0; index < value.length; index++) offsets[index] = start + index
    return offsets
  }
  let j = start
  for (let index = 0; index < value.length; index++) {
    let k = j
    while (k < end && source[k] !== value[index]) k++
    if (k < end) {
      offsets[index] = k
      j = k + 1
    } else offsets[index] = Math.max(start, end - 1)
  }
  return offsets
}

function mark(child: Text | InlineCode | PhrasingContent[], ids: number[], byId: Map<number, OverlayFinding>, marked: Set<number>): PhrasingContent {
  for (const id of ids) marked.add(id)
  const findings = ids.map((id) => byId.get(id)).filter((finding) => finding !== undefined)
  const worst = SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'info'
  // An emphasis node renamed by `data.hName`: mdast-util-to-hast makes it the element asked for.
  return {
    type: 'emphasis',
    children: Array.isArray(child) ? child : [child],
    data: {
      hName: 'mark',
      hProperties: {
        className: [FINDING_CLASS, `${FINDING_CLASS}--${worst}`],
        dataOffreFinding: ids.join(' '),
        title: findings.map((finding) => `${finding.id}. ${finding.message}`).join('\n'),
      },
    },
  }
}

function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = 0; index < source.length; index++) if (source[index] === '\n') starts.push(index + 1)
  return starts
}
