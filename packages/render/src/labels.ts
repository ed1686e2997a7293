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
  /** "Accessibilité" before the declared compliance of `site.accessibility`. */
  accessibilityOf: string
  compliance: Record<'non conforme' | 'partiellement conforme' | 'totalement conforme', string>
  menu: string
  close: string
  mainMenu: string
  quickLinks: string
  search: string
  searchPlaceholder: string
  publishedOn: string
  tags: string
  share: string
  shareByEmail: string
  shareLinkOn: string
  editPage: string
  displaySettings: string
  pickTheme: string
  lightTheme: string
  darkTheme: string
  systemTheme: string
  systemThemeHint: string
  followUs: string
  subscribe: string
  heroImage: string
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
    accessibilityOf: 'Accessibilité',
    compliance: { 'non conforme': 'Non conforme', 'partiellement conforme': 'Partiellement conforme', 'totalement conforme': 'Totalement conforme' },
    menu: 'Menu',
    close: 'Fermer',
    mainMenu: 'Menu principal',
    quickLinks: 'Accès rapides',
    search: 'Rechercher',
    searchPlaceholder: 'Rechercher',
    publishedOn: 'Publié le',
    tags: 'Catégories',
    share: 'Partager',
    shareByEmail: 'Partager par email',
    shareLinkOn: 'Partage d’un lien sur',
    editPage: 'Modifier cette page',
    displaySettings: 'Paramètres d’affichage',
    pickTheme: 'Choisissez un thème pour personnaliser l’apparence du site.',
    lightTheme: 'Thème clair',
    darkTheme: 'Thème sombre',
    systemTheme: 'Système',
    systemThemeHint: 'Utilise les paramètres système.',
    followUs: 'Suivez-nous sur nos réseaux',
    subscribe: 'Lire les dernières',
    heroImage: 'Illustration',
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
    accessibilityOf: 'Accessibility',
    compliance: { 'non conforme': 'Not compliant', 'partiellement conforme': 'Partially compliant', 'totalement conforme': 'Fully compliant' },
    menu: 'Menu',
    close: 'Close',
    mainMenu: 'Main menu',
    quickLinks: 'Quick links',
    search: 'Search',
    searchPlaceholder: 'Search',
    publishedOn: 'Published on',
    tags: 'Tags',
    share: 'Share',
    shareByEmail: 'Share by email',
    shareLinkOn: 'Link shared on',
    editPage: 'Edit this page',
    displaySettings: 'Display settings',
    pickTheme: 'Choose a theme to customise the look of the site.',
    lightTheme: 'Light theme',
    darkTheme: 'Dark theme',
    systemTheme: 'System',
    systemThemeHint: 'Uses the system settings.',
    followUs: 'Follow us on social networks',
    subscribe: 'Read the latest',
    heroImage: 'Illustration',
  },
}

/** The page's language from its URL (`/en/…` is English), French otherwise. */
export function languageOf(url: string): PageLanguage {
  return /^\/en(\/|$)/.test(url) ? 'en' : 'fr'
}
