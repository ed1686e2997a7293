import { readFileSync } from 'node:fs'
import { seedPath, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { fix, lint, summary, docExamples } from '../testing.js'

const only = ['offre-mailto']
const example = docExamples('offre-mailto')
const allow = (list: string[]) => ({ only, rules: { 'offre-mailto': { allow: list } } })

describe('offre-mailto: the docs examples', () => {
  it('reports what the failing example says, and fixes what is safe', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
    const fixed = await fix(example('md fail'), { only })
    expect(fixed).toBe(example('md fixed'))
    expect(summary(await lint(fixed, { only }))).toEqual(['3:56-3:76 offre-mailto contact@code.gouv.fr', '5:36-5:48 offre-mailto contact@code'])
  })

  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})

describe('offre-mailto: malformed addresses', () => {
  it('flags each malformed address where the URL writes it, the valid form in the reason only', async () => {
    const markdown = [
      '[a](mailto:contact@code) [b](mailto:contact.code.gouv.fr) [c](mailto:a@b@code.gouv.fr)',
      '[d](<mailto:contact @code.gouv.fr>) [e](mailto:contact%20@code.gouv.fr) [f](mailto:?subject=x)',
      '',
      '[g]: mailto:contact@code',
      '',
    ].join('\n')
    const messages = await lint(markdown, { only })
    // The place is the address as the URL writes it (encoded, or the whole URL when it has none).
    expect(messages.map((m) => m.actual)).toEqual(['contact@code', 'contact.code.gouv.fr', 'a@b@code.gouv.fr', 'contact @code.gouv.fr', 'contact%20@code.gouv.fr', 'mailto:?subject=x', 'contact@code'])
    expect(summary(messages.slice(0, 1))).toEqual(['1:12-1:24 offre-mailto contact@code'])
    // `nom@domaine.fr` is a form, not a replacement: no `expected`.
    expect(messages.every((m) => m.expected === undefined)).toBe(true)
    expect(messages[0]?.reason).toBe('`mailto:contact@code` : adresse mal formée `contact@code`, attendu une adresse de la forme `nom@domaine.fr`')
    expect(messages.every((m) => !('fix' in m))).toBe(true)
  })

  it('flags a query field without its name, which mail clients drop, and names it `subject`', async () => {
    // beta.gouv.fr (mes-aides, line 39).
    const text = 'Pour [ajouter une aide](mailto:contribuer@mes-aides.gouv.fr?Ajouter+une+aide+via+beta.gouv.fr).\n'
    const [message, ...rest] = await lint(text, { only })
    expect(rest).toEqual([])
    expect(message?.reason).toBe('`?Ajouter+une+aide+via+beta.gouv.fr` : champ sans nom dans le lien mailto, le client de messagerie l’ignore ; attendu `?subject=Ajouter+une+aide+via+beta.gouv.fr`')
    expect(message?.actual).toBe('Ajouter+une+aide+via+beta.gouv.fr')
    expect(await fix(text, { only })).toBe(text.replace('?Ajouter', '?subject=Ajouter'))
    expect(await lint('[Écrire](mailto:contact@code.gouv.fr?subject=Bonjour&body=Texte) ou [là](mailto:contact@code.gouv.fr?).\n', { only })).toEqual([])
  })

  it('flags link syntax broken by a space in the address', async () => {
    const [message] = await lint('Écrire à [l’équipe](mailto:contact @code.gouv.fr).\n', { only })
    expect(summary([message!])).toEqual(['1:10-1:50 offre-mailto [l’équipe](mailto:contact @code.gouv.fr)'])
    // The link with the space removed replaces it, when that makes an address (no fix: a guess).
    expect(message?.expected).toEqual(['[l’équipe](mailto:contact@code.gouv.fr)'])
    expect(message && 'fix' in message).toBe(false)
  })

  it('reports a malformed address in the last link of a page (not dropped as outside the text)', async () => {
    // The URL starts after the page's last text, where remark-lint drops messages: the place is the whole link.
    expect(summary(await lint('[écrire](mailto:contact@code)\n', { only }))).toEqual(['1:1-1:30 offre-mailto [écrire](mailto:contact@code)'])
  })

  it('accepts several addresses, a query and any case', async () => {
    expect(await lint('[x](mailto:a@code.gouv.fr,b@code.gouv.fr?subject=Bonjour) [Y@CODE.GOUV.FR](mailto:y@code.gouv.fr) <mailto:z@code.gouv.fr> <w@code.gouv.fr>\n', { only })).toEqual([])
  })
})

describe('offre-mailto: link text and URL', () => {
  it('flags a link that shows another address than the one it writes to', async () => {
    const [message, ...rest] = await lint('[a@code.gouv.fr](mailto:b@code.gouv.fr)\n\n[c@code.gouv.fr][m]\n\n[m]: mailto:d@code.gouv.fr\n', { only })
    expect(message?.reason).toBe('`a@code.gouv.fr` : le lien affiche une autre adresse que celle où il écrit (`mailto:b@code.gouv.fr`), mettre la même des deux côtés')
    // The place is the link's text; the address the link writes to replaces it.
    expect(summary([message!])).toEqual(['1:2-1:16 offre-mailto a@code.gouv.fr'])
    expect(message?.expected).toEqual(['b@code.gouv.fr'])
    expect(summary(rest)).toEqual(['3:2-3:16 offre-mailto c@code.gouv.fr'])
  })
})

describe('offre-mailto: missing scheme', () => {
  it('inserts mailto: in links and definitions', async () => {
    const markdown = '[écrire](contact@code.gouv.fr) et [nous](<contact@code.gouv.fr>) et [ici][m].\n\n[m]: contact@code.gouv.fr\n'
    const messages = await lint(markdown, { only })
    // The place is the URL, replaced by the URL with its scheme; the fix inserts `mailto:`.
    expect(summary(messages)).toEqual(['1:10-1:30 offre-mailto contact@code.gouv.fr', '1:43-1:63 offre-mailto contact@code.gouv.fr', '3:6-3:26 offre-mailto contact@code.gouv.fr'])
    expect(messages.map((m) => m.expected)).toEqual([['mailto:contact@code.gouv.fr'], ['mailto:contact@code.gouv.fr'], ['mailto:contact@code.gouv.fr']])
    const fixed = await fix(markdown, { only })
    expect(fixed).toBe('[écrire](mailto:contact@code.gouv.fr) et [nous](<mailto:contact@code.gouv.fr>) et [ici][m].\n\n[m]: mailto:contact@code.gouv.fr\n')
    expect(await lint(fixed, { only })).toEqual([])
  })
})

describe('offre-mailto: addresses in code spans', () => {
  it('turns the code span into a mailto link, naming the line where the page links it', async () => {
    const markdown = 'Écrire à `contact@code.gouv.fr`.\n\nOu à [l’équipe](mailto:contact@code.gouv.fr).\n'
    const [message] = await lint(markdown, { only })
    expect(message?.reason).toBe('`contact@code.gouv.fr` : adresse en code, écrire un lien mailto, comme ligne 3 : `[contact@code.gouv.fr](mailto:contact@code.gouv.fr)`')
    expect(await fix(markdown, { only })).toBe('Écrire à [contact@code.gouv.fr](mailto:contact@code.gouv.fr).\n\nOu à [l’équipe](mailto:contact@code.gouv.fr).\n')
  })

  it('still asks for a link when the page never links the address', async () => {
    const [message] = await lint('Écrire à `mailto:contact@code.gouv.fr`.\n', { only, settings: { locale: 'en' } })
    expect(message?.reason).toBe('Unexpected address in code `contact@code.gouv.fr`, expected a mailto link: `[contact@code.gouv.fr](mailto:contact@code.gouv.fr)`')
    expect(await fix('Écrire à `mailto:contact@code.gouv.fr`.\n', { only })).toBe('Écrire à [contact@code.gouv.fr](mailto:contact@code.gouv.fr).\n')
  })

  it('leaves code that is no address, code inside a link, and code blocks alone', async () => {
    expect(await lint('`npm test`, [`contact@code.gouv.fr`](mailto:contact@code.gouv.fr)\n\n```\ncontact@code.gouv.fr\n```\n', { only })).toEqual([])
  })
})

describe('offre-mailto: allow-list', () => {
  it('refuses addresses outside the list, in every form', async () => {
    const markdown = '[a](mailto:x@gmail.com) `y@gmail.com` z@gmail.com [b](mailto:floss@numerique.gouv.fr) [c](mailto:CONTACT@code.gouv.fr) [d](mailto:a@sub.numerique.gouv.fr)\n'
    const messages = (await lint(markdown, allow(['contact@code.gouv.fr', '@numerique.gouv.fr']))).filter((m) => /liste autorisée/.test(m.reason))
    // The address where it is written (the last link's URL is in the page's final gap: the whole link).
    expect(messages.map((m) => m.actual)).toEqual(['x@gmail.com', 'y@gmail.com', 'z@gmail.com', '[d](mailto:a@sub.numerique.gouv.fr)'])
    // An allowed address or domain is no replacement: no `expected`.
    expect(messages.every((m) => m.expected === undefined)).toBe(true)
    expect(messages[0]?.reason).toBe('`x@gmail.com` : adresse hors de la liste autorisée, attendu `contact@code.gouv.fr` ou `@numerique.gouv.fr`')
  })

  it('refuses nothing without a list', async () => {
    expect(await lint('[a](mailto:x@gmail.com)\n', { only })).toEqual([])
  })

  it('fails at start-up on an entry that is no address or domain', async () => {
    await expect(lint('x\n', allow(['contact']))).rejects.toThrow('Invalid option `allow` of `offre-mailto`: expected a list of addresses or `@domain`')
  })
})

describe('offre-mailto: one contact in several forms', () => {
  it('reports bare text and a link for the same address once, at the second form', async () => {
    const markdown = 'Écrire à contact@code.gouv.fr.\n\nOu [ici](mailto:contact@code.gouv.fr), ou contact@code.gouv.fr.\n'
    const messages = await lint(markdown, { only })
    expect(summary(messages)).toEqual(['3:17-3:37 offre-mailto contact@code.gouv.fr'])
    // At a link, nothing replaces it (the bare text is what changes).
    expect(messages[0]?.expected).toBeUndefined()
    // At bare text, the link replaces it.
    const [second] = await lint('Ou [ici](mailto:contact@code.gouv.fr), ou contact@code.gouv.fr.\n', { only })
    expect(summary([second!])).toEqual(['1:43-1:63 offre-mailto contact@code.gouv.fr'])
    expect(second?.expected).toEqual(['[contact@code.gouv.fr](mailto:contact@code.gouv.fr)'])
    expect(messages[0]?.reason).toBe('`contact@code.gouv.fr` : donnée ici en lien et ligne 1 en texte simple, donner l’adresse sous une seule forme (lien mailto)')
  })

  it('says nothing when the address is always given the same way', async () => {
    expect(await lint('[a](mailto:contact@code.gouv.fr) et [b](mailto:contact@code.gouv.fr)\n', { only })).toEqual([])
  })
})

describe('offre-mailto: real pages', () => {
  it('finds the two code-span addresses of the seed page, with their fixes', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    const messages = await lint(seed, { only })
    expect(summary(messages)).toEqual(['14:30-14:52 offre-mailto `contact@code.gouv.fr`', '49:210-49:232 offre-mailto `contact@code.gouv.fr`'])
    const fixed = (await fix(seed, { only })).split('\n')
    expect(fixed[13]).toContain("l'adresse [contact@code.gouv.fr](mailto:contact@code.gouv.fr) en copie")
    expect(fixed[48]).toMatch(/écrire à \[contact@code\.gouv\.fr\]\(mailto:contact@code\.gouv\.fr\)\.$/)
  })

  it('lints the 211 pages of code.gouv.fr without crashing, with the reviewed counts', async () => {
    const counts: Record<string, number> = {}
    for (const path of sitePages()) {
      for (const message of await lint(readFileSync(path, 'utf8'), { only })) {
        const kind = /en code/.test(message.reason) ? 'code' : /sans `mailto:`/.test(message.reason) ? 'scheme' : 'other'
        counts[kind] = (counts[kind] ?? 0) + 1
      }
    }
    // Every finding read: all are real (addresses in code spans, `[…](floss@numerique.gouv.fr)` links).
    expect(counts).toEqual({ code: 10, scheme: 3 })
  })
})
