/** Renders one page of a build from its file: what a build worker (or the main thread, for a few pages) does. */
import { readFileSync } from 'node:fs'
import { renderPage, type SiteOptions } from '@offre/render'
import type { PageImages } from './page-images.js'
import { type BuildResult, type BuildTask, plainMessage } from './task.js'

export async function renderOne(task: BuildTask, options: SiteOptions, images?: PageImages): Promise<BuildResult> {
  let value: Uint8Array
  try {
    value = readFileSync(task.absolute)
  } catch (error) {
    // One unreadable file fails alone: the other pages are still built and reported.
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return { index: task.index, source: task.source, url: null, status: 'failed', outputs: [], messages: [{ reason: `fichier illisible (${code})`, line: 1, column: 1, fatal: true, ruleId: 'unreadable', source: 'offre' }] }
  }
  const source = { path: task.source, value }
  const planned = images === undefined ? undefined : await images.plannerFor(source, options)
  const { outcome, html, json } = renderPage(source, planned === undefined ? options : { ...options, images: planned.planner })
  const messages = outcome.file.messages.map(plainMessage)
  const result: BuildResult = { index: task.index, source: outcome.source, url: outcome.url, status: outcome.status, outputs: outcome.outputs, messages, html, json }
  if (planned !== undefined && planned.jobs.length > 0 && outcome.status === 'published') result.images = planned.jobs
  return result
}
