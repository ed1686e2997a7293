/**
 * The reports of one run: the `--format` one on standard output as findings come,
 * and each `--report FORMAT=FILE` written when the run ends (replaced in one step,
 * so a reader never sees half a report; `summary` is appended, as GitHub's
 * `$GITHUB_STEP_SUMMARY` expects). One lint, every format a workflow needs.
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import type { Io } from '../io.js'
import { writeFileAtomic } from '../write.js'
import type { Finding, Totals } from './finding.js'
import { createReporter, EDITING_FORMATS, FORMATS, isFormat, type ReporterContext } from './index.js'
import type { Reporter } from './reporter.js'

export interface ReportTarget {
  format: string
  /** Absolute path; none for standard output. */
  file?: string
}

/** `sarif=offre.sarif` → the format and the file (relative to the working directory). */
export function parseReportOption(value: string, cwd: string): ReportTarget {
  const match = /^([a-z]+)=(.+)$/.exec(value)
  if (match === null) throw new UsageError(`--report attend \`FORMAT=FICHIER\` (par exemple \`--report sarif=offre.sarif\`), reçu \`${value}\``)
  const [, format, file] = match as unknown as [string, string, string]
  if (!isFormat(format)) throw new UsageError(`--report : format inconnu \`${format}\`, attendu l’un de : ${FORMATS.join(', ')}`)
  return { format, file: path.resolve(cwd, file) }
}

export class Reports {
  readonly #outputs: Array<{ target: ReportTarget; reporter: Reporter; chunks: string[] }>
  readonly #io: Io

  constructor(targets: ReportTarget[], io: Io, context: ReporterContext) {
    this.#io = io
    this.#outputs = targets.map((target) => ({ target, reporter: createReporter(target.format, context), chunks: [] }))
  }

  /** Whether a format needs the findings' byte columns and fixes. */
  get editPlaces(): boolean {
    return this.#outputs.some(({ target }) => EDITING_FORMATS.includes(target.format))
  }

  file(shown: string, findings: Finding[]): void {
    for (const output of this.#outputs) this.#write(output, output.reporter.file(shown, findings))
  }

  end(totals: Totals): void {
    for (const output of this.#outputs) this.#write(output, output.reporter.end(totals))
    this.#flush()
  }

  /** The run failed on `problems`: every report says so, at their places. */
  failure(problems: Finding[], totals: Totals): void {
    for (const output of this.#outputs) this.#write(output, output.reporter.failure(problems, totals))
    this.#flush()
  }

  #write(output: { target: ReportTarget; chunks: string[] }, text: string): void {
    if (text === '') return
    if (output.target.file === undefined) this.#io.stdout.write(text)
    else output.chunks.push(text)
  }

  #flush(): void {
    for (const { target, chunks } of this.#outputs) {
      if (target.file === undefined) continue
      try {
        mkdirSync(path.dirname(target.file), { recursive: true })
        if (target.format === 'summary') appendFileSync(target.file, chunks.join(''))
        else writeFileAtomic(target.file, chunks.join(''))
      } catch (error) {
        throw new UsageError(`rapport ${target.format} impossible à écrire dans ${target.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
      }
      chunks.length = 0
    }
  }
}
