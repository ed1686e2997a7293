import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { jsonLdOf, serializeJsonLd } from './json-ld.js'
import { renderFile, renderMarkdown } from './testing.js'

type Node = Record<string, unknown> & { '@type': string | string[] }

describe('JSON-LD of the seed page', () => {
  const { page, parsed } = renderFile(seedPath, { url: '/fr/mission/offre-de-services/' })
  const graph = page.jsonLd?.['@graph'] as Node[]
  const services = graph.filter((node) => node['@type'] === 'GovernmentService')

  it('has a GovernmentService per H2 but the exclusions, described by its first paragraph', () => {
    expect(services.map((service) => service.name)).toEqual([
      'Accompagnement à l\'ouverture des codes sources',
      'Accompagnement à l\'utilisation des logiciels libres',
      'Accompagnement stratégique',
      'Culture générale',
      'Mise en relation',
      'Formations',
    ])
    // No paragraph of its own: the first subsection's.
    expect(services[1]?.description).toBe('Pour toute question concernant le SILL, écrivez à contact@code.gouv.fr.')
    expect(services[0]?.url).toBe('https://code.gouv.fr/fr/mission/offre-de-services/#accompagnement-a-l-ouverture-des-codes-sources')
    expect(services[0]?.provider).toEqual({ '@type': 'GovernmentOrganization', name: 'Mission logiciels libres (DINUM)', url: 'https://code.gouv.fr/fr/mission/' })
  })

  it('gives the e-mail contacts of a section and its subsections as channels, and its audiences', () => {
    const channels = services.map((service) => (service.availableChannel as { email: string }[] | undefined)?.map((channel) => channel.email) ?? [])
    expect(channels).toEqual([['contact@code.gouv.fr'], ['contact@code.gouv.fr'], ['contact@code.gouv.fr'], [], [], []])
    expect(services[0]?.availableChannel).toEqual([
      { '@type': ['ServiceChannel', 'ContactPoint'], name: 'Courriel', email: 'contact@code.gouv.fr', serviceUrl: 'mailto:contact@code.gouv.fr', availableLanguage: 'fr' },
    ])
    expect((services[2]?.audience as { audienceType: string }[]).map((audience) => audience.audienceType)).toEqual([
      'administrateur ministériel des données, des algorithmes et des codes sources',
      'décideur pour l\'utilisation et/ou le développement de logiciels dans un organisme public',
    ])
  })

  it('has a FAQPage of the 11 questions, with the one inline answer', () => {
    const faq = graph.find((node) => node['@type'] === 'FAQPage')
    const questions = faq?.mainEntity as { name: string; acceptedAnswer?: { text: string } }[]
    expect(questions).toHaveLength(11)
    expect(questions.filter((question) => question.acceptedAnswer)).toEqual([
      { '@type': 'Question', name: 'Ai-je le droit d\'acheter de la prestation pour un logiciel libre en particulier\u00a0?', acceptedAnswer: { '@type': 'Answer', text: 'oui.' } },
    ])
    expect(page.jsonLd).toEqual(jsonLdOf(parsed.offer, { pageUrl: 'https://code.gouv.fr/fr/mission/offre-de-services/', provider: { name: 'Mission logiciels libres (DINUM)', url: 'https://code.gouv.fr/fr/mission/' }, language: 'fr' }))
  })
})

describe('JSON-LD of other pages', () => {
  it('has no services for a page that is not an offer, and nothing when there is nothing to say', () => {
    expect(renderMarkdown('---\ntitle: Billet\n---\n\n## Une partie\n\nTexte.\n').page.jsonLd).toBeNull()
  })
})

describe('serializeJsonLd', () => {
  it('escapes what could end the script or open a comment, and stays the same JSON', () => {
    const value = { a: '</script><!-- & \u2028\u2029 >' }
    const text = serializeJsonLd(value)
    expect(text).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}')
    expect(JSON.parse(text)).toEqual(value)
  })
})
