/**
 * The worker side of `runOnWorkers`: tasks arrive ahead of time and are handled in
 * the order received, `concurrency` at a time (1 by default; more when a task waits
 * on another process, such as Grammalecte, so that this thread lints meanwhile).
 * Results go back as they finish; the pool puts them in order.
 */
import { parentPort } from 'node:worker_threads'
import type { Indexed } from './pool.js'

export function serveTasks<T extends Indexed, O extends Indexed>(handle: (task: T) => O | Promise<O>, concurrency = 1): void {
  const queue: T[] = []
  let running = 0
  const next = (): void => {
    while (running < concurrency && queue.length > 0) {
      const task = queue.shift() as T
      running++
      void Promise.resolve(handle(task)).then((outcome) => {
        parentPort?.postMessage(outcome)
        running--
        next()
      })
    }
  }
  parentPort?.on('message', (task: T) => {
    queue.push(task)
    next()
  })
}
