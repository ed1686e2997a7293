/**
 * `offre lsp [--stdio] [--locale fr|en]`: the language server for editors, over
 * standard input and output (see `lsp/server.ts`). Loaded by a dynamic import from
 * `main.ts`, so that `offre lint` never loads vscode-languageserver.
 */
import { realpathSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Io } from '../io.js'
import type { Command } from './command.js'

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'serveur de langage (LSP) pour les éditeurs, sur l’entrée et la sortie standard',
  usage: 'offre lsp [--stdio] [--locale fr|en]',
  async run(args: string[], io: Io): Promise<number> {
    // Editors pass `--stdio` (the only transport), some `--clientProcessId=N` too.
    const { values } = parseArgs({ args, allowPositionals: false, strict: true, options: { stdio: { type: 'boolean', default: false }, locale: { type: 'string' }, clientProcessId: { type: 'string' }, worker: { type: 'boolean', default: false } } })
    if (values.worker) {
      // The server's lint thread (lsp/lint-backend.ts starts it): no connection of its own.
      const { serveLintWorker } = await import('../lsp/lint-worker.js')
      return serveLintWorker()
    }
    if (values.locale !== undefined && values.locale !== 'fr' && values.locale !== 'en') {
      // Said here rather than by a UsageError: errors.js would become a chunk of its own that `offre lint` loads.
      io.stderr.write(`offre lsp : --locale attend \`fr\` ou \`en\`, reçu \`${values.locale}\` (usage : offre lsp [--stdio] [--locale fr|en])\n`)
      return 2
    }
    const { startServer } = await import('../lsp/server.js')
    // The lint thread runs this same executable (`offre lsp --worker`): the bundle needs no entry of its own.
    // Its real path: `node_modules/.bin/offre` is a symbolic link without the `.js` that makes it a module.
    const script = process.argv[1] === undefined ? undefined : realpathSync(process.argv[1])
    const connection = startServer({ locale: values.locale as 'fr' | 'en' | undefined, workerScript: script })
    // The server runs until the client says `exit` (or closes the pipe).
    return new Promise<number>((resolve) => {
      connection.onExit(() => resolve(0))
      process.stdin.on('end', () => resolve(0))
    })
  },
}
