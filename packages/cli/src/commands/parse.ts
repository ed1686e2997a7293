/**
 * `offre parse FILE`: prints the validated model of one page as JSON on stdout.
 * Exit 0 when valid, 1 when the page has errors (listed on stderr as
 * `file:line:col`), 2 on usage errors.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseOffer } from '@offre/model'
import { VFile } from 'vfile'
import { EXIT, UsageError } from '../errors.js'
import { specialKind } from '../files.js'
import type { Io } from '../io.js'
import { formatMessageLine } from '../message-line.js'
import type { Command } from './command.js'

export const parseCommand: Command = {
  name: 'parse',
  summary: 'affiche le modèle typé d’une page en JSON',
  usage: 'offre parse FICHIER [--locale fr|en] [--compact]',
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { locale: { type: 'string', default: 'fr' }, compact: { type: 'boolean', default: false } },
    })
    if (positionals.length !== 1) throw new UsageError(`attendu un fichier, reçu ${positionals.length} arguments (${this.usage})`)
    const locale = values.locale
    if (locale !== 'fr' && locale !== 'en') throw new UsageError(`--locale attend \`fr\` ou \`en\`, reçu \`${locale}\``)
    const input = positionals[0] as string
    const file = readPage(path.resolve(io.cwd, input), input)
    const { offer } = parseOffer(file, { locale })
    io.stdout.write(`${JSON.stringify(offer, null, values.compact ? undefined : 2)}\n`)
    for (const message of file.messages) io.stderr.write(`${formatMessageLine(file.path, message)}\n`)
    return file.messages.some((message) => message.fatal === true) ? EXIT.findings : EXIT.ok
  },
}

/** Reads a page as bytes (the parser checks the encoding); usage errors for what is not a file. */
export function readPage(absolute: string, shown: string): VFile {
  let stats
  try {
    stats = statSync(absolute)
  } catch {
    throw new UsageError(`fichier introuvable : ${shown}`)
  }
  if (stats.isDirectory()) throw new UsageError(`attendu un fichier, reçu un dossier : ${shown}`)
  // Reading a named pipe would wait for a writer forever.
  if (!stats.isFile()) throw new UsageError(`attendu un fichier, reçu ${specialKind(stats)} : ${shown}`)
  try {
    return new VFile({ path: shown, value: readFileSync(absolute) })
  } catch (error) {
    throw new UsageError(`fichier illisible : ${shown} (${(error as NodeJS.ErrnoException).code ?? 'erreur'})`)
  }
}
