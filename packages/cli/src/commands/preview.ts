/**
 * `offre preview [dossier | page.md...] [--port N] [--config F]`: the pages as
 * `offre build` publishes them, with their findings marked in place and listed in
 * a panel, served on http://127.0.0.1:N (never another address) and reloaded
 * within a second of a change to a page, the configuration, the vocabulary or the
 * site-pages list. Runs until Ctrl-C (or `signal`), then exits 0. Exit 2 for a bad
 * option, an invalid configuration at start, or a port already taken.
 */
import { parseArgs } from 'node:util'
import { findContentRoot } from 'remark-lint-offre/project'
import { EXIT, UsageError } from '../errors.js'
import type { Io } from '../io.js'
import { DEFAULT_PORT, PREVIEW_SUMMARY, PREVIEW_USAGE } from '../preview/help.js'
import { startPreview, type PreviewServer } from '../preview/server.js'
import { previewRoot } from '../preview/site.js'
import type { Command } from './command.js'

export interface PreviewCommandOptions {
  /** Stops the server when aborted (default: Ctrl-C, SIGINT, or SIGTERM). */
  signal?: AbortSignal
  /** Called once the server listens (tests read its address here). */
  onListening?: (preview: PreviewServer) => void
}

/** `--port`: an integer from 0 to 65535 (0: a free port), else a usage error. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port attend un entier de 0 à 65535 (0 : un port libre), reçu \`${value}\``)
  return port
}

export function createPreviewCommand(options: PreviewCommandOptions = {}): Command {
  return {
    name: 'preview',
    summary: PREVIEW_SUMMARY,
    usage: PREVIEW_USAGE,
    async run(args: string[], io: Io): Promise<number> {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { port: { type: 'string' }, config: { type: 'string' } },
      })
      const port = parsePort(values.port)
      const { root, page } = previewRoot(positionals, io.cwd, findContentRoot)
      let preview: PreviewServer
      try {
        preview = await startPreview({
          root,
          io,
          config: values.config,
          port,
          page,
          onError: (error) => io.stderr.write(`offre preview : erreur pendant une requête : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
        })
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EADDRINUSE') throw new UsageError(`le port ${port} est déjà pris : choisissez-en un autre avec --port N (--port 0 en prend un libre)`)
        if (code === 'EACCES') throw new UsageError(`le port ${port} est réservé : choisissez-en un autre avec --port N (au-dessus de 1023)`)
        throw error
      }
      io.stdout.write(`offre preview : ${preview.url}\n`)
      io.stdout.write('Les pages se rechargent à chaque modification du contenu ; Ctrl-C pour arrêter.\n')
      options.onListening?.(preview)
      await stopped(options.signal)
      await preview.close()
      io.stdout.write('offre preview : arrêté\n')
      return EXIT.ok
    },
  }
}

/** Resolves when `signal` aborts, or at Ctrl-C (SIGINT) or SIGTERM when there is none. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal !== undefined) {
      if (signal.aborted) resolve()
      else signal.addEventListener('abort', () => resolve(), { once: true })
      return
    }
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

export const previewCommand: Command = createPreviewCommand()
