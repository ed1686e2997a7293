/**
 * Lints one task with a linter and turns every outcome, a crash included, into
 * findings: in page order, at most `MAX_FINDINGS_PER_FILE` of them, then one
 * that says how many more there were.
 */
import type { Finding, Severity } from '../reporters/finding.js'
import { toFinding } from '../reporters/finding.js'
import { addEditPlaces } from './edit-places.js'
import type { Linter } from './engine.js'
import type { LintOutcome, LintSetup, LintTask } from './task.js'

/** Findings shown per file: past this, a page is more noise than help, and the output must stay bounded. */
export const MAX_FINDINGS_PER_FILE = 1000

export async function lintOne(linter: Linter, setup: LintSetup, task: LintTask): Promise<LintOutcome> {
  try {
    const settings = { ...setup.settings, contentPath: task.contentPath }
    const result = await linter.lintPage(task.absolute, task.shown, settings, task.bytes)
    const findings = result.file.messages.map((message) => toFinding(result.file, message))
    if (setup.editPlaces && typeof result.file.value === 'string') addEditPlaces(result.file.value, result.file.messages, findings)
    // Rules report in their own order; readers expect the order of the page.
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
    return { index: task.index, findings: capFindings(findings, MAX_FINDINGS_PER_FILE, settings.locale), fixes: result.fixes }
  } catch (error) {
    // One unreadable or odd file must not stop the run: it becomes a finding.
    const code = (error as NodeJS.ErrnoException).code
    const message = code ? `fichier illisible (${code})` : `erreur interne : ${(error as Error).message}`
    return { index: task.index, findings: [failure(task.shown, message)], fixes: 0 }
  }
}

/** The first `max` findings, then one standing for the rest, as severe as the worst of them (so the exit code is unchanged). */
export function capFindings(findings: Finding[], max: number, locale: 'fr' | 'en' = 'fr'): Finding[] {
  if (findings.length <= max) return findings
  const kept = findings.slice(0, max)
  const dropped = findings.slice(max)
  const first = dropped[0] as Finding
  const severity: Severity = dropped.some((f) => f.severity === 'error') ? 'error' : dropped.some((f) => f.severity === 'warning') ? 'warning' : 'info'
  const message =
    locale === 'en'
      ? `${dropped.length} more findings in this file not shown (limit of ${max} per file): fix the first ones and run again`
      : `${dropped.length} autres problèmes dans ce fichier ne sont pas affichés (limite de ${max} par fichier) : corrigez les premiers et relancez`
  return [...kept, { ...failure(first.file, message), rule: 'too-many-findings', severity, line: first.line, column: first.column, endLine: first.line, endColumn: first.column, actual: String(dropped.length) }]
}

export function failure(file: string, message: string): Finding {
  return { file, rule: 'offre', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message, actual: null, expected: null, url: null, fixable: false }
}
