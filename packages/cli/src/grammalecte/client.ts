/**
 * A `GrammarChecker` over a Grammalecte server: the paragraphs of the pages being
 * linted are sent in batches (one request holds what several pages asked while the
 * previous request ran), and each answer is split back to the page that asked. A
 * paragraph already answered in the run (a heading every page repeats) is not sent again.
 * Grammalecte counts characters in code points (Python); offre's offsets are UTF-16
 * units, converted here.
 */
import type { GrammarChecker, GrammarError } from 'remark-lint-offre'

/**
 * Request body per batch, in bytes: Grammalecte's server (Bottle) refuses URL-encoded
 * bodies over 100 kB, and reads multipart ones in the wrong encoding. A paragraph
 * longer than that alone is cut at a sentence end (or a space) into parts.
 */
const BATCH_BYTES = 90_000

/** A request Grammalecte has not answered in this time has failed (a full batch takes a few seconds). */
const REQUEST_TIMEOUT_MS = 120_000

interface Pending {
  paragraphs: readonly string[]
  resolve(results: GrammarError[][]): void
  reject(error: Error): void
}

interface Answer {
  error?: string
  data?: Array<{ iParagraph: number; lGrammarErrors?: RawError[] }>
}

interface RawError {
  nStart: number
  nEnd: number
  sLineId?: string
  sRuleId?: string
  sType?: string
  sMessage?: string
  aSuggestions?: string[]
}

export interface GrammalecteClientOptions {
  /** The server's URL, or a promise of it (a server still starting). */
  url: string | Promise<string>
  /** Grammalecte's options for every request (`GRAMMALECTE_OPTIONS`). */
  options: Readonly<Record<string, boolean>>
}

export function grammalecteChecker({ url, options }: GrammalecteClientOptions): GrammarChecker {
  const queue: Pending[] = []
  let busy = false
  const optionsJson = JSON.stringify(options)

  async function pump(): Promise<void> {
    if (busy) return
    busy = true
    try {
      while (queue.length > 0) {
        const batch: Pending[] = []
        let size = 0
        while (queue.length > 0 && (batch.length === 0 || size + weight(queue[0] as Pending) <= BATCH_BYTES)) {
          const next = queue.shift() as Pending
          size += weight(next)
          batch.push(next)
        }
        try {
          const results = await request(await url, batch.flatMap((pending) => pending.paragraphs), optionsJson)
          let offset = 0
          for (const pending of batch) {
            pending.resolve(results.slice(offset, offset + pending.paragraphs.length))
            offset += pending.paragraphs.length
          }
        } catch (error) {
          for (const pending of batch) pending.reject(error as Error)
        }
      }
    } finally {
      busy = false
    }
  }

  // Paragraphs already answered in this run: the same headings and boilerplate recur from
  // page to page (`Missions proposées` on 40 pages of the 211), and Grammalecte's answer
  // depends on the text alone. Bounded, for a long-lived language server.
  const answered = new Map<string, GrammarError[]>()

  function ask(paragraphs: readonly string[]): Promise<GrammarError[][]> {
    if (paragraphs.length === 0) return Promise.resolve([])
    return new Promise<GrammarError[][]>((resolve, reject) => {
      queue.push({ paragraphs, resolve, reject })
      void pump()
    })
  }

  return {
    async check(paragraphs) {
      const unknown = [...new Set(paragraphs.filter((text) => !answered.has(text)))]
      const results = await ask(unknown)
      if (answered.size + unknown.length > MEMO_ENTRIES) answered.clear()
      const fresh = new Map(unknown.map((text, index) => [text, results[index] ?? []]))
      for (const [text, errors] of fresh) answered.set(text, errors)
      return paragraphs.map((text) => fresh.get(text) ?? answered.get(text) ?? [])
    },
  }
}

/** Paragraphs remembered per checker before the memory starts again (a few MB at most). */
const MEMO_ENTRIES = 20_000

/** A pending check's size once URL-encoded (about: each paragraph and its line break). */
function weight(pending: Pending): number {
  return pending.paragraphs.reduce((sum, text) => sum + encodedSize(text) + 3, 0)
}

function encodedSize(text: string): number {
  return encodeURIComponent(text).length
}

/** The paragraphs, each long one cut into parts that fit a request; the errors are put back together. */
async function request(url: string, paragraphs: readonly string[], options: string): Promise<GrammarError[][]> {
  const parts: Array<{ paragraph: number; offset: number; text: string }> = []
  for (const [paragraph, text] of paragraphs.entries()) {
    for (const [offset, part] of cut(text)) parts.push({ paragraph, offset, text: part })
  }
  const results: GrammarError[][] = paragraphs.map(() => [])
  // Parts of one long paragraph go in requests of their own, one after the other.
  let from = 0
  while (from < parts.length) {
    let to = from
    let size = 0
    while (to < parts.length && (to === from || size + encodedSize(parts[to]?.text ?? '') + 3 <= BATCH_BYTES)) size += encodedSize(parts[to++]?.text ?? '') + 3
    const slice = parts.slice(from, to)
    const answers = await post(url, slice.map((part) => part.text), options)
    for (const [index, part] of slice.entries()) {
      for (const error of answers[index] ?? []) results[part.paragraph]?.push({ ...error, start: error.start + part.offset, end: error.end + part.offset })
    }
    from = to
  }
  return results
}

/** `text` in parts whose encoded size fits a request, cut after a sentence end, else at a space; with their offsets. */
function cut(text: string): Array<[number, string]> {
  if (encodedSize(text) <= BATCH_BYTES) return [[0, text]]
  const parts: Array<[number, string]> = []
  let start = 0
  while (start < text.length) {
    // At most this many characters fit, whatever they are (a character takes at most 12 bytes encoded).
    let end = Math.min(text.length, start + Math.floor(BATCH_BYTES / 12))
    if (end < text.length) {
      const window = text.slice(start, end)
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '))
      const space = window.lastIndexOf(' ')
      if (sentence > 0) end = start + sentence + 2
      else if (space > 0) end = start + space + 1
    }
    parts.push([start, text.slice(start, end)])
    start = end
  }
  return parts
}

async function post(url: string, paragraphs: readonly string[], options: string): Promise<GrammarError[][]> {
  const body = new URLSearchParams({ text: paragraphs.map((text) => text.replace(/[\r\n]/g, ' ')).join('\n'), options })
  let answer: Answer
  try {
    const response = await fetch(`${url}/gc_text/fr`, { method: 'POST', body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    answer = (await response.json()) as Answer
  } catch (error) {
    throw new Error(`Grammalecte ne répond plus (${(error as Error).message})`)
  }
  if (answer.error) throw new Error(`Grammalecte : ${answer.error}`)
  const results: GrammarError[][] = paragraphs.map(() => [])
  for (const paragraph of answer.data ?? []) {
    const index = paragraph.iParagraph - 1
    const text = paragraphs[index]
    const errors = results[index]
    if (text === undefined || errors === undefined) continue
    const units = codeUnitOffsets(text)
    for (const raw of paragraph.lGrammarErrors ?? []) {
      const start = units(raw.nStart)
      const end = units(raw.nEnd)
      if (start === undefined || end === undefined || end < start) continue
      errors.push({
        start,
        end,
        family: raw.sType ?? '',
        rule: raw.sRuleId ?? '',
        line: raw.sLineId ?? '',
        message: raw.sMessage ?? '',
        suggestions: Array.isArray(raw.aSuggestions) ? raw.aSuggestions.filter((value) => typeof value === 'string') : [],
      })
    }
  }
  return results
}

/** Code-point index → UTF-16 index in `text` (the identity when it holds no astral character). */
export function codeUnitOffsets(text: string): (index: number) => number | undefined {
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => (index >= 0 && index <= text.length ? index : undefined)
  const units: number[] = []
  let unit = 0
  for (const char of text) {
    units.push(unit)
    unit += char.length
  }
  units.push(unit)
  return (index) => units[index]
}
