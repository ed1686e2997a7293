/**
 * Images as the site's `imageContent` shortcode renders them (eleventy-img's
 * `generateHTML` inside a DSFR `figure.fr-content-media`): a `<picture>` with a
 * `<source>` per extra format and the `<img>` fallback, or a lone `<img>`. No I/O:
 * what exists, at which sizes and under which names comes from an `ImagePlan`
 * that the caller (`offre build`) computes from the files and encodes.
 *
 * The figures are built here, after the sanitizer: their URLs come from the plan,
 * not from the page, so the sanitizer's rule against editors' `srcset` (which
 * escapes its protocol check) stays whole.
 */
import type { ImageContentCall } from '@offre/model'
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

/** One encoded file of an image. */
export interface ImageOutput {
  /** Site path of the file (`/img/Xy3_aBc9Q0-1000.webp`). */
  url: string
  width: number
  height: number
}

/** One output format of an image, its files by ascending width. */
export interface ImageFormatPlan {
  /** `avif`, `webp`, `jpeg`, `png`, `gif`, `svg`. */
  format: string
  /** The MIME type of the `<source>` (`image/webp`). */
  type: string
  outputs: ImageOutput[]
}

/** What an image is published as: its formats in the site's order (AVIF, WebP, then its own format). */
export interface ImagePlan {
  formats: ImageFormatPlan[]
}

export interface ImageRequest {
  /** The image as the page names it, relative to the page (`./capture.png`). */
  src: string
  /** The page's path under the content folder (`fr/blog/posts/x/index.md`). */
  page: string
  /** Widths asked for (`[1000]`); absent: the image's own. */
  widths?: Array<number | null> | undefined
}

/** The plan of an image, or null when the image does not exist (the page gets a `missing-image` warning). */
export type ImagePlanner = (request: ImageRequest) => ImagePlan | null

/** eleventy-img's choice of the `<img>` format, the first one present. */
const FALLBACK_PREFERENCE = ['jpeg', 'png', 'svg', 'webp', 'avif']

export interface ImageAttributes {
  alt: string
  sizes?: string | undefined
  className?: string | undefined
  /** Prefix that turns a site path into the page's relative link (`../../`). */
  root: string
}

/** The `<picture>` (or `<img>`) of a plan, as eleventy-img's `generateHTML` with the site's attributes. */
export function pictureOf(plan: ImagePlan, attributes: ImageAttributes): Element {
  const formats = plan.formats.filter((format) => format.outputs.length > 0)
  const fallback = FALLBACK_PREFERENCE.map((name) => formats.find((format) => format.format === name)).find((format) => format !== undefined) ?? (formats.length === 1 ? formats[0] : undefined)
  if (fallback === undefined) throw new RangeError('plan d’image sans fichier de repli')
  const link = (url: string) => `${attributes.root}${url.replace(/^\/+/, '')}`
  const srcset = (format: ImageFormatPlan) => format.outputs.map((output) => `${link(output.url)} ${output.width}w`).join(', ')
  const largest = fallback.outputs[fallback.outputs.length - 1] as ImageOutput
  const img = (extra: Record<string, string> = {}) =>
    h('img', {
      className: ['fr-responsive-img', 'fr-ratio-auto', ...(attributes.className ?? '').split(/\s+/).filter(Boolean)],
      alt: attributes.alt,
      loading: 'lazy',
      decoding: 'async',
      src: link((fallback.outputs[0] as ImageOutput).url),
      width: largest.width,
      height: largest.height,
      ...extra,
    })
  const entries = formats.reduce((sum, format) => sum + format.outputs.length, 0)
  if (entries === 1) return img()
  if (formats.length === 1) return img({ srcSet: srcset(fallback), ...(attributes.sizes ? { sizes: attributes.sizes } : {}) })
  const sources = formats
    .filter((format) => format !== fallback || format.outputs.length !== 1)
    .map((format) => h('source', { type: format.type, srcSet: srcset(format), ...(attributes.sizes ? { sizes: attributes.sizes } : {}) }))
  return h('picture', [...sources, img()])
}

/** The site's `imageContent` figure: the picture, and the alternative text again as its caption. */
export function imageFigure(plan: ImagePlan, call: Pick<ImageContentCall, 'alt' | 'sizes' | 'className'>, root: string): Element {
  return h('figure.fr-content-media', { role: 'group', ariaLabel: call.alt }, [
    h('div.fr-content-media__img', [pictureOf(plan, { alt: call.alt, sizes: call.sizes, className: call.className, root })]),
    h('figcaption.fr-content-media__caption', call.alt),
  ])
}

/** The figures a page's markdown asked for, put in place after the sanitizer by `placeFigures`. */
export class PendingFigures {
  /** Marks the placeholders; random, so that no page's own ids can pass for one. */
  readonly #token = `offre-image-${globalThis.crypto.randomUUID()}-`
  readonly #figures: Element[] = []

  /** The id of the placeholder `figure` that will hold `figure`. */
  add(figure: Element): string {
    this.#figures.push(figure)
    return `${this.#token}${this.#figures.length - 1}`
  }

  get size(): number {
    return this.#figures.length
  }

  /** Replaces each placeholder of the sanitized tree by its figure. */
  place(tree: Root): void {
    if (this.#figures.length === 0) return
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties.id
      if (node.tagName !== 'figure' || typeof id !== 'string' || !id.startsWith(this.#token) || parent === undefined || index === undefined) return undefined
      const figure = this.#figures[Number(id.slice(this.#token.length))]
      if (figure !== undefined) parent.children.splice(index, 1, figure as ElementContent)
      return SKIP
    })
  }
}
