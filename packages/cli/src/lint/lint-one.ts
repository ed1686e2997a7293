/**
 * Lints one task with a linter and turns every outcome, a crash included, into
 * findings: in page order, at most `MAX_FINDINGS_PER_FILE` of them, then one
 * that says how many more there were.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
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
    const findings = pageFindings(result.file, settings.locale, setup.editPlaces === true).map((entry) => entry.finding)
    return { index: task.index, findings, fixes: result.fixes }
  } catch (error) {
    // One unreadable or odd file must not stop the run: it becomes a finding.
    const code = (error as NodeJS.ErrnoException).code
    const message = code ? `fichier illisible (${code})` : `erreur interne : ${(error as Error).message}`
    return { index: task.index, findings: [failure(task.shown, message)], fixes: 0 }
  }
}

/** A finding, and the message it was made from (none for the one that stands for the findings past the cap). */
export interface PageFinding {
  finding: Finding
  message: VFileMessage | undefined
}

/**
 * A linted file's messages as findings, in the order of the page (rules report in
 * their own), at most `MAX_FINDINGS_PER_FILE` then one for the rest; with
 * `editPlaces`, each with its byte columns and the fix `--fix` applies (`addEditPlaces`).
 * What `offre lint` reports, and the language server publishes.
 */
export function pageFindings(file: VFile, locale: 'fr' | 'en' = 'fr', editPlaces = false): PageFinding[] {
  const findings = file.messages.map((message) => toFinding(file, message))
  if (editPlaces && typeof file.value === 'string') addEditPlaces(file.value, file.messages, findings)
  const entries: PageFinding[] = findings.map((finding, index) => ({ finding, message: file.messages[index] }))
  entries.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column || a.finding.rule.localeCompare(b.finding.rule))
  const capped = capFindings(
    entries.map((entry) => entry.finding),
    MAX_FINDINGS_PER_FILE,
    locale,
  )
  return capped.map((finding, index) => (entries[index]?.finding === finding ? (entries[index] as PageFinding) : { finding, message: undefined }))
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
