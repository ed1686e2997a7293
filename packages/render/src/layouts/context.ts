/** What the chrome modules (header, footer, follow band, display settings) know of the page. */
import type { Labels, PageLanguage } from '../labels.js'
import type { SiteChrome } from './site.js'

export interface ChromeContext {
  /** The site's chrome, its name resolved. */
  site: SiteChrome & { name: string }
  /** Whether `site` came from the configuration (else it is `DEFAULT_CHROME`). */
  configured: boolean
  labels: Labels
  language: PageLanguage
  /** The page's normalized URL path: the menu marks the link to it. */
  url: string
  /** The page's path under the content root (`fr/about/offre-de-services.md`), for the edit link. */
  sourcePath?: string | undefined
}

/** The home page: the language's (`/fr/`) on a configured site, as the site's `locale_url`; else the root. */
export function homeOf(context: ChromeContext): string {
  return context.configured ? `/${context.language}/` : '/'
}

/** "Accueil - <service> - <operator>": the title of the links home. */
export function homeTitle(context: ChromeContext): string {
  if (!context.configured) return context.labels.homeTitle
  return [context.labels.home, context.site.name, context.site.operator].filter(Boolean).join(' - ')
}

/** Whether a link opens elsewhere (another site or an e-mail), to say so in its title. */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href)
}
