#!/usr/bin/env node
/**
 * Screenshots of three pages of a build, the same for the site's own build and
 * for offre's, so the two can be set side by side (issue 15), and axe-core's
 * count of WCAG 2.1 A/AA violations on each.
 *
 *   node screenshots.mjs <build folder> <output prefix> [name=/url/ …]
 *   e.g. node screenshots.mjs /work/sitebuild/_site packages/render/docs/site-reference
 *        node screenshots.mjs /work/sitebuild/offre packages/render/docs/offre
 *
 * Writes <prefix>-offre.png, <prefix>-post.png, <prefix>-webinar.png (or the
 * names given): 1280 px wide, the full page cut at 3,000 px. The folder is
 * served on 127.0.0.1; every request elsewhere (videos, statistics) is refused,
 * so the pictures do not depend on the network. Chromium is Debian's
 * (/usr/bin/chromium), driven by playwright-core, with a fresh profile.
 * Exit 0 whatever axe finds (the counts are printed): the site's own pages are
 * the reference, not under test here.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const WIDTH = 1280
const MAX_HEIGHT = 3000
const PAGES = {
  offre: '/fr/mission/offre-de-services/',
  post: '/fr/blog/500-logiciels-libres-au-sill/',
  webinar: '/fr/bluehats/grist-2025/',
}
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.webp': 'image/webp', '.avif': 'image/avif', '.gif': 'image/gif', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
}

const [rootArg, prefix, ...pairs] = process.argv.slice(2)
if (!rootArg || !prefix) {
  console.error('usage: node screenshots.mjs <build folder> <output prefix> [name=/url/ …]')
  process.exit(2)
}
const root = path.resolve(rootArg)
const pages = pairs.length ? Object.fromEntries(pairs.map((pair) => pair.split('='))) : PAGES

const server = createServer((request, response) => {
  let pathname
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  } catch {
    response.writeHead(400).end()
    return
  }
  let file = path.join(root, pathname)
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
  if (!(file === root || file.startsWith(root + path.sep)) || !existsSync(file)) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }).end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const profile = mkdtempSync(path.join(tmpdir(), 'offre-shots-profile-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 1,
})
let failed = false
try {
  for (const [name, url] of Object.entries(pages)) {
    const page = await context.newPage()
    const problems = []
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()))
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url().slice(origin.length)}`) })
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`))
    const response = await page.goto(origin + url, { waitUntil: 'networkidle' })
    if (!response || response.status() !== 200) {
      console.error(`${name}: ${url}: HTTP ${response?.status()}`)
      failed = true
      await page.close()
      continue
    }
    // Lazy images load once scrolled into view.
    await page.evaluate(`(async () => { for (let y = 0; y < document.body.scrollHeight; y += 800) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 50)) } window.scrollTo(0, 0) })()`)
    await page.waitForLoadState('networkidle')
    await page.evaluate('document.fonts.ready')
    const height = await page.evaluate('document.documentElement.scrollHeight')
    const file = `${prefix}-${name}.png`
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: Math.min(height, MAX_HEIGHT) } })
    await page.addScriptTag({ content: axeSource })
    const violations = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes[0] && v.nodes[0].target.join(' ') })))`)
    const size = (statSync(file).size / 1024).toFixed(0)
    console.log(`${name}: ${url} -> ${file} (${WIDTH}×${Math.min(height, MAX_HEIGHT)} of ${height} px, ${size} KiB); axe: ${violations.length} violation(s)`)
    for (const v of violations) console.log(`  ${v.id} (${v.impact}, ${v.nodes} node(s)): ${v.first}`)
    for (const problem of [...new Set(problems)]) console.log(`  load: ${problem}`)
    await page.close()
  }
} finally {
  await context.close()
  server.close()
  rmSync(profile, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
