/**
 * The renderer's options for a build setup: the same in the main thread and in the
 * workers. The configuration's `site:` goes to the renderer as it was read (its type,
 * from the configuration's schema, is checked against the renderer's `SiteChrome`
 * here); each page's folder data is picked by the renderer from its path.
 */
import type { SiteChrome, SiteOptions } from '@offre/render'
import { pageUrl } from 'remark-lint-offre'
import type { BuildSetup } from './task.js'

export function siteOptions(setup: BuildSetup): SiteOptions {
  const chrome: SiteChrome | undefined = setup.chrome
  return {
    // The site's URLs, the same that the link checker resolves links against.
    ...(setup.site ? { pageUrl: ({ path, data }) => pageUrl(path, data, setup.siteRules) ?? false } : {}),
    ...(chrome === undefined ? {} : { site: chrome }),
    ...(setup.navigation === undefined ? {} : { navigation: setup.navigation }),
  }
}
