/**
 * The thread that lints for `offre lsp`: the lint kernel is synchronous, and a large
 * page takes hundreds of milliseconds; on this thread the server's connection keeps
 * answering meanwhile. Started by `lint-backend.ts` as `offre lsp --worker` (the same
 * executable, so the bundle needs no entry of its own); one request at a time.
 */
import { parentPort } from 'node:worker_threads'
import type { Linter } from '../lint/engine.js'
import { fixText, linterFor, lintText } from './lint-text.js'
import type { WorkerRequest, WorkerResponse } from './lint-backend.js'

export function serveLintWorker(): Promise<never> {
  const port = parentPort
  if (port === null) throw new Error('offre lsp --worker: not a worker thread')
  const linters = new Map<string, Linter>()
  port.on('message', async (request: WorkerRequest) => {
    let response: WorkerResponse
    try {
      if (request.spec !== undefined) {
        // A new generation of a root replaces the old one (keys are `root\u0000generation`).
        const root = request.key.slice(0, request.key.lastIndexOf('\u0000') + 1)
        for (const key of linters.keys()) if (key.startsWith(root)) linters.delete(key)
        linters.set(request.key, linterFor(request.spec))
      }
      const linter = linters.get(request.key)
      if (linter === undefined) throw new Error(`unknown project ${request.key}`)
      response =
        request.kind === 'lint'
          ? { id: request.id, entries: await lintText(linter, request.text, request.file, request.settings) }
          : { id: request.id, output: await fixText(linter, request.text, request.file, request.settings) }
    } catch (error) {
      response = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
    }
    port.postMessage(response)
  })
  return new Promise<never>(() => undefined)
}
