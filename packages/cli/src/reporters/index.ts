/** The reporters of `offre lint --format`, by name. */
import { UsageError } from '../errors.js'
import { githubReporter } from './github.js'
import { jsonReporter } from './json.js'
import type { Reporter } from './reporter.js'
import { sarifReporter } from './sarif.js'
import { stylishReporter } from './stylish.js'

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]

export interface ReporterContext {
  colour: boolean
}

export function createReporter(format: string, context: ReporterContext): Reporter {
  switch (format) {
    case 'stylish':
      return stylishReporter(context.colour)
    case 'json':
      return jsonReporter()
    case 'sarif':
      return sarifReporter()
    case 'github':
      return githubReporter()
    default:
      throw new UsageError(`format inconnu \`${format}\`, attendu l’un de : ${FORMATS.join(', ')}`)
  }
}
