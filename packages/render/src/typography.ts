/**
 * French typography at render time, on text nodes only: the space an editor typed
 * before `?`, `!`, `;`, between a number and its unit (`%`, `€`, `min`, `Mo`…) and between
 * its groups of thousands (`12 000`) becomes a narrow no-break space (U+202F), before `:`
 * and inside « » a no-break space (U+00A0), so that punctuation never starts a
 * line. Only existing spaces are replaced, nothing is inserted: `10:30`,
 * `https://…` and `a:hover` stay as written. Code, URLs and e-mail addresses
 * written in the text, and content in another language (`lang="en"`), are left
 * alone. The markdown source is never touched.
 */
import type { Root, Element } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

const NARROW = '\u202f'
const NBSP = '\u00a0'
/** An ordinary space, or a no-break space of the other kind, typed before the sign. */
const SPACES = '[ \\u00a0\\u202f]+'
// Each run is matched from its start only (the lookbehinds), so that a long run
// of spaces or letters costs linear time, not quadratic.
const RUN = `(?<![ \\u00a0\\u202f])${SPACES}`
const BEFORE_HIGH = new RegExp(`${RUN}(?=[?!;])`, 'g')
const BEFORE_COLON = new RegExp(`${RUN}(?=:)`, 'g')
const AFTER_OPENING = new RegExp(`«${SPACES}`, 'g')
const BEFORE_CLOSING = new RegExp(`${RUN}»`, 'g')
/** The spaces between the groups of thousands of a number (`12 000`, `1 000 000`): they must not break either. */
const THOUSANDS = /(?<=(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})*)[ \u00a0](?=\d{3}(?!\d))/g
/** The space between a number and its unit (`100 %`, `10 000 €`, `30 min`, `7,5 Mo`), which must not break either. */
const BEFORE_UNIT = new RegExp(`(?<=\\d)${SPACES}(?=(?:%|€|[kM]€|Md€|min|km|kg|[KMGT]i?o)(?![\\p{L}\\p{N}]))`, 'gu')
/** URLs and addresses in text, which must keep their characters. */
const VERBATIM = /(?:(?<![a-z\d+.-])[a-z][a-z\d+.-]*:\/\/|\bwww\.)[^\s<>«»]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi
const UNTOUCHED = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'tt', 'script', 'style', 'textarea'])

/** Fixes the spaces of one French text. */
export function frenchSpacing(text: string): string {
  let result = ''
  let last = 0
  for (const match of text.matchAll(VERBATIM)) {
    result += spaceProse(text.slice(last, match.index)) + match[0]
    last = match.index + match[0].length
  }
  return result + spaceProse(text.slice(last))
}

function spaceProse(text: string): string {
  if (!/[?!;:«»%€]|\d\s+[kmMGTK]|\d\s\d{3}/.test(text)) return text
  return text
    .replace(THOUSANDS, NARROW)
    .replace(BEFORE_HIGH, NARROW)
    .replace(BEFORE_UNIT, NARROW)
    .replace(BEFORE_COLON, NBSP)
    .replace(AFTER_OPENING, `«${NBSP}`)
    .replace(BEFORE_CLOSING, `${NBSP}»`)
}

/** Applies {@link frenchSpacing} to the French text nodes of `tree`. */
export function applyFrenchTypography(tree: Root | Element): void {
  visit(tree, (node) => {
    if (node.type === 'element') {
      if (UNTOUCHED.has(node.tagName)) return SKIP
      const lang = node.properties.lang
      if (typeof lang === 'string' && lang !== '' && !/^fr\b/i.test(lang)) return SKIP
    }
    if (node.type === 'text') node.value = frenchSpacing(node.value)
    return undefined
  })
}
