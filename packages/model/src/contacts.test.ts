import { describe, expect, it } from 'vitest'
import { collectContacts, isEmail } from './contacts.js'
import { markdownProcessor } from './parse.js'

const contactsOf = (markdown: string) => collectContacts(markdownProcessor.parse(markdown), markdown).map((c) => `${c.email} ${c.form}`)

describe('contacts', () => {
  it('tells the forms apart: mailto link, autolink, code span, bare text', () => {
    expect(contactsOf('[a](mailto:a@code.gouv.fr) <b@code.gouv.fr> `c@code.gouv.fr` d@code.gouv.fr')).toEqual([
      'a@code.gouv.fr mailto',
      'b@code.gouv.fr mailto',
      'c@code.gouv.fr code',
      'd@code.gouv.fr text',
    ])
  })

  it('knows an address from what only looks like one', () => {
    expect(isEmail('contact@code.gouv.fr')).toBe(true)
    expect(isEmail('contact@code')).toBe(false)
    expect(isEmail('contact@code.b')).toBe(false)
    expect(isEmail('a@b@code.gouv.fr')).toBe(false)
  })

  it('stays linear on hostile text', () => {
    const started = Date.now()
    isEmail(`a@${'b.'.repeat(50_000)}b`)
    contactsOf(`${'a'.repeat(100_000)} a@${'b.'.repeat(50_000)}b`)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
