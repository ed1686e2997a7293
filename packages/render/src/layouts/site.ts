/**
 * The site around the pages, as plain data: the chrome (service name, menu, quick
 * links, search, footer, follow band, display settings) and the data given to whole
 * folders (layout, breadcrumb, lead, tags), as code.gouv.fr's `_data/` and
 * `*.11tydata.js` files give them. The `site:` section of `offre.config.yml`
 * (schema in remark-lint-offre) has this shape: the CLI passes it through as is, and
 * the type checker holds the two together. Without it, `DEFAULT_CHROME`: the
 * minimal chrome the renderer always had.
 */
export const LAYOUT_KINDS = ['page', 'post', 'bluehats-post', 'bluehats-webinar'] as const
export type LayoutKind = (typeof LAYOUT_KINDS)[number]

export interface SiteLink {
  text: string
  /** A site path, an `https://` URL or a `mailto:`. */
  href: string
  /** A DSFR icon class (`fr-icon-mail-line`). */
  icon?: string | undefined
}

/** An entry of the main menu: a link, or a sub-menu when it has `items`. */
export interface NavigationEntry {
  text: string
  href?: string | undefined
  items?: readonly SiteLink[] | undefined
}

export interface SiteSegment {
  url: string
  title: string
}

export interface FolderData {
  /** Folder relative to the content root, with `/`: its sub-folders too, the deepest given wins. */
  dir: string
  layout?: LayoutKind | undefined
  segments?: readonly SiteSegment[] | undefined
  showBreadcrumb?: boolean | undefined
  description?: string | undefined
  /** Added before the page's own tags, as Eleventy's data cascade merges arrays. */
  tags?: readonly string[] | undefined
  /** URL of a tag's page: `{tag}` the tag slugified, `{lang}` the language. */
  tagsUrl?: string | undefined
}

export type SocialNetwork = 'facebook' | 'mastodon' | 'twitter-x' | 'instagram' | 'linkedin' | 'youtube' | 'peertube' | 'github'

export interface SiteChrome {
  /** Default `code.gouv.fr` (`RenderOptions.siteName`). */
  name?: string | undefined
  tagline?: string | undefined
  /** The administration publishing the site, in the title of the links home. */
  operator?: string | undefined
  navigation?: readonly NavigationEntry[] | undefined
  quickLinks?: readonly SiteLink[] | undefined
  search?: { action: string; param?: string | undefined } | undefined
  footer?:
    | {
        /** Inline HTML, sanitized as page content is. */
        description?: string | undefined
        links?: readonly SiteLink[] | undefined
        bottomLinks?: readonly SiteLink[] | undefined
      }
    | undefined
  accessibility?: { status: 'non conforme' | 'partiellement conforme' | 'totalement conforme'; href: string } | undefined
  /** `https://…{path}…`: the page's path under the content root replaces `{path}`. */
  editUrl?: string | undefined
  follow?:
    | {
        newsletter?: { title: string; description?: string | undefined; href: string; button?: string | undefined } | undefined
        social?: readonly { network: SocialNetwork; href: string }[] | undefined
      }
    | undefined
  share?: { email?: string | undefined } | undefined
  /** The display settings button and dialog (default true). */
  displaySettings?: boolean | undefined
  tags?: { url?: string | undefined; hidden?: readonly string[] | undefined } | undefined
  folders?: readonly FolderData[] | undefined
  /** By page language: what differs (`en`: the English menu…), each key given replacing the site's. */
  languages?: Partial<Record<'fr' | 'en', LanguageChrome | undefined>> | undefined
}

export type LanguageChrome = Partial<Pick<SiteChrome, 'name' | 'tagline' | 'navigation' | 'quickLinks' | 'footer'>>

/** The chrome of the pages of `language`: the site's, with what `languages` changes for it. */
export function chromeFor(site: SiteChrome, language: 'fr' | 'en'): SiteChrome {
  const own = site.languages?.[language]
  if (own === undefined) return site
  const defined = Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined))
  return { ...site, ...defined }
}

/**
 * The chrome without configuration: the service name and the State's links, as before
 * `site:` existed (the footer's accessibility, legal and personal data links are the labels').
 */
export const DEFAULT_CHROME: SiteChrome = {
  name: 'code.gouv.fr',
  footer: {
    links: [
      { text: 'info.gouv.fr', href: 'https://www.info.gouv.fr' },
      { text: 'service-public.fr', href: 'https://www.service-public.fr' },
      { text: 'legifrance.gouv.fr', href: 'https://www.legifrance.gouv.fr' },
      { text: 'data.gouv.fr', href: 'https://www.data.gouv.fr' },
    ],
  },
  displaySettings: false,
}

/** The tag URL when neither the folder nor `site.tags.url` gives one: the site's `taggroup.njk` default. */
export const DEFAULT_TAGS_URL = '/{lang}/blog/tags/{tag}/'
