/**
 * `offre lint [paths...]`: lints pages with the remark-lint-offre preset and
 * reports findings as they come; `--fix` writes the safe fixes. Exit 0 clean,
 * 1 errors (or more warnings than `--max-warnings`), 2 usage or configuration error.
 * A run that cannot be done (an invalid configuration, a crash) still closes every
 * report with what stopped it, at its place, before exit 2.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_MAX_FILE_SIZE } from '@offre/model'
import { ConfigError, EXIT, ExitError, UsageError } from '../errors.js'
import { findMarkdownFiles } from '../files.js'
import { affectedPages, changedSince } from '../git.js'
import type { Io } from '../io.js'
import { type FileStamp, LintCache, contentHash, runKey } from '../lint/cache.js'
import { createLinter } from '../lint/engine.js'
import { failure, lintOne } from '../lint/lint-one.js'
import { lintThreads, runLint } from '../lint/runner.js'
import type { GrammarChecker } from 'remark-lint-offre'
import { GRAMMAR_MODES, GrammarUnavailableError, isGrammarMode, openGrammar, type GrammarMode, type GrammarRun } from '../grammalecte/run.js'
import type { LintSetup, LintTask } from '../lint/task.js'
import { progress } from '../progress.js'
import { loadProject, type Project } from '../project.js'
import { findContentRoot } from 'remark-lint-offre/project'
import { count, emptyTotals, type Finding } from '../reporters/finding.js'
import { FORMATS, isFormat } from '../reporters/index.js'
import { parseReportOption, Reports, type ReportTarget } from '../reporters/outputs.js'
import { inShard, parseShard } from '../shard.js'
import { parseSize } from '../size.js'
import { version } from '../version.js'
import type { Command } from './command.js'

const DEFAULT_CACHE = 'node_modules/.cache/offre/lint.json'

export const lintCommand: Command = {
  name: 'lint',
  summary: 'vérifie les pages (orthographe, typographie, liens, sections…) ; --fix corrige ce qui est sûr',
  usage: `offre lint [chemins...] [--stdin [--stdin-filename F]] [--fix] [--format ${FORMATS.join('|')}] [--report FORMAT=FICHIER]... [--max-warnings N] [--cache] [--cache-location F] [--changed-since REF] [--shard i/n] [--jobs N] [--max-file-size TAILLE] [--config F] [--locale fr|en] [--grammar auto|on|off] [--quiet]`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        fix: { type: 'boolean', default: false },
        format: { type: 'string', default: 'stylish' },
        report: { type: 'string', multiple: true, default: [] },
        'max-warnings': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        'changed-since': { type: 'string' },
        shard: { type: 'string' },
        jobs: { type: 'string' },
        'max-file-size': { type: 'string' },
        config: { type: 'string' },
        locale: { type: 'string' },
        grammar: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
      },
    })
    // Every option is checked before anything runs: a bad one fails at once, with the valid choices.
    const maxWarnings = integerOption(values['max-warnings'], '--max-warnings', 0) ?? Infinity
    const jobs = integerOption(values.jobs, '--jobs', 1)
    const maxFileSize = values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size'], '--max-file-size')
    if (values.locale !== undefined && values.locale !== 'fr' && values.locale !== 'en') throw new UsageError(`--locale attend \`fr\` ou \`en\`, reçu \`${values.locale}\``)
    const locale = values.locale as 'fr' | 'en' | undefined
    if (values.grammar !== undefined && !isGrammarMode(values.grammar)) throw new UsageError(`--grammar attend ${GRAMMAR_MODES.map((mode) => `\`${mode}\``).join(', ')}, reçu \`${values.grammar}\``)
    const shard = values.shard === undefined ? undefined : parseShard(values.shard)
    if (!isFormat(values.format)) throw new UsageError(`format inconnu \`${values.format}\`, attendu l’un de : ${FORMATS.join(', ')}`)
    const targets: ReportTarget[] = [{ format: values.format }, ...values.report.map((value) => parseReportOption(value, io.cwd))]
    // In a GitHub Actions step, the annotations come with the job summary unless one is asked for elsewhere.
    const stepSummary = io.env.GITHUB_STEP_SUMMARY
    if (values.format === 'github' && stepSummary && !targets.some((target) => target.format === 'summary')) targets.push({ format: 'summary', file: stepSummary })
    if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename va avec --stdin (le texte à vérifier est lu sur l’entrée standard)')
    if (values.stdin && positionals.length > 0) throw new UsageError(`--stdin lit la page sur l’entrée standard : pas de chemin en plus (reçu \`${positionals[0]}\`)`)
    if (values.stdin && (values.cache || values.shard !== undefined || values['changed-since'] !== undefined)) throw new UsageError('--stdin ne se combine pas avec --cache, --shard ni --changed-since')
    const stdinFile = values.stdin ? path.resolve(io.cwd, values['stdin-filename'] ?? 'stdin.md') : undefined
    const inputs = stdinFile !== undefined ? [path.dirname(stdinFile)] : positionals.length > 0 ? positionals : ['content']
    if (positionals.length === 0 && stdinFile === undefined) requireContentFolder(io.cwd)
    const reports = new Reports(targets, io, { colour: Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined, locale })
    const totals = emptyTotals()
    // `--stdin --fix` prints the fixed text alone: no report after it.
    const fixedToStdout = values.stdin && values.fix
    try {
      const code = await lint()
      if (!fixedToStdout) reports.end(totals)
      return code
    } catch (error) {
      // What stopped the run is said in every format, at its place; then exit 2 (main prints the message).
      reports.failure(problemsOf(error), totals)
      if (error instanceof ExitError) throw error
      throw new ExitError(`erreur interne : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, EXIT.usage)
    }

    async function lint(): Promise<number> {
      const project = loadProject(stdinFile === undefined ? inputs : [projectRootOf(stdinFile, io.cwd)], io, { config: values.config, locale })
      if (stdinFile !== undefined) return lintStdin(stdinFile, project)
      const found = findMarkdownFiles(inputs, io.cwd)
      const affected =
        values['changed-since'] === undefined
          ? undefined
          : affectedPages(changedSince(values['changed-since'], io.cwd), {
              pages: found.files,
              projectFiles: project.files,
              contentPathOf: (file) => project.contentPathOf(file),
              siteRules: project.settings.siteRules,
            })
      const files = found.files.filter((file) => (affected === undefined || affected.has(file)) && (shard === undefined || inShard(project.contentPathOf(file), shard)))

      const threads = lintThreads(files.length, jobs === undefined ? {} : { jobs })
      // One Grammalecte per worker thread; a run on this thread keeps one per core busy.
      const servers = threads > 1 ? threads : Math.min(availableParallelism(), Math.ceil(files.length / 2))
      const grammar = await openGrammar(files.length > 0 ? grammarMode(project) : 'off', io, { servers, workers: threads > 1 })
      try {
        return await lintFiles(project, found, files, grammar)
      } finally {
        grammar.stop()
      }
    }

    function grammarMode(project: Project): GrammarMode {
      return (values.grammar as GrammarMode | undefined) ?? project.grammar
    }

    async function lintFiles(project: Project, found: ReturnType<typeof findMarkdownFiles>, files: string[], grammar: GrammarRun): Promise<number> {
      const setup: LintSetup = { presetOptions: project.presetOptions, fix: values.fix, settings: project.settings, maxFileSize, grammar: grammar.setup }
      if (reports.editPlaces) setup.editPlaces = true
      // The servers' addresses change from run to run; which Grammalecte checked does not.
      const cache = values.cache && !values.fix ? new LintCache(path.resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE), runKey([version(), { ...setup, grammar: grammar.key }])) : undefined
      for (const problem of found.problems) {
        const shown = path.relative(io.cwd, problem.path) || problem.path
        const findings = [failure(shown, `${problem.reason} : ignoré`)]
        count(totals, findings)
        reports.file(shown, findings)
      }

      const shownOf = (file: string) => path.relative(io.cwd, file) || file
      const hashes: string[] = []
      const stamps: Array<FileStamp | undefined> = []
      function* tasks(): Generator<LintTask> {
        for (const [index, absolute] of files.entries()) {
          const task: LintTask = { index, absolute, shown: shownOf(absolute), contentPath: project.contentPathOf(absolute) }
          if (cache) {
            let hash: string | undefined
            try {
              // Stamped before the read: a change made meanwhile gets a new stamp next time.
              const { size, mtimeMs } = statSync(absolute)
              stamps[index] = { size, mtimeMs }
              // Same size and time as recorded: unchanged, not even read.
              hash = cache.unchangedHash(task.contentPath, { size, mtimeMs })
              // A page past the size limit is not read: the linter reports it.
              if (hash === undefined && size <= (maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) task.bytes = readFileSync(absolute)
            } catch {
              // Unreadable: the linter reports it.
            }
            hash ??= task.bytes ? contentHash(task.bytes) : ''
            hashes[index] = hash
            const known = cache.get(task.contentPath, hash, task.shown)
            if (known) {
              task.known = { index, findings: known, fixes: 0, cached: true }
              const stamp = stamps[index]
              if (stamp) cache.restamp(task.contentPath, stamp)
            }
          }
          yield task
        }
      }

      const bar = progress(io, files.length, 'offre lint')
      let done = 0
      for await (const outcome of runLint(setup, tasks(), files.length, { ...(jobs === undefined ? {} : { jobs }), grammar: grammar.checker })) {
        const absolute = files[outcome.index] as string
        if (outcome.cached) totals.cached++
        else if (cache && !outcome.findings.some((f) => f.rule === 'offre')) cache.set(project.contentPathOf(absolute), hashes[outcome.index] ?? '', outcome.findings, stamps[outcome.index])
        const findings = values.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings
        totals.files++
        totals.fixed += outcome.fixes
        count(totals, findings)
        reports.file(shownOf(absolute), findings)
        bar.tick(++done)
      }
      bar.end()
      cache?.save()
      return totals.errors > 0 || totals.warnings > maxWarnings ? EXIT.findings : EXIT.ok
    }

    /**
     * `--stdin`: the page is read from standard input and linted as if it were at
     * `--stdin-filename` (its content root, configuration and content path), for editor
     * plugins that pipe the buffer. With `--fix`, the fixed text is written to standard
     * output, and nothing else: the file on disk is not touched.
     */
    async function lintStdin(file: string, project: Project): Promise<number> {
      const chunks: Buffer[] = []
      for await (const chunk of io.stdin ?? []) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk))
      const bytes = Buffer.concat(chunks)
      const grammar = await openGrammar(grammarMode(project), io, { servers: 1, workers: false })
      try {
        return await lintStdinBytes(file, project, bytes, grammar.checker)
      } finally {
        grammar.stop()
      }
    }

    async function lintStdinBytes(file: string, project: Project, bytes: Buffer, grammar: GrammarChecker | undefined): Promise<number> {
      const linter = createLinter(project.presetOptions, false, { maxFileSize }, { grammar })
      const settings = { ...project.settings, contentPath: project.contentPathOf(file) }
      const shown = path.relative(io.cwd, file) || file
      if (values.fix) {
        const { file: result, output } = await linter.fixSource(bytes, shown, settings)
        io.stdout.write(output ?? (typeof result.value === 'string' ? result.value : bytes.toString('utf8')))
        return result.messages.some((m) => m.fatal === true) ? EXIT.findings : EXIT.ok
      }
      const setup: LintSetup = { presetOptions: project.presetOptions, fix: false, settings: project.settings, maxFileSize, editPlaces: reports.editPlaces }
      const outcome = await lintOne(linter, setup, { index: 0, absolute: file, shown, contentPath: settings.contentPath, bytes })
      const findings = values.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings
      totals.files++
      count(totals, findings)
      reports.file(shown, findings)
      return totals.errors > 0 || totals.warnings > maxWarnings ? EXIT.findings : EXIT.ok
    }
  },
}

/** The content root of a page given by name: the nearest folder above it with `offre.config.yml`, else `content/`, else its folder. */
function projectRootOf(file: string, cwd: string): string {
  return findContentRoot(file) ?? (existsSync(path.join(cwd, 'content')) ? path.join(cwd, 'content') : path.dirname(file))
}

/** What stopped a run, as findings at their places: the project's problems, or the error itself. */
function problemsOf(error: unknown): Finding[] {
  if (error instanceof ConfigError) {
    return error.problems.map((problem) => ({
      file: problem.file,
      rule: problem.rule,
      severity: 'error',
      line: problem.line,
      column: problem.column,
      endLine: problem.endLine,
      endColumn: problem.endColumn,
      message: problem.message,
      actual: null,
      expected: null,
      url: problem.url,
      fixable: false,
    }))
  }
  const message = error instanceof ExitError ? error.message : `erreur interne : ${error instanceof Error ? error.message : String(error)}`
  const rule = error instanceof GrammarUnavailableError ? error.rule : error instanceof ExitError ? 'offre:usage' : 'offre:internal-error'
  return [{ ...failure('offre', message), rule }]
}

/** With no path given, the pages are in `content/`: say how to name another folder when there is none. */
function requireContentFolder(cwd: string): void {
  const content = path.resolve(cwd, 'content')
  if (existsSync(content) && statSync(content).isDirectory()) return
  throw new UsageError('aucun dossier `content/` ici : indiquez le dossier ou les fichiers à vérifier, par exemple `offre lint docs` ou `offre lint pages/accueil.md`')
}

function integerOption(value: string | undefined, name: string, minimum: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < minimum) {
    throw new UsageError(`${name} attend un entier ${minimum === 0 ? 'positif ou nul' : `supérieur ou égal à ${minimum}`}, reçu \`${value}\``)
  }
  return number
}
