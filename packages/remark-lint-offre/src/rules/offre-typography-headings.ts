/**
 * The headings' checks of `offre-typography`, French pages only:
 * - `capitals`: a heading opens with a capital (`## en chiffres` → `## En chiffres`), when
 *   its first word is a word of the dictionary: a name written in lower case keeps its
 *   case (`## code.gouv.fr expose…`, `## e-MJPM`, `## npm`);
 * - `punctuation`: a heading's marks written twice (`## ## Vous souhaitez nous aider`),
 *   which the page shows as text.
 * Fix: the capital; the second marks removed.
 */
import type { Heading, Root } from 'mdast'
import type { VFile } from 'vfile'
import { speller } from '@offre/spell-fr'
import { isFrenchFunctionWord } from '../language.js'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { eachOfType } from '../tree-index.js'

/** The first text of a heading, where it starts in the source. */
function openingText(heading: Heading): { value: string; start: number } | undefined {
  const first = heading.children[0]
  const start = first?.position?.start.offset
  if (first?.type !== 'text' || start === undefined) return undefined
  return { value: first.value, start }
}

/** `## en chiffres`: a word of the dictionary in lower case, then a space or the end (not `code.gouv.fr`, `e-MJPM`). */
const LOWER_OPENING = /^(\p{Ll}[\p{Ll}\p{M}]*)(?=\s|$)/u

export function checkHeadingCapitals(tree: Root, file: VFile): void {
  eachOfType(tree, 'heading', (heading) => {
    const text = openingText(heading)
    const word = text === undefined ? undefined : LOWER_OPENING.exec(text.value)?.[1]
    if (text === undefined || word === undefined) return
    if (!isFrenchFunctionWord(word) && !speller().lookup(word)) return
    const expected = word.charAt(0).toUpperCase() + word.slice(1)
    say(file, {
      fr: `${code(word)} : un titre commence par une majuscule, écrire ${code(expected)}`,
      en: `A heading starts with a capital: ${code(word)}, expected ${code(expected)}`,
      place: placeOf(file, text.start, text.start + word.length),
      actual: word,
      expected: [expected],
      fix: { start: text.start, end: text.start + 1, text: expected.charAt(0) },
    })
  })
}

/** `## ## Vous`: the heading's text opens with heading marks again. */
const REPEATED_MARKS = /^#{1,6}[ \t]+/

export function checkHeadingMarks(tree: Root, file: VFile): void {
  eachOfType(tree, 'heading', (heading) => {
    const text = openingText(heading)
    const marks = text === undefined ? undefined : REPEATED_MARKS.exec(text.value)?.[0]
    if (text === undefined || marks === undefined) return
    say(file, {
      fr: `${code(marks.trim())} : marque de titre écrite deux fois, la page l’affiche ; la retirer`,
      en: `Heading marks ${code(marks.trim())} written twice, shown on the page; remove them`,
      place: placeOf(file, text.start, text.start + marks.length),
      actual: marks,
      expected: [''],
      fix: { start: text.start, end: text.start + marks.length, text: '' },
    })
  })
}
