/**
 * Part of the `punctuation` check of `offre-typography`, French pages only: the full
 * stops a sentence ends with, where the page shows that one is missing.
 * - Two sentences joined by a line break inside a paragraph (`… pour les porteurs de
 *   projet⏎Pour cela, le service…`): the page renders the break as a space, so the
 *   sentences run together. The line ends with a word, not a function word (`avec⏎La
 *   Poste` goes on), and the next opens with a capitalised word that opens sentences
 *   (`Pour`, `Le`, `Il`, `Cette`…), not a name.
 * - A paragraph of several sentences whose last has no full stop, and a paragraph of a
 *   sentence or more that has none where the page's other paragraphs do (two thirds of
 *   them, three at least): the page's own usage says it is a slip.
 * - A list item without its full stop where the other items of its list have one (two
 *   thirds, three items at least).
 * - A heading of one sentence that ends with a full stop (`## Un assistant pour la vie
 *   administrative.`): a title takes none (the Lexique); one of several sentences keeps it.
 * Labels (a paragraph that is only a link, an emphasis or an image), short texts (fewer
 * than six words), English and texts ending with other marks (`:`, `…`, `etc.`) are left
 * alone. Fix: the full stop written, or the heading's removed.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { isEnglish, isFrenchFunctionWord } from '../language.js'
import { placeOf } from '../places.js'
import { code, exact, say } from '../report.js'
import { eachOfType } from '../tree-index.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/** Words that open sentences and are seldom a name's first word inside one. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous',
  'pour', 'par', 'dans', 'en', 'au', 'aux', 'avec', 'sur', 'si', 'mais', 'or', 'donc', 'ainsi', 'cela', 'ceci', 'depuis',
  'enfin', 'puis', 'grâce', 'afin', 'chaque', 'tous', 'toutes', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'son',
  'sa', 'ses', 'lors', 'après', 'avant', 'selon', 'quand', 'lorsque', 'comme', 'certains', 'certaines', 'aujourd’hui',
  "aujourd'hui", 'ensuite', 'actuellement', 'désormais', 'néanmoins', 'cependant', 'toutefois', 'par ailleurs', 'c’est', "c'est",
])

/** A line that ends with a letter or a digit inside a text node, then a line opening with a capitalised word. */
const JOINED_LINES = /([\p{L}\p{M}]+|\p{N})[ \t]*\n[ \t]*(\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}+)?)(?=[\s,])/gu

/** The last character of a sentence that lacks its mark: a letter, a digit, a closing bracket or quote. */
const OPEN_END = /[\p{L}\p{N})»”"]$/u

/** Several sentences: a full stop or `!`, a space, a capital (`Quand ? Le 10 avril` is a label and its value). */
const INNER_SENTENCE_END = /[\p{Ll}\p{N})][.!][ \u00a0\n]+\p{Lu}/u

/** A label and its value (`Téléphone : 09 72…`, `**6 septembre 2022** : Accueil…`), a press review's source and date after a comma (`…, zdnet.fr, novembre 2021`, `(youtube.com)`): no sentence;
 * a sentence that ends with a date is one (`…une phase de construction à la fin mars 2025`). */
const NO_SENTENCE = /^[^.!?:]{1,40}[ \u00a0]:|,[^,]{0,30}(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$|\([\p{L}\p{N}.-]+\.\p{L}{2,}\)$/iu

const MIN_WORDS = 6

/** Whether `text` holds at least `MIN_WORDS` words (counted no further). */
function longEnough(text: string): boolean {
  const word = /[\p{L}\p{N}]+/gu
  for (let count = 0; count < MIN_WORDS; count++) if (word.exec(text) === null) return false
  return true
}

/** Whether a paragraph is a label: a link, an emphasis or an image alone (`**Contact**`, `[Voir le site](…)`). */
function isLabel(paragraph: Paragraph): boolean {
  const children = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return children.length === 1 && ['link', 'strong', 'emphasis', 'image', 'linkReference', 'html', 'inlineCode'].includes(children[0]?.type ?? '')
}

/** The paragraph's text, and where a full stop goes: after its last character, trailing spaces and a hard break left out. */
function ending(node: Paragraph, source: string): { text: string; at: number; labelled: boolean } | undefined {
  const end = node.position?.end.offset
  if (end === undefined) return undefined
  const last = node.children[node.children.length - 1]
  // Ends with HTML, a template tag, a footnote, code or a link (`En savoir plus : [l’article](…)`, the press
  // reviews' way, or an address): its end is not a sentence's.
  if (last === undefined || ['html', 'footnoteReference', 'break', 'link', 'linkReference', 'inlineCode', 'image'].includes(last.type)) return undefined
  const text = toString(node).trim()
  // Its last token an address (`https://…`, `www.…`, `nom@…`), or a template tag in it.
  const lastToken = text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n')) + 1)
  if (/^[(<[«"]*(?:https?:\/\/|www\.)|@/.test(lastToken) || text.includes('{%') || text.includes('{{')) return undefined
  if (NO_SENTENCE.test(text) && !INNER_SENTENCE_END.test(text)) return undefined
  // `… au commun. »`, `(… collectifs.)`: the sentence ended inside the quote or the brackets.
  if (/[.!?…][ \u00a0\u202f]*[»)”"]$/u.test(text)) return undefined
  let at = end
  while (at > 0 && /[ \t\\]/.test(source[at - 1] ?? '')) at--
  // A last line of its own that is a label and a short value (`Collectivité sponsor : Agen`) or wholly emphasised (`**Les faits**`).
  const lastLine = source.slice(source.lastIndexOf('\n', at - 1) + 1, at).trim()
  const labelled = text.includes('\n') && ((NO_SENTENCE.test(lastLine) && !longEnough(lastLine.slice(lastLine.indexOf(':') + 1))) || /^(\*\*|__|\*|_)[^]*\1$/.test(lastLine))
  return { text, at, labelled }
}

function reportMissing(file: VFile, text: string, at: number, why: 'paragraph' | 'item' | 'joined'): void {
  const tail = /\S+(?:\s+\S+)?$/u.exec(text)?.[0] ?? text
  const shown = code(`${tail}.`)
  const fr = why === 'joined' ? `Il manque le point final de la phrase avant le retour à la ligne, la page les joint : écrire ${shown}` : why === 'item' ? `Il manque le point final de cet élément, les autres de la liste en ont un : écrire ${shown}` : `Il manque le point final de la phrase : écrire ${shown}`
  const en = why === 'joined' ? `Missing full stop before the line break, which the page renders as a space: expected ${shown}` : why === 'item' ? `Missing full stop at the end of this item, as the list's other items have: expected ${shown}` : `Missing full stop at the end of the sentence: expected ${shown}`
  // The place is the sentence's last character; the full stop goes after it.
  say(file, { fr, en, ...exact(file, Math.max(0, at - 1), at, ['.'], [at, at]), fix: { start: at, end: at, text: '.' } })
}

export function checkFullStops(tree: Root, ranges: TextRange[], file: VFile): void {
  const source = String(file.value ?? '')
  const bodyStart = tree.children[0]?.type === 'yaml' ? (tree.children[0].position?.end.offset ?? 0) : 0
  checkJoinedLines(ranges, bodyStart, file)
  // The page's paragraphs outside lists, tables and quotes, which tell its usage.
  const paragraphs: Array<{ text: string; at: number; labelled: boolean; sentences: boolean }> = []
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || isLabel(node)) continue
    const end = ending(node, source)
    if (end === undefined || !longEnough(end.text) || isEnglish(end.text)) continue
    paragraphs.push({ ...end, sentences: INNER_SENTENCE_END.test(end.text) })
  }
  const ended = paragraphs.filter(({ text }) => /[.!?…:;]$/u.test(text)).length
  for (const paragraph of paragraphs) {
    if (!OPEN_END.test(paragraph.text) || paragraph.labelled) continue
    const others = paragraphs.length - 1
    const usage = others >= 3 && ended >= (2 / 3) * others
    if (paragraph.sentences || usage) reportMissing(file, paragraph.text, paragraph.at, 'paragraph')
  }
  eachOfType(tree, 'list', (list: List) => checkListItems(list, source, file))
  eachOfType(tree, 'heading', (heading: Heading) => checkHeadingStop(heading, source, file))
}

function checkJoinedLines(ranges: TextRange[], bodyStart: number, file: VFile): void {
  for (const range of ranges) {
    if (range.start < bodyStart || !range.prose.includes('\n')) continue
    for (const match of range.prose.matchAll(JOINED_LINES)) {
      const [, last = '', next = ''] = match
      if (isFrenchFunctionWord(last) || /^\p{Lu}/u.test(last) || !SENTENCE_OPENERS.has(next.toLowerCase())) continue
      const index = match.index ?? 0
      if (looksEnglish(range, index)) continue
      const at = range.start + index + last.length
      const lineStart = range.prose.lastIndexOf('\n', index) + 1
      reportMissing(file, range.prose.slice(lineStart, index + last.length), at, 'joined')
    }
  }
}

function checkListItems(list: List, source: string, file: VFile): void {
  if (list.children.length < 3) return
  const items = list.children.map((item: ListItem) => {
    const only = item.children.length === 1 ? item.children[0] : undefined
    if (only?.type !== 'paragraph' || isLabel(only)) return undefined
    const end = ending(only, source)
    return end === undefined || !longEnough(end.text) || isEnglish(end.text) ? undefined : end
  })
  const ended = items.filter((item) => item !== undefined && /[.!?…]$/u.test(item.text)).length
  const others = list.children.length - 1
  if (ended < 3 || ended < (2 / 3) * others) return
  for (const item of items) {
    if (item !== undefined && !item.labelled && OPEN_END.test(item.text)) reportMissing(file, item.text, item.at, 'item')
  }
}

function checkHeadingStop(heading: Heading, source: string, file: VFile): void {
  const end = heading.position?.end.offset
  const last = heading.children[heading.children.length - 1] as Nodes | undefined
  if (end === undefined || last?.type !== 'text') return
  const text = toString(heading).trim()
  // One full stop, after a word: not `etc.`, an ellipsis, an abbreviation (`M.`, `n°.`), nor a heading of several sentences.
  if (!/[\p{L}\p{N})»]\.$/u.test(text) || /(?:^|[^\p{L}])(?:etc|\p{Lu})\.$/u.test(text) || INNER_SENTENCE_END.test(text) || isEnglish(text)) return
  let at = end
  while (at > 0 && /[ \t#]/.test(source[at - 1] ?? '')) at--
  if (source[at - 1] !== '.') return
  say(file, {
    fr: `${code(`${/\S+\.$/u.exec(text)?.[0] ?? '.'}`)} : un titre ne prend pas de point final, le retirer`,
    en: `Unexpected full stop at the end of a heading in ${code(/\S+\.$/u.exec(text)?.[0] ?? '.')}; remove it`,
    place: placeOf(file, at - 1, at),
    actual: '.',
    expected: [''],
    fix: { start: at - 1, end: at, text: '' },
  })
}
