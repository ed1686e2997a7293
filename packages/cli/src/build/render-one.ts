/** Renders one page of a build from its file: what a build worker (or the main thread, for a few pages) does. */
import { readFileSync } from 'node:fs'
import { renderPage, type SiteOptions } from '@offre/render'
import { type BuildResult, type BuildTask, plainMessage } from './task.js'

export function renderOne(task: BuildTask, options: SiteOptions): BuildResult {
  let value: Uint8Array
  try {
    value = readFileSync(task.absolute)
  } catch (error) {
    // One unreadable file fails alone: the other pages are still built and reported.
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return { index: task.index, source: task.source, url: null, status: 'failed', outputs: [], messages: [{ reason: `fichier illisible (${code})`, line: 1, column: 1, fatal: true, ruleId: 'unreadable', source: 'offre' }] }
  }
  const { outcome, html, json } = renderPage({ path: task.source, value }, options)
  const messages = outcome.file.messages.map(plainMessage)
  return { index: task.index, source: outcome.source, url: outcome.url, status: outcome.status, outputs: outcome.outputs, messages, html, json }
}
