/**
 * Prints the URL paths a content tree publishes, one a line, with the site's rules
 * (`loadSiteMap`). Used to write `content/pages-du-site.txt`, the pages of
 * code.gouv.fr published from outside this repository, so that `offre-links` knows
 * them: `npx tsx scripts/site-pages.ts <content-root> [path-to-leave-out...]`.
 */
import { loadSiteMap } from '../src/site/load.js'

const [root, ...leftOut] = process.argv.slice(2)
if (root === undefined) {
  console.error('usage: tsx scripts/site-pages.ts CONTENT_ROOT [URL_PATH_TO_LEAVE_OUT...]')
  process.exit(2)
}
for (const page of [...loadSiteMap(root)].sort()) if (!leftOut.includes(page)) console.log(page)
