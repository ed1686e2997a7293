/**
 * Structured data for the page, from the model: a schema.org `GovernmentService`
 * per service section (every H2 but the exclusions), with its description (first
 * paragraph), provider (the mission), e-mail channel (the section's contacts and
 * its subsections') and audiences; and a `FAQPage` of the questions, with the
 * inline answers the model found. `serializeJsonLd` escapes `<`, `>`, `&`, U+2028
 * and U+2029 so that no `</script>` or `<!--` in the content can end the script.
 */
import type { Offer, Section } from '@offre/model'

export interface Organization {
  name: string
  url: string
}

export interface JsonLdOptions {
  /** Absolute URL of the page, e.g. `https://code.gouv.fr/fr/mission/offre-de-services/`. */
  pageUrl: string
  provider: Organization
  language: string
}

export const DEFAULT_PROVIDER: Organization = {
  name: 'Mission logiciels libres (DINUM)',
  url: 'https://code.gouv.fr/fr/mission/',
}

type Json = Record<string, unknown>

/** Whether the page reads as a service offer: an exclusions section, or questions. */
export function isServiceOffer(offer: Offer): boolean {
  return offer.exclusions !== null || offer.sections.some((section) => questionsOf(section).length > 0)
}

export function jsonLdOf(offer: Offer, options: JsonLdOptions): Json | null {
  const graph: Json[] = []
  if (isServiceOffer(offer)) {
    for (const section of offer.sections) {
      if (section.depth === 2 && section.id !== offer.exclusions?.section) graph.push(serviceOf(section, options))
    }
  }
  const questions = offer.sections.flatMap(questionsOf)
  if (questions.length > 0) {
    graph.push({
      '@type': 'FAQPage',
      url: options.pageUrl,
      inLanguage: options.language,
      mainEntity: questions.map((question) => ({
        '@type': 'Question',
        name: question.text,
        ...(question.answer ? { acceptedAnswer: { '@type': 'Answer', text: question.answer } } : {}),
      })),
    })
  }
  return graph.length === 0 ? null : { '@context': 'https://schema.org', '@graph': graph }
}

function serviceOf(section: Section, options: JsonLdOptions): Json {
  const all = [section, ...section.subsections]
  const description = all.flatMap((part) => part.paragraphs).find((paragraph) => paragraph.text.trim() !== '')?.text
  const emails = [...new Set(all.flatMap((part) => part.contacts.map((contact) => contact.email.toLowerCase())))]
  const audiences = [...new Set(all.flatMap((part) => part.audiences.map((audience) => audience.text)))]
  return {
    '@type': 'GovernmentService',
    name: section.title,
    url: `${options.pageUrl}#${section.id}`,
    ...(description ? { description: collapse(description) } : {}),
    provider: { '@type': 'GovernmentOrganization', name: options.provider.name, url: options.provider.url },
    ...(emails.length > 0
      ? {
          // A node both ServiceChannel (what `availableChannel` expects) and ContactPoint (what holds an e-mail).
          availableChannel: emails.map((email) => ({
            '@type': ['ServiceChannel', 'ContactPoint'],
            name: 'Courriel',
            email,
            serviceUrl: `mailto:${email}`,
            availableLanguage: options.language,
          })),
        }
      : {}),
    ...(audiences.length > 0 ? { audience: audiences.map((audienceType) => ({ '@type': 'Audience', audienceType })) } : {}),
  }
}

function questionsOf(section: Section): Section['questions'] {
  return [...section.questions, ...section.subsections.flatMap((subsection) => subsection.questions)]
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
