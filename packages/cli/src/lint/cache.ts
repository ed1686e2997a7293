/**
 * `--cache`: a page whose content, configuration and tool version are unchanged is
 * not linted again; its findings come from the cache. One JSON file (default
 * `node_modules/.cache/offre/lint.json`), keyed by a hash of everything that can
 * change a finding, written atomically at the end of the run. A page whose size and
 * modification time are those recorded is not even read (ESLint's "metadata"
 * strategy); otherwise its content hash decides. Findings are stored
 * as rows of numbers over one table of strings: the same messages come back on page
 * after page, and the file stays small enough to load in a blink on large trees.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding, Severity } from '../reporters/finding.js'
import { writeFileAtomic } from '../write.js'

/**
 * rule, severity, line, column, end line, end column, message, actual, expected (string
 * indexes or -1), url, fixable, then the edit places (`bytes` and `fix` as JSON, a string
 * index) when the run asked for them.
 */
type Row = [number, number, number, number, number, number, number, number, number[] | null, number, 0 | 1, number?]

interface CacheFile {
  key: string
  strings: string[]
  /** By content path: the content hash, the findings, then the file's size and modification time (ms). */
  entries: Record<string, Entry>
}

type Entry = [hash: string, rows: Row[], size?: number, mtimeMs?: number]

/** The file's size and modification time, as `fs.statSync` gives them. */
export interface FileStamp {
  size: number
  mtimeMs: number
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url')
}

export class LintCache {
  readonly #file: string
  readonly #key: string
  #strings: string[] = []
  readonly #index = new Map<string, number>()
  #entries = new Map<string, Entry>()
  #dirty = false

  constructor(file: string, key: string) {
    this.#file = file
    this.#key = key
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile
      // Another version, configuration or site: every entry is stale.
      if (data.key === key && Array.isArray(data.strings)) {
        this.#strings = data.strings
        data.strings.forEach((text, index) => this.#index.set(text, index))
        this.#entries = new Map(Object.entries(data.entries))
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** The findings of the page at `name` when its content hash is `hash`, for the file shown as `shown`. */
  get(name: string, hash: string, shown: string): Finding[] | undefined {
    const entry = this.#entries.get(name)
    if (entry === undefined || entry[0] !== hash) return undefined
    const text = (index: number) => (index < 0 ? null : (this.#strings[index] ?? ''))
    return entry[1].map(([rule, severity, line, column, endLine, endColumn, message, actual, expected, url, fixable, places]) => ({
      ...(places === undefined ? {} : (JSON.parse(text(places) ?? '{}') as Pick<Finding, 'bytes' | 'fix'>)),
      file: shown,
      rule: text(rule) ?? '',
      severity: SEVERITIES[severity] ?? 'error',
      line,
      column,
      endLine,
      endColumn,
      message: text(message) ?? '',
      actual: text(actual),
      expected: expected === null ? null : expected.map((index) => text(index) ?? ''),
      url: text(url),
      fixable: fixable === 1,
    }))
  }

  /** The content hash recorded for `name` when the file still has the size and time recorded with it. */
  unchangedHash(name: string, stamp: FileStamp): string | undefined {
    const entry = this.#entries.get(name)
    return entry !== undefined && entry[2] === stamp.size && entry[3] === stamp.mtimeMs ? entry[0] : undefined
  }

  /** Records the size and time of a page found unchanged by its content (after a checkout, a copy). */
  restamp(name: string, stamp: FileStamp): void {
    const entry = this.#entries.get(name)
    if (entry === undefined || (entry[2] === stamp.size && entry[3] === stamp.mtimeMs)) return
    this.#entries.set(name, [entry[0], entry[1], stamp.size, stamp.mtimeMs])
    this.#dirty = true
  }

  set(name: string, hash: string, findings: Finding[], stamp?: FileStamp): void {
    const rows = findings.map((f): Row => {
      const row: Row = [
      this.#intern(f.rule),
      SEVERITIES.indexOf(f.severity),
      f.line,
      f.column,
      f.endLine,
      f.endColumn,
      this.#intern(f.message),
      this.#intern(f.actual),
      f.expected === null ? null : f.expected.map((e) => this.#intern(e)),
      this.#intern(f.url),
      f.fixable ? 1 : 0,
      ]
      if (f.bytes !== undefined || f.fix !== undefined) row.push(this.#intern(JSON.stringify({ bytes: f.bytes, fix: f.fix })))
      return row
    })
    this.#entries.set(name, stamp ? [hash, rows, stamp.size, stamp.mtimeMs] : [hash, rows])
    this.#dirty = true
  }

  save(): void {
    if (!this.#dirty) return
    mkdirSync(path.dirname(this.#file), { recursive: true })
    const data: CacheFile = { key: this.#key, strings: this.#strings, entries: Object.fromEntries(this.#entries) }
    writeFileAtomic(this.#file, JSON.stringify(data))
  }

  #intern(text: string | null): number {
    if (text === null) return -1
    let index = this.#index.get(text)
    if (index === undefined) {
      index = this.#strings.push(text) - 1
      this.#index.set(text, index)
    }
    return index
  }
}

/** The part of the cache key that is the same for every file of a run. */
export function runKey(parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url')
}
