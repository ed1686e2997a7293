/**
 * The lint of one editor buffer, as plain data that crosses a thread: the findings of
 * `offre lint --format json` (`toFinding`, page order, the cap of
 * `MAX_FINDINGS_PER_FILE`) as LSP diagnostics, each with the safe fix that one pass of
 * `applyFixes` applies for it (as `--format rdjson` keeps them), as offsets of the text.
 */
import { applyFixes, fixOf, type OffreSettings, type PresetOptions } from 'remark-lint-offre'
import type { VFileMessage } from 'vfile-message'
import type { Diagnostic } from 'vscode-languageserver/node.js'
import { createLinter, type Linter } from '../lint/engine.js'
import { capFindings, MAX_FINDINGS_PER_FILE } from '../lint/lint-one.js'
import { toFinding, type Finding } from '../reporters/finding.js'
import type { OffsetEdit } from './edits.js'

/** A diagnostic and what its actions need. */
export interface Entry {
  diagnostic: Diagnostic
  finding: Finding
  /** The safe fix of one `applyFixes` pass, as offsets of the linted text. */
  fix: OffsetEdit | undefined
}

/** What a linter is made from: the project's preset options (the defaults with its settings when the preset refuses them). */
export interface LinterSpec {
  presetOptions: PresetOptions
  settings: OffreSettings
}

export function linterFor(spec: LinterSpec): Linter {
  try {
    return createLinter(spec.presetOptions, false)
  } catch {
    // A configuration the preset refuses: its problems are on the configuration file; the page gets the defaults.
    return createLinter({ settings: spec.settings }, false)
  }
}

export async function lintText(linter: Linter, text: string, file: string, settings: OffreSettings): Promise<Entry[]> {
  const result = await linter.lintSource(text, file, settings)
  const messages = result.messages
  const applied = typeof result.value === 'string' ? new Set<VFileMessage>(applyFixes(text, messages).applied) : new Set<VFileMessage>()
  const pairs = messages.map((message) => ({ message, finding: toFinding(result, message) }))
  pairs.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column || a.finding.rule.localeCompare(b.finding.rule))
  const findings = capFindings(
    pairs.map((pair) => pair.finding),
    MAX_FINDINGS_PER_FILE,
    settings.locale ?? 'fr',
  )
  return findings.map((finding, index) => {
    const pair = pairs[index]
    const message = pair !== undefined && pair.finding === finding ? pair.message : undefined
    const fix = message !== undefined && applied.has(message) ? fixOf(message) : undefined
    return { diagnostic: diagnosticOf(finding), finding, fix: fix === undefined ? undefined : { start: fix.start, end: fix.end, text: fix.text } }
  })
}

/** `offre lint --fix` of a text: the fixed text, `undefined` when nothing changes. */
export async function fixText(linter: Linter, text: string, file: string, settings: OffreSettings): Promise<string | undefined> {
  return (await linter.fixSource(text, file, settings)).output
}

/** LSP's DiagnosticSeverity: Error 1, Warning 2, Information 3. */
const SEVERITY = { error: 1, warning: 2, info: 3 } as const

/** A finding as a diagnostic: unist's 1-based lines and UTF-16 columns, end exclusive, to LSP's 0-based ones. */
export function diagnosticOf(finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: {
      start: { line: Math.max(0, finding.line - 1), character: Math.max(0, finding.column - 1) },
      end: { line: Math.max(0, finding.endLine - 1), character: Math.max(0, finding.endColumn - 1) },
    },
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: 'offre',
    message: finding.message,
    data: { actual: finding.actual, expected: finding.expected },
  }
  if (finding.url !== null) diagnostic.codeDescription = { href: finding.url }
  return diagnostic
}
