/**
 * The abbreviations check of `offre-typography`, French pages only: `etc.` always
 * takes its full stop (`etc)`, `etc,` → `etc.`; `etc…` and `etc...` say it twice:
 * `etc.`), so does `par ex.` (`par ex)`), an acronym takes no plural `s` (`des OSPOs` →
 * `des OSPO`), and a page or issue number is spaced from its abbreviation (`p.14` → `p. 14`,
 * `n°11` → `n° 11`). A tilde is not French for “about” (`~2 300 agents` → `environ 2 300`), nor an
 * ampersand for `et` between common words (`la prise de hauteur & le diagnostic`; a name's
 * `&` stays: `Plante & Moi`, `R&D`).
 * Fix: the full stop, or the space (a no-break one with `nbsp: 'source'`).
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { settingsOf } from '../settings.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/** `etc` without its full stop, or with an ellipsis after it. */
const ETC = /(?<![\p{L}\p{M}\d_'’-])etc(?![\p{L}\p{M}\d_'’-])(\.\.\.|…|\.)?/gu
/** `par ex` without its full stop (`par ex)`, `par ex,`). */
const PAR_EX = /(?<![\p{L}\p{M}\d_'’-])par ex(?![\p{L}\p{M}\d_'’.-])/giu
/**
 * `des OSPOs`, `les APIs`, `aux CGUs`, `: PDFs nombreux`: an acronym given the plural's `s`
 * after a plural determiner, a number, a colon opening a list, a comma in an enumeration or
 * a bracket (`(ASAs)`, `DDT, ASAs, chambres`); French acronyms are invariable (the Lexique: `des OSPO`).
 */
const ACRONYM_PLURAL = /(?:(?<![\p{L}\p{M}\d_'’-])(?:[Dd]es|[Ll]es|[Cc]es|[Aa]ux|[Nn]os|[Vv]os|[Ll]eurs|[Mm]es|[Ss]es|[Pp]lusieurs|[Qq]uelques|[Cc]ertains|[Cc]ertaines|[Nn]ombreux|[Nn]ombreuses|\d+)[ \u00a0\u202f]+|(?<=[:;,])[ \u00a0\u202f]+|(?<=\())(\p{Lu}{2,})s(?![\p{L}\p{M}\d_'’-])/gu
/** `~2 300`, `(~ 30 000€`: a tilde for “about” before a number. */
const TILDE = /(?<![\p{L}\p{N}~])~[ \u00a0]?(?=\d)/gu
/** `porteurs & d’une`, `hauteur & le diagnostic`: `&` between a lower-case word and a determiner or preposition. */
const AMPERSAND = /(?<=(?<![\p{L}\p{M}\d_'’-])\p{Ll}[\p{Ll}\p{M}]+)[ \u00a0]&(?=[ \u00a0](?:le|la|les|l[’']|un|une|des|du|de|d[’']|leur|leurs|son|sa|ses|notre|nos|votre|vos|ce|cet|cette|ces)(?![\p{L}\p{M}]))/gu
/** `p.14`, `pp.12-14`: a page abbreviation against its number. */
const PAGE = /(?<![\p{L}\p{M}\d_'’.-])(pp?\.|[nN]°)(?=\d)/gu

export function checkAbbreviations(ranges: TextRange[], file: VFile): void {
  const nbsp = settingsOf(file).nbsp === 'source' ? '\u00a0' : ' '
  for (const range of ranges) {
    if (range.prose.includes('etc')) {
      for (const match of range.prose.matchAll(ETC)) {
        const after = match[1]
        if (after === '.') continue
        const index = match.index ?? 0
        if (looksEnglish(range, index)) continue
        const start = range.start + index
        const end = start + match[0].length
        say(file, {
          fr: `${code(match[0])} : écrire ${code('etc.')}, avec son point${after === undefined ? '' : ' (et sans points de suspension, qu’il dit déjà)'}`,
          en: `Unexpected ${code(match[0])}, expected ${code('etc.')}`,
          place: placeOf(file, start, end),
          actual: match[0],
          expected: ['etc.'],
          fix: { start: start + 3, end, text: '.' },
        })
      }
    }
    if (/par ex/i.test(range.prose)) {
      for (const match of range.prose.matchAll(PAR_EX)) {
        const index = match.index ?? 0
        if (looksEnglish(range, index)) continue
        const start = range.start + index
        const end = start + match[0].length
        say(file, {
          fr: `${code(match[0])} : l’abréviation prend son point, écrire ${code(`${match[0]}.`)}`,
          en: `Missing full stop after the abbreviation ${code(match[0])}, expected ${code(`${match[0]}.`)}`,
          place: placeOf(file, start, end),
          actual: match[0],
          expected: [`${match[0]}.`],
          fix: { start: end, end, text: '.' },
        })
      }
    }
    if (/\p{Lu}s\b/u.test(range.prose)) {
      for (const match of range.prose.matchAll(ACRONYM_PLURAL)) {
        const acronym = match[1] as string
        const index = (match.index ?? 0) + match[0].length - acronym.length - 1
        if (looksEnglish(range, index)) continue
        const start = range.start + index
        const end = start + acronym.length + 1
        say(file, {
          fr: `${code(`${acronym}s`)} : un sigle est invariable, écrire ${code(acronym)}`,
          en: `Unexpected plural ${code(`${acronym}s`)}: an acronym is invariable in French, expected ${code(acronym)}`,
          place: placeOf(file, start, end),
          actual: `${acronym}s`,
          expected: [acronym],
          fix: { start: end - 1, end, text: '' },
        })
      }
    }
    if (range.prose.includes(' & ')) {
      for (const match of range.prose.matchAll(AMPERSAND)) {
        const index = (match.index ?? 0) + 1
        if (looksEnglish(range, index)) continue
        const start = range.start + index
        say(file, {
          fr: `${code('&')} : dans une phrase, écrire ${code('et')}`,
          en: `Unexpected ${code('&')} in a sentence, expected ${code('et')}`,
          place: placeOf(file, start, start + 1),
          actual: '&',
          expected: ['et'],
          fix: { start, end: start + 1, text: 'et' },
        })
      }
    }
    if (range.prose.includes('~')) {
      for (const match of range.prose.matchAll(TILDE)) {
        const index = match.index ?? 0
        if (looksEnglish(range, index)) continue
        const start = range.start + index
        const end = start + match[0].length
        say(file, {
          fr: `${code('~')} : le tilde n’est pas une abréviation française, écrire ${code('environ')}`,
          en: `Unexpected ${code('~')} for “about”, expected ${code('environ')}`,
          place: placeOf(file, start, end),
          actual: match[0],
          expected: ['environ '],
          fix: { start, end, text: 'environ ' },
        })
      }
    }
    if (!range.prose.includes('p.') && !range.prose.includes('°')) continue
    for (const match of range.prose.matchAll(PAGE)) {
      const index = match.index ?? 0
      if (looksEnglish(range, index)) continue
      const abbreviation = match[1] as string
      const start = range.start + index
      const end = start + abbreviation.length
      const number = /^\d+/.exec(range.prose.slice(index + abbreviation.length))?.[0] ?? ''
      say(file, {
        fr: `${code(abbreviation + number)} : une espace après l’abréviation, écrire ${code(`${abbreviation} ${number}`)}`,
        en: `Missing space after ${code(abbreviation)}, expected ${code(`${abbreviation} ${number}`)}`,
        place: placeOf(file, start, end),
        actual: abbreviation,
        expected: [`${abbreviation}${nbsp}`],
        fix: { start: end, end, text: nbsp },
      })
    }
  }
}
