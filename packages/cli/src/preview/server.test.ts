/**
 * `offre preview`'s server, started in-process on port 0: what it serves (pages at
 * their published URLs with their findings marked, the DSFR files, assets), what it
 * refuses however encoded (404), where it listens (127.0.0.1 only), how it fails (a
 * bad page is a page of its errors), and the reload event after a change.
 */
import { spawn } from 'node:child_process'
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import { imagesDir } from '@offre/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePort } from '../commands/preview.js'
import type { Io } from '../io.js'
import { run } from '../testing.js'
import { requestPath } from './request-path.js'
import { startPreview, type PreviewServer } from './server.js'
import { seedContent } from './testing.js'

const OFFER_URL = '/fr/mission/offre-de-services/'

interface Response {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request: the path is sent as written (no URL normalisation, unlike fetch). */
function get(origin: string, rawPath: string, options: { method?: string; host?: string } = {}): Promise<Response> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: rawPath, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

const io = (cwd: string): Io => ({ stdout: { write: () => true }, stderr: { write: () => true }, cwd, env: {} })

describe('offre preview server', () => {
  let dir: string
  let content: string
  let preview: PreviewServer
  const errors: unknown[] = []

  beforeAll(async () => {
    ;({ dir, content } = seedContent())
    writeFileSync(path.join(dir, 'secret.txt'), 'SECRET outside the content root\n')
    mkdirSync(path.join(content, 'img'))
    writeFileSync(path.join(content, 'img/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    writeFileSync(path.join(content, '.env'), 'SECRET=1\n')
    symlinkSync(path.join(dir, 'secret.txt'), path.join(content, 'img/lien.txt'))
    symlinkSync(dir, path.join(content, 'dehors'))
    writeFileSync(path.join(content, 'fr/casse.md'), '---\ntitle: [non fermé\n---\n\nTexte.\n')
    writeFileSync(path.join(content, 'fr/binaire.md'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]))
    preview = await startPreview({ root: content, io: io(dir), port: 0, onError: (error) => errors.push(error) })
  })

  afterAll(async () => {
    await preview?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('listens on 127.0.0.1 only, and prints the offer page', async () => {
    const address = preview.server.address()
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' })
    expect(preview.url).toBe(`${preview.origin}${OFFER_URL}`)
    const others = Object.values(networkInterfaces()).flatMap((infos) => infos ?? []).filter((info) => !info.internal)
    for (const other of others) {
      const port = (address as { port: number }).port
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: other.address, port, family: other.family === 'IPv6' ? 6 : 4, timeout: 2000 })
        socket.on('connect', () => { socket.destroy(); resolve('connected') })
        socket.on('timeout', () => { socket.destroy(); resolve('timeout') })
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
      })
      expect(outcome, `${other.address}:${port}`).not.toBe('connected')
    }
    if (others.length === 0) console.warn('server.test.ts: no non-loopback address on this machine: only server.address() is checked')
  })

  it('sends / to the offer page, and serves it with its findings marked and listed', async () => {
    const root = await get(preview.origin, '/')
    expect(root.status).toBe(302)
    expect(root.headers.location).toBe(OFFER_URL)
    const page = await get(preview.origin, OFFER_URL)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain('<link rel="stylesheet" href="../../../dsfr/dsfr.min.css">')
    expect(page.body).toMatch(/<mark class="offre-finding offre-finding--error" data-offre-finding="\d+" title="[^"]*logciel[^"]*">logciel<\/mark>/)
    const count = Number(/<aside[^>]*data-offre-count="(\d+)"/.exec(page.body)?.[1])
    expect(count).toBeGreaterThanOrEqual(10)
    expect(page.body).toContain(`vscode://file${path.join(content, 'fr/mission/offre-de-services.md')}:41:62`)
    expect(page.body).toContain('https://github.com/codegouvfr/offre/blob/main/packages/remark-lint-offre/docs/offre-typos.md')
    expect(page.body).toContain('<script type="module" src="/__offre/preview.js"></script></body>')
    // Without the slash, the build's folder URL.
    expect((await get(preview.origin, OFFER_URL.slice(0, -1))).headers.location).toBe(OFFER_URL)
    expect((await get(preview.origin, `${OFFER_URL}index.html`)).status).toBe(200)
  })

  it('serves the DSFR files a build copies, and the icon subset', async () => {
    const css = await get(preview.origin, '/dsfr/dsfr.min.css')
    expect(css.status).toBe(200)
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(css.body.length).toBeGreaterThan(100_000)
    expect((await get(preview.origin, '/dsfr/dsfr.module.min.js')).status).toBe(200)
    expect((await get(preview.origin, '/dsfr/icons.min.css')).status).toBe(200)
    expect((await get(preview.origin, '/dsfr/site.css')).status).toBe(200)
    expect((await get(preview.origin, '/dsfr/favicon/favicon.svg')).headers['content-type']).toBe('image/svg+xml')
    expect((await get(preview.origin, '/dsfr/VERSION')).status).toBe(404)
    expect((await get(preview.origin, '/dsfr/LICENSE.md')).status).toBe(404)
  })

  it('serves the content’s assets, nothing else of the content root', async () => {
    const logo = await get(preview.origin, '/img/logo.png')
    expect(logo.status).toBe(200)
    expect(logo.headers['content-type']).toBe('image/png')
    for (const refused of ['/offre.config.yml', '/vocabulaire.txt', '/pages-du-site.txt', '/fr/mission/offre-de-services.md', '/.env', '/img/lien.txt', '/dehors/secret.txt', '/img/', '/img']) {
      expect((await get(preview.origin, refused)).status, refused).toBe(404)
    }
  })

  const TRAVERSALS = [
    '/../secret.txt',
    '/img/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/img/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/img/..%5c..%5csecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%25252e%25252e/secret.txt',
    '/.%2e/secret.txt',
    '/%2e./secret.txt',
    '/img/logo.png%00',
    '/img/logo.png%00.html',
    '/%00/../secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '//etc/passwd',
    '/etc/passwd',
    '/%2fetc%2fpasswd',
    '/%2Ftmp',
    '/dsfr/../offre.config.yml',
    '/dsfr/%2e%2e/%2e%2e/package.json',
    '/dsfr/..%2f..%2fpackage.json',
    '/fr/mission/offre-de-services/%2e%2e/%2e%2e/%2e%2e/secret.txt',
    '/dehors/secret.txt',
    '/img/lien.txt',
    '/C:%5cWindows%5cwin.ini',
    '/__offre/../secret.txt',
  ]

  it('refuses the absolute path of a file outside the root, encoded or not', async () => {
    const secret = path.join(dir, 'secret.txt')
    for (const rawPath of [secret, `/${encodeURIComponent(secret)}`, `/${encodeURIComponent(encodeURIComponent(secret))}`]) {
      const response = await get(preview.origin, rawPath)
      expect(response.status, rawPath).toBe(404)
      expect(response.body).not.toContain('SECRET')
    }
  })

  it.each(TRAVERSALS)('refuses %s with a 404', async (rawPath) => {
    const response = await get(preview.origin, rawPath)
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('SECRET')
  })

  it('refuses an absolute-form target and a raw backslash with a 404 or a 400, never the file', async () => {
    for (const rawPath of [`http://127.0.0.1/../secret.txt`, '/..\\secret.txt']) {
      const response = await get(preview.origin, rawPath)
      expect([400, 404]).toContain(response.status)
      expect(response.body).not.toContain('SECRET')
    }
  })

  it('checks request paths without the file system', () => {
    expect(requestPath('/fr/mission/offre-de-services/')).toBe('/fr/mission/offre-de-services/')
    expect(requestPath('/img/caf%C3%A9.png?v=1')).toBe('/img/café.png')
    for (const bad of ['', 'x', '/a//b', '/%', '/%zz', '/a/%2e', '/a\u0000b']) expect(requestPath(bad), bad).toBeNull()
  })

  it('answers only GET and HEAD, and only to its own host name', async () => {
    expect((await get(preview.origin, OFFER_URL, { method: 'POST' })).status).toBe(405)
    expect((await get(preview.origin, OFFER_URL, { method: 'DELETE' })).status).toBe(405)
    const head = await get(preview.origin, OFFER_URL, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    const port = new URL(preview.origin).port
    expect((await get(preview.origin, OFFER_URL, { host: `evil.example:${port}` })).status).toBe(403)
    expect((await get(preview.origin, OFFER_URL, { host: `localhost:${port}` })).status).toBe(200)
  })

  it('shows a page that cannot be rendered as a page of its errors, and goes on', async () => {
    const broken = await get(preview.origin, '/fr/casse/')
    expect(broken.status).toBe(200)
    expect(broken.body).toContain('data-offre-error')
    expect(broken.body).toMatch(/casse\.md:\d+:\d+/)
    const binary = await get(preview.origin, '/fr/binaire/')
    expect(binary.status).toBe(200)
    expect(binary.body).toContain('data-offre-error')
    expect((await get(preview.origin, OFFER_URL)).status).toBe(200)
    expect(errors).toEqual([])
  })

  it('shows an invalid configuration in the pages, then the pages again once it is fixed', async () => {
    const config = path.join(content, 'offre.config.yml')
    const good = readFileSync(config, 'utf8')
    try {
      let reloaded = preview.nextReload()
      writeFileSync(config, `${good}\nunknownKey: 1\n`)
      await reloaded
      const page = await get(preview.origin, OFFER_URL)
      expect(page.status).toBe(200)
      expect(page.body).toContain('Configuration invalide')
      expect(page.body).toMatch(/offre\.config\.yml:\d+:\d+/)
      reloaded = preview.nextReload()
      writeFileSync(config, good)
      await reloaded
    } finally {
      writeFileSync(config, good)
    }
    expect((await get(preview.origin, OFFER_URL)).body).toContain('<mark class="offre-finding')
  })

  it('answers 500 with a page when a request fails, and goes on serving', async () => {
    Object.defineProperty(preview.site, 'index', { configurable: true, get: () => { throw new Error('panne simulée') } })
    try {
      const failed = await get(preview.origin, OFFER_URL)
      expect(failed.status).toBe(500)
      expect(failed.body).toContain('panne simulée')
    } finally {
      delete (preview.site as unknown as { index?: unknown }).index
    }
    expect(errors).toHaveLength(1)
    errors.length = 0
    expect((await get(preview.origin, OFFER_URL)).status).toBe(200)
  })

  it('sends a reload event within a second of an edit, and serves the new text', async () => {
    const events = await new Promise<{ chunks: string[]; close(): void }>((resolve, reject) => {
      const url = new URL(preview.origin)
      const chunks: string[] = []
      const req = httpRequest({ host: url.hostname, port: url.port, path: '/__offre/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8')
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => chunks.push(chunk))
        resolve({ chunks, close: () => req.destroy() })
      })
      req.on('error', reject)
      req.end()
    })
    const started = performance.now()
    const reloaded = preview.nextReload()
    appendFileSync(path.join(content, 'fr/mission/offre-de-services.md'), '\nUn logciel de plus.\n')
    await reloaded
    const delay = performance.now() - started
    expect(delay).toBeLessThan(1000)
    await expect.poll(() => events.chunks.join('')).toMatch(/event: reload\ndata: \d+\n\n/)
    events.close()
    const page = await get(preview.origin, OFFER_URL)
    expect(page.body.match(/>logciel<\/mark>/g)?.length).toBe(2)
  })
})

const bundle = path.resolve(import.meta.dirname, '../../dist/bundle/offre.js')

describe('offre preview, images and the static folder', () => {
  let dir: string
  let preview: PreviewServer

  beforeAll(async () => {
    let content: string
    ;({ dir, content } = seedContent())
    copyFileSync(path.join(imagesDir, 'ota.png'), path.join(content, 'fr/ota.png'))
    writeFileSync(path.join(content, 'fr/images.md'), '---\ntitle: Images\n---\n\n{% imageContent "./ota.png", "Le logo de l’OTA" %}\n\n{% imageContent "./absente.png", "Absente" %}\n')
    mkdirSync(path.join(dir, 'public/docs'), { recursive: true })
    writeFileSync(path.join(dir, 'public/docs/guide.pdf'), '%PDF-1.4 guide\n')
    writeFileSync(path.join(dir, 'secret.txt'), 'SECRET\n')
    preview = await startPreview({ root: content, io: io(dir), port: 0, onError: () => undefined })
  })

  afterAll(async () => {
    await preview?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('shows an imageContent image as the build publishes it, its files encoded on request, and a missing one as missing', async () => {
    const page = await get(preview.origin, '/fr/images/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<figure class="fr-content-media"')
    expect(page.body).toContain('alt="Le logo de l’OTA"')
    expect(page.body).toContain('Image introuvable')
    const sources = [...page.body.matchAll(/(?:srcset|src)="((?:\.\.\/)+img\/[^" ]+)/g)].map((match) => (match[1] as string).replace(/^(?:\.\.\/)+/, '/'))
    expect(sources.length).toBeGreaterThan(0)
    for (const source of new Set(sources)) {
      const file = await get(preview.origin, source)
      expect(file.status, source).toBe(200)
      expect(file.headers['content-type']).toBe(`image/${/\.(\w+)$/.exec(source)?.[1]}`)
    }
    expect((await get(preview.origin, '/img/nothing-1000.webp')).status).toBe(404)
  })

  it('serves the static folder at the site’s root, and nothing outside it', async () => {
    const guide = await get(preview.origin, '/docs/guide.pdf')
    expect(guide.status).toBe(200)
    expect(guide.body).toBe('%PDF-1.4 guide\n')
    for (const escape of ['/docs/../../secret.txt', '/docs/%2e%2e/%2e%2e/secret.txt', '/docs/absent.pdf']) expect((await get(preview.origin, escape)).status, escape).toBe(404)
  })
})

describe.skipIf(!existsSync(bundle))('offre preview, the executable', () => {
  it('prints its URL, serves the page, and stops cleanly at Ctrl-C (exit 0)', async () => {
    const { dir } = seedContent()
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../bin/offre.js'), 'preview', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      let stdout = ''
      child.stdout.setEncoding('utf8')
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk
          const found = /offre preview : (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(stdout)?.[1]
          if (found) resolve(found)
        })
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${stdout}`)))
      })
      const page = await get(new URL(url).origin, new URL(url).pathname)
      expect(page.status).toBe(200)
      expect(page.body).toContain('class="offre-preview')
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      child.kill('SIGINT')
      expect(await exit).toBe(0)
      expect(stdout).toContain('offre preview : arrêté')
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('offre preview options', () => {
  it('validates --port: an integer from 0 to 65535, else exit 2 in French', async () => {
    expect(parsePort(undefined)).toBe(4321)
    expect(parsePort('0')).toBe(0)
    expect(parsePort('65535')).toBe(65535)
    for (const bad of ['65536', '-1', 'abc', '1.5', '', ' ', '80x', '1e3']) expect(() => parsePort(bad), bad).toThrow(/--port attend un entier de 0 à 65535/)
    const { dir } = seedContent()
    try {
      const result = await run(['preview', 'content', '--port', '70000'], dir)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('offre preview : --port attend un entier de 0 à 65535 (0 : un port libre), reçu `70000`')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('has its --help and its line in offre --help', async () => {
    const help = await run(['preview', '--help'], tmpdir())
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('offre preview [dossier-de-contenu | page.md...] [--port N]')
    expect((await run(['--help'], tmpdir())).stdout).toMatch(/preview\s+affiche les pages telles que publiées/)
  })
})
