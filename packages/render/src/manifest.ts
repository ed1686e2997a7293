/**
 * `manifest.json` of a build: every file with its size and sha256, the model
 * version, the pages and where they came from, and the source commit when known.
 * Keys are sorted at every level and nothing depends on the clock, so the same
 * input gives the same bytes: a deploy can diff two manifests to know what changed.
 */
import { createHash } from 'node:crypto'

/** A file of the build: its bytes, or its hash and size when it was written already. */
export type ManifestFile = { path: string; bytes: Uint8Array } | HashedFile

export interface HashedFile {
  /** Path in the output folder, with `/` separators. */
  path: string
  sha256: string
  size: number
}

export interface ManifestInput {
  files: readonly ManifestFile[]
  /** Published pages: URL path and source path under the content folder. */
  pages: readonly { url: string; source: string }[]
  modelVersion: string
  /** Commit of the content's repository, or null when unknown. */
  sourceCommit: string | null
}

export const MANIFEST_PATH = 'manifest.json'

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function buildManifest(input: ManifestInput): string {
  const files = Object.fromEntries(input.files.map((file) => [file.path, 'bytes' in file ? { sha256: sha256(file.bytes), size: file.bytes.byteLength } : { sha256: file.sha256, size: file.size }]))
  const pages = Object.fromEntries(input.pages.map((page) => [page.url, { source: page.source }]))
  return canonicalJson({ files, modelVersion: input.modelVersion, pages, sourceCommit: input.sourceCommit })
}

/** JSON with object keys sorted at every level (by code point), two-space indent, final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, entry]) => [key, sortKeys(entry)]))
}
