/**
 * The build's images, as the site's `imageContent` shortcode makes them with
 * eleventy-img 3 (`formats: ['avif', 'webp', 'auto']`, `widths: ['auto']` unless the
 * shortcode gives some, output in `/img/`): each image is read once (its hash and
 * its size, `probeImage`), then planned without I/O (`planImage`: the files, their
 * names and sizes, which the renderer turns into the figure), then each file of the
 * plan is encoded by sharp (`encodeImage`), once however many pages use it.
 *
 * Names are eleventy-img's, `<hash>-<width>.<format>`: the hash is the first 10
 * characters of the URL-safe base64 sha256 of the file's bytes followed by its sharp
 * options (none: `{"sharpAvifOptions":{},…}`), so the same image gets the same URL as
 * on the site, and a changed image a new one.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { ImagePlan } from '@offre/render'
import sharp, { type FormatEnum } from 'sharp'

/** An image beside a page, as read once: what its plan needs. */
export interface ImageInfo {
  /** Absolute path of the source image. */
  file: string
  /** eleventy-img's short hash of the file. */
  hash: string
  /** `png`, `jpeg`, `webp`, `gif`, `svg`, `avif`, `tiff`… (sharp's name). */
  format: string
  /** Displayed size (after the EXIF orientation). */
  width: number
  height: number
  /** EXIF orientation 5 to 8: the pixels are turned when encoded. */
  rotate: boolean
}

/** One file to encode into the build. */
export interface ImageJob {
  /** Path in the build (`img/<hash>-<width>.<format>`). */
  output: string
  input: string
  format: string
  width: number
  /** Resize to `width` (else the image's own width). */
  resize: boolean
  rotate: boolean
}

/** The output folder and URL of the images (eleventy-img's `urlPath`). */
export const IMAGE_DIR = 'img'

/** eleventy-img's default sharp options, hashed after the file's bytes. */
const HASHED_OPTIONS = JSON.stringify({ sharpAvifOptions: {}, sharpJpegOptions: {}, sharpOptions: {}, sharpPngOptions: {}, sharpWebpOptions: {} })

const MIME: Record<string, string> = { jpeg: 'image/jpeg', webp: 'image/webp', png: 'image/png', svg: 'image/svg+xml', avif: 'image/avif', gif: 'image/gif' }

/** The site's formats: AVIF, WebP, then the image's own (`auto`). */
const SITE_FORMATS = ['avif', 'webp', 'auto']

/** eleventy-img's hash of a file: an SVG without its line breaks, any other image as its bytes. */
export function imageHash(bytes: Uint8Array): string {
  const hash = createHash('sha256')
  const text = Buffer.from(bytes).toString('utf8')
  const head = text.trim().slice(0, 5)
  hash.update(head === '<svg ' || head === '<?xml' ? text.replace(/\r|\n/g, '') : bytes)
  hash.update(HASHED_OPTIONS)
  return hash.digest('base64').replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_').slice(0, 10)
}

/** Reads an image once: its hash, format and size; null when it is missing or not an image sharp reads. */
export async function probeImage(file: string): Promise<ImageInfo | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch {
    return null
  }
  try {
    const metadata = await sharp(bytes, { failOn: 'none' }).metadata()
    if (metadata.width === undefined || metadata.height === undefined) return null
    const rotate = (metadata.orientation ?? 1) >= 5
    return {
      file,
      hash: imageHash(bytes),
      format: metadata.format === 'heif' ? 'avif' : metadata.format,
      width: rotate ? metadata.height : metadata.width,
      height: rotate ? metadata.width : metadata.height,
      rotate,
    }
  } catch {
    return null
  }
}

/**
 * eleventy-img's widths: `null`/`auto` is the image's own, duplicates go, widths
 * above the image's are dropped (kept for an SVG, which scales), and when none is
 * left the image's own; ascending.
 */
export function outputWidths(own: number, widths: ReadonlyArray<number | null> | undefined, upscale: boolean): number[] {
  const valid = [...new Set((widths ?? [null]).map((width) => (width === null ? own : Math.trunc(width))))]
  const kept = valid.filter((width) => upscale || width <= own)
  return (kept.length === 0 && valid.length > 0 ? [own] : kept).sort((a, b) => a - b)
}

/** The plan of an image (what the renderer writes) and the files to encode for it. */
export function planImage(info: ImageInfo, widths?: ReadonlyArray<number | null>): { plan: ImagePlan; jobs: ImageJob[] } {
  const own = info.format === 'jpg' ? 'jpeg' : info.format
  const formats = [...new Set(SITE_FORMATS.map((format) => (format === 'auto' ? own : format)))]
  // An SVG comes first, as eleventy-img sorts it.
  formats.sort((a, b) => (a === 'svg' ? -1 : b === 'svg' ? 1 : 0))
  const plan: ImagePlan = { formats: [] }
  const jobs: ImageJob[] = []
  const svg = own === 'svg'
  for (const format of formats) {
    const sizes = format === 'svg' ? [info.width] : outputWidths(info.width, widths, svg)
    const outputs = sizes.map((width) => {
      const name = `${IMAGE_DIR}/${info.hash}-${width}.${format}`
      jobs.push({ output: name, input: info.file, format, width, resize: format !== 'svg' && (width < info.width || svg), rotate: info.rotate })
      return { url: `/${name}`, width, height: format === 'svg' ? info.height : Math.floor((width * info.height) / info.width) }
    })
    plan.formats.push({ format, type: MIME[format] ?? `image/${format}`, outputs })
  }
  return { plan, jobs }
}

/**
 * The bytes of one file of an image: an SVG as it is, any other format encoded by
 * sharp with its defaults (metadata stripped), resized when asked. The same source
 * and sharp version give the same bytes (`images.test.ts` checks it).
 */
export async function encodeImage(job: ImageJob): Promise<Buffer> {
  if (job.format === 'svg') return readFile(job.input)
  let image = sharp(job.input, { failOn: 'none' })
  if (job.rotate) image = image.rotate()
  if (job.resize) image = image.resize({ width: job.width })
  return image.toFormat(job.format as keyof FormatEnum).toBuffer()
}
