/**
 * Runs the lint of many pages: in this thread for a few pages (starting workers
 * costs more than it saves), on worker threads (one per core) for many, results
 * in input order (see `runOnWorkers`).
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { runOnWorkers } from '../pool/pool.js'
import { createLinter } from './engine.js'
import { lintOne } from './lint-one.js'
import type { LintOutcome, LintSetup, LintTask } from './task.js'

/** Old-generation heap of a worker, in MB: a page needs a few, the speller's data 1. */
const WORKER_HEAP_MB = 96

/** Below this many pages, one thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 24

export interface RunnerOptions {
  /** Worker threads to use (default: one per core). */
  jobs?: number
}

const workerUrl = new URL('./worker.js', import.meta.url)

export async function* runLint(setup: LintSetup, tasks: AsyncIterable<LintTask> | Iterable<LintTask>, count: number, options: RunnerOptions = {}): AsyncGenerator<LintOutcome> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism())
  // Under the test runner the sources are TypeScript: no compiled worker to start.
  if (count < PARALLEL_THRESHOLD || jobs === 1 || !existsSync(workerUrl)) {
    const linter = createLinter(setup.presetOptions, setup.fix, { maxFileSize: setup.maxFileSize })
    for await (const task of tasks) yield task.known ?? (await lintOne(linter, setup, task))
    return
  }
  // A bounded heap per worker: the garbage collector then keeps memory flat however
  // many pages go through, instead of letting each heap grow to V8's default ceiling.
  yield* runOnWorkers(tasks, { worker: workerUrl, workerData: setup, jobs: Math.min(jobs, Math.ceil(count / 8)), heapMb: WORKER_HEAP_MB, known: (task) => task.known })
}
