import { describe, expect, it } from 'vitest'
import { parseOffer } from './index.js'

function problems(input: string | Uint8Array) {
  const { file, offer } = parseOffer(input)
  return {
    offer,
    lines: file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`),
    messages: file.messages,
  }
}

describe('front matter problems point at the YAML node', () => {
  it('reports `segments/0/url` at the line and column of its value', () => {
    const { lines, messages } = problems('---\ntitle: Offre\nsegments: [{url: 3, title: Mission}]\n---\n\n## A\n')
    expect(lines).toEqual(['3:18 error schema'])
    expect(messages[0]?.reason).toBe('Valeur invalide pour `segments/0/url` : doit être de type string, reçu 3')
    expect(messages[0]?.place).toMatchObject({ start: { line: 3, column: 18 }, end: { line: 3, column: 19 } })
  })

  it('reports in English on request', () => {
    const { file } = parseOffer('---\ntitle: 3\n---\n', { locale: 'en' })
    expect(file.messages[0]?.reason).toBe('Invalid value for `title`: must be string, got 3')
  })

  it('keeps an unknown key, with a warning at the key', () => {
    const { lines, offer } = problems('---\ntitle: Offre\nauthor: Marie\n---\n')
    expect(lines).toEqual(['3:1 warning unknown-key'])
    expect(offer.frontMatter.extra).toEqual({ author: 'Marie' })
  })

  it('keeps an invalid value out of the typed data, but not lost', () => {
    const { offer } = problems('---\ntitle: Offre\nshowBreadcrumb: oui\n---\n')
    expect(offer.frontMatter.data).toEqual({ title: 'Offre' })
    expect(offer.frontMatter.extra).toEqual({ showBreadcrumb: 'oui' })
  })

  it('reports a missing title', () => {
    expect(problems('---\nlayout: x\n---\n').lines).toEqual(['1:1 error missing-key'])
  })

  it('reports invalid YAML where it is', () => {
    const { lines, messages } = problems('---\ntitle: Offre\nsegments: [a, b\n---\n')
    expect(lines[0]).toMatch(/^3:\d+ error yaml-syntax$/)
    expect(messages[0]?.reason).toMatch(/^YAML invalide dans le front matter : /)
  })

  it('reports duplicate keys', () => {
    const { lines } = problems('---\ntitle: A\ntitle: B\n---\n')
    expect(lines).toEqual(['3:1 error yaml-syntax'])
  })

  it('bounds YAML alias expansion (a "billion laughs" bomb)', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const next = String.fromCharCode(97 + i)
      levels.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`)
    }
    const started = Date.now()
    const { lines } = problems(`---\ntitle: x\n${levels.join('\n')}\n---\n`)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(lines.some((l) => l.endsWith('yaml-syntax'))).toBe(true)
  })

  it('reports a front matter that is not a mapping', () => {
    expect(problems('---\n- a\n- b\n---\n').lines).toEqual(['1:1 error front-matter-not-mapping'])
  })

  it('keeps positions right with CRLF line endings', () => {
    const { lines } = problems('---\r\ntitle: Offre\r\nsegments: [{url: 3, title: M}]\r\n---\r\n')
    expect(lines).toEqual(['3:18 error schema'])
  })
})

describe('inputs that are not pages get one clear message, never a throw', () => {
  it('an empty file', () => {
    expect(problems('').lines).toEqual(['1:1 error empty-file'])
    expect(problems('  \n\n').lines).toEqual(['1:1 error empty-file'])
  })

  it('no front matter', () => {
    const { lines, messages } = problems('## Titre\n\nTexte.\n')
    expect(lines).toEqual(['1:1 error missing-front-matter'])
    expect(messages[0]?.reason).toContain('`---`')
  })

  it('an unclosed front matter', () => {
    expect(problems('---\ntitle: Offre\n\n## A\n').lines).toEqual(['1:1 error unclosed-front-matter'])
  })

  it('a binary file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
    const { lines, messages } = problems(bytes)
    expect(lines).toEqual(['3:1 error binary-file'])
    expect(messages[0]?.reason).toContain('0x00')
  })

  it('invalid UTF-8, decoded with replacement characters', () => {
    const bytes = new Uint8Array([...Buffer.from('---\ntitle: caf'), 0xe9, ...Buffer.from('\n---\n')])
    const { lines, offer } = problems(bytes)
    expect(lines).toEqual(['2:11 error invalid-utf8'])
    expect(offer.frontMatter.data.title).toBe('caf\ufffd')
  })

  it('a byte-order mark', () => {
    const { lines, offer } = problems(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('---\ntitle: Offre\n---\n\n## A\n')]))
    expect(lines).toEqual([])
    expect(offer.sections[0]?.position.start.line).toBe(5)
  })

  it('a file larger than the limit', () => {
    const { file } = parseOffer('x'.repeat(100), { maxFileSize: 10 })
    expect(file.messages.map((m) => m.ruleId)).toEqual(['too-large'])
  })

  it('10,000 nested blockquotes and lists', () => {
    for (const input of ['> '.repeat(10_000) + 'x\n', Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')]) {
      expect(() => parseOffer(`---\ntitle: x\n---\n\n${input}`)).not.toThrow()
    }
  })
})
