/**
 * What the checks of `offre-typography` share: which pages are English (the French
 * checks skip them), the prose with what is not prose masked, and the spaces around
 * a punctuation mark as the source writes them (characters or `&nbsp;` entities).
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { frontMatterProse } from '../front-matter-prose.js'
import { proseOf } from '../prose.js'
import { settingsOf } from '../settings.js'

/** A page under `en/` (content path or file path) is English: French typography does not apply. */
export function isEnglishContent(file: VFile): boolean {
  const contentPath = settingsOf(file).contentPath
  if (contentPath !== undefined && /^\.?\/?en\//.test(contentPath)) return true
  return /(?:^|[\\/])en[\\/]/.test(file.path ?? '')
}

/** Character references and emoji shortcodes: their `;` and `:` are not punctuation. */
const NOT_PUNCTUATION = [/&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/gi, /(?<![\p{L}\d]):[a-z\d_+-]+:(?![\p{L}\d])/gu]

export interface TextRange {
  /** Offset of the text node in the source. */
  start: number
  /** The source slice. */
  source: string
  /** The same slice, non-prose masked with `\0` (same length, same newlines). */
  prose: string
  /** Up to 300 characters of source on each side, to tell the language of a short text. */
  around?: string
}

const cache = new WeakMap<Root, TextRange[]>()

/** The text nodes of the page, source and masked prose side by side. */
export function textRanges(tree: Root, file: VFile): TextRange[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const whole = String(file.value ?? '')
  // The front matter's prose (titles, descriptions, alt texts) first, as the page reads it.
  const ranges = [...frontMatterProse(tree, file), ...proseOf(tree, file)].map(({ start, text }) => {
    const source = whole.slice(start, start + text.length)
    let prose = text
    if (text !== source) {
      prose = ''
      for (let i = 0; i < text.length; i++) prose += text[i] === source[i] ? text[i] : '\0'
    }
    for (const pattern of NOT_PUNCTUATION) prose = prose.replace(pattern, (match) => '\0'.repeat(match.length))
    const around = whole.slice(Math.max(0, start - 300), start) + ' ' + whole.slice(start + text.length, start + text.length + 300)
    return { start, source, prose, around }
  })
  cache.set(tree, ranges)
  return ranges
}

/** One space as written: its character (`&nbsp;` counts as U+00A0) and its source text. */
export interface SpaceUnit {
  char: string
  text: string
}

export interface SpaceRun {
  start: number
  end: number
  units: SpaceUnit[]
}

const SPACE_CHARS = new Set([' ', '\t', '\u00a0', '\u202f'])
const SPACE_ENTITY = /&(?:nbsp|#0*160|#x0*a0|#0*8239|#x0*202f);$/i
const SPACE_ENTITY_AHEAD = /^&(?:nbsp|#0*160|#x0*a0|#0*8239|#x0*202f);/i

function entityChar(entity: string): string {
  return /8239|202f/i.test(entity) ? '\u202f' : '\u00a0'
}

/** The spaces written right before `offset`, on the same line. */
export function spacesBefore(source: string, offset: number): SpaceRun {
  const units: SpaceUnit[] = []
  let cursor = offset
  for (;;) {
    const char = source[cursor - 1]
    if (char !== undefined && SPACE_CHARS.has(char)) {
      units.unshift({ char, text: char })
      cursor -= 1
      continue
    }
    const entity = char === ';' ? SPACE_ENTITY.exec(source.slice(Math.max(0, cursor - 12), cursor)) : null
    if (entity === null) break
    units.unshift({ char: entityChar(entity[0]), text: entity[0] })
    cursor -= entity[0].length
  }
  return { start: cursor, end: offset, units }
}

/** The spaces written right after `offset`, on the same line. */
export function spacesAfter(source: string, offset: number): SpaceRun {
  const units: SpaceUnit[] = []
  let cursor = offset
  for (;;) {
    const char = source[cursor]
    if (char !== undefined && SPACE_CHARS.has(char)) {
      units.push({ char, text: char })
      cursor += 1
      continue
    }
    const entity = char === '&' ? SPACE_ENTITY_AHEAD.exec(source.slice(cursor, cursor + 12)) : null
    if (entity === null) break
    units.push({ char: entityChar(entity[0]), text: entity[0] })
    cursor += entity[0].length
  }
  return { start: offset, end: cursor, units }
}

/** How a space is called in the messages. */
export function spaceName(char: string, locale: 'fr' | 'en'): string {
  const names: Record<string, [string, string]> = {
    ' ': ['espace ordinaire', 'ordinary space'],
    '\t': ['tabulation', 'tab'],
    '\u00a0': ['espace insécable (U+00A0)', 'no-break space (U+00A0)'],
    '\u202f': ['espace fine insécable (U+202F)', 'narrow no-break space (U+202F)'],
  }
  const name = names[char] ?? ['espace', 'space']
  return locale === 'fr' ? name[0] : name[1]
}

