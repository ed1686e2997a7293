/**
 * A page's layout data: its front matter over the data of the folders that hold it
 * (`site.folders`), as Eleventy's data cascade merges a page's front matter over its
 * `*.11tydata.js` files. Folders apply from the shallowest to the deepest; a value
 * given by a deeper folder, then by the front matter, wins (an empty `description: ""`
 * too: it removes the folder's lead). `tags` add up instead, folders' first, without
 * repeats, as Eleventy concatenates and deduplicates them; the collection tags of
 * `site.tags.hidden` are then left out, as the site's `filterTagList`.
 */
import type { FrontMatterData } from '@offre/model'
import { DEFAULT_TAGS_URL, LAYOUT_KINDS, type FolderData, type LayoutKind, type SiteChrome, type SiteSegment } from './site.js'

export interface PageView {
  layout: LayoutKind
  showBreadcrumb: boolean
  segments: readonly SiteSegment[]
  /** The lead's source (inline HTML), or undefined. */
  description: string | undefined
  /** Tags to show, in order. */
  tags: string[]
  /** URL template of a tag's page. */
  tagsUrl: string
  /** `YYYY-MM-DD`, when the front matter gives a date. */
  date: string | undefined
}

/** The folders of `site.folders` that hold `path`, the shallowest first. */
export function foldersOf(path: string | undefined, folders: readonly FolderData[] = []): FolderData[] {
  if (path === undefined) return []
  const clean = (dir: string): string => dir.replace(/^\.?\/+|\/+$/g, '')
  return folders
    .filter((folder) => clean(folder.dir) === '' || path.startsWith(`${clean(folder.dir)}/`))
    .sort((a, b) => clean(a.dir).split('/').length - clean(b.dir).split('/').length)
}

export function pageView(data: Partial<FrontMatterData>, extra: Record<string, unknown>, site: SiteChrome | undefined, path: string | undefined): PageView {
  const folders = foldersOf(path, site?.folders)
  const pick = <K extends keyof FolderData>(key: K): FolderData[K] | undefined => {
    let value: FolderData[K] | undefined
    for (const folder of folders) if (folder[key] !== undefined) value = folder[key]
    return value
  }
  const ownTags = data.tags === undefined ? [] : typeof data.tags === 'string' ? [data.tags] : data.tags
  const hidden = new Set(site?.tags?.hidden ?? [])
  const tags = [...new Set([...folders.flatMap((folder) => folder.tags ?? []), ...ownTags])].filter((tag) => tag !== '' && !hidden.has(tag))
  return {
    layout: layoutName(data.layout) ?? pick('layout') ?? 'page',
    showBreadcrumb: (data.showBreadcrumb ?? pick('showBreadcrumb')) === true,
    segments: data.segments ?? pick('segments') ?? [],
    description: data.description !== undefined ? data.description : pick('description'),
    tags,
    tagsUrl: pick('tagsUrl') ?? site?.tags?.url ?? DEFAULT_TAGS_URL,
    date: isoDate(data.date ?? extra.date),
  }
}

/** `layouts/post.njk` (the site's front matter) or `post`: the layout kind, when it is one. */
export function layoutName(layout: string | undefined): LayoutKind | undefined {
  if (layout === undefined) return undefined
  const name = layout.replace(/^.*\//, '').replace(/\.njk$/, '')
  return (LAYOUT_KINDS as readonly string[]).includes(name) ? (name as LayoutKind) : undefined
}

/** The calendar day of a front matter date (`2024-11-08`, or a date-time), as Eleventy reads it in UTC. */
function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim())
  if (match === null) return undefined
  const day = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`)
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== match[0].slice(0, 10) ? undefined : match[0].slice(0, 10)
}
