/**
 * The site's navigation tree, as Eleventy's navigation plugin (`@11ty/eleventy-navigation`
 * 0.3, which code.gouv.fr uses) builds it from the pages' `eleventyNavigation`, and
 * the breadcrumb it gives a page: the page's ancestors by `parent` key, from the top.
 *
 * Its rules, which decide what the site shows when the data is ambiguous:
 * - the tree starts at the entries without `parent`, and each entry's children are the
 *   entries whose `parent` is its key, each level sorted by `order` (0 when absent),
 *   stably, in the order the entries are given (the site's collection order);
 * - a key that several entries share is one node: the first reached, walking the tree
 *   depth first, gives its title and URL, and its parents are those of all of them;
 * - an entry's URL is its `url`, else its page's; a page with `permalink: false` has
 *   none (`false`), and the site writes `false` in the link;
 * - an entry whose parent is not in the tree is not in it either.
 *
 * No I/O: the caller gathers the entries (remark-lint-offre's project loader reads
 * them from the pages' front matter and the configuration).
 */

/** One `eleventyNavigation` of the site: a page's, or a template's declared in the configuration. */
export interface NavigationTreeEntry {
  key: string
  parent?: string | undefined
  /** Shown in place of the key. */
  title?: string | undefined
  order?: number | undefined
  /** `eleventyNavigation.url`, else the page's URL; `false` for a page that is not published. */
  url: string | false
  /** Where it is declared: the page's content path (`fr/about.md`), or the template's. */
  source: string
}

/** A link of a breadcrumb: an ancestor of the page in the tree. */
export interface NavigationCrumb {
  key: string
  title: string
  url: string | false
  /** The entry that gave its title and URL. */
  source: string
}

export interface NavigationTree {
  /** The node of each key in the tree: its first entry, walking depth first. */
  readonly nodes: ReadonlyMap<string, NavigationTreeEntry>
  /** Every entry of each key in the tree, in the order the walk reached them (more than one: an ambiguous key). */
  readonly entries: ReadonlyMap<string, readonly NavigationTreeEntry[]>
  /** The parent keys of each key (from all its entries), in the walk's order. */
  readonly parents: ReadonlyMap<string, readonly string[]>
  /** Entries left out of the tree: their `parent` is no key of it, or is their own descendant. */
  readonly orphans: readonly NavigationTreeEntry[]
}

export function navigationTree(given: readonly NavigationTreeEntry[]): NavigationTree {
  const entries = given.filter((entry) => typeof entry.key === 'string' && entry.key !== '')
  const children = new Map<string, NavigationTreeEntry[]>()
  const roots: NavigationTreeEntry[] = []
  for (const entry of entries) {
    if (!entry.parent) roots.push(entry)
    else {
      const siblings = children.get(entry.parent)
      if (siblings === undefined) children.set(entry.parent, [entry])
      else siblings.push(entry)
    }
  }
  const byOrder = (list: NavigationTreeEntry[]) => [...list].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
  const nodes = new Map<string, NavigationTreeEntry>()
  const all = new Map<string, NavigationTreeEntry[]>()
  const parents = new Map<string, string[]>()
  const reached = new Set<NavigationTreeEntry>()
  // Depth first, as the plugin adds the nodes; `path` holds the keys above, where the
  // plugin would recurse for ever (a cycle): such an entry is left out.
  const visit = (level: NavigationTreeEntry[], parentKey: string | undefined, path: Set<string>) => {
    for (const entry of byOrder(level)) {
      if (path.has(entry.key)) continue
      reached.add(entry)
      if (!nodes.has(entry.key)) nodes.set(entry.key, entry)
      const same = all.get(entry.key)
      if (same === undefined) all.set(entry.key, [entry])
      else if (!same.includes(entry)) same.push(entry)
      if (parentKey !== undefined) {
        const above = parents.get(entry.key)
        if (above === undefined) parents.set(entry.key, [parentKey])
        else if (!above.includes(parentKey)) above.push(parentKey)
      }
      const below = children.get(entry.key)
      if (below !== undefined) {
        path.add(entry.key)
        visit(below, entry.key, path)
        path.delete(entry.key)
      }
    }
  }
  visit(roots, undefined, new Set())
  return { nodes, entries: all, parents, orphans: entries.filter((entry) => !reached.has(entry)) }
}

/**
 * The breadcrumb of `key`: its ancestors, the farthest first, each once (the plugin's
 * `eleventyNavigationBreadcrumb`, without the page itself); `undefined` when the key is
 * not in the tree (the site's build fails on such a page).
 */
export function navigationBreadcrumb(tree: NavigationTree, key: string): NavigationCrumb[] | undefined {
  if (!tree.nodes.has(key)) return undefined
  const order: string[] = []
  const done = new Set<string>([key])
  // Post-order over the parents: a key comes after its own ancestors (the dependency graph's order).
  const visit = (current: string) => {
    for (const parent of tree.parents.get(current) ?? []) {
      if (done.has(parent)) continue
      done.add(parent)
      visit(parent)
      order.push(parent)
    }
  }
  visit(key)
  return order.map((ancestor) => {
    const node = tree.nodes.get(ancestor) as NavigationTreeEntry
    return { key: ancestor, title: node.title || ancestor, url: node.url, source: node.source }
  })
}
