/**
 * `offre lint [paths...]`: lints pages with the remark-lint-offre preset and
 * reports findings; `--fix` writes the safe fixes. Exit 0 clean, 1 errors (or more
 * warnings than `--max-warnings`), 2 usage or configuration error.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { EXIT, UsageError } from '../errors.js'
import { findMarkdownFiles } from '../files.js'
import type { Io } from '../io.js'
import { loadProject } from '../project.js'
import { createLinter } from '../lint/engine.js'
import { count, emptyTotals, toFinding } from '../reporters/finding.js'
import { FORMATS, createReporter } from '../reporters/index.js'
import type { Command } from './command.js'

export const lintCommand: Command = {
  name: 'lint',
  summary: 'vérifie les pages (orthographe, typographie, liens, sections…) ; --fix corrige ce qui est sûr',
  usage: `offre lint [chemins...] [--fix] [--format ${FORMATS.join('|')}] [--max-warnings N] [--config FICHIER] [--locale fr|en] [--quiet]`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        fix: { type: 'boolean', default: false },
        format: { type: 'string', default: 'stylish' },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    })
    const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError(`--max-warnings attend un entier, reçu \`${values['max-warnings']}\``)
    if (values.locale !== undefined && values.locale !== 'fr' && values.locale !== 'en') throw new UsageError(`--locale attend \`fr\` ou \`en\`, reçu \`${values.locale}\``)
    const reporter = createReporter(values.format, { colour: Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined })
    const inputs = positionals.length > 0 ? positionals : ['content']
    const project = loadProject(inputs, io, { config: values.config, locale: values.locale as 'fr' | 'en' | undefined })
    const { files, problems } = findMarkdownFiles(inputs, io.cwd)
    const linter = createLinter(project.presetOptions, values.fix)
    const totals = emptyTotals()

    for (const problem of problems) {
      const shown = path.relative(io.cwd, problem.path) || problem.path
      io.stderr.write(`offre lint : ${shown} : ${problem.reason} (ignoré)\n`)
      totals.errors++
    }
    for (const absolute of files) {
      const shown = path.relative(io.cwd, absolute) || absolute
      let findings
      try {
        const result = await linter.lintPage(absolute, shown, project.settingsFor(absolute))
        findings = result.file.messages.map((message) => toFinding(result.file, message))
        totals.fixed += result.fixes
      } catch (error) {
        // One unreadable or odd file must not stop the run: report it and go on.
        const code = (error as NodeJS.ErrnoException).code
        const reason = code ? `fichier illisible (${code})` : `erreur interne : ${(error as Error).message}`
        findings = [{ file: shown, rule: 'offre', severity: 'error' as const, line: 1, column: 1, endLine: 1, endColumn: 1, message: reason, actual: null, expected: null, url: null, fixable: false }]
      }
      if (values.quiet) findings = findings.filter((f) => f.severity === 'error')
      totals.files++
      count(totals, findings)
      io.stdout.write(reporter.file(shown, findings))
    }
    io.stdout.write(reporter.end(totals))
    return totals.errors > 0 || totals.warnings > maxWarnings ? EXIT.findings : EXIT.ok
  },
}
