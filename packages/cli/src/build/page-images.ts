/**
 * The images of one page of a build, found before it is rendered: the renderer is
 * synchronous and reads no file, so the page is first rendered once with a planner
 * that only notes what it is asked (its `imageContent` images, its post image), the
 * images are read (`probeImage`, once per thread however many pages use them), and
 * the page is rendered again with their plans. Only pages that name an image pay the
 * first render: the 10,000 generated pages of the benchmark have none.
 */
import path from 'node:path'
import { renderPage, type ImagePlanner, type ImageRequest, type SiteOptions, type SourcePage } from '@offre/render'
import { resolveBeside } from 'remark-lint-offre'
import { type ImageInfo, type ImageJob, planImage, probeImage } from './images.js'

/** Where the images of a build come from: the content folder and its files (the loader's list, which the link checker reads too). */
export interface ImageSetup {
  root: string
  /** Content paths of the files below the root that are not pages. */
  files: string[]
}

/** The site's folders whose pages have the post layout (their `*.11tydata.js`), which shows front matter `image`. */
const POST_FOLDERS = ['fr/blog/posts/', 'fr/bluehats/bsoc/2022/contributions/']

/** Whether a page of code.gouv.fr has the post layout: its own `layout`, else its folder's. */
export function isPostPage({ path: page, data }: { path: string; data: { layout?: string | undefined } }): boolean {
  if (data.layout !== undefined) return /(?:^|\/)post(?:\.njk)?$/.test(data.layout)
  return POST_FOLDERS.some((folder) => page.startsWith(folder))
}

/**
 * The renderer's options with the post image on code.gouv.fr's post pages, when the build
 * publishes images and the configuration has no `site:` (whose folders' layouts, `post`
 * included, the renderer follows).
 */
export function imageOptions(options: SiteOptions, setup: { site: boolean; images?: ImageSetup | undefined }): SiteOptions {
  const decided = options.heroImage !== undefined || options.site !== undefined
  return setup.images !== undefined && setup.site && !decided ? { ...options, heroImage: isPostPage } : options
}

export class PageImages {
  readonly #root: string
  readonly #files: ReadonlySet<string>
  readonly #probes = new Map<string, Promise<ImageInfo | null>>()

  constructor(setup: ImageSetup) {
    this.#root = setup.root
    this.#files = new Set(setup.files)
  }

  /** The planner to render `source` with, and the files its plans need. */
  async plannerFor(source: SourcePage, options: SiteOptions): Promise<{ planner: ImagePlanner; jobs: ImageJob[] }> {
    const jobs: ImageJob[] = []
    // Most pages name no image: two searches of their bytes, no copy, no first render.
    const value = source.value
    const bytes = typeof value === 'string' ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    if (!bytes.includes('imageContent') && !bytes.includes('image:')) return { planner: () => null, jobs }
    const requests: ImageRequest[] = []
    renderPage(source, { ...options, images: (request) => (requests.push(request), null) })
    const infos = new Map<string, ImageInfo | null>()
    await Promise.all(requests.map(async (request) => infos.set(request.src, await this.#probe(request))))
    const planner: ImagePlanner = (request) => {
      const info = infos.get(request.src)
      if (info === undefined || info === null) return null
      const planned = planImage(info, request.widths)
      jobs.push(...planned.jobs)
      return planned.plan
    }
    return { planner, jobs }
  }

  /** The image a page names, if it is one of the content folder's files and sharp reads it. */
  #probe(request: ImageRequest): Promise<ImageInfo | null> {
    const resolved = resolveBeside(request.page, request.src)
    if (resolved === null || !this.#files.has(resolved)) return Promise.resolve(null)
    let probe = this.#probes.get(resolved)
    if (probe === undefined) this.#probes.set(resolved, (probe = probeImage(path.join(this.#root, ...resolved.split('/')))))
    return probe
  }
}
