/**
 * The flat, serialisable form of a finding that every reporter starts from: no
 * syntax-tree ancestors, no circular references, just what a reader or a tool needs.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

export type Severity = 'error' | 'warning' | 'info'

export interface Finding {
  file: string
  rule: string
  severity: Severity
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  actual: string | null
  expected: string[] | null
  url: string | null
  fixable: boolean
  /** The columns in UTF-8 bytes (1-based, end exclusive), when the run was asked for edit places (`rdjson`). */
  bytes?: { column: number; endColumn: number }
  /** The safe fix `--fix` applies for this finding, when the run was asked for edit places. */
  fix?: FindingFix
}

/** A range of the source and the text that replaces it; columns 1-based, end exclusive, in UTF-16 units and in UTF-8 bytes. */
export interface FindingFix {
  line: number
  column: number
  endLine: number
  endColumn: number
  byteColumn: number
  byteEndColumn: number
  text: string
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function toFinding(file: VFile, message: VFileMessage): Finding {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : start
  return {
    file: file.path,
    rule: message.ruleId ?? message.source ?? 'offre',
    severity: severityOf(message),
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    message: message.reason,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    url: message.url ?? null,
    fixable: 'fix' in message && message.fix !== undefined,
  }
}

export interface Totals {
  files: number
  errors: number
  warnings: number
  fixable: number
  fixed: number
  /** Files whose findings came from the cache, not linted again. */
  cached: number
}

export function emptyTotals(): Totals {
  return { files: 0, errors: 0, warnings: 0, fixable: 0, fixed: 0, cached: 0 }
}

export function count(totals: Totals, findings: Finding[]): void {
  for (const finding of findings) {
    if (finding.severity === 'error') totals.errors++
    else if (finding.severity === 'warning') totals.warnings++
    if (finding.fixable) totals.fixable++
  }
}
