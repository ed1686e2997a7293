/**
 * Part of the `punctuation` check of `offre-typography`: what a link's text holds at its
 * end belongs outside it. A page shows the text of `[Le CNRS dévoile sa médiathèque ](…),`
 * as `médiathèque ,` (a space before the comma), and the comma of `[la liste complète,](…)
 * avec liens` underlined with the link. Reported: spaces ending a link's text right before
 * a punctuation mark (fix: the spaces removed), and a comma or a semicolon ending it (fix:
 * the mark after the link, or dropped when the link is followed by one already). Inline
 * links only: a bare URL or an autolink has no text of its own; code is never touched.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { eachOfType } from '../tree-index.js'

/** Spaces, then the end of the text. */
const TRAILING_SPACES = /[ \t]+$/
/** A comma or semicolon, then maybe spaces, ending the text (not an entity's `;`: `&trade;`). */
const TRAILING_MARK = /(?<!&#?[\da-z]{1,31})([,;])[ \t]*$/i

export function checkLinkEdges(tree: Root, file: VFile): void {
  const source = String(file.value ?? '')
  eachOfType(tree, 'link', (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    const last = node.children.at(-1)
    const textEnd = last?.position?.end.offset
    if (start === undefined || end === undefined || textEnd === undefined || source[start] !== '[' || source.slice(textEnd, textEnd + 2) !== '](') return
    if (last?.type !== 'text') return
    const text = source.slice(start + 1, textEnd)
    const after = source[end] ?? ''
    const mark = TRAILING_MARK.exec(text)
    if (mark !== null) {
      const markStart = start + 1 + mark.index
      const markup = source.slice(textEnd, end)
      const followed = /[,.;:!?)]/.test(after)
      const expected = followed ? markup : `${markup}${mark[1]}`
      say(file, {
        fr: `${code(mark[0])} à la fin du texte du lien : ${followed ? 'le retirer' : 'le mettre après le lien'}`,
        en: `Unexpected ${code(mark[0])} at the end of the link text: ${followed ? 'remove it' : 'put it after the link'}`,
        // The place is what the fix rewrites: from the mark to the end of the link.
        place: placeOf(file, markStart, end),
        actual: source.slice(markStart, end),
        expected: [expected],
        fix: { start: markStart, end, text: expected },
      })
      return
    }
    const spaces = TRAILING_SPACES.exec(text)
    if (spaces !== null && /[,.;:]/.test(after)) {
      const spacesStart = start + 1 + spaces.index
      say(file, {
        fr: `espace à la fin du texte du lien, avant ${code(after)} : la page affiche une espace devant ${code(after)}`,
        en: `Unexpected space at the end of the link text, before ${code(after)}: the page shows a space before ${code(after)}`,
        place: placeOf(file, spacesStart, textEnd),
        actual: spaces[0],
        expected: [''],
        fix: { start: spacesStart, end: textEnd, text: '' },
      })
    }
  })
}
