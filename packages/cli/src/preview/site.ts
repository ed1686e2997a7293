/**
 * What the preview serves, read from disk: the project (loaded by `loadProject`,
 * as every command does, again after a change of its files), the pages and their
 * published URLs (the build's `siteOptions`, first page in path order wins a URL),
 * the files under the content root that may be served as assets, and the DSFR
 * files `offre build` copies into `dist/dsfr/`.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  DSFR_CSS, DSFR_ICONS_SOURCE, ICONS_CSS, SITE_CSS, SITE_STYLES, dsfrAssetsDir, dsfrFiles, iconSubset, normalizeUrl, type SiteOptions,
} from '@offre/render'
import { frontMatterOf } from 'remark-lint-offre'
import { siteOptions } from '../build/site-options.js'
import { ConfigError, UsageError } from '../errors.js'
import { findMarkdownFiles } from '../files.js'
import type { Io } from '../io.js'
import { lazyGrammarChecker, sessionGrammar, type SessionGrammar } from '../grammalecte/session.js'
import { createLinter, type Linter } from '../lint/engine.js'
import { loadProject, type Project } from '../project.js'
import { PreviewImages } from './images.js'

/** The page the preview opens first, when the content has it. */
export const OFFER_PAGE = 'fr/mission/offre-de-services.md'

const MARKDOWN = /\.(md|markdown)$/i

export interface PageEntry {
  /** Path under the content root, `/`-separated. */
  source: string
  absolute: string
  /** Its published URL; null when it is not published (`permalink: false`, an invalid URL, a URL another page has). */
  url: string | null
}

export interface PageIndex {
  pages: PageEntry[]
  /** Lower-cased URL → page, as the build claims URLs (without case, first in path order). */
  byUrl: Map<string, PageEntry>
}

/** The project as loaded, or what stopped loading it. */
export type ProjectState = { project: Project; linter: Linter; rules: string; options: SiteOptions; error?: undefined } | { error: ConfigError; project?: undefined }

export class PreviewSite {
  readonly root: string
  readonly realRoot: string
  readonly dsfrDir: string
  readonly #inputs: string[]
  readonly #io: Io
  readonly #config: string | undefined
  #state: ProjectState | undefined
  #index: PageIndex | undefined
  #dsfr: Set<string> | undefined
  #images: { project: Project; images: PreviewImages } | undefined
  /** The last project loaded without error: its linter is kept while the rules' options stay the same. */
  #last: ProjectState | undefined
  /** Icon classes of the pages served so far: `dsfr/icons.min.css` is their subset, as a build's. */
  readonly icons = new Set<string>()
  /** Grammalecte for the preview's session: started at the first page of a project that wants grammar. */
  readonly grammar: SessionGrammar

  /** Loads the project once: a configuration error at start stops the command (exit 2), as for `offre build`. */
  constructor(root: string, io: Io, config: string | undefined, dsfrDir = dsfrAssetsDir) {
    this.root = root
    this.realRoot = realpathSync(root)
    this.#inputs = [root]
    this.#io = io
    this.#config = config
    this.dsfrDir = dsfrDir
    this.grammar = sessionGrammar((text) => io.stderr.write(`${text}\n`), io.env)
    this.#state = stateOf(loadProject(this.#inputs, io, { config }), this.grammar)
    this.#last = this.#state
  }

  /** Forgets what was read: the next request reads the project and the pages again. */
  invalidate(): void {
    this.#state = undefined
    this.#index = undefined
  }

  /** The images and static files of the project as loaded (none while its configuration is in error). */
  get images(): PreviewImages | undefined {
    const { project } = this.state
    if (project === undefined) return undefined
    if (this.#images?.project !== project) this.#images = { project, images: new PreviewImages(project) }
    return this.#images.images
  }

  get state(): ProjectState {
    if (this.#state === undefined) {
      try {
        this.#state = stateOf(loadProject(this.#inputs, this.#io, { config: this.#config }), this.grammar, this.#last)
        this.#last = this.#state
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        this.#state = { error }
      }
    }
    return this.#state
  }

  /** The project's own files (configuration, vocabulary, site pages), absolute: a change to one reloads everything. */
  get projectFiles(): string[] {
    return this.state.project?.files ?? []
  }

  get index(): PageIndex {
    this.#index ??= this.#readIndex()
    return this.#index
  }

  #readIndex(): PageIndex {
    const state = this.state
    const resolve = state.project === undefined ? siteOptions({ site: true }).pageUrl : state.options.pageUrl
    const found = findMarkdownFiles([this.root], this.#io.cwd)
    const pages: PageEntry[] = []
    const byUrl = new Map<string, PageEntry>()
    const sources = found.files
      .filter((file) => this.inside(file))
      .map((absolute) => ({ absolute, source: path.relative(this.root, absolute).split(path.sep).join('/') }))
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
    for (const { absolute, source } of sources) {
      const entry: PageEntry = { source, absolute, url: urlOf(resolve, source, absolute) }
      if (entry.url !== null) {
        const key = entry.url.toLowerCase()
        if (byUrl.has(key)) entry.url = null
        else byUrl.set(key, entry)
      }
      pages.push(entry)
    }
    return { pages, byUrl }
  }

  /** The page to open first: the given one, else the offer page, else the first published page. */
  startPage(wanted?: string): PageEntry | undefined {
    const published = this.index.pages.filter((page) => page.url !== null)
    return (
      (wanted === undefined ? undefined : published.find((page) => page.absolute === wanted)) ??
      published.find((page) => page.source === OFFER_PAGE) ??
      published[0]
    )
  }

  /** Whether `file` is inside the content root once symlinks are resolved. */
  inside(file: string): boolean {
    let real: string
    try {
      real = realpathSync(file)
    } catch {
      return false
    }
    return real.startsWith(this.realRoot.endsWith(path.sep) ? this.realRoot : this.realRoot + path.sep)
  }

  /**
   * The file under the content root an asset path names, when it may be served:
   * a regular file inside the root (symlinks resolved), not markdown, not one of
   * the project's own files, no dot segment (`requestPath` refused those already).
   */
  asset(segments: readonly string[]): string | null {
    if (segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) return null
    const file = path.join(this.root, ...segments)
    if (MARKDOWN.test(file) || !this.inside(file)) return null
    const real = realpathSync(file)
    const own = new Set(this.projectFiles.flatMap((own) => [own, safeRealpath(own)]))
    if (own.has(file) || own.has(real) || path.basename(file) === 'offre.config.yml') return null
    try {
      return statSync(real).isFile() ? real : null
    } catch {
      return null
    }
  }

  /** The DSFR files a build copies (CSS, scripts, favicons, fonts, every icon SVG a subset may name). */
  get dsfrFiles(): Set<string> {
    if (this.#dsfr === undefined) {
      const css = readFileSync(path.join(this.dsfrDir, DSFR_CSS), 'utf8')
      const icons = readFileSync(path.join(this.dsfrDir, DSFR_ICONS_SOURCE), 'utf8')
      const every = new Set([...icons.matchAll(/\.(fr-(?:icon|fi)-[\w-]+)/g)].map((match) => match[1] as string))
      this.#dsfr = new Set([...dsfrFiles(css), ...iconSubset(icons, every).files])
    }
    return this.#dsfr
  }

  /** The DSFR file at `relative` (a path of `dist/dsfr/`), or null when a build would not have it. */
  dsfrFile(relative: string): { file: string } | { css: string } | null {
    if (relative === ICONS_CSS) return { css: iconSubset(readFileSync(path.join(this.dsfrDir, DSFR_ICONS_SOURCE), 'utf8'), this.icons).css }
    if (relative === SITE_CSS) return { css: SITE_STYLES }
    if (!this.dsfrFiles.has(relative)) return null
    return { file: path.join(this.dsfrDir, ...relative.split('/')) }
  }
}

/**
 * The state of a freshly loaded project. The linter is built from the rules' options
 * only: the settings (site map, vocabulary…) are given with each page and take
 * precedence over the preset's, so a linter whose rules did not change is kept (a new
 * one is slow on its first pages, and a reload must stay under a second).
 */
function stateOf(project: Project, grammar: SessionGrammar, last?: ProjectState): ProjectState {
  const rules = JSON.stringify([project.presetOptions.rules ?? {}, project.grammar])
  const linter = last?.project !== undefined && last.rules === rules ? last.linter : createLinter(project.presetOptions, false, {}, { grammar: lazyGrammarChecker(grammar, project.grammar) })
  return { project, linter, rules, options: siteOptions({ site: true, siteRules: project.settings.siteRules, chrome: project.site, navigation: project.navigation }) }
}

/** The page's URL as the build computes it (the front matter read as the link checker reads it), or null. */
function urlOf(resolve: SiteOptions['pageUrl'], source: string, absolute: string): string | null {
  if (resolve === undefined) return null
  let data: Record<string, unknown> = {}
  try {
    data = frontMatterOf(readFileSync(absolute, 'utf8'))
  } catch {
    // Unreadable: its path alone gives its URL; the request shows why it cannot be read.
  }
  try {
    const url = resolve({ path: source, data })
    return url === false ? null : normalizeUrl(url)
  } catch {
    return null
  }
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

/** The content root of `offre preview`'s arguments, and the page asked for first when one is a file. */
export function previewRoot(inputs: string[], cwd: string, find: (file: string) => string | undefined): { root: string; page?: string } {
  const files = inputs.map((input) => path.resolve(cwd, input))
  for (const file of files) {
    let stats
    try {
      stats = statSync(file)
    } catch {
      throw new UsageError(`chemin introuvable : ${path.relative(cwd, file) || file}`)
    }
    if (stats.isDirectory()) return { root: file }
  }
  const page = files[0]
  if (page !== undefined) {
    if (!MARKDOWN.test(page)) throw new UsageError(`attendu un dossier de contenu ou une page markdown, reçu ${path.relative(cwd, page) || page}`)
    return { root: find(page) ?? path.dirname(page), page }
  }
  const content = path.resolve(cwd, 'content')
  try {
    if (statSync(content).isDirectory()) return { root: content }
  } catch {
    // No `content/`: the working directory.
  }
  return { root: cwd }
}
