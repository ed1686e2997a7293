/** The reporters of `offre lint --format` and `--report`, by name. */
import { UsageError } from '../errors.js'
import { githubReporter } from './github.js'
import { jsonReporter } from './json.js'
import type { Locale } from './locale.js'
import { rdjsonReporter, rdjsonlReporter } from './rdjson.js'
import type { Reporter } from './reporter.js'
import { sarifReporter } from './sarif.js'
import { stylishReporter } from './stylish.js'
import { summaryReporter } from './summary.js'
import { unixReporter } from './unix.js'

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'rdjson', 'rdjsonl', 'summary', 'unix'] as const
export type Format = (typeof FORMATS)[number]

/** The formats whose findings need their byte columns and fixes (`Finding.bytes`, `Finding.fix`). */
export const EDITING_FORMATS: readonly string[] = ['rdjson', 'rdjsonl']

export interface ReporterContext {
  colour: boolean
  locale?: Locale | undefined
}

export function isFormat(format: string): format is Format {
  return (FORMATS as readonly string[]).includes(format)
}

export function createReporter(format: string, context: ReporterContext): Reporter {
  const locale = context.locale ?? 'fr'
  switch (format) {
    case 'stylish':
      return stylishReporter(context.colour, locale)
    case 'json':
      return jsonReporter()
    case 'sarif':
      return sarifReporter()
    case 'github':
      return githubReporter(locale)
    case 'rdjson':
      return rdjsonReporter()
    case 'rdjsonl':
      return rdjsonlReporter()
    case 'summary':
      return summaryReporter(locale)
    case 'unix':
      return unixReporter()
    default:
      throw new UsageError(`format inconnu \`${format}\`, attendu l’un de : ${FORMATS.join(', ')}`)
  }
}
