/**
 * Runs the lint of many pages: in this thread for a few pages (starting workers
 * costs more than it saves), on worker threads (one per core) for many. Results
 * come back in input order, so the output is the same whatever the scheduling,
 * and only a bounded window of results waits in memory.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { createLinter } from './engine.js'
import { lintOne } from './lint-one.js'
import type { LintOutcome, LintSetup, LintTask } from './task.js'

/** Old-generation heap of a worker, in MB: a page needs a few, the speller's data 1. */
const WORKER_HEAP_MB = 96

/** Pages sent ahead to each worker (it lints them one after the other). */
const QUEUED_PER_WORKER = 3

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
  yield* runOnWorkers(setup, tasks, Math.min(jobs, Math.ceil(count / 8)))
}

async function* runOnWorkers(setup: LintSetup, tasks: AsyncIterable<LintTask> | Iterable<LintTask>, jobs: number): AsyncGenerator<LintOutcome> {
  // A bounded heap per worker: the garbage collector then keeps memory flat however
  // many pages go through, instead of letting each heap grow to V8's default ceiling.
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB }
  const workers: Worker[] = []
  // One entry per free place in a worker's queue: each worker holds a few pages,
  // so it never waits on this thread between two pages.
  const idle: Worker[] = []
  const done = new Map<number, LintOutcome>()
  const window = jobs * 16
  let next = 0
  let wake: (() => void) | undefined
  let failure: Error | undefined
  const signal = () => {
    wake?.()
    wake = undefined
  }
  // Started at the first page to lint: a run served from the cache starts none.
  const start = () => {
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(workerUrl, { workerData: setup, resourceLimits })
      worker.on('message', (outcome: LintOutcome) => {
        done.set(outcome.index, outcome)
        idle.push(worker)
        signal()
      })
      worker.on('error', (error) => {
        failure = error
        signal()
      })
      workers.push(worker)
    }
    for (let slot = 0; slot < QUEUED_PER_WORKER; slot++) idle.push(...workers)
  }
  const waitForChange = () => new Promise<void>((resolve) => (wake = resolve))
  try {
    const iterator = (Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<LintTask>)[Symbol.iterator]()) as AsyncIterator<LintTask> | Iterator<LintTask>
    let sent = 0
    let exhausted = false
    while (!exhausted || next < sent) {
      if (failure) throw failure
      // Feed idle workers while the window of waiting results has room.
      while (!exhausted && (workers.length === 0 || idle.length > 0) && sent - next < window) {
        const step = await iterator.next()
        if (step.done) {
          exhausted = true
          break
        }
        const task = step.value
        sent++
        if (task.known) {
          done.set(task.index, task.known)
          continue
        }
        if (workers.length === 0) start()
        const worker = idle.pop()!
        worker.postMessage(task)
      }
      while (done.has(next)) {
        const outcome = done.get(next)!
        done.delete(next)
        next++
        yield outcome
      }
      if (exhausted && next >= sent) break
      // Wait only for results in flight: known results never wake anyone.
      if (next < sent && !done.has(next)) await waitForChange()
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
