/**
 * One Grammalecte server process on 127.0.0.1, for the length of a run (or of a
 * language-server session): Grammalecte loads its dictionaries once, then answers
 * each batch of paragraphs over HTTP. Its port is one the system had free a moment
 * before; if another program takes it meanwhile, the server fails to start and the
 * next port is tried.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export interface GrammalecteServer {
  /** `http://127.0.0.1:PORT`. */
  url: string
  /** Settles when the server answers (rejects with what it printed when it cannot start). */
  ready: Promise<void>
  /** Ends the process (and its worker). */
  stop(): void
}

/** How long the server has to answer its first request. */
const START_TIMEOUT_MS = 30_000
const ATTEMPTS = 3

export function startGrammalecteServer(executable: string): GrammalecteServer {
  let child: ChildProcess | undefined
  let stopped = false
  let url = ''
  const started = (async () => {
    let last: Error | undefined
    for (let attempt = 0; attempt < ATTEMPTS && !stopped; attempt++) {
      const port = await freePort()
      url = `http://127.0.0.1:${port}`
      try {
        child = spawnServer(executable, port)
        await waitUntilReady(child, url)
        return url
      } catch (error) {
        last = error as Error
        if (child !== undefined) killGroup(child, 'SIGKILL')
      }
    }
    throw last ?? new Error('Grammalecte arrêté')
  })()
  // The URL is known once the port is chosen; callers await `ready` (or `urlOf`) first.
  const server: GrammalecteServer = {
    get url() {
      return url
    },
    ready: started.then(() => undefined),
    stop() {
      stopped = true
      if (child !== undefined) killGroup(child, 'SIGTERM')
      process.off('exit', onExit)
    },
  }
  // A run that ends, however it ends, ends its server, and the server's worker process with it.
  const onExit = () => {
    if (child !== undefined) killGroup(child, 'SIGKILL')
  }
  process.once('exit', onExit)
  server.ready.catch(() => undefined)
  return server
}

/** The server's URL once it answers. */
export async function urlOf(server: GrammalecteServer): Promise<string> {
  await server.ready
  return server.url
}

/** Starts `"$@"` in the background, waits for standard input to close, then ends the group. */
const WATCHDOG = '"$@" </dev/null & read _; kill -TERM 0'

function spawnServer(executable: string, port: number): ChildProcess {
  // One worker process: offre runs one server per lint thread, which is how it uses every core.
  // Through a shell that holds a pipe from this process: when this process ends, even
  // killed, the pipe closes, `read` returns and the shell ends its process group (the
  // server and the worker it forks). A process group of its own (`detached`), so that
  // `killGroup` ends them all too.
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'grammalecte', executable, '-ht', '127.0.0.1', '-p', String(port), '-mp', '1'], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    // A fixed hash seed: Grammalecte lists some suggestions from Python sets, whose order
    // otherwise changes from one run to the next (`mise` or `mettent` first).
    env: { ...process.env, PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' },
  })
  // What it prints is kept for an error message, and otherwise dropped: never a full pipe.
  const output: string[] = []
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'))
    if (output.length > 50) output.shift()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  Object.assign(child, { printed: output })
  // The process never keeps a finished run alive.
  child.unref()
  ;(child.stdin as { unref?: () => void } | null)?.unref?.()
  ;(child.stdout as { unref?: () => void } | null)?.unref?.()
  ;(child.stderr as { unref?: () => void } | null)?.unref?.()
  return child
}

/** Ends the server and the worker it forked (its process group), or the server alone where groups do not exist. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  let exited: string | undefined
  child.once('exit', (code, signal) => (exited = `code ${code ?? signal}`))
  child.once('error', (error) => (exited = error.message))
  for (;;) {
    if (exited !== undefined) throw new Error(`Grammalecte n’a pas démarré (${exited}) : ${printed(child)}`)
    try {
      const response = await fetch(`${url}/get_options/fr`, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`Grammalecte ne répond pas après ${START_TIMEOUT_MS / 1000} s : ${printed(child)}`)
    await new Promise((resolve) => setTimeout(resolve, 40))
  }
}

function printed(child: ChildProcess): string {
  const lines = ((child as { printed?: string[] }).printed ?? []).join('').trim().split('\n')
  return lines.slice(-3).join(' ⏎ ') || 'rien affiché'
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}
