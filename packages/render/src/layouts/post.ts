/**
 * The site's `layouts/post.njk` (blog posts, BSoC contributions): tags, title and
 * "Publié le …", share, the hero image, then the text. As on the site, the
 * description is not shown (it stays the page's meta description); the front
 * matter's media, which the site's post layout drops, follow the text.
 */
import { articleHead, articleShell } from './article.js'
import type { Layout } from './layout.js'

export const postLayout: Layout = (input) => articleShell(input, [...articleHead(input, { date: true }), ...input.hero, ...input.body, ...input.media])
