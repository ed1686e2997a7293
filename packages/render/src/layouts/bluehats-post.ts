/**
 * The site's `layouts/bluehats-post.njk` (gazettes, meetings): tags, title and
 * "Publié le …", share, the lead, the text, then the front matter's video and slides.
 * No hero image: the site's layout shows none.
 */
import { articleHead, articleShell, leadOf } from './article.js'
import type { Layout } from './layout.js'

export const bluehatsPostLayout: Layout = (input) =>
  articleShell(input, [...articleHead(input, { date: true }), ...leadOf(input), ...input.body, ...input.media])
