/**
 * Part of the `punctuation` check of `offre-typography`: a bracket opened in a paragraph
 * (a heading, a table cell, a front-matter value) is closed there, and one is not closed
 * that was never opened (`(s’affranchir des contraintes liées à l’affectation.`, `du
 * transport routier) + émanations`). Only the prose's brackets: a link's address, code
 * and HTML are not prose. Left alone: an enumeration's bracket (`1)`, `a)`, `**IV)`) and a
 * smiley (`:)`, `;-)`, `:(`). No fix: where the bracket belongs is the writer's to say.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { eachOfType } from '../tree-index.js'
import type { TextRange } from './offre-typography-text.js'

/** Before `)`: an enumeration's number or letter (`1)`, `b)`, `iv)`) at its start or after a space, or a smiley's eyes. */
const NOT_CLOSING = /(?:(?:^|[\s\0(«"“*_])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})|[:;=8]-?)$/u
/** Before `(`: a sad smiley's eyes (`arrêtée :(`). */
const NOT_OPENING = /[:;=]-?$/

export function checkBrackets(tree: Root, ranges: TextRange[], file: VFile): void {
  if (!ranges.some((range) => /[()]/.test(range.prose))) return
  // The blocks whose text is one piece of prose; ranges outside any (front-matter values) stand alone.
  const blocks: Array<[number, number]> = []
  eachOfType(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) blocks.push([start, end])
    return 'skip'
  })
  blocks.sort((a, b) => a[0] - b[0])
  const groups = new Map<number, TextRange[]>()
  let block = 0
  for (const [at, range] of ranges.entries()) {
    while (block < blocks.length && (blocks[block]?.[1] ?? 0) <= range.start) block++
    const inside = block < blocks.length && (blocks[block]?.[0] ?? Infinity) <= range.start
    const key = inside ? block : -1 - at
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [range])
    else group.push(range)
  }
  for (const group of groups.values()) checkGroup(group, file)
}

function checkGroup(group: TextRange[], file: VFile): void {
  if (!group.some((range) => /[()]/.test(range.prose))) return
  const open: number[] = []
  const unopened: number[] = []
  for (const range of group) {
    for (const match of range.prose.matchAll(/[()]/g)) {
      const index = match.index ?? 0
      if (match[0] === '(') {
        if (!NOT_OPENING.test(range.prose.slice(Math.max(0, index - 2), index))) open.push(range.start + index)
        continue
      }
      if (open.length > 0) {
        open.pop()
        continue
      }
      if (NOT_CLOSING.test(range.prose.slice(Math.max(0, index - 6), index))) continue
      unopened.push(range.start + index)
    }
  }
  for (const start of open) {
    say(file, {
      fr: `${code('(')} : parenthèse ouverte qui n’est pas refermée dans le paragraphe, ajouter ${code(')')} où elle se termine`,
      en: `Unclosed bracket ${code('(')} in the paragraph, add ${code(')')} where it ends`,
      place: placeOf(file, start, start + 1),
      actual: '(',
    })
  }
  for (const start of unopened) {
    say(file, {
      fr: `${code(')')} : parenthèse fermante sans parenthèse ouvrante dans le paragraphe, ajouter ${code('(')} où elle commence ou retirer celle-ci`,
      en: `Closing bracket ${code(')')} with no opening one in the paragraph, add ${code('(')} where it starts or remove this one`,
      place: placeOf(file, start, start + 1),
      actual: ')',
    })
  }
}
