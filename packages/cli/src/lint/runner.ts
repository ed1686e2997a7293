/**
 * Runs the lint of many pages: in this thread for a few pages (starting workers
 * costs more than it saves), on worker threads (one per core) for many, results
 * in input order (see `runOnWorkers`).
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { runOnWorkers } from '../pool/pool.js'
import type { GrammarChecker } from 'remark-lint-offre'
import { GRAMMAR_CONCURRENCY, grammarCheckerOf } from '../grammalecte/run.js'
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
  /** The grammar checker of a run on this thread (worker threads make theirs from `setup.grammar`). */
  grammar?: GrammarChecker | undefined
}

const workerUrl = new URL('./worker.js', import.meta.url)

/** The threads a lint of `count` pages runs on: this one for a few pages, else one worker per core, at least 8 pages each. */
export function lintThreads(count: number, options: RunnerOptions = {}): number {
  const jobs = Math.max(1, options.jobs ?? availableParallelism())
  // Under the test runner the sources are TypeScript: no compiled worker to start.
  if (count < PARALLEL_THRESHOLD || jobs === 1 || !existsSync(workerUrl)) return 1
  return Math.min(jobs, Math.ceil(count / 8))
}

export async function* runLint(setup: LintSetup, tasks: AsyncIterable<LintTask> | Iterable<LintTask>, count: number, options: RunnerOptions = {}): AsyncGenerator<LintOutcome> {
  const threads = lintThreads(count, options)
  if (threads === 1) {
    const grammar = options.grammar ?? grammarCheckerOf(setup.grammar)
    const linter = createLinter(setup.presetOptions, setup.fix, { maxFileSize: setup.maxFileSize }, { grammar })
    if (grammar === undefined) {
      for await (const task of tasks) yield task.known ?? (await lintOne(linter, setup, task))
      return
    }
    // With grammar, pages wait on Grammalecte: a few at a time (for each core), the results in order.
    yield* inOrder(tasks, GRAMMAR_CONCURRENCY * availableParallelism(), (task) => (task.known ? Promise.resolve(task.known) : lintOne(linter, setup, task)))
    return
  }
  // A bounded heap per worker: the garbage collector then keeps memory flat however
  // many pages go through, instead of letting each heap grow to V8's default ceiling.
  yield* runOnWorkers(tasks, { worker: workerUrl, workerData: setup, jobs: threads, heapMb: WORKER_HEAP_MB, known: (task) => task.known })
}

/**
 * `run` over the tasks, `concurrency` always running (a slow one does not hold the
 * others back), the results in the tasks' order; at most `window` results wait for
 * an earlier one, so that memory stays bounded.
 */
async function* inOrder<T, O>(tasks: AsyncIterable<T> | Iterable<T>, concurrency: number, run: (task: T) => Promise<O>, window = concurrency * 8): AsyncGenerator<O> {
  const iterator = (Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>
  const done = new Map<number, O>()
  let started = 0
  let next = 0
  let running = 0
  let exhausted = false
  let failure: unknown
  let wake: (() => void) | undefined
  const signal = () => {
    wake?.()
    wake = undefined
  }
  for (;;) {
    while (!exhausted && running < concurrency && started - next < window) {
      const step = await iterator.next()
      if (step.done === true) {
        exhausted = true
        break
      }
      const index = started++
      running++
      run(step.value).then(
        (outcome) => {
          done.set(index, outcome)
          running--
          signal()
        },
        (error: unknown) => {
          failure ??= error
          running--
          signal()
        },
      )
    }
    if (failure !== undefined) throw failure
    if (done.has(next)) {
      const outcome = done.get(next) as O
      done.delete(next++)
      yield outcome
      continue
    }
    if (exhausted && running === 0) return
    await new Promise<void>((resolve) => (wake = resolve))
  }
}
