import { describe, expect, it } from 'vitest'
import { appendLine, bareWord, ignoreWordEdit, minimalEdit, type OffsetEdit } from './edits.js'

const apply = (text: string, edit: OffsetEdit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end)

describe('minimalEdit', () => {
  it('replaces only the middle that differs, and gives the other text', () => {
    expect(minimalEdit('un deux trois', 'un 2 trois')).toEqual({ start: 3, end: 7, text: '2' })
    expect(minimalEdit('même', 'même')).toBeUndefined()
    for (const [before, after] of [
      ['a\r\nb', 'a\nb'],
      ['x😀y', 'x😁y'],
      ['', 'tout'],
      ['tout', ''],
      ['aaa', 'aaaa'],
    ] as const) {
      const edit = minimalEdit(before, after) as OffsetEdit
      expect(apply(before, edit)).toBe(after)
    }
  })

  it('never cuts a CRLF or a surrogate pair', () => {
    const crlf = minimalEdit('a\r\nb', 'a\r\r\nb') as OffsetEdit
    expect([crlf.start, crlf.end].every((at) => !('a\r\nb'[at - 1] === '\r' && 'a\r\nb'[at] === '\n'))).toBe(true)
    const emoji = minimalEdit('x😀y', 'x😁y') as OffsetEdit
    expect(emoji).toEqual({ start: 1, end: 3, text: '😁' })
  })
})

describe('ignoreWordEdit', () => {
  it('adds a comment after the front matter, followed by a blank line', () => {
    const text = '---\ntitle: T\n---\n# Titre\n'
    expect(apply(text, ignoreWordEdit(text, 'Grist'))).toBe('---\ntitle: T\n---\n<!--spell ignore Grist-->\n\n# Titre\n')
    const spaced = '---\ntitle: T\n---\n\n# Titre\n'
    expect(apply(spaced, ignoreWordEdit(spaced, 'Grist'))).toBe('---\ntitle: T\n---\n<!--spell ignore Grist-->\n\n# Titre\n')
  })

  it('extends the comment the page has; at the top without a front matter; CRLF kept', () => {
    const text = '# T\n\n<!--spell ignore Grist-->\n\nTexte\n'
    expect(apply(text, ignoreWordEdit(text, 'Tchap'))).toBe('# T\n\n<!--spell ignore Grist Tchap-->\n\nTexte\n')
    expect(apply('Texte\n', ignoreWordEdit('Texte\n', 'Tchap'))).toBe('<!--spell ignore Tchap-->\n\nTexte\n')
    const crlf = '---\r\ntitle: T\r\n---\r\nTexte\r\n'
    expect(apply(crlf, ignoreWordEdit(crlf, 'Tchap'))).toBe('---\r\ntitle: T\r\n---\r\n<!--spell ignore Tchap-->\r\n\r\nTexte\r\n')
  })
})

describe('word lists', () => {
  it('appends the word on a line of its own; strips an elision', () => {
    expect(appendLine('AMDAC\nOSPO\n', 'Grist')).toBe('Grist\n')
    expect(appendLine('AMDAC', 'Grist')).toBe('\nGrist\n')
    expect(appendLine('', 'Grist')).toBe('Grist\n')
    expect(bareWord('d’Ocsimore')).toBe('Ocsimore')
    expect(bareWord('l\'Arawa')).toBe('Arawa')
    expect(bareWord('Tchap')).toBe('Tchap')
  })
})
