/**
 * Grammar for one run of `offre lint` (or one language-server session), by the
 * configuration's `grammar:` and `--grammar`: `off` never; `auto` (the default)
 * with Grammalecte when it is installed, else one notice for the whole run; `on`
 * requires it (exit 2 with the install hint). One Grammalecte server per lint
 * thread, started once and stopped at the end; the threads get their URLs.
 */
import { GRAMMALECTE_OPTIONS, type GrammarChecker } from 'remark-lint-offre'
import { EXIT, ExitError } from '../errors.js'
import type { Io } from '../io.js'
import { grammalecteChecker } from './client.js'
import { INSTALL_HINT, locateGrammalecte } from './locate.js'
import { startGrammalecteServer, urlOf, type GrammalecteServer } from './server.js'

export type GrammarMode = 'auto' | 'on' | 'off'

/** Pages a lint thread keeps in flight while they wait on Grammalecte. */
export const GRAMMAR_CONCURRENCY = 3

export const GRAMMAR_MODES: readonly GrammarMode[] = ['auto', 'on', 'off']

/** What a lint thread needs to check grammar: plain data, cloned to the workers. */
export interface GrammarSetup {
  urls: string[]
  options: Readonly<Record<string, boolean>>
}

export interface GrammarRun {
  /** For the worker threads (servers ready); `undefined` when grammar is not checked in this run. */
  setup: GrammarSetup | undefined
  /**
   * For a lint on this thread: every server, each check to the least busy, each
   * waiting for its server to answer (so that the lint starts meanwhile).
   */
  checker: GrammarChecker | undefined
  /** What the lint cache must know: whether grammar was checked, and by which Grammalecte. */
  key: string
  stop(): void
}

/** Grammar is not checked and cannot be: `grammar: on` without Grammalecte, or Grammalecte that does not start. */
export class GrammarUnavailableError extends ExitError {
  readonly rule = 'offre:grammalecte'
  constructor(message: string) {
    super(message, EXIT.usage)
    this.name = 'GrammarUnavailableError'
  }
}

const OFF: GrammarRun = { setup: undefined, checker: undefined, key: 'off', stop: () => undefined }

export interface GrammarOptions {
  /** Grammalecte processes to start (one per lint thread). */
  servers: number
  /** Whether the run is on worker threads: they get the servers' addresses once the servers answer. */
  workers: boolean
}

/** Starts what `mode` asks for. */
export async function openGrammar(mode: GrammarMode, io: Io, { servers, workers }: GrammarOptions): Promise<GrammarRun> {
  // `OFFRE_GRAMMALECTE=off` turns grammar off where the configuration says `auto` (a test, a machine without it).
  if (mode === 'off' || (mode === 'auto' && io.env.OFFRE_GRAMMALECTE === 'off')) return OFF
  const grammalecte = locateGrammalecte(io.env)
  if (grammalecte === undefined) {
    if (mode === 'on') throw new GrammarUnavailableError(`Grammalecte introuvable (\`grammar: on\`) : ${INSTALL_HINT}`)
    io.stderr.write(`offre : Grammalecte n’est pas installé, la grammaire n’est pas vérifiée ; ${INSTALL_HINT} (ou \`--grammar off\` pour ne plus le demander)\n`)
    return OFF
  }
  const started: GrammalecteServer[] = []
  for (let i = 0; i < Math.max(1, servers); i++) started.push(startGrammalecteServer(grammalecte.executable))
  const stop = () => {
    for (const server of started) server.stop()
  }
  const failure = (error: unknown) => `Grammalecte n’a pas pu démarrer : ${(error as Error).message}`
  const key = `grammalecte:${grammalecte.stamp}`
  // Worker threads need the servers' final addresses; `on` must fail before the lint when they cannot start.
  if (workers || mode === 'on') {
    try {
      await Promise.all(started.map((server) => server.ready))
    } catch (error) {
      stop()
      if (mode === 'on') throw new GrammarUnavailableError(failure(error))
      io.stderr.write(`offre : ${failure(error)} ; la grammaire n’est pas vérifiée\n`)
      return OFF
    }
    const setup = { urls: started.map((server) => server.url), options: GRAMMALECTE_OPTIONS }
    return workers ? { setup, checker: undefined, key, stop } : { setup: undefined, checker: grammarCheckerOf(setup), key, stop }
  }
  // On this thread: the pages are linted while the servers start; a check waits for its server.
  let told = false
  const checkers = started.map((server): GrammarChecker => {
    const checker = grammalecteChecker({ url: urlOf(server), options: GRAMMALECTE_OPTIONS })
    return {
      async check(paragraphs) {
        try {
          await server.ready
        } catch (error) {
          if (!told) io.stderr.write(`offre : ${failure(error)} ; la grammaire n’est pas vérifiée\n`)
          told = true
          return paragraphs.map(() => [])
        }
        return checker.check(paragraphs)
      },
    }
  })
  return { setup: undefined, checker: balanced(checkers), key, stop }
}

/**
 * The checker of a lint thread: the `index`-th server of the run (worker threads,
 * one server each), or without `index` all of them, each check going to the one with
 * the least waiting (a run on one thread still uses every core).
 */
export function grammarCheckerOf(setup: GrammarSetup | undefined, index?: number): GrammarChecker | undefined {
  if (setup === undefined || setup.urls.length === 0) return undefined
  const checkers = setup.urls.map((url) => grammalecteChecker({ url, options: setup.options }))
  return index === undefined ? balanced(checkers) : checkers[index % checkers.length]
}

/** Several checkers as one: each check goes to the one with the least text waiting. */
function balanced(checkers: readonly GrammarChecker[]): GrammarChecker {
  if (checkers.length === 1) return checkers[0] as GrammarChecker
  const waiting = checkers.map(() => 0)
  return {
    async check(paragraphs) {
      const size = paragraphs.reduce((sum, text) => sum + text.length, 0)
      let chosen = 0
      for (let index = 1; index < checkers.length; index++) if ((waiting[index] ?? 0) < (waiting[chosen] ?? 0)) chosen = index
      waiting[chosen] = (waiting[chosen] ?? 0) + size
      try {
        return await (checkers[chosen] as GrammarChecker).check(paragraphs)
      } finally {
        waiting[chosen] = (waiting[chosen] ?? 0) - size
      }
    },
  }
}

export function isGrammarMode(value: string): value is GrammarMode {
  return (GRAMMAR_MODES as readonly string[]).includes(value)
}
