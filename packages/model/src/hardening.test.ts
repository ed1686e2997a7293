import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_NESTING, inspectInput, parseOffer, validateOffer } from './index.js'
import { VFile } from 'vfile'

describe('a page that starts with a byte-order mark', () => {
  const source = '\ufeffUn texte `contact@code.gouv.fr`.\n\n## Titre\n'
  const { offer, file } = parseOffer(source)

  it('keeps the mark in the text, and gives offsets into that text', () => {
    expect(String(file.value)).toBe(source)
    const contact = offer.contacts[0]!
    expect(source.slice(contact.position.start.offset, contact.position.end.offset)).toBe('`contact@code.gouv.fr`')
    expect(contact.position.start).toEqual({ line: 1, column: 11, offset: 10 })
    expect(source.slice(offer.sections[0]!.position.start.offset).startsWith('## Titre')).toBe(true)
  })

  it('reads its front matter', () => {
    expect(parseOffer('\ufeff---\ntitle: Offre\n---\n').offer.frontMatter.data).toEqual({ title: 'Offre' })
  })
})

describe('the questions after a lead-in', () => {
  it('skip an empty item, and keep an item that holds only an answer as text', () => {
    const { offer, file } = parseOffer('---\ntitle: x\n---\n\n## Aide\n\nLes questions courantes sont :\n\n-\n- (Réponse : oui.)\n- Une question ?\n')
    expect(file.messages).toEqual([])
    expect(validateOffer(offer)).toEqual([])
    expect(offer.sections[0]!.questions.map((q) => [q.text, q.answer])).toEqual([
      ['(Réponse : oui.)', undefined],
      ['Une question ?', undefined],
    ])
  })
})

describe('nesting', () => {
  const page = (body: string) => `---\ntitle: x\n---\n\n${body}`

  it('refuses 10,000 nested lists before parsing, with one message at the line', () => {
    const started = performance.now()
    const { offer, file } = parseOffer(page(`Texte.\n\n${'- '.repeat(10_000)}x\n`))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(offer.sections).toEqual([])
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '7:1 too-deep Imbrication trop profonde (10000 niveaux de listes, de citations ou d’indentation sur cette ligne) : la limite est de 1000 niveaux, le fichier n’est pas analysé',
    ])
  })

  it('counts block quotes, ordered lists and indentation, with CR line ends', () => {
    const deep = (body: string) => parseOffer(page(body)).file.messages.map((m) => `${m.line} ${m.ruleId}`)
    expect(deep(`${'>'.repeat(1001)} x\n`)).toEqual(['5 too-deep'])
    expect(deep(`${'1. '.repeat(1001)}x\n`)).toEqual(['5 too-deep'])
    expect(deep(`- a\n${' '.repeat(2000)}- b\n`)).toEqual(['6 too-deep'])
    expect(deep(`a\rb\r${'> '.repeat(1001)}\r`)).toEqual(['7 too-deep'])
  })

  it('accepts 1,000 levels, parsed into a valid model', () => {
    expect(DEFAULT_MAX_NESTING).toBe(1000)
    for (const body of [`${'- '.repeat(1000)}x\n`, `${'> '.repeat(1000)}x\n`, `${'> - '.repeat(500)}x\n`]) {
      const { offer, file } = parseOffer(page(body))
      expect(file.messages).toEqual([])
      expect(validateOffer(offer)).toEqual([])
    }
  })

  it('is an option of inspectInput', () => {
    const file = new VFile({ value: '> > > x\n' })
    expect(inspectInput(file, { maxNesting: 2, locale: 'en' })).toBe(true)
    expect(file.messages[0]?.reason).toBe('Nesting too deep (3 levels of lists, quotes or indentation on this line): the limit is 2 levels, the file is not analysed')
    expect(inspectInput(new VFile({ value: '> > x\n' }), { maxNesting: 2 })).toBe(false)
  })
})

describe('places of the checks made before parsing', () => {
  it('count lines ended by CR, LF or CRLF', () => {
    const { file } = parseOffer(Buffer.from('---\r\ntitle: x\r---\n\nab\u0000'))
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['5:3 binary-file'])
  })
})

describe('the place of an address inside a text', () => {
  it('counts lines ended by CR, LF or CRLF', () => {
    for (const newline of ['\n', '\r', '\r\n']) {
      const source = `Texte [${newline}contact@code.gouv.fr](/fr/) fin.\n`
      const [contact] = parseOffer(source).offer.contacts
      expect(contact?.position.start, JSON.stringify(newline)).toEqual({ line: 2, column: 1, offset: 7 + newline.length })
      expect(source.slice(contact!.position.start.offset, contact!.position.end.offset)).toBe('contact@code.gouv.fr')
    }
  })
})
