/** What `offre build` sends to whoever renders a page, and what comes back: plain, cloneable data. */
import type { PageStatus } from '@offre/render'
import type { SiteRules } from 'remark-lint-offre'
import type { ProjectConfig } from 'remark-lint-offre/project'
import type { ImageJob } from './images.js'
import type { ImageSetup } from './page-images.js'

export interface BuildSetup {
  /** Publish at the code.gouv.fr site's URLs (folder rules, `permalink`, `slugOverride`), else at path-based ones. */
  site: boolean
  /** How the site turns page paths into URLs, from the project's configuration: the rules the link checker uses. */
  siteRules?: SiteRules | undefined
  /** The site around the pages (`site:` of the configuration: chrome, layouts and data by folder), as read: plain data. */
  chrome?: ProjectConfig['site']
  /** Publish the images pages name (`imageContent`, post image): the content folder and its files. */
  images?: ImageSetup | undefined
  /** The site's navigation entries by language (`eleventyNavigation`), for the breadcrumbs that follow the tree. */
  navigation?: ProjectConfig['navigation'] | undefined
}

export interface BuildTask {
  index: number
  /** Path under the content folder, with `/` separators. */
  source: string
  absolute: string
}

/** A message of the page, as the reports read it. */
export interface PlainMessage {
  reason: string
  line: number | undefined
  column: number | undefined
  fatal: boolean | null | undefined
  ruleId: string | undefined
  source: string | undefined
}

export interface BuildResult {
  index: number
  source: string
  url: string | null
  status: PageStatus
  outputs: string[]
  messages: PlainMessage[]
  html?: string | undefined
  json?: string | undefined
  /** The image files the page's figures link to, to encode (once each) into the build. */
  images?: ImageJob[] | undefined
}

/** The fields of a message the reports read, as plain data that crosses threads. */
export function plainMessage({ reason, line, column, fatal, ruleId, source }: PlainMessage): PlainMessage {
  return { reason, line, column, fatal, ruleId, source }
}
