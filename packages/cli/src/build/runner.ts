/**
 * Renders the pages of a build: in this thread for a few pages or a custom URL
 * resolver (a function cannot go to a worker), on worker threads (one per core)
 * otherwise; results in task order (see `runOnWorkers`).
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { SiteOptions } from '@offre/render'
import { runOnWorkers } from '../pool/pool.js'
import { imageOptions, PageImages } from './page-images.js'
import { renderOne } from './render-one.js'
import { siteOptions } from './site-options.js'
import type { BuildResult, BuildSetup, BuildTask } from './task.js'

/** Old-generation heap of a worker, in MB: a page and its HTML need a few. */
const WORKER_HEAP_MB = 128

/** Below this many pages, one thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 24

// `build-worker.js`, not `worker.js`: in the bundle (one folder) the lint worker has that name.
const workerUrl = new URL('./build-worker.js', import.meta.url)

export interface RenderAllOptions {
  /** Renderer options with a custom URL resolver: rendered in this thread. */
  custom?: SiteOptions | undefined
  /** Worker threads to use (default: one per core). */
  jobs?: number | undefined
}

export async function* renderAll(tasks: BuildTask[], setup: BuildSetup, options: RenderAllOptions = {}): AsyncGenerator<BuildResult> {
  const { custom } = options
  const jobs = Math.min(options.jobs ?? availableParallelism(), Math.ceil(tasks.length / 8))
  // Under the test runner the sources are TypeScript: no compiled worker to start.
  if (custom !== undefined || tasks.length < PARALLEL_THRESHOLD || jobs <= 1 || !existsSync(workerUrl)) {
    // A custom resolver replaces the site's URLs, not its chrome.
    const options = custom === undefined ? siteOptions(setup) : { ...siteOptions({ chrome: setup.chrome, site: false, navigation: setup.navigation }), ...custom }
    const images = setup.images === undefined ? undefined : new PageImages(setup.images)
    for (const task of tasks) yield await renderOne(task, imageOptions(options, setup), images)
    return
  }
  yield* runOnWorkers<BuildTask, BuildResult>(tasks, { worker: workerUrl, workerData: setup, jobs, heapMb: WORKER_HEAP_MB })
}
