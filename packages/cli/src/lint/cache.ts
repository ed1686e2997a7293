/**
 * `--cache`: a page whose content, configuration and tool version are unchanged is
 * not linted again; its findings come from the cache. One JSON file (default
 * `node_modules/.cache/offre/lint.json`), keyed by a hash of everything that can
 * change a finding, written atomically at the end of the run.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../reporters/finding.js'
import { writeFileAtomic } from '../write.js'

interface Entry {
  hash: string
  findings: Finding[]
}

interface CacheFile {
  key: string
  entries: Record<string, Entry>
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url')
}

export class LintCache {
  readonly #file: string
  readonly #key: string
  readonly #entries: Map<string, Entry>
  #dirty = false

  constructor(file: string, key: string) {
    this.#file = file
    this.#key = key
    this.#entries = new Map()
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile
      // Another version, configuration or site: every entry is stale.
      if (data.key === key) for (const [name, entry] of Object.entries(data.entries)) this.#entries.set(name, entry)
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  get(name: string, hash: string): Finding[] | undefined {
    const entry = this.#entries.get(name)
    return entry?.hash === hash ? entry.findings : undefined
  }

  set(name: string, hash: string, findings: Finding[]): void {
    this.#entries.set(name, { hash, findings })
    this.#dirty = true
  }

  save(): void {
    if (!this.#dirty) return
    mkdirSync(path.dirname(this.#file), { recursive: true })
    const data: CacheFile = { key: this.#key, entries: Object.fromEntries(this.#entries) }
    writeFileAtomic(this.#file, JSON.stringify(data))
  }
}

/** The part of the cache key that is the same for every file of a run. */
export function runKey(parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url')
}
