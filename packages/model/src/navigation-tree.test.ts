import { describe, expect, it } from 'vitest'
import { navigationBreadcrumb, navigationTree, type NavigationTreeEntry } from './navigation-tree.js'

/** code.gouv.fr's French navigation: its markdown pages' `eleventyNavigation` and its templates'. */
const site: NavigationTreeEntry[] = [
  { source: 'fr/about.md', key: 'À propos', order: 4, url: false },
  { source: 'fr/about/conseil-logiciels-libres.md', key: 'Le conseil logiciels libres', parent: 'À propos', order: 2, url: '/fr/mission/conseil-logiciels-libres/' },
  { source: 'fr/about/index.md', key: 'Le pôle Open Source et Communs Numériques', parent: 'À propos', order: 1, url: '/fr/mission/' },
  { source: 'fr/bluehats.md', key: 'BlueHats 🧢', order: 2, url: false },
  { source: 'fr/bluehats/webinaires.md', key: 'Wébinaires en ligne', parent: 'BlueHats 🧢', order: 3, url: '/fr/bluehats/tags/webinaire/' },
  { source: 'fr/resources.md', key: 'Ressources', order: 3, url: false },
  { source: 'fr/index.njk', key: 'Accueil', order: 1, url: '/fr/' },
  { source: 'fr/bluehats/index.njk', key: 'À propos', parent: 'BlueHats 🧢', order: 1, url: '/fr/bluehats/' },
]

describe('navigationBreadcrumb', () => {
  it('follows the parents from the top, as the site does: a shared key is its first entry depth first', () => {
    // "À propos" is both the top-level menu (fr/about.md) and BlueHats' page (fr/bluehats/index.njk):
    // BlueHats (order 2) is walked before the top-level "À propos" (order 4), so its entry names the node.
    expect(navigationBreadcrumb(navigationTree(site), 'Le conseil logiciels libres')).toEqual([
      { key: 'BlueHats 🧢', title: 'BlueHats 🧢', url: false, source: 'fr/bluehats.md' },
      { key: 'À propos', title: 'À propos', url: '/fr/bluehats/', source: 'fr/bluehats/index.njk' },
    ])
  })

  it('gives a top-level entry no crumb, and a key outside the tree none at all', () => {
    const tree = navigationTree(site)
    expect(navigationBreadcrumb(tree, 'Accueil')).toEqual([])
    expect(navigationBreadcrumb(tree, 'Inconnu')).toBeUndefined()
  })

  it('shows the title in place of the key', () => {
    const tree = navigationTree([
      { source: 'a.md', key: 'a', title: 'Première', url: '/a/' },
      { source: 'b.md', key: 'b', parent: 'a', url: '/b/' },
    ])
    expect(navigationBreadcrumb(tree, 'b')).toEqual([{ key: 'a', title: 'Première', url: '/a/', source: 'a.md' }])
  })

  it('keeps out an entry whose parent is missing, and a cycle, without looping', () => {
    const tree = navigationTree([
      { source: 'a.md', key: 'a', url: '/a/' },
      { source: 'b.md', key: 'b', parent: 'nulle-part', url: '/b/' },
      { source: 'c.md', key: 'c', parent: 'd', url: '/c/' },
      { source: 'd.md', key: 'd', parent: 'c', url: '/d/' },
    ])
    expect(navigationBreadcrumb(tree, 'b')).toBeUndefined()
    expect(navigationBreadcrumb(tree, 'c')).toBeUndefined()
    expect(tree.orphans.map((entry) => entry.key)).toEqual(['b', 'c', 'd'])
  })

  it('lists every entry of an ambiguous key', () => {
    const tree = navigationTree(site)
    expect(tree.entries.get('À propos')?.map((entry) => entry.source)).toEqual(['fr/bluehats/index.njk', 'fr/about.md'])
  })
})
