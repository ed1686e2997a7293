/**
 * Grammalecte for a language-server session: one server process, started at the
 * first page of a project whose `grammar:` is not `off`, stopped at shutdown. A
 * missing Grammalecte is said once in the editor (a warning under `auto`, an error
 * under `on`, with the install command), and pages are linted without grammar.
 */
import { GRAMMALECTE_OPTIONS } from 'remark-lint-offre'
import { INSTALL_HINT, locateGrammalecte } from './locate.js'
import type { GrammarChecker } from 'remark-lint-offre'
import { grammarCheckerOf, type GrammarMode, type GrammarSetup } from './run.js'
import { startGrammalecteServer, type GrammalecteServer } from './server.js'

export interface SessionGrammar {
  setupFor(mode: GrammarMode): Promise<GrammarSetup | undefined>
  stop(): void
}

export function sessionGrammar(say: (text: string, error: boolean) => void, env: NodeJS.ProcessEnv = process.env): SessionGrammar {
  let server: GrammalecteServer | undefined
  let started: Promise<GrammarSetup | undefined> | undefined
  const told = new Set<GrammarMode>()
  const tell = (mode: GrammarMode, text: string) => {
    if (told.has(mode)) return
    told.add(mode)
    say(text, mode === 'on')
  }
  return {
    async setupFor(mode) {
      if (mode === 'off' || (mode === 'auto' && env.OFFRE_GRAMMALECTE === 'off')) return undefined
      const grammalecte = locateGrammalecte(env)
      if (grammalecte === undefined) {
        tell(mode, mode === 'on' ? `offre : Grammalecte introuvable (\`grammar: on\`) : ${INSTALL_HINT}` : `offre : Grammalecte n’est pas installé, la grammaire n’est pas vérifiée ; ${INSTALL_HINT}`)
        return undefined
      }
      started ??= (async () => {
        server = startGrammalecteServer(grammalecte.executable)
        try {
          await server.ready
          return { urls: [server.url], options: GRAMMALECTE_OPTIONS }
        } catch (error) {
          tell(mode, `offre : Grammalecte n’a pas pu démarrer (${(error as Error).message}) ; la grammaire n’est pas vérifiée`)
          return undefined
        }
      })()
      return started
    },
    stop() {
      server?.stop()
    },
  }
}

/**
 * A checker that starts the session's Grammalecte at its first check (`mode` decides
 * whether it is wanted): for a linter made synchronously, as the preview makes its own.
 */
export function lazyGrammarChecker(session: SessionGrammar, mode: GrammarMode): GrammarChecker {
  let checker: Promise<GrammarChecker | undefined> | undefined
  return {
    async check(paragraphs) {
      checker ??= session.setupFor(mode).then((setup) => grammarCheckerOf(setup))
      const ready = await checker
      return ready === undefined ? paragraphs.map(() => []) : ready.check(paragraphs)
    },
  }
}
