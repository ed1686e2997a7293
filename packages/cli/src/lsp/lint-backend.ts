/**
 * Where `offre lsp` lints: on a worker thread (`offre lsp --worker`, the same
 * executable) so that the connection answers while a large page is linted, else, when
 * no worker can start, on the server's own thread. Projects are sent once per key
 * (a root and its generation): the worker keeps their linters.
 */
import { Worker } from 'node:worker_threads'
import type { OffreSettings } from 'remark-lint-offre'
import type { Linter } from '../lint/engine.js'
import { fixText, linterFor, lintText, type Entry, type LinterSpec } from './lint-text.js'

export type WorkerRequest = {
  id: number
  kind: 'lint' | 'fix'
  key: string
  /** Sent with the first request of a key. */
  spec?: LinterSpec
  text: string
  file: string
  settings: OffreSettings
}

export type WorkerResponse = { id: number; entries?: Entry[]; output?: string | undefined; error?: string }

export interface LintBackend {
  lint(key: string, spec: LinterSpec, text: string, file: string, settings: OffreSettings): Promise<Entry[]>
  fix(key: string, spec: LinterSpec, text: string, file: string, settings: OffreSettings): Promise<string | undefined>
  close(): Promise<void>
}

/** A worker thread running this executable as `offre lsp --worker`, or `undefined` when there is no executable to run. */
export function workerBackend(script: string | undefined, onError: (message: string) => void): LintBackend {
  const local = localBackend()
  let worker: Worker | undefined
  let failed = script === undefined
  const sent = new Set<string>()
  const pending = new Map<number, { resolve: (response: WorkerResponse) => void }>()
  let next = 0

  function start(): Worker | undefined {
    if (failed) return undefined
    if (worker !== undefined) return worker
    // stdout: true: the worker's standard output is not piped into the server's, which carries the protocol.
    const started = new Worker(script as string, { argv: ['lsp', '--worker'], stdout: true, stderr: false })
    started.stdout.resume()
    started.on('message', (response: WorkerResponse) => {
      pending.get(response.id)?.resolve(response)
      pending.delete(response.id)
    })
    started.on('error', (error) => {
      onError(`offre lsp: the lint thread stopped (${error.message}); linting on the main thread`)
      failed = true
    })
    started.on('exit', () => {
      worker = undefined
      sent.clear()
      // Whatever was asked of it is answered here.
      for (const [id, waiter] of pending) waiter.resolve({ id, error: 'worker exited' })
      pending.clear()
    })
    started.unref()
    worker = started
    return worker
  }

  async function ask(request: Omit<WorkerRequest, 'id' | 'spec'>, spec: LinterSpec): Promise<WorkerResponse | undefined> {
    const thread = start()
    if (thread === undefined) return undefined
    const id = next++
    const message: WorkerRequest = { ...request, id, ...(sent.has(request.key) ? {} : { spec }) }
    sent.add(request.key)
    const response = await new Promise<WorkerResponse>((resolve) => {
      pending.set(id, { resolve })
      thread.postMessage(message)
    })
    if (response.error === 'worker exited') return undefined
    if (response.error !== undefined) throw new Error(response.error)
    return response
  }

  return {
    async lint(key, spec, text, file, settings) {
      const response = await ask({ kind: 'lint', key, text, file, settings }, spec)
      return response === undefined ? local.lint(key, spec, text, file, settings) : (response.entries ?? [])
    },
    async fix(key, spec, text, file, settings) {
      const response = await ask({ kind: 'fix', key, text, file, settings }, spec)
      return response === undefined ? local.fix(key, spec, text, file, settings) : response.output
    },
    async close() {
      await worker?.terminate()
    },
  }
}

/** Lints on the calling thread. */
export function localBackend(): LintBackend {
  const linters = new Map<string, Linter>()
  const linterOf = (key: string, spec: LinterSpec): Linter => {
    let linter = linters.get(key)
    if (linter === undefined) linters.set(key, (linter = linterFor(spec)))
    return linter
  }
  return {
    lint: (key, spec, text, file, settings) => lintText(linterOf(key, spec), text, file, settings),
    fix: (key, spec, text, file, settings) => fixText(linterOf(key, spec), text, file, settings),
    close: async () => undefined,
  }
}
