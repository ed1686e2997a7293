/**
 * The images and static files of the preview, as `offre build` publishes them: a page's
 * `imageContent` images and post image are planned as the build plans them
 * (`PageImages`: same names, sizes and formats), and each file of those plans is
 * encoded with sharp the first time the browser asks for it (`/img/<hash>-<width>.<format>`),
 * then kept in memory; the static folder (`site.static`) is served at the site's root,
 * as the build copies it. One instance per loaded project: a change of the content
 * reloads the project, and with it what the images are.
 */
import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ImagePlanner, SiteOptions, SourcePage } from '@offre/render'
import { encodeImage, IMAGE_DIR, type ImageJob } from '../build/images.js'
import { imageOptions, PageImages } from '../build/page-images.js'
import type { Project } from '../project.js'

export class PreviewImages {
  readonly #images: PageImages
  readonly #setup: { root: string; files: string[] }
  readonly #staticDir: string | undefined
  /** The files the pages shown so far name, by their path in a build (`img/…`). */
  readonly #jobs = new Map<string, ImageJob>()
  readonly #encoded = new Map<string, Promise<Buffer>>()

  constructor(project: Project) {
    this.#setup = { root: project.root, files: [...(project.settings.contentFiles ?? [])] }
    this.#images = new PageImages(this.#setup)
    this.#staticDir = project.staticDir
  }

  /** The renderer's options for `source`, its images planned (and their files noted, to be served). */
  async optionsFor(source: SourcePage, options: SiteOptions): Promise<SiteOptions & { images: ImagePlanner }> {
    const withHero = imageOptions(options, { site: true, images: this.#setup })
    const { planner, jobs } = await this.#images.plannerFor(source, withHero)
    const noting: ImagePlanner = (request) => {
      const plan = planner(request)
      for (const job of jobs.splice(0)) this.#jobs.set(job.output, job)
      return plan
    }
    return { ...withHero, images: noting }
  }

  /** The bytes of an image file a page shown names (`img/<hash>-<width>.<format>`), or null. */
  async image(segments: readonly string[]): Promise<{ bytes: Buffer; format: string } | null> {
    if (segments[0] !== IMAGE_DIR) return null
    const job = this.#jobs.get(segments.join('/'))
    if (job === undefined) return null
    let encoded = this.#encoded.get(job.output)
    if (encoded === undefined) this.#encoded.set(job.output, (encoded = encodeImage(job)))
    try {
      return { bytes: await encoded, format: job.format }
    } catch {
      this.#encoded.delete(job.output)
      return null
    }
  }

  /** The static folder's file at `segments` (no dot segment, inside the folder once links are resolved), or null. */
  staticFile(segments: readonly string[]): string | null {
    if (this.#staticDir === undefined || segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) return null
    try {
      const folder = realpathSync(this.#staticDir)
      const real = realpathSync(path.join(folder, ...segments))
      return real.startsWith(folder + path.sep) && statSync(real).isFile() ? real : null
    } catch {
      return null
    }
  }
}
