/**
 * The layout's words, per page language: the pages of code.gouv.fr are in French
 * and a few in English, and the layout around them follows the page's language.
 */
export type PageLanguage = 'fr' | 'en'

export interface Labels {
  home: string
  breadcrumb: string
  breadcrumbButton: string
  skipLinks: string
  skipToContent: string
  skipToFooter: string
  homeTitle: string
  footerHomeTitle: string
  newWindow: string
  licence: string
  licenceLink: string
  legal: string
  accessibility: string
  personalData: string
}

export const LABELS: Record<PageLanguage, Labels> = {
  fr: {
    home: 'Accueil',
    breadcrumb: 'Vous êtes ici :',
    breadcrumbButton: 'Voir le fil d’Ariane',
    skipLinks: 'Accès rapide',
    skipToContent: 'Contenu',
    skipToFooter: 'Pied de page',
    homeTitle: 'Accueil - code.gouv.fr',
    footerHomeTitle: 'Retour à l’accueil du site - code.gouv.fr - République Française',
    newWindow: 'nouvelle fenêtre',
    licence:
      'Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous ',
    licenceLink: 'licence etalab-2.0',
    legal: 'Mentions légales',
    accessibility: 'Accessibilité : non conforme',
    personalData: 'Données personnelles',
  },
  en: {
    home: 'Home',
    breadcrumb: 'You are here:',
    breadcrumbButton: 'See the breadcrumb',
    skipLinks: 'Quick access',
    skipToContent: 'Content',
    skipToFooter: 'Footer',
    homeTitle: 'Home - code.gouv.fr',
    footerHomeTitle: 'Back to the home page - code.gouv.fr - République Française',
    newWindow: 'new window',
    licence: 'Unless stated otherwise, the content of this site is available under the ',
    licenceLink: 'etalab-2.0 licence',
    legal: 'Legal notice',
    accessibility: 'Accessibility: not compliant',
    personalData: 'Personal data',
  },
}

/** The page's language from its URL (`/en/…` is English), French otherwise. */
export function languageOf(url: string): PageLanguage {
  return /^\/en(\/|$)/.test(url) ? 'en' : 'fr'
}
