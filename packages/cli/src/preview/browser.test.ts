/**
 * `offre preview` in a real browser: the command runs in-process on a temporary
 * `content/` holding the seed with the repository's configuration, vocabulary and
 * site-pages list; headless Chromium (Debian's `chromium`, driven by playwright-core,
 * no download) opens the printed URL. The page shows its findings (the count, the
 * marks, the panel) with the DSFR styles loaded; an edit of the file that adds a typo
 * shows up within a second with no manual reload; `../` paths, encoded or not, get
 * 404; the server listens on 127.0.0.1 only. A screenshot is kept in
 * `test-results/preview.png` (`OFFRE_UPDATE_DOCS=1` also writes `docs/preview.png`).
 *
 * Skips only when Chromium is absent and `CI` is unset; in CI it must run.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPreviewCommand } from '../commands/preview.js'
import type { Io } from '../io.js'
import type { PreviewServer } from './server.js'
import { seedContent } from './testing.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url))
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url))
const available = existsSync(CHROMIUM) || Boolean(process.env.CI)
if (!available) console.warn(`preview/browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium); it never skips when CI is set`)

function rawStatus(origin: string, rawPath: string): Promise<number> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: rawPath }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

describe.skipIf(!available)('offre preview in Chromium', () => {
  let dir: string
  let content: string
  let page: Page
  let browser: Browser
  let preview: PreviewServer
  let running: Promise<number>
  let stdout = ''
  const stop = new AbortController()
  const failures: string[] = []

  beforeAll(async () => {
    ;({ dir, content } = seedContent())
    writeFileSync(path.join(dir, 'secret.txt'), 'SECRET\n')
    const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stdout += text) }, cwd: dir, env: {} }
    const listening = new Promise<PreviewServer>((resolve) => {
      running = createPreviewCommand({ signal: stop.signal, onListening: resolve }).run(['content', '--port', '0'], io)
      running.catch(() => {})
    })
    preview = await Promise.race([listening, running.then((code) => { throw new Error(`offre preview exited ${code}: ${stdout}`) })])
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
    })
    page.on('pageerror', (error) => failures.push(`error ${error.message}`))
    const url = /offre preview : (http:\/\/\S+)/.exec(stdout)?.[1] as string
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.waitForSelector('html[data-fr-js="true"]')
  })

  afterAll(async () => {
    await browser?.close()
    stop.abort()
    if (running) expect(await running).toBe(0)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('prints the offer page’s URL on 127.0.0.1, and listens there only', () => {
    expect(stdout).toMatch(/^offre preview : http:\/\/127\.0\.0\.1:\d+\/fr\/mission\/offre-de-services\/\n/)
    expect(preview.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' })
  })

  it('shows the page with the DSFR styles, its findings marked and listed with their count', async () => {
    expect(failures).toEqual([])
    expect(await page.evaluate('getComputedStyle(document.body).fontFamily')).toMatch(/^Marianne/)
    expect(await page.evaluate('document.fonts.check("16px Marianne")')).toBe(true)
    const count = Number(await page.getAttribute('aside.offre-preview', 'data-offre-count'))
    expect(count).toBeGreaterThanOrEqual(10)
    expect(await page.locator('.offre-preview__count').textContent()).toMatch(new RegExp(`^${count} problèmes : \\d+ erreurs?, \\d+ avertissements?$`))
    expect(await page.locator('.offre-preview__item').count()).toBe(count)
    const marks = page.locator('mark.offre-finding')
    expect(await marks.count()).toBeGreaterThanOrEqual(8)
    expect(await page.locator('mark.offre-finding', { hasText: 'logciel' }).count()).toBe(1)
    // The panel is in view, beside the page, and its items link to the editor and the docs.
    const box = await page.locator('aside.offre-preview').boundingBox()
    expect(box?.x).toBeGreaterThan(1000)
    expect(await page.locator('.offre-preview__item a[href^="vscode://file/"]').count()).toBe(count)
    expect(await page.locator('.offre-preview__rule a[href*="/docs/offre-"]').count()).toBeGreaterThan(0)
    // A mark's colour is the preview's, not the browser's default yellow.
    expect(await page.evaluate('getComputedStyle(document.querySelector("mark.offre-finding--error")).backgroundColor')).toBe('rgb(254, 231, 252)')
  })

  it('keeps a screenshot for review', async () => {
    mkdirSync(RESULTS, { recursive: true })
    const file = path.join(RESULTS, 'preview.png')
    await page.screenshot({ path: file })
    if (process.env.OFFRE_UPDATE_DOCS === '1') {
      mkdirSync(DOCS, { recursive: true })
      copyFileSync(file, path.join(DOCS, 'preview.png'))
    }
    expect(existsSync(file)).toBe(true)
  })

  it('goes from a panel item to its mark', async () => {
    const item = page.locator('.offre-preview__item', { hasText: 'logciel' }).first()
    await item.locator('[data-offre-goto]').click()
    await expect.poll(() => page.locator('mark.offre-finding--active', { hasText: 'logciel' }).count()).toBe(1)
  })

  it('shows a new typo within a second of the edit, with no manual reload', async () => {
    const file = path.join(content, 'fr/mission/offre-de-services.md')
    const before = await page.locator('mark.offre-finding', { hasText: 'logciel' }).count()
    const count = Number(await page.getAttribute('aside.offre-preview', 'data-offre-count'))
    const text = readFileSync(file, 'utf8')
    const started = Date.now()
    let event = 0
    void preview.nextReload().then(() => (event = Date.now() - started))
    writeFileSync(file, text.replace('\n## ', '\nUn logciel.\n\n## '))
    // A function, not a string: the preview's Content-Security-Policy forbids evaluating strings.
    await page.waitForFunction(
      (wanted: number) => {
        const marks = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } }).document.querySelectorAll('mark.offre-finding')
        return Array.from(marks).filter((mark) => mark.textContent === 'logciel').length === wanted
      },
      before + 1,
      { timeout: 5000, polling: 20 },
    )
    const delay = Date.now() - started
    console.log(`offre preview: the reload event went ${event} ms after the edit, the new finding showed at ${delay} ms`)
    expect(delay).toBeLessThan(1000)
    expect(Number(await page.getAttribute('aside.offre-preview', 'data-offre-count'))).toBe(count + 1)
    // Swapped in place: the same document, its DSFR script still running.
    expect(await page.getAttribute('html', 'data-offre-refreshed')).toBe('1')
    expect(await page.getAttribute('html', 'data-fr-js')).toBe('true')
  })

  it('shows a page broken by an edit as its errors, and the page again once fixed', async () => {
    const file = path.join(content, 'fr/mission/offre-de-services.md')
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text.replace(/^---\n/, '---\ntitle: [non fermé\n'))
    await page.waitForSelector('[data-offre-error]', { timeout: 5000 })
    expect(await page.locator('[data-offre-error]').textContent()).toContain('offre build ne publierait pas cette page')
    writeFileSync(file, text)
    await page.waitForSelector('mark.offre-finding', { timeout: 5000 })
    await page.waitForSelector('html[data-fr-js="true"]')
    expect(failures).toEqual([])
  })

  it('answers 404 to ../ paths, encoded or not, from the browser and raw', async () => {
    for (const raw of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%252e%252e%252fsecret.txt', '/fr/%2e%2e/%2e%2e/secret.txt', '/dsfr/..%2f..%2fsecret.txt']) {
      expect(await rawStatus(preview.origin, raw), raw).toBe(404)
    }
    // The browser resolves dot segments itself: what it sends stays inside, and is not found either.
    const statuses = await page.evaluate(`Promise.all(['../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%2e%2e%2f%2e%2e%2fsecret.txt'].map((p) => fetch(p).then((r) => r.status)))`)
    expect(statuses).toEqual([404, 404, 404, 404, 404])
  })
})
