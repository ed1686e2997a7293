/** A build worker thread: renders the pages it is sent, one at a time. */
import { workerData } from 'node:worker_threads'
import { serveTasks } from '../pool/serve.js'
import { imageOptions, PageImages } from './page-images.js'
import { renderOne } from './render-one.js'
import { siteOptions } from './site-options.js'
import type { BuildSetup, BuildTask } from './task.js'

const setup = workerData as BuildSetup
const options = imageOptions(siteOptions(setup), setup)
const images = setup.images === undefined ? undefined : new PageImages(setup.images)

serveTasks((task: BuildTask) => renderOne(task, options, images))
