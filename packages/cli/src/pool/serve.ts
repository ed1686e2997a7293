/** The worker side of `runOnWorkers`: tasks arrive ahead of time and are handled one at a time, in the order received. */
import { parentPort } from 'node:worker_threads'
import type { Indexed } from './pool.js'

export function serveTasks<T extends Indexed, O extends Indexed>(handle: (task: T) => O | Promise<O>): void {
  const queue: T[] = []
  let draining = false
  const drain = async (): Promise<void> => {
    draining = true
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) parentPort?.postMessage(await handle(task))
    draining = false
  }
  parentPort?.on('message', (task: T) => {
    queue.push(task)
    if (!draining) void drain()
  })
}
