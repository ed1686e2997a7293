/** A lint worker thread: builds the preset (and loads the speller) once, then lints the pages it is sent. */
import { threadId, workerData } from 'node:worker_threads'
import { GRAMMAR_CONCURRENCY, grammarCheckerOf } from '../grammalecte/run.js'
import { serveTasks } from '../pool/serve.js'
import { createLinter } from './engine.js'
import { lintOne } from './lint-one.js'
import type { LintSetup, LintTask } from './task.js'

const setup = workerData as LintSetup
// Each thread its own Grammalecte server, when the run has one per thread.
const linter = createLinter(setup.presetOptions, setup.fix, { maxFileSize: setup.maxFileSize }, { grammar: grammarCheckerOf(setup.grammar, threadId) })

// While a page waits on Grammalecte, the thread lints the next ones.
serveTasks((task: LintTask) => lintOne(linter, setup, task), setup.grammar === undefined ? 1 : GRAMMAR_CONCURRENCY)
