/** A build worker thread: renders the pages it is sent, one at a time. */
import { workerData } from 'node:worker_threads'
import { serveTasks } from '../pool/serve.js'
import { renderOne } from './render-one.js'
import { siteOptions } from './site-options.js'
import type { BuildSetup, BuildTask } from './task.js'

const options = siteOptions(workerData as BuildSetup)

serveTasks((task: BuildTask) => renderOne(task, options))
