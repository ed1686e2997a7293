/**
 * The seed page in a real browser: built into a temporary dist with its DSFR
 * files, served over http://127.0.0.1, opened in headless Chromium (Debian's
 * `chromium` package, driven by playwright-core, no browser download). axe-core
 * finds no WCAG 2.1 A/AA violation, DSFR's script folds and unfolds the
 * breadcrumb, every asset loads, and a screenshot is kept for a human look. The
 * widest table of the real pages (`gtt-ll-amdac`) fits the content column.
 *
 * Skips only when Chromium is absent and `CI` is unset; in CI it must run.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPath, siteContentDir } from '@offre/fixtures'
import axe from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPages } from './artifacts.js'
import { DSFR_CSS, dsfrFiles } from './assets.js'
import { CODE_GOUV_FR } from './layouts/testing-site.js'
import { DSFR_ICONS_SOURCE, ICONS_CSS, iconClassesOf, iconSubset } from './icons.js'
import { SITE_CSS, SITE_STYLES } from './site-styles.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SEED_URL = '/fr/mission/offre-de-services/'
const CHROME_PAGE = 'fr/site/offre-de-services.md'
const CHROME_POST = 'fr/blog/posts/entretien.md'
const POST = '---\ntitle: Entretien avec Delphine Montagne\ndate: 2024-04-29\ntags: [entretien, bluehats]\n---\n\nLe texte de l’entretien.\n'
/** 3,403 px wide in DSFR 1.13's table wrappers, whose cells do not wrap. */
const WIDE_TABLE = 'fr/about/gtt-ll-amdac.md'
const SCREENSHOTS = fileURLToPath(new URL('../test-results/', import.meta.url))
const available = existsSync(CHROMIUM) || Boolean(process.env.CI)
if (!available) console.warn(`browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium); it never skips when CI is set`)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.ico': 'image/x-icon',
}

/** The seed as `offre build` would publish it: page files, DSFR files, icon subset. */
function buildSeed(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'offre-render-browser-'))
  const dsfr = path.dirname(createRequire(import.meta.url).resolve(`@gouvfr/dsfr/dist/${DSFR_CSS}`))
  const sources = [{ path: 'fr/mission/offre-de-services.md', value: readFileSync(seedPath) }, { path: WIDE_TABLE, value: readFileSync(path.join(siteContentDir, WIDE_TABLE)) }]
  // The same page, and a post, in code.gouv.fr's chrome (menu, search, follow band, display settings).
  const chrome = [{ path: CHROME_PAGE, value: readFileSync(seedPath) }, { path: CHROME_POST, value: POST }]
  const files = new Map<string, string | Buffer>([...buildPages(sources).files, ...buildPages(chrome, { site: CODE_GOUV_FR }).files])
  for (const file of dsfrFiles(readFileSync(path.join(dsfr, DSFR_CSS), 'utf8'))) files.set(`dsfr/${file}`, readFileSync(path.join(dsfr, file)))
  const icons = iconSubset(readFileSync(path.join(dsfr, DSFR_ICONS_SOURCE), 'utf8'), [...files.values()].flatMap((v) => (typeof v === 'string' ? iconClassesOf(v) : [])))
  files.set(`dsfr/${ICONS_CSS}`, icons.css)
  files.set(`dsfr/${SITE_CSS}`, SITE_STYLES)
  for (const file of icons.files) files.set(`dsfr/${file}`, readFileSync(path.join(dsfr, file)))
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    writeFileSync(path.join(out, file), content)
  }
  return out
}

/** A static server for `root`, on a free port of 127.0.0.1; nothing outside `root` is served. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    if (!file.startsWith(root + path.sep) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { server, origin: `http://127.0.0.1:${address.port}` }
}

describe.skipIf(!available)('the seed page in Chromium', () => {
  let dist: string
  let server: Server
  let origin: string
  let browser: Browser
  let page: Page
  const failures: string[] = []

  beforeAll(async () => {
    dist = buildSeed()
    ;({ server, origin } = await serve(dist))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
    })
    page.on('pageerror', (error) => failures.push(`error ${error.message}`))
    await page.goto(`${origin}${SEED_URL}`, { waitUntil: 'networkidle' })
    // DSFR marks the document once its script has started.
    await page.waitForSelector('html[data-fr-js="true"]')
  })

  afterAll(async () => {
    await browser?.close()
    server?.close()
    if (dist) rmSync(dist, { recursive: true, force: true })
  })

  it('loads every asset, DSFR’s script and the Marianne font without error', async () => {
    expect(failures).toEqual([])
    // Strings, evaluated in the page: this package is type-checked without the DOM library.
    expect(await page.evaluate('document.fonts.check("16px Marianne")')).toBe(true)
    expect(await page.evaluate('getComputedStyle(document.body).fontFamily')).toMatch(/^Marianne/)
  })

  it('has no WCAG 2.1 A/AA violation according to axe-core', async () => {
    await page.addScriptTag({ content: axe.source })
    const violations = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
      .then((result) => result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', ')))`)
    expect(violations).toEqual([])
  })

  it('hides the headings’ # permalinks until the heading is hovered, as on the site', async () => {
    const color = `getComputedStyle(document.querySelector('main h2 a.header-anchor')).color`
    expect(await page.evaluate(color)).toBe('rgba(0, 0, 0, 0)')
    await page.hover('main h2')
    expect(await page.evaluate(color)).toBe('rgb(170, 170, 170)')
    await page.mouse.move(0, 0)
  })

  it('keeps a screenshot for review', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'seed.png'), fullPage: true })
    expect(existsSync(path.join(SCREENSHOTS, 'seed.png'))).toBe(true)
  })

  it('fits a wide markdown table in the content column at 1280 px, its cells wrapping', async () => {
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await wide.goto(`${origin}/${WIDE_TABLE.replace(/\.md$/, '/')}`, { waitUntil: 'load' })
    const sizes = (await wide.evaluate(`[...document.querySelectorAll('main table')].map((table) => {
      const column = table.closest('[class*="fr-col"]')
      let scrolls = false
      for (let node = table; node !== column; node = node.parentElement) scrolls ||= node.scrollWidth > node.clientWidth
      return { table: Math.ceil(table.getBoundingClientRect().width), column: column.clientWidth, scrolls }
    })`)) as { table: number; column: number; scrolls: boolean }[]
    const page = (await wide.evaluate('({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth })')) as { scroll: number; width: number }
    await wide.close()
    expect(sizes).toHaveLength(1)
    expect(sizes.map(({ table, column, scrolls }) => [table <= column, scrolls])).toEqual([[true, false]])
    expect(page.scroll).toBeLessThanOrEqual(page.width)
  })

  it('folds the breadcrumb on a narrow screen, and DSFR’s button unfolds it', async () => {
    await page.setViewportSize({ width: 375, height: 800 })
    const button = page.locator('.fr-breadcrumb__button')
    const home = page.locator('#fil-ariane a', { hasText: 'Accueil' })
    await expect.poll(() => button.isVisible()).toBe(true)
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    await expect.poll(() => home.isVisible()).toBe(false)
    await button.click()
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true')
    await expect.poll(() => home.isVisible()).toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'seed-narrow.png') })
  })
})

describe.skipIf(!available)('code.gouv.fr’s chrome in Chromium', () => {
  let dist: string
  let server: Server
  let origin: string
  let browser: Browser

  beforeAll(async () => {
    dist = buildSeed()
    ;({ server, origin } = await serve(dist))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  })

  afterAll(async () => {
    await browser?.close()
    server?.close()
    if (dist) rmSync(dist, { recursive: true, force: true })
  })

  async function open(source: string, width = 1280): Promise<{ page: Page; failures: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    const failures: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
    })
    page.on('pageerror', (error) => failures.push(`error ${error.message}`))
    await page.goto(`${origin}/${source.replace(/\.md$/, '/')}`, { waitUntil: 'networkidle' })
    await page.waitForSelector('html[data-fr-js="true"]')
    return { page, failures }
  }

  async function violations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axe.source })
    return (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
      .then((result) => result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', ')))`)) as string[]
  }

  it('has no WCAG 2.1 A/AA violation on a page and a post, every asset loaded', async () => {
    for (const source of [CHROME_PAGE, CHROME_POST]) {
      const { page, failures } = await open(source)
      expect(failures).toEqual([])
      expect(await violations(page)).toEqual([])
      await page.close()
    }
  })

  it('switches to the dark theme from the display settings dialog, and stays accessible', async () => {
    const { page } = await open(CHROME_PAGE)
    await page.click('button[aria-controls="fr-theme-modal"]')
    await page.waitForSelector('#fr-theme-modal.fr-modal--opened')
    // Once shown: while it fades in, its text is between two colours.
    await page.waitForFunction('getComputedStyle(document.querySelector("#fr-theme-modal")).opacity === "1"')
    expect(await violations(page)).toEqual([])
    await page.click('label[for="fr-radios-theme-dark"]')
    await page.waitForSelector('html[data-fr-theme="dark"]', { state: 'attached' })
    await page.click('#fr-theme-modal .fr-btn--close')
    // Once closed: while it fades out, its button is between two colours.
    await page.waitForSelector('#fr-theme-modal:not(.fr-modal--opened)', { state: 'attached' })
    await page.waitForFunction('getComputedStyle(document.querySelector("#fr-theme-modal")).visibility === "hidden"')
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).not.toBe('rgb(255, 255, 255)')
    expect(await violations(page)).toEqual([])
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-dark.png'), fullPage: true })
    await page.close()
  })

  it('opens the menu on a narrow screen, with its sub-menus', async () => {
    const { page } = await open(CHROME_PAGE, 375)
    await page.click('button.fr-btn--menu')
    await page.waitForSelector('#menu-modal.fr-modal--opened')
    await page.waitForFunction('getComputedStyle(document.querySelector("#menu-modal")).opacity === "1"')
    await page.click('#menu-modal button.fr-nav__btn')
    await page.waitForSelector('#menu-modal button.fr-nav__btn[aria-expanded="true"]')
    // Once unfolded: DSFR animates the sub-menu's height.
    await page.waitForFunction('(() => { const menu = document.querySelector("#menu-modal .fr-menu"); return menu.classList.contains("fr-collapse--expanded") && Math.abs(menu.getBoundingClientRect().height - menu.scrollHeight) < 1 })()')
    expect(await page.isVisible('#menu-modal .fr-menu a.fr-nav__link')).toBe(true)
    expect(await violations(page)).toEqual([])
    await page.close()
  })
})
