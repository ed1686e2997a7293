/**
 * A reporter receives each file's findings as soon as the file is linted (so
 * output streams and memory stays flat on large trees), then the totals; or, when
 * the run cannot be done (an invalid configuration, a crash), the problems that
 * stopped it, at their places, so that every format still says what went wrong.
 */
import type { Finding, Totals } from './finding.js'

export interface Reporter {
  file(path: string, findings: Finding[]): string
  end(totals: Totals): string
  /** Closes the report of a run that failed: `problems` stopped it (SARIF: `executionSuccessful: false`). Instead of `end`. */
  failure(problems: Finding[], totals: Totals): string
}
