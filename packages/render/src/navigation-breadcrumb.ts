/**
 * The breadcrumb of a page that declares `eleventyNavigation`, as the site's
 * `components/breadcrumb.njk` makes it: then it is the page's path in the
 * navigation tree of its language (`eleventyNavigationBreadcrumb`), and its
 * `segments` are not used. The tree's rules (a shared key, a page without URL) are
 * @offre/model's `navigationTree`; the lint's `offre-navigation` tells editors
 * where they make a breadcrumb other than they meant.
 */
import { navigationBreadcrumb, navigationTree, type NavigationTree, type NavigationTreeEntry } from '@offre/model'

/** The site's navigation entries by language (the first folder of their source: `fr`, `en`). */
export type SiteNavigationEntries = Readonly<Record<string, readonly NavigationTreeEntry[]>>

/** A link of the breadcrumb, between "Accueil" and the page. */
export interface Crumb {
  title: string
  /** A site path (language-prefixed as the site's `locale_url`), or `false`: written as the site writes it. */
  url: string | false
}

const trees = new WeakMap<readonly NavigationTreeEntry[], NavigationTree>()

/**
 * The crumbs of the page from the tree, or `undefined` when the breadcrumb is not the
 * tree's (no `eleventyNavigation`, or no entries given to the renderer). A key outside
 * the tree gives no crumb, where the site's build stops.
 */
export function navigationCrumbs(eleventyNavigation: unknown, entries: SiteNavigationEntries | undefined, sourcePath: string | undefined, language: string): Crumb[] | undefined {
  if (entries === undefined || eleventyNavigation === null || typeof eleventyNavigation !== 'object') return undefined
  const key = (eleventyNavigation as { key?: unknown }).key
  const own = entriesOf(entries, sourcePath, language)
  let tree = trees.get(own)
  if (tree === undefined) {
    tree = navigationTree(own)
    trees.set(own, tree)
  }
  const crumbs = typeof key === 'string' ? navigationBreadcrumb(tree, key) : undefined
  return (crumbs ?? []).map(({ title, url }) => ({ title, url }))
}

/** The entries of the page's language: the first folder of its source (`fr/about/x.md`), else its URL's. */
function entriesOf(entries: SiteNavigationEntries, sourcePath: string | undefined, language: string): readonly NavigationTreeEntry[] {
  const parts = sourcePath?.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '').split('/') ?? []
  const folder = parts.length > 1 ? parts[0] : undefined
  // Own keys only: a folder named `constructor` is no language.
  const of = (name: string | undefined) => (name !== undefined && Object.hasOwn(entries, name) ? entries[name] : undefined)
  return of(folder) ?? of(language) ?? []
}
