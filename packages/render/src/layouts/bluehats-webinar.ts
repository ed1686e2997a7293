/**
 * The site's `layouts/bluehats-webinar.njk`: as a BlueHats post, without the date
 * line (a webinar says its date in its text).
 */
import { articleHead, articleShell, leadOf } from './article.js'
import type { Layout } from './layout.js'

export const bluehatsWebinarLayout: Layout = (input) =>
  articleShell(input, [...articleHead(input, { date: false }), ...leadOf(input), ...input.body, ...input.media])
