/**
 * `offre lint [paths...]`: lints pages with the remark-lint-offre preset and
 * reports findings as they come; `--fix` writes the safe fixes. Exit 0 clean,
 * 1 errors (or more warnings than `--max-warnings`), 2 usage or configuration error.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_MAX_FILE_SIZE } from '@offre/model'
import { EXIT, UsageError } from '../errors.js'
import { findMarkdownFiles } from '../files.js'
import { changedSince } from '../git.js'
import type { Io } from '../io.js'
import { type FileStamp, LintCache, contentHash, runKey } from '../lint/cache.js'
import { failure } from '../lint/lint-one.js'
import { runLint } from '../lint/runner.js'
import type { LintSetup, LintTask } from '../lint/task.js'
import { progress } from '../progress.js'
import { loadProject } from '../project.js'
import { count, emptyTotals } from '../reporters/finding.js'
import { FORMATS, createReporter } from '../reporters/index.js'
import { inShard, parseShard } from '../shard.js'
import { parseSize } from '../size.js'
import { version } from '../version.js'
import type { Command } from './command.js'

const DEFAULT_CACHE = 'node_modules/.cache/offre/lint.json'

export const lintCommand: Command = {
  name: 'lint',
  summary: 'vérifie les pages (orthographe, typographie, liens, sections…) ; --fix corrige ce qui est sûr',
  usage: `offre lint [chemins...] [--fix] [--format ${FORMATS.join('|')}] [--max-warnings N] [--cache] [--cache-location F] [--changed-since REF] [--shard i/n] [--jobs N] [--max-file-size TAILLE] [--config F] [--locale fr|en] [--quiet]`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        fix: { type: 'boolean', default: false },
        format: { type: 'string', default: 'stylish' },
        'max-warnings': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        'changed-since': { type: 'string' },
        shard: { type: 'string' },
        jobs: { type: 'string' },
        'max-file-size': { type: 'string' },
        config: { type: 'string' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    })
    const maxWarnings = integerOption(values['max-warnings'], '--max-warnings') ?? Infinity
    const jobs = integerOption(values.jobs, '--jobs')
    const maxFileSize = values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size'], '--max-file-size')
    if (values.locale !== undefined && values.locale !== 'fr' && values.locale !== 'en') throw new UsageError(`--locale attend \`fr\` ou \`en\`, reçu \`${values.locale}\``)
    const shard = values.shard === undefined ? undefined : parseShard(values.shard)
    const reporter = createReporter(values.format, { colour: Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined })
    const inputs = positionals.length > 0 ? positionals : ['content']
    const project = loadProject(inputs, io, { config: values.config, locale: values.locale as 'fr' | 'en' | undefined })
    const found = findMarkdownFiles(inputs, io.cwd)
    const changed = values['changed-since'] === undefined ? undefined : changedSince(values['changed-since'], io.cwd)
    const files = found.files.filter((file) => (changed === undefined || changed.has(file)) && (shard === undefined || inShard(project.contentPathOf(file), shard)))

    const setup: LintSetup = { presetOptions: project.presetOptions, fix: values.fix, settings: project.settings, maxFileSize }
    const cache = values.cache && !values.fix ? new LintCache(path.resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE), runKey([version(), setup])) : undefined
    const totals = emptyTotals()
    for (const problem of found.problems) {
      const shown = path.relative(io.cwd, problem.path) || problem.path
      const findings = [failure(shown, `${problem.reason} : ignoré`)]
      count(totals, findings)
      io.stdout.write(reporter.file(shown, findings))
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
    for await (const outcome of runLint(setup, tasks(), files.length, jobs === undefined ? {} : { jobs })) {
      const absolute = files[outcome.index] as string
      if (outcome.cached) totals.cached++
      else if (cache && !outcome.findings.some((f) => f.rule === 'offre')) cache.set(project.contentPathOf(absolute), hashes[outcome.index] ?? '', outcome.findings, stamps[outcome.index])
      const findings = values.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings
      totals.files++
      totals.fixed += outcome.fixes
      count(totals, findings)
      io.stdout.write(reporter.file(shownOf(absolute), findings))
      bar.tick(++done)
    }
    bar.end()
    cache?.save()
    io.stdout.write(reporter.end(totals))
    return totals.errors > 0 || totals.warnings > maxWarnings ? EXIT.findings : EXIT.ok
  },
}

function integerOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`${name} attend un entier positif, reçu \`${value}\``)
  return number
}
