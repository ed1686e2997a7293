/**
 * Encodes the build's image files as the pages that use them come, each file once
 * however many pages name it, a few at a time (sharp spreads each encoding over the
 * cores already). A file the previous build wrote under the same name, with the
 * bytes its manifest lists, is taken again instead of encoded: names come from the
 * source's hash, so an unchanged image keeps its name (as eleventy-img keeps its
 * output folder). Delete the output folder to encode everything again.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { MANIFEST_PATH, sha256 } from '@offre/render'
import { encodeImage, type ImageJob } from './images.js'

/** Encodings at a time: sharp's own threads do the rest. */
const CONCURRENCY = 2

export class ImageEncoder {
  readonly #write: (output: string, bytes: Uint8Array) => void
  readonly #previous: { dir: string; files: Map<string, string> }
  readonly #seen = new Set<string>()
  readonly #queue: ImageJob[] = []
  readonly #idle: Array<() => void> = []
  #running = 0
  #error: unknown
  /** Files taken from the previous build, files encoded. */
  reused = 0
  encoded = 0

  /** `write` puts a file into the build; `previousOut`, the output folder of the last build (its manifest says what it holds). */
  constructor(write: (output: string, bytes: Uint8Array) => void, previousOut: string) {
    this.#write = write
    this.#previous = { dir: previousOut, files: previousFiles(previousOut) }
  }

  #cancelled = false

  /** Encodes `job` unless a page asked for its file already (or the build will publish nothing). */
  add(job: ImageJob): void {
    if (this.#cancelled || this.#seen.has(job.output)) return
    this.#seen.add(job.output)
    this.#queue.push(job)
    this.#next()
  }

  /** Encodes nothing more: the build will not be published (the encodings under way finish). */
  cancel(): void {
    this.#cancelled = true
    this.#queue.length = 0
  }

  /** Resolves when every file is written; rejects with the first failure. */
  async done(): Promise<void> {
    while (this.#running > 0 || this.#queue.length > 0) await new Promise<void>((resolve) => this.#idle.push(resolve))
    if (this.#error !== undefined) throw this.#error
  }

  #next(): void {
    while (this.#running < CONCURRENCY && this.#queue.length > 0) {
      const job = this.#queue.shift() as ImageJob
      this.#running++
      void this.#run(job)
        .catch((error: unknown) => {
          this.#error ??= new Error(`image ${job.input} : encodage en ${job.format} impossible (${(error as Error).message})`)
        })
        .finally(() => {
          this.#running--
          this.#next()
          if (this.#running === 0 && this.#queue.length === 0) for (const resolve of this.#idle.splice(0)) resolve()
        })
    }
  }

  async #run(job: ImageJob): Promise<void> {
    if (this.#error !== undefined) return
    const kept = this.#kept(job.output)
    if (kept !== undefined) {
      this.reused++
      this.#write(job.output, kept)
      return
    }
    const bytes = await encodeImage(job)
    this.encoded++
    this.#write(job.output, bytes)
  }

  #kept(output: string): Buffer | undefined {
    const expected = this.#previous.files.get(output)
    if (expected === undefined) return undefined
    try {
      const bytes = readFileSync(path.join(this.#previous.dir, ...output.split('/')))
      return sha256(bytes) === expected ? bytes : undefined
    } catch {
      return undefined
    }
  }
}

/** The image files of the previous build's manifest, path → sha256; empty without one. */
function previousFiles(out: string): Map<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(out, MANIFEST_PATH), 'utf8')) as { files?: Record<string, { sha256?: unknown }> }
    return new Map(Object.entries(manifest.files ?? {}).flatMap(([file, entry]) => (file.startsWith('img/') && typeof entry.sha256 === 'string' ? [[file, entry.sha256] as [string, string]] : [])))
  } catch {
    return new Map()
  }
}
