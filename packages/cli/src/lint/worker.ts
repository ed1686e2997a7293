/** A lint worker thread: builds the preset (and loads the speller) once, then lints the pages it is sent. */
import { parentPort, workerData } from 'node:worker_threads'
import { createLinter } from './engine.js'
import { lintOne } from './lint-one.js'
import type { LintSetup, LintTask } from './task.js'

const setup = workerData as LintSetup
const linter = createLinter(setup.presetOptions, setup.fix, { maxFileSize: setup.maxFileSize })

// Pages arrive ahead of time: lint them one at a time, in the order received.
const queue: LintTask[] = []
let draining = false

async function drain(): Promise<void> {
  draining = true
  for (let task = queue.shift(); task !== undefined; task = queue.shift()) parentPort?.postMessage(await lintOne(linter, setup, task))
  draining = false
}

parentPort?.on('message', (task: LintTask) => {
  queue.push(task)
  if (!draining) void drain()
})
