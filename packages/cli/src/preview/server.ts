/**
 * `offre preview`'s server (node:http, on 127.0.0.1 only): the content's pages at
 * their published URLs, rendered on request from the file on disk with their
 * findings in place; their assets (files under the content root but markdown, the
 * project's own files and dot files); the DSFR files a build copies into `dsfr/`;
 * the preview's stylesheet and script; and `/__offre/events`, server-sent events
 * that tell the pages to reload when a file of the content changes (`fs.watch`,
 * recursive, plus the project's files outside the root; debounced). Nothing else:
 * every other path, however encoded, is a 404; only GET and HEAD; a request that
 * fails is a 500 page, never a crash.
 */
import { readFileSync, watch, type FSWatcher } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Io } from '../io.js'
import { PREVIEW_CSS, PREVIEW_JS } from './client.js'
import { CLIENT_SCRIPT, CLIENT_STYLES, EVENTS, previewPage, statusPage } from './page.js'
import { requestPath, segmentsOf } from './request-path.js'
import { PreviewSite } from './site.js'

const IMAGE_TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', svg: 'image/svg+xml' }

/** The only address the preview listens on. */
export const HOST = '127.0.0.1'

/** Changes closer than this are one reload. */
const DEBOUNCE_MS = 40

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.mp4': 'video/mp4', '.webm': 'video/webm', '.odt': 'application/vnd.oasis.opendocument.text',
}

/** The preview's pages may load only what the server serves, and the embeds and images a page may show. */
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; img-src * data:; media-src *; frame-src https:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'"

export interface PreviewOptions {
  /** The content root. */
  root: string
  io: Io
  /** `--config`, as given. */
  config?: string | undefined
  /** 0 picks a free port. */
  port: number
  /** The page to open first (absolute), else the offer page, else the first page. */
  page?: string | undefined
  /** The `dist/` folder of the DSFR (default: the renderer's). */
  dsfrDir?: string | undefined
  /** Called when a request fails (the server answers 500 and goes on). */
  onError?: (error: unknown) => void
}

export interface PreviewServer {
  server: Server
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** The URL of the page to open first. */
  url: string
  site: PreviewSite
  /** Resolves after the next reload event is sent (for tests). */
  nextReload(): Promise<void>
  close(): Promise<void>
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const site = new PreviewSite(options.root, options.io, options.config, options.dsfrDir)
  const clients = new Set<ServerResponse>()
  const waiting: Array<() => void> = []
  let port = options.port

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.onError?.(error)
      try {
        if (!response.headersSent) send(response, request, 500, 'text/html; charset=utf-8', statusPage(500, 'erreur interne', error instanceof Error ? error.message : String(error)))
        else response.destroy()
      } catch {
        response.destroy()
      }
    })
  })
  // A malformed request is answered 400 by Node itself; a socket error must not stop the server.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('méthode non permise : GET ou HEAD\n')
      return
    }
    // Another host name pointing at 127.0.0.1 (DNS rebinding) does not get the pages.
    const host = request.headers.host ?? ''
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
      send(response, request, 403, 'text/plain; charset=utf-8', 'hôte refusé\n')
      return
    }
    const checked = requestPath(request.url)
    if (checked === null) return notFound(request, response)
    if (checked === EVENTS) return events(request, response)
    if (checked === CLIENT_SCRIPT) return send(response, request, 200, TYPES['.js'] as string, PREVIEW_JS)
    if (checked === CLIENT_STYLES) return send(response, request, 200, TYPES['.css'] as string, PREVIEW_CSS)
    const index = site.index
    const page = index.byUrl.get(checked.toLowerCase()) ?? (checked.endsWith('/index.html') ? index.byUrl.get(checked.slice(0, -'index.html'.length).toLowerCase()) : undefined)
    if (page !== undefined) {
      send(response, request, 200, TYPES['.html'] as string, await previewPage(site, page, options.io.cwd))
      return
    }
    if (checked === '/') {
      const start = site.startPage(options.page)
      if (start?.url) return redirect(response, start.url)
      return notFound(request, response)
    }
    if (!checked.endsWith('/') && index.byUrl.has(`${checked}/`.toLowerCase())) return redirect(response, `${checked}/`)
    const segments = segmentsOf(checked)
    if (segments[0] === 'dsfr') {
      const dsfr = site.dsfrFile(segments.slice(1).join('/'))
      if (dsfr === null) return notFound(request, response)
      if ('css' in dsfr) return send(response, request, 200, TYPES['.css'] as string, dsfr.css)
      // The DSFR does not change while the preview runs: a reload fetches the page alone.
      return sendFile(request, response, dsfr.file, 'max-age=3600')
    }
    if (segments[0] === '__offre') return notFound(request, response)
    // The images of the pages shown, encoded as the build encodes them; the static folder, as the build copies it.
    const image = await site.images?.image(segments)
    if (image) return send(response, request, 200, IMAGE_TYPES[image.format] ?? 'application/octet-stream', image.bytes, 'max-age=3600')
    const copied = site.images?.staticFile(segments)
    if (copied) return sendFile(request, response, copied)
    const asset = site.asset(segments)
    if (asset === null) return notFound(request, response)
    sendFile(request, response, asset)
  }

  function notFound(request: IncomingMessage, response: ServerResponse): void {
    send(response, request, 404, 'text/html; charset=utf-8', statusPage(404, 'page introuvable', 'Cette adresse ne correspond à aucune page ni à aucun fichier du contenu.'))
  }

  function events(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    response.write('retry: 250\n\n')
    clients.add(response)
    request.on('close', () => clients.delete(response))
  }

  // Watching: the content root (recursive), and the project's own files outside it.
  let timer: NodeJS.Timeout | undefined
  let sent = 0
  const changed = () => {
    site.invalidate()
    clearTimeout(timer)
    timer = setTimeout(() => {
      site.invalidate()
      sent++
      for (const client of clients) client.write(`event: reload\ndata: ${sent}\n\n`)
      for (const resolve of waiting.splice(0)) resolve()
      rewatch()
    }, DEBOUNCE_MS)
  }
  const rootWatcher = watch(site.root, { recursive: true }, (_event, name) => {
    // Editors' swap and backup files change nothing that is served.
    if (name !== null && /(^|[\\/])\.[^\\/]*\.sw[a-p]x?$|~$|(^|[\\/])\.git([\\/]|$)/.test(String(name))) return
    changed()
  })
  rootWatcher.on('error', () => {})
  let outside = new Map<string, FSWatcher>()
  function rewatch(): void {
    // An invalid configuration names no files: keep watching those of the last good one.
    if (site.state.error !== undefined) return
    const wanted = new Map<string, Set<string>>()
    for (const file of site.projectFiles) {
      if (file.startsWith(site.root + path.sep)) continue
      const dir = path.dirname(file)
      wanted.set(dir, (wanted.get(dir) ?? new Set()).add(path.basename(file)))
    }
    const next = new Map<string, FSWatcher>()
    for (const [dir, names] of wanted) {
      outside.get(dir)?.close()
      try {
        const watcher = watch(dir, (_event, name) => {
          if (name === null || names.has(String(name))) changed()
        })
        watcher.on('error', () => {})
        next.set(dir, watcher)
      } catch {
        // A folder that does not exist: the configuration's problem, shown in the pages.
      }
    }
    for (const [dir, watcher] of outside) if (!next.has(dir)) watcher.close()
    outside = next
  }
  rewatch()

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port, HOST, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    rootWatcher.close()
    for (const watcher of outside.values()) watcher.close()
    throw error
  }
  port = (server.address() as AddressInfo).port
  const origin = `http://${HOST}:${port}`
  const start = site.startPage(options.page)

  return {
    server,
    origin,
    url: `${origin}${start?.url ?? '/'}`,
    site,
    nextReload: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async close() {
      clearTimeout(timer)
      site.grammar.stop()
      rootWatcher.close()
      for (const watcher of outside.values()) watcher.close()
      for (const client of clients) client.end()
      clients.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

function send(response: ServerResponse, request: IncomingMessage, status: number, type: string, body: string | Uint8Array, cache = 'no-store'): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  response.writeHead(status, {
    'content-type': type,
    'content-length': bytes.byteLength,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
    'content-security-policy': CSP,
    'referrer-policy': 'no-referrer',
  })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}

function sendFile(request: IncomingMessage, response: ServerResponse, file: string, cache?: string): void {
  send(response, request, 200, TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', readFileSync(file), cache)
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, 'cache-control': 'no-store', 'content-length': 0 }).end()
}
