/**
 * offre-navigation: the page's place in the site's navigation, and the breadcrumb the
 * site shows it, when they are not what its front matter says. The site (Eleventy's
 * navigation plugin, `components/breadcrumb.njk`) builds one tree per language from
 * the pages' and templates' `eleventyNavigation` (the `navigation` setting, which the
 * project loader fills; @offre/model's `navigationTree` gives its rules), and a page
 * with `eleventyNavigation` shows its path in that tree as breadcrumb, its `segments`
 * unused; the others show their `segments`, each URL through the site's `locale_url`.
 *
 * Reported, at the YAML node concerned:
 * 1. a `parent` that is no key of the language's tree (or an entry the tree leaves
 *    out, a cycle): the page is in no menu and the site cannot make its breadcrumb;
 * 2. with `showBreadcrumb: true`, for each ancestor of the breadcrumb: a key that
 *    several entries share (the breadcrumb takes the first the tree reaches), an
 *    ancestor without URL (`permalink: false`: the site links it to `false`); and
 *    `segments` beside `eleventyNavigation`, which the breadcrumb ignores;
 * 3. without `eleventyNavigation`, a `segments` URL that leads to no page of the site
 *    (the `sitePages` setting; absolute URLs are not checked).
 *
 * The page's own entry is read from the text being linted, not from the settings: an
 * editor who fixes a `parent` sees the finding go at once. Nothing without the
 * `navigation` setting (plain remark, no project). No options, no fix: where the page
 * belongs is the editor's decision. `actual` is the text at the node; `expected` only
 * for a dead `parent` or segment URL: the keys or pages closest to it, written so
 * that they replace the value as it stands in the YAML.
 */
import { navigationBreadcrumb, navigationTree, yamlDocument, type NavigationCrumb, type NavigationTree, type NavigationTreeEntry } from '@offre/model'
import type { Root, Yaml } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node as YamlNode, type YAMLMap } from 'yaml'
import { SITE_RULES, type SiteRules } from '../data/site-rules.js'
import { code, exact, ruleUrl, say } from '../report.js'
import { settingsOf } from '../settings.js'
import { contentPathOf } from '../site/content-path.js'
import { suggestPages } from '../site/link-checks.js'
import { siteNavigation, type SiteNavigation } from '../site/navigation.js'
import { pageUrl } from '../site/page-url.js'
import { isAssetPath, normalizePath } from '../site/paths.js'
import { leadsSomewhere, siteMapOf } from '../site/site-map.js'
import { closest } from '../site/suggest.js'
import { resolveTarget } from '../site/targets.js'
import { checkKnownKeys, inPageOrder, withCheckedOptions } from './offre-rule-support.js'

const ID = 'offre-navigation'

/** The front matter as YAML nodes, with the offsets of each in the file. */
interface FrontMatter {
  doc: Document.Parsed
  top: YAMLMap
  /** Offset of the YAML's first character in the file. */
  base: number
  yaml: Yaml
}

const rule = lintRule<Root, undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, (tree, file) => {
  const settings = settingsOf(file)
  const navigation = settings.navigation
  if (navigation === null || typeof navigation !== 'object') return
  const front = frontMatterOf(tree, file)
  if (front === undefined) return
  const first = file.messages.length
  const contentPath = contentPathOf(file)
  const nav = valueOf(front, 'eleventyNavigation')
  if (isMap(nav)) checkNavigation(file, front, nav, navigation, contentPath)
  else if (!present(front, 'eleventyNavigation')) checkSegments(file, front, contentPath)
  inPageOrder(file, first)
})

/** The page's front matter, when it is a readable YAML mapping (offre-front-matter reports the others). */
function frontMatterOf(tree: Root, file: VFile): FrontMatter | undefined {
  const yaml = tree.children[0]
  if (yaml?.type !== 'yaml' || yaml.position?.start.offset === undefined) return undefined
  const doc = yamlDocument(yaml)
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined
  const source = String(file.value ?? '')
  return { doc, top: doc.contents, base: source.indexOf('\n', yaml.position.start.offset) + 1, yaml }
}

/** The pair of `key` in `map` (a scalar key, compared as text). */
function pairOf(map: YAMLMap, key: string) {
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)
}

/** The value of `key` in `map` (the front matter's top mapping by default), through an alias. */
function valueOf(front: FrontMatter, key: string, map: YAMLMap = front.top): unknown {
  return resolved(front, pairOf(map, key)?.value)
}

function resolved(front: FrontMatter, node: unknown): unknown {
  if (!isAlias(node)) return node
  try {
    return node.resolve(front.doc)
  } catch {
    return undefined
  }
}

/** Whether the front matter gives `key` a value that Nunjucks takes as true (`{% if eleventyNavigation %}`). */
function present(front: FrontMatter, key: string): boolean {
  const value = valueOf(front, key)
  if (value === undefined || value === null) return false
  if (isScalar(value)) return Boolean(value.value)
  return true
}

/** The offsets in the file of a node as written (an alias at the alias). */
function rangeOf(front: FrontMatter, node: unknown): [number, number] | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined
  const range = (node as YamlNode).range
  if (!range) return undefined
  return [front.base + range[0], front.base + Math.max(range[0], range[1])]
}

/** The front matter as data, for the page's URL and entry (`null` when the YAML cannot be read as data: too many aliases). */
function dataOf(front: FrontMatter): Record<string, unknown> | null {
  try {
    const data = front.doc.toJS({ maxAliasCount: 100 }) as unknown
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null
  } catch {
    return null
  }
}

// --- 1 and 2: the page's place in the tree, and its breadcrumb ---

function checkNavigation(file: VFile, front: FrontMatter, nav: YAMLMap, navigation: SiteNavigation, contentPath: string | undefined): void {
  const data = dataOf(front)
  if (data === null) return
  const source = contentPath ?? ''
  const language = treeLanguage(contentPath)
  // The page's entry as the text says now, made as the loader makes the others.
  const current = Object.values(siteNavigation([{ contentPath: source, frontMatter: data }], [], settingsOf(file).siteRules))[0]?.[0]
  if (current === undefined) return
  const { tree, entries, own } = treeWith(navigation, language, source, current)
  const parentNode = pairOf(nav, 'parent')?.value
  const parentAt = rangeOf(front, parentNode)
  if (own.parent !== undefined && parentAt !== undefined) {
    const misplaced = placement(own, tree, entries, language)
    if (misplaced !== undefined) {
      const { suggestions, ...finding } = misplaced
      const expected = suggestions.flatMap((key) => writtenAs(front, parentNode, ['eleventyNavigation', 'parent'], key) ?? [])
      say(file, { ...finding, ...exact(file, parentAt[0], parentAt[1]), ...(expected.length > 0 ? { expected } : {}) })
      return
    }
  }
  const shown = valueOf(front, 'showBreadcrumb')
  if (!isScalar(shown) || shown.value !== true) return
  const crumbs = navigationBreadcrumb(tree, own.key)
  if (parentAt !== undefined) {
    for (const crumb of crumbs ?? []) {
      const same = tree.entries.get(crumb.key) ?? []
      if (crumb.url === false) say(file, { ...noUrl(crumb), ...exact(file, parentAt[0], parentAt[1]) })
      if (same.length > 1) say(file, { ...sharedKey(crumb, same), ...exact(file, parentAt[0], parentAt[1]) })
    }
  }
  const segments = pairOf(front.top, 'segments')
  const segmentsAt = rangeOf(front, segments?.key)
  if (segments !== undefined && segmentsAt !== undefined) {
    const path = crumbs === undefined || crumbs.length === 0 ? undefined : crumbs.map((crumb) => code(crumb.title)).join(' › ')
    say(file, {
      fr: `${code('segments')} ignoré : avec ${code('eleventyNavigation')}, le fil d’Ariane suit l’arbre de navigation (${path === undefined ? 'l’accueil, puis la page' : `l’accueil, ${path}, puis la page`}), pas ces liens ; retirez ${code('segments')}, ou ${code('eleventyNavigation')} si c’est ce fil-là que la page doit montrer`,
      en: `Unexpected \`segments\`, ignored: with \`eleventyNavigation\` the breadcrumb follows the navigation tree (${path === undefined ? 'home, then the page' : `home, ${path}, then the page`}), not these links; remove \`segments\`, or \`eleventyNavigation\` if this is the breadcrumb the page should show`,
      ...exact(file, segmentsAt[0], segmentsAt[1]),
    })
  }
}

/** The tree a page's breadcrumb follows: its language's entries, the page's own as the text says (the settings may be older than the text). */
const trees = new WeakMap<readonly NavigationTreeEntry[], NavigationTree>()

function treeWith(navigation: SiteNavigation, language: string, source: string, current: NavigationTreeEntry): { tree: NavigationTree; entries: readonly NavigationTreeEntry[]; own: NavigationTreeEntry } {
  const given = Object.hasOwn(navigation, language) ? navigation[language] : undefined
  const stored: readonly NavigationTreeEntry[] = Array.isArray(given) ? given : []
  const mine = stored.filter((entry) => entry?.source === source)
  // The settings' entries when the page's is as the text says (once per site, not per page).
  const [only] = mine
  if (mine.length === 1 && only !== undefined && sameEntry(only, current)) {
    let tree = trees.get(stored)
    if (tree === undefined) trees.set(stored, (tree = navigationTree(stored)))
    return { tree, entries: stored, own: only }
  }
  const others = stored.filter((entry) => entry?.source !== source)
  // At the page's place in the list (the order of the entries breaks the ties of \`order\`), else in path order.
  const at = stored.findIndex((entry) => entry?.source === source)
  const index = at !== -1 ? at : others.findIndex((entry) => typeof entry?.source === 'string' && entry.source > source)
  others.splice(index === -1 ? others.length : index, 0, current)
  return { tree: navigationTree(others), entries: others, own: current }
}

function sameEntry(a: NavigationTreeEntry | undefined, b: NavigationTreeEntry): boolean {
  return a !== undefined && a.key === b.key && a.parent === b.parent && a.title === b.title && a.order === b.order && a.url === b.url
}

/** The tree of a page: the first folder of its content path (`fr`), `fr` when it has none. */
function treeLanguage(contentPath: string | undefined): string {
  const parts = (contentPath ?? '').split('/')
  return parts.length > 1 && parts[0] !== '' ? (parts[0] as string) : 'fr'
}

/** Why the page's entry is not under its `parent` in the tree, if it is not. */
function placement(own: NavigationTreeEntry, tree: NavigationTree, entries: readonly NavigationTreeEntry[], language: string): { fr: string; en: string; suggestions: string[] } | undefined {
  const parent = own.parent as string
  const consequence = {
    fr: 'la page n’est dans aucun menu et le site ne peut pas construire son fil d’Ariane',
    en: 'the page is in no menu and the site cannot build its breadcrumb',
  }
  if (tree.nodes.has(parent)) {
    if (!tree.orphans.includes(own)) return undefined
    return {
      fr: `${code(parent)} : parent placé sous cette page dans l’arbre de navigation (un cycle, par ${code(own.key)}) : ${consequence.fr} ; choisissez un parent qui n’est pas sous elle`,
      en: `Unexpected parent ${code(parent)}: it is below this page in the navigation tree (a cycle through ${code(own.key)}), so ${consequence.en}; choose a parent that is not below it`,
      suggestions: [],
    }
  }
  const out = entries.filter((entry) => entry?.key === parent)
  if (out.length > 0) {
    const sources = out.map((entry) => code(entry.source)).join(', ')
    return {
      fr: `${code(parent)} : parent hors de l’arbre de navigation (${sources} : son propre parent est introuvable, ou un cycle) : ${consequence.fr} ; rattachez d’abord ${code(parent)} à l’arbre, ou choisissez un autre parent`,
      en: `Unexpected parent ${code(parent)}: it is outside the navigation tree (${sources}: its own parent is missing, or a cycle), so ${consequence.en}; attach ${code(parent)} to the tree first, or choose another parent`,
      suggestions: [],
    }
  }
  const suggestions = closest(parent, tree.nodes.keys(), 3)
  const guess = suggestions.map(code)
  // No close key: the keys there are, that the editor may choose from.
  const keys = [...tree.nodes.keys()]
  const known = keys.length === 0 ? undefined : `${keys.slice(0, 10).map(code).join(', ')}${keys.length > 10 ? '…' : ''}`
  return {
    fr: `${code(parent)} : parent introuvable, aucune entrée de la navigation ${code(language)} n’a cette clé : ${consequence.fr} ; ${guess.length > 0 ? `vouliez-vous dire ${guess.join(' ou ')} ?` : `écrivez la clé (\`key\`) d’une entrée de la navigation${known === undefined ? ' (elle n’en a aucune)' : ` : ${known}`}`}`,
    en: `Unexpected parent ${code(parent)}: no entry of the ${code(language)} navigation has this key, so ${consequence.en}; ${guess.length > 0 ? `did you mean ${guess.join(' or ')}?` : `write the key (\`key\`) of an entry of the navigation${known === undefined ? ' (it has none)' : `: ${known}`}`}`,
    suggestions,
  }
}

function urlText(url: string | false, locale: 'fr' | 'en'): string {
  if (url !== false) return code(url)
  return locale === 'fr' ? 'sans URL' : 'without URL'
}

function sharedKey(crumb: NavigationCrumb, same: readonly NavigationTreeEntry[]): { fr: string; en: string } {
  const sources = same.map((entry) => code(entry.source))
  const taken = `${code(crumb.source)} (${urlText(crumb.url, 'fr')})`
  const takenEn = `${code(crumb.source)} (${urlText(crumb.url, 'en')})`
  return {
    fr: `${code(crumb.key)}, dans le fil d’Ariane de la page, est la clé de ${same.length} entrées de la navigation (${sources.join(', ')}) : le fil prend la première que l’arbre atteint, ${taken}, avec les parents de toutes ; donnez une clé (\`key\`) à part à l’entrée que la page doit suivre, et nommez-la dans \`parent\``,
    en: `Unexpected shared key ${code(crumb.key)} in the page's breadcrumb: ${same.length} navigation entries have it (${sources.join(', ')}), and the breadcrumb takes the first the tree reaches, ${takenEn}, with the parents of all of them; give the entry the page should follow a key (\`key\`) of its own, and name it in \`parent\``,
  }
}

function noUrl(crumb: NavigationCrumb): { fr: string; en: string } {
  return {
    fr: `${code(crumb.key)} (${code(crumb.source)}), dans le fil d’Ariane de la page, n’a pas d’URL (\`permalink: false\`) : le site y écrit un lien vers « false » ; donnez-lui une \`url\` dans son \`eleventyNavigation\`, ou rattachez la page à un autre \`parent\``,
    en: `Unexpected breadcrumb link to “false”: ${code(crumb.key)} (${code(crumb.source)}), in the page's breadcrumb, has no URL (\`permalink: false\`); give it a \`url\` in its \`eleventyNavigation\`, or attach the page to another \`parent\``,
  }
}

// --- 3: the page's own segments ---

function checkSegments(file: VFile, front: FrontMatter, contentPath: string | undefined): void {
  const settings = settingsOf(file)
  if (settings.sitePages === undefined) return
  const segments = valueOf(front, 'segments')
  if (!isSeq(segments)) return
  const rules: SiteRules = settings.siteRules ?? SITE_RULES
  const pages = siteMapOf(settings.sitePages)
  const listings = listingsOf(rules.listings)
  const servedElsewhere = [...rules.servedElsewhere, ...(settings.servedElsewhere ?? [])]
  const isPage = (path: string) => pages.has(normalizePath(path)) || listings.has(normalizePath(path))
  const language = localeFolder(contentPath)
  const data = dataOf(front)
  const ownUrl = contentPath === undefined ? null : pageUrl(contentPath, data, rules)
  for (const [index, item] of segments.items.entries()) {
    const segment = resolved(front, item)
    if (!isMap(segment)) continue
    const written = pairOf(segment, 'url')?.value
    const url = resolved(front, written)
    if (!isScalar(url) || typeof url.value !== 'string') continue
    const value = url.value.trim()
    // Absolute URLs, other schemes and the empty URL are not this check's.
    if (value === '' || /^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) continue
    // The site's `locale_url`: the URL with the language before it when that is a page, else the URL itself.
    const localised = value.startsWith('/') && !value.startsWith(`/${language}/`) ? `/${language}${value}` : undefined
    if (localised !== undefined && isPage(localised)) continue
    const target = resolveTarget(value, ownUrl)
    if (target.kind !== 'site' || isAssetPath(target.path)) continue
    if (isPage(target.path) || leadsSomewhere(target.path, pages, servedElsewhere)) continue
    const at = rangeOf(front, written)
    if (at === undefined) continue
    const tried = [...(localised === undefined ? [] : [normalizePath(localised)]), normalizePath(target.path)].map(code)
    // The page probably meant, written as the page writes its segments: without the language when it has none (`locale_url` adds it).
    const guesses = suggestPages(normalizePath(localised ?? target.path), pages).map((guess) => (localised !== undefined && guess.startsWith(`/${language}/`) ? guess.slice(language.length + 1) : guess))
    const expected = guesses.flatMap((guess) => writtenAs(front, written, ['segments', index, 'url'], guess) ?? [])
    say(file, {
      fr: `${code(value)} : lien mort du fil d’Ariane (\`segments\`), aucune page du site à ${tried.join(' ni à ')} ; ${guesses.length > 0 ? `vouliez-vous dire ${guesses.map(code).join(' ou ')} ?` : 'écrivez l’adresse d’une page du site, sans la langue (`/mission/` mène à `/fr/mission/`)'}`,
      en: `Unexpected dead breadcrumb link ${code(value)} (\`segments\`): no page of the site at ${tried.join(' nor at ')}; ${guesses.length > 0 ? `did you mean ${guesses.map(code).join(' or ')}?` : 'write the address of a page of the site, without the language (`/mission/` leads to `/fr/mission/`)'}`,
      ...exact(file, at[0], at[1]),
      ...(expected.length > 0 ? { expected } : {}),
    })
  }
}

const listingSets = new WeakMap<readonly string[], ReadonlySet<string>>()

/** The site's listing pages (made from templates), normalised once per list. */
function listingsOf(listings: readonly string[]): ReadonlySet<string> {
  let set = listingSets.get(listings)
  if (set === undefined) listingSets.set(listings, (set = new Set(listings.map(normalizePath))))
  return set
}

/** The language `locale_url` puts before a URL: the page's language folder, else the site's default, `fr`. */
function localeFolder(contentPath: string | undefined): string {
  const folder = (contentPath ?? '').split('/')
  return folder.length > 1 && /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(folder[0] ?? '') ? (folder[0] as string) : 'fr'
}

/**
 * `value` as YAML text that replaces the node as written and reads back as `value`
 * (in its quotes, or plain when that reads the same), `undefined` when none does.
 */
function writtenAs(front: FrontMatter, node: unknown, path: ReadonlyArray<string | number>, value: string): string | undefined {
  if (!isScalar(node) || !node.range) return undefined
  const [from, to] = node.range
  const text = front.yaml.value
  const forms = node.type === Scalar.QUOTE_SINGLE ? [`'${value.replace(/'/g, "''")}'`] : node.type === Scalar.QUOTE_DOUBLE ? [JSON.stringify(value)] : [value, JSON.stringify(value)]
  for (const form of forms) {
    try {
      const doc = parseDocument(text.slice(0, from) + form + text.slice(to), { uniqueKeys: true, prettyErrors: false })
      if (doc.errors.length === 0 && doc.getIn(path) === value) return form
    } catch {
      // The next form.
    }
  }
  return undefined
}

export default withCheckedOptions(rule, (options) => void checkKnownKeys(ID, options, []))
