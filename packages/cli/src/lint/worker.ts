/** A lint worker thread: builds the preset (and loads the speller) once, then lints the pages it is sent. */
import { parentPort, workerData } from 'node:worker_threads'
import { createLinter } from './engine.js'
import { lintOne } from './lint-one.js'
import type { LintSetup, LintTask } from './task.js'

const setup = workerData as LintSetup
const linter = createLinter(setup.presetOptions, setup.fix, { maxFileSize: setup.maxFileSize })

parentPort?.on('message', (task: LintTask) => {
  void lintOne(linter, setup, task).then((outcome) => parentPort?.postMessage(outcome))
})
