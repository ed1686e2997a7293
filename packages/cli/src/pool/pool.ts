/**
 * Runs tasks on worker threads and gives their results back in task order: the
 * output is the same whatever the scheduling, and only a bounded window of results
 * waits in memory, so memory does not grow with the number of tasks. Used by
 * `offre lint` (one page per task) and `offre build` (one page per task).
 */
import type { Worker } from 'node:worker_threads'

export interface Indexed {
  /** Position of the task in the run, from 0, consecutive. */
  index: number
}

export interface PoolOptions<T, O> {
  /** The worker's module (see `serveTasks`). */
  worker: URL
  /** Given to every worker as `workerData` (cloned). */
  workerData: unknown
  /** Worker threads to start. */
  jobs: number
  /** Old-generation heap of each worker, in MB: bounded, the garbage collector keeps memory flat. */
  heapMb: number
  /** A result known without a worker (from a cache): passed through in order, and no worker starts for it. */
  known?: (task: T) => O | undefined
}

/** Tasks sent ahead to each worker, so that it never waits on this thread between two tasks. */
const QUEUED_PER_WORKER = 3

export async function* runOnWorkers<T extends Indexed, O extends Indexed>(tasks: AsyncIterable<T> | Iterable<T>, options: PoolOptions<T, O>): AsyncGenerator<O> {
  // Loaded here, not imported: a run on one thread (a few pages) never pays for it.
  const { Worker } = process.getBuiltinModule('node:worker_threads')
  const { jobs } = options
  const workers: Worker[] = []
  // One entry per free place in a worker's queue.
  const idle: Worker[] = []
  const done = new Map<number, O>()
  const window = jobs * 16
  let next = 0
  let wake: (() => void) | undefined
  let failure: Error | undefined
  const signal = () => {
    wake?.()
    wake = undefined
  }
  // Started at the first task that needs one: a run served from a cache starts none.
  const start = () => {
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(options.worker, { workerData: options.workerData, resourceLimits: { maxOldGenerationSizeMb: options.heapMb } })
      worker.on('message', (outcome: O) => {
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
    const iterator = (Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>
    let sent = 0
    let exhausted = false
    while (!exhausted || next < sent) {
      if (failure) throw failure
      // Feed the workers while the window of waiting results has room.
      while (!exhausted && (workers.length === 0 || idle.length > 0) && sent - next < window) {
        const step = await iterator.next()
        if (step.done) {
          exhausted = true
          break
        }
        const task = step.value
        sent++
        const known = options.known?.(task)
        if (known !== undefined) {
          done.set(task.index, known)
          continue
        }
        if (workers.length === 0) start()
        const worker = idle.pop() as Worker
        worker.postMessage(task)
      }
      while (done.has(next)) {
        const outcome = done.get(next) as O
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
