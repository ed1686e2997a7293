/** A lint worker thread: builds the preset (and loads the speller) once, then lints the pages it is sent. */
import { workerData } from 'node:worker_threads'
import { serveTasks } from '../pool/serve.js'
import { createLinter } from './engine.js'
import { lintOne } from './lint-one.js'
import type { LintSetup, LintTask } from './task.js'

const setup = workerData as LintSetup
const linter = createLinter(setup.presetOptions, setup.fix, { maxFileSize: setup.maxFileSize })

serveTasks((task: LintTask) => lintOne(linter, setup, task))
