/** Lints one task with a linter and turns every outcome, a crash included, into findings. */
import type { Finding } from '../reporters/finding.js'
import { toFinding } from '../reporters/finding.js'
import type { Linter } from './engine.js'
import type { LintOutcome, LintSetup, LintTask } from './task.js'

export async function lintOne(linter: Linter, setup: LintSetup, task: LintTask): Promise<LintOutcome> {
  try {
    const settings = { ...setup.settings, contentPath: task.contentPath }
    const result = await linter.lintPage(task.absolute, task.shown, settings, task.bytes)
    const findings = result.file.messages.map((message) => toFinding(result.file, message))
    // Rules report in their own order; readers expect the order of the page.
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
    return { index: task.index, findings, fixes: result.fixes }
  } catch (error) {
    // One unreadable or odd file must not stop the run: it becomes a finding.
    const code = (error as NodeJS.ErrnoException).code
    const message = code ? `fichier illisible (${code})` : `erreur interne : ${(error as Error).message}`
    return { index: task.index, findings: [failure(task.shown, message)], fixes: 0 }
  }
}

export function failure(file: string, message: string): Finding {
  return { file, rule: 'offre', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message, actual: null, expected: null, url: null, fixable: false }
}
