import { readFileSync } from 'node:fs'
import path from 'node:path'
import { historyPages, seedPath, sitePages, siteContentDir } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { parseOffer, validateOffer } from './index.js'

const seed = readFileSync(seedPath, 'utf8')

describe('parseOffer on the seed page', () => {
  const { offer, file } = parseOffer(seed)

  it('finds no problem in its front matter', () => {
    expect(file.messages).toEqual([])
    expect(offer.frontMatter.data).toEqual({
      title: 'Offre de services de la mission logiciels libres',
      layout: 'layouts/page.njk',
      segments: [{ url: '/mission/', title: 'Mission' }],
      showBreadcrumb: true,
    })
  })

  it('has the seven H2 sections in source order, three H3 under the second', () => {
    expect(offer.sections.map((s) => s.title)).toEqual([
      "Accompagnement à l'ouverture des codes sources",
      "Accompagnement à l'utilisation des logiciels libres",
      'Accompagnement stratégique',
      'Culture générale',
      'Mise en relation',
      'Formations',
      'Nous ne répondons pas',
    ])
    expect(offer.sections[1]?.subsections.map((s) => s.title)).toEqual([
      'Sur le socle interministériel de logiciels libres (SILL)',
      "Sur les marchés interministériels de support et d'expertise",
      "Sur l'achat de prestations logicielles impliquant des logiciels libres",
    ])
    expect(offer.sections.flatMap((s) => s.subsections).every((s) => s.depth === 3)).toBe(true)
  })

  it('reads the questions 4 / 4 / 3, with the inline answer', () => {
    const counts = [offer.sections[0], ...offer.sections[1]!.subsections].map((s) => s?.questions.length)
    expect(counts).toEqual([4, 4, 0, 3])
    const last = offer.sections[1]!.subsections[2]!.questions[0]!
    // The source has a no-break space before this question mark, kept as written.
    expect(last.text).toBe("Ai-je le droit d'acheter de la prestation pour un logiciel libre en particulier\u00a0?")
    expect(last.answer).toBe('oui.')
  })

  it('reads the four documentation links', () => {
    const docs = offer.sections[0]!.documentation
    expect(docs.map((l) => l.url)).toEqual([
      'https://code.gouv.fr/guides/juridique',
      'https://code.gouv.fr/guides/ospo',
      'https://code.gouv.fr/guides/codegouvfr-score',
      'https://code.gouv.fr/documentation',
    ])
    expect(docs.every((l) => l.kind === 'internal')).toBe(true)
  })

  it('reads the five exclusions', () => {
    expect(offer.exclusions?.items.map((i) => i.text.slice(0, 30))).toEqual([
      "Aux demandes qui n'entrent dan",
      'Aux demandes de formation (cel',
      "Aux demandes de promotion d'un",
      'Aux demandes techniques sur la',
      'Aux demandes techniques sur de',
    ])
  })

  it('finds contact@code.gouv.fr both as a code span and as a mailto link, with positions', () => {
    const forms = offer.contacts.map((c) => `${c.email} ${c.form} ${c.position.start.line}:${c.position.start.column}`)
    expect(forms).toEqual([
      'contact@code.gouv.fr code 14:30',
      'contact@code.gouv.fr mailto 36:51',
      'contact@code.gouv.fr code 49:210',
      'contact@code.gouv.fr mailto 65:26',
      'contact@code.gouv.fr mailto 77:36',
    ])
    for (const contact of offer.contacts) {
      const written = seed.slice(contact.position.start.offset, contact.position.end.offset)
      expect(written).toBe(contact.form === 'code' ? '`contact@code.gouv.fr`' : '[contact@code.gouv.fr](mailto:contact@code.gouv.fr)')
    }
    expect(offer.sections[1]!.subsections[1]!.contacts.map((c) => c.form)).toEqual(['code'])
  })

  it('reads the audiences of the strategic section', () => {
    expect(offer.sections[2]!.audiences.map((a) => a.text)).toEqual([
      'administrateur ministériel des données, des algorithmes et des codes sources',
      "décideur pour l'utilisation et/ou le développement de logiciels dans un organisme public",
    ])
  })

  it('classifies every link', () => {
    const kinds = offer.links.map((l) => `${l.kind} ${l.path ?? l.url}`)
    expect(kinds).toContain('internal /fr/doc/sill/')
    expect(kinds).toContain('external https://www.data.gouv.fr/fr/datasets/liste-des-administrateurs-ministeriels-des-donnees/')
    expect(kinds.filter((k) => k.startsWith('mailto'))).toHaveLength(3)
  })

  it('gives sections stable ids and exact positions', () => {
    expect(offer.sections[0]!.id).toBe('accompagnement-a-l-ouverture-des-codes-sources')
    expect(offer.sections[6]!.position.start).toEqual({ line: 99, column: 1, offset: expect.any(Number) })
    expect(seed.slice(offer.sections[6]!.position.start.offset).startsWith('## Nous ne répondons pas')).toBe(true)
  })

  it('produces a model valid against the published schema', () => {
    expect(validateOffer(offer)).toEqual([])
  })
})

describe('parseOffer on the real pages', () => {
  it.each(historyPages().map((p) => [path.basename(p), p]))('parses the historic version %s into a valid model', (_name, page) => {
    const { offer, file } = parseOffer(readFileSync(page))
    expect(file.messages.filter((m) => m.fatal)).toEqual([])
    expect(validateOffer(offer)).toEqual([])
    // The page changed over time: 7 sections in 2023-2025, 4 since May 2025.
    expect(offer.sections.length).toBeGreaterThanOrEqual(4)
    expect(offer.sections.some((s) => s.questions.length > 0 || s.subsections.some((x) => x.questions.length > 0))).toBe(true)
  })

  it('parses all 211 pages of code.gouv.fr without a throw or an internal error, into valid models', () => {
    const pages = sitePages()
    expect(pages).toHaveLength(211)
    const internal: string[] = []
    for (const page of pages) {
      const { offer, file } = parseOffer(readFileSync(page))
      for (const message of file.messages) if (message.ruleId === 'internal-error') internal.push(`${path.relative(siteContentDir, page)}: ${message.reason}`)
      expect(validateOffer(offer), page).toEqual([])
    }
    expect(internal).toEqual([])
  })
})
