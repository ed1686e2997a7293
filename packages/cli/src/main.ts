/**
 * The `offre` command line: dispatches to a subcommand, and is the only place that
 * turns errors into exit codes (0 ok, 1 findings, 2 usage or configuration error).
 */
import { BUILD_SUMMARY, BUILD_USAGE } from './commands/build-help.js'
import { lintCommand } from './commands/lint.js'
import { parseCommand } from './commands/parse.js'
import { PREVIEW_SUMMARY, PREVIEW_USAGE } from './preview/help.js'
import { startCommand } from './commands/start.js'
import type { Command } from './commands/command.js'
import { EXIT, ExitError } from './errors.js'
import { processIo, type Io } from './io.js'
import { version } from './version.js'

// The build publishes each page at the URL the site's generator gives it (folder rules,
// `permalink`, `slugOverride`), the same that the link checker resolves links against.
// The renderer is loaded only when a build runs: `offre lint` starts without it.
const buildCommand: Command = {
  name: 'build',
  summary: BUILD_SUMMARY,
  usage: BUILD_USAGE,
  async run(args, io) {
    const { createBuildCommand } = await import('./commands/build.js')
    return createBuildCommand({ site: true }).run(args, io)
  },
}
// The language server for editors: vscode-languageserver is loaded only by `offre lsp`.
const lspCommand: Command = {
  name: 'lsp',
  summary: 'serveur de langage (LSP) pour les éditeurs, sur l’entrée et la sortie standard',
  usage: 'offre lsp [--stdio] [--locale fr|en]',
  async run(args, io) {
    const { lspCommand: command } = await import('./commands/lsp.js')
    return command.run(args, io)
  },
}
const commands: Command[] = [startCommand(buildCommand), lintCommand, buildCommand, parseCommand, lspCommand]
// `offre preview` serves the pages as the build publishes them, findings in place: its
// server and the renderer are loaded only when it runs, as for `offre build`.
commands.push({
  name: 'preview',
  summary: PREVIEW_SUMMARY,
  usage: PREVIEW_USAGE,
  async run(args, io) {
    const { previewCommand } = await import('./commands/preview.js')
    return previewCommand.run(args, io)
  },
})

export function registerCommand(command: Command): void {
  commands.push(command)
}


function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    'offre : contenu en code pour l’offre de services de code.gouv.fr',
    '',
    'Usage : offre <commande> [options]',
    '',
    'Commandes :',
    ...lines,
    '',
    'Options : --help, --version. `offre <commande> --help` détaille une commande.',
    'Codes de sortie : 0 sans erreur, 1 erreurs trouvées, 2 erreur d’usage ou de configuration.',
    '',
  ].join('\n')
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined) {
    // No command: a usage error, said where errors go.
    io.stderr.write(help())
    return EXIT.usage
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help())
    return EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`)
    return EXIT.ok
  }
  const command = commands.find((c) => c.name === name)
  if (command === undefined) {
    io.stderr.write(`offre : commande inconnue \`${name}\` (commandes : ${commands.map((c) => c.name).join(', ')})\n`)
    return EXIT.usage
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`Usage : ${command.usage}\n${command.summary}\n`)
    return EXIT.ok
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof ExitError) {
      io.stderr.write(`offre ${command.name} : ${error.message}\n`)
      return error.code
    }
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`offre ${command.name} : ${describeArgsError(error as Error)} (usage : ${command.usage})\n`)
      return EXIT.usage
    }
    throw error
  }
}

/** node:util parseArgs errors, said in French with the option in backticks. */
function describeArgsError(error: Error): string {
  const option = /'([^']+)'/.exec(error.message)?.[1]
  const code = (error as { code?: string }).code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `option inconnue \`${option}\``
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `valeur manquante ou invalide pour \`${option ?? error.message}\``
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `argument inattendu \`${option}\``
  return error.message
}
