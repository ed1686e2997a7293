/**
 * Writes a build into a temporary folder beside `out` as its files come, keeping only
 * their paths, sizes, hashes and the pages' icon classes; then adds the static folder,
 * the DSFR files and the manifest, and renames the folder over `out` (atomic: a failed
 * build leaves `out` as it was).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MODEL_VERSION } from '@offre/model'
import { DSFR_CSS, DSFR_ICONS_SOURCE, ICONS_CSS, MANIFEST_PATH, RESERVED_ROOTS, SITE_CSS, SITE_STYLES, buildManifest, dsfrFiles, iconClassesOf, iconSubset, sha256, type HashedFile, type PageStatus } from '@offre/render'
import { EXIT, ExitError } from '../errors.js'

/** What the manifest lists of a page. */
export interface WrittenPage {
  source: string
  url: string | null
  status: PageStatus
}

export interface Written {
  files: number
  bytes: number
  /** Files of the static folder not copied: the build writes a file at their path. */
  skipped: string[]
}

/** The site's static folder (`site.static`), published as it is, and its files (URL paths, as the link checker knows them). */
export interface StaticFolder {
  dir: string
  files: readonly string[]
}

/**
 * Writes the site into a temporary folder beside `out` as pages come, keeping only
 * their sizes, hashes and icon classes; `finish` adds the DSFR files and the
 * manifest, then renames the folder over `out`; `abort` removes it.
 */
export class SiteWriter {
  readonly #out: string
  #temp: string | undefined
  readonly #files: HashedFile[] = []
  readonly #icons = new Set<string>()

  constructor(out: string) {
    this.#out = out
  }

  add(file: string, content: string | Uint8Array, html: boolean): void {
    try {
      this.#temp ??= this.#create()
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      const target = path.join(this.#temp, ...file.split('/'))
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, bytes)
      this.#files.push({ path: file, sha256: sha256(bytes), size: bytes.byteLength })
      if (html && typeof content === 'string') for (const name of iconClassesOf(content)) this.#icons.add(name)
    } catch (error) {
      this.abort()
      throw this.#failure(error)
    }
  }

  finish(dsfrDir: string, pages: readonly WrittenPage[], commit: string | null, staticFolder?: StaticFolder): Written {
    try {
      this.#temp ??= this.#create()
      const skipped = staticFolder === undefined ? [] : this.#copyStatic(staticFolder)
      const dsfr = (file: string) => readFileSync(path.join(dsfrDir, file))
      for (const file of dsfrFiles(dsfr(DSFR_CSS).toString('utf8'))) this.add(`dsfr/${file}`, dsfr(file), false)
      const icons = iconSubset(dsfr(DSFR_ICONS_SOURCE).toString('utf8'), this.#icons)
      this.add(`dsfr/${ICONS_CSS}`, icons.css, false)
      this.add(`dsfr/${SITE_CSS}`, SITE_STYLES, false)
      for (const file of icons.files) this.add(`dsfr/${file}`, dsfr(file), false)
      const sorted = [...this.#files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      const published = pages.flatMap((page) => (page.status === 'published' && page.url !== null ? [{ url: page.url, source: page.source }] : []))
      const manifest = Buffer.from(buildManifest({ files: sorted, pages: published, modelVersion: MODEL_VERSION, sourceCommit: commit }), 'utf8')
      writeFileSync(path.join(this.#temp, MANIFEST_PATH), manifest)
      swap(this.#temp, this.#out)
      this.#temp = undefined
      return { files: sorted.length + 1, bytes: sorted.reduce((sum, file) => sum + file.size, 0) + manifest.byteLength, skipped }
    } catch (error) {
      this.abort()
      throw this.#failure(error)
    }
  }

  /**
   * The static folder's files, as they are, at the same paths (`docs/x.pdf`); a file the
   * build writes itself (`dsfr/`, `manifest.json`, a page, an image) wins, and the
   * static one is skipped (returned, to be reported).
   */
  #copyStatic(folder: StaticFolder): string[] {
    const taken = new Set(this.#files.map((file) => file.path))
    const skipped: string[] = []
    for (const url of folder.files) {
      const file = url.replace(/^\/+/, '')
      if (taken.has(file) || RESERVED_ROOTS.includes(file.split('/')[0] ?? '')) {
        skipped.push(file)
        continue
      }
      this.add(file, readFileSync(path.join(folder.dir, ...file.split('/'))), false)
    }
    return skipped
  }

  abort(): void {
    if (this.#temp !== undefined) rmSync(this.#temp, { recursive: true, force: true })
    this.#temp = undefined
  }

  #create(): string {
    mkdirSync(path.dirname(this.#out), { recursive: true })
    return mkdtempSync(path.join(path.dirname(this.#out), `.${path.basename(this.#out)}.tmp-`))
  }

  #failure(error: unknown): Error {
    if (error instanceof ExitError) return error
    return new ExitError(`construction impossible, ${this.#out} est inchangé : ${(error as Error).message}`, EXIT.findings)
  }
}

/** Replaces `out` by `temp`; the old build is moved aside first, and put back if the second rename fails. */
function swap(temp: string, out: string): void {
  if (!existsSync(out)) {
    renameSync(temp, out)
    return
  }
  const old = `${temp}.old`
  renameSync(out, old)
  try {
    renameSync(temp, out)
  } catch (error) {
    renameSync(old, out)
    throw error
  }
  rmSync(old, { recursive: true, force: true })
}
