/** The renderer's options for a build setup: the same in the main thread and in the workers. */
import type { SiteOptions } from '@offre/render'
import { pageUrl } from 'remark-lint-offre'
import type { BuildSetup } from './task.js'

export function siteOptions(setup: BuildSetup): SiteOptions {
  // The site's URLs, the same that the link checker resolves links against.
  return setup.site ? { pageUrl: ({ path, data }) => pageUrl(path, data, setup.siteRules) ?? false } : {}
}
