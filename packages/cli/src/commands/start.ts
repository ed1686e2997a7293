/**
 * `offre start [content-dir] [--out dist]`: the main job, what `npm start` runs.
 * Lints the content, then builds the artifacts when the lint found no error.
 */
import { parseArgs } from 'node:util'
import { EXIT } from '../errors.js'
import type { Io } from '../io.js'
import type { Command } from './command.js'
import { lintCommand } from './lint.js'

/** The build step, plugged in by the command list (kept apart so `start` stays a composition). */
export function startCommand(build: Command | undefined): Command {
  return {
    name: 'start',
    summary: 'vérifie le contenu puis construit les artefacts (HTML, JSON) : la tâche principale',
    usage: 'offre start [dossier-de-contenu] [--out dist] [--format stylish|json] [--config F]',
    async run(args: string[], io: Io): Promise<number> {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: 'string', default: 'dist' }, format: { type: 'string', default: 'stylish' }, config: { type: 'string' } },
      })
      const root = positionals[0] ?? 'content'
      const config = values.config === undefined ? [] : ['--config', values.config]
      const lint = await lintCommand.run([root, '--format', values.format, ...config], io)
      if (lint !== EXIT.ok) {
        io.stderr.write('offre start : des erreurs empêchent la construction (voir ci-dessus)\n')
        return lint
      }
      return build ? build.run([root, '--out', values.out, ...config], io) : EXIT.ok
    },
  }
}
