/**
 * A reporter receives each file's findings as soon as the file is linted (so
 * output streams and memory stays flat on large trees), then the totals.
 */
import type { Finding, Totals } from './finding.js'

export interface Reporter {
  file(path: string, findings: Finding[]): string
  end(totals: Totals): string
}
