/**
 * The lint of one editor buffer, as plain data that crosses a thread: the findings of
 * `offre lint --format json` (`pageFindings`: page order, the cap) as LSP diagnostics,
 * each with the safe fix that one pass of `applyFixes` applies for it
 * (`appliedFixes`, as `--format rdjson` keeps them), as offsets of the text.
 */
import type { Fix, OffreSettings, PresetOptions } from 'remark-lint-offre'
import type { VFileMessage } from 'vfile-message'
import type { Diagnostic } from 'vscode-languageserver/node.js'
import { grammarCheckerOf, type GrammarSetup } from '../grammalecte/run.js'
import { createLinter, type Linter } from '../lint/engine.js'
import { appliedFixes } from '../lint/edit-places.js'
import { pageFindings } from '../lint/lint-one.js'
import type { Finding } from '../reporters/finding.js'
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
  /** The session's Grammalecte server, for offre-grammar (none: grammar off, or Grammalecte missing). */
  grammar?: GrammarSetup | undefined
}

export function linterFor(spec: LinterSpec): Linter {
  const services = { grammar: grammarCheckerOf(spec.grammar) }
  try {
    return createLinter(spec.presetOptions, false, {}, services)
  } catch {
    // A configuration the preset refuses: its problems are on the configuration file; the page gets the defaults.
    return createLinter({ settings: spec.settings }, false, {}, services)
  }
}

export async function lintText(linter: Linter, text: string, file: string, settings: OffreSettings): Promise<Entry[]> {
  const result = await linter.lintSource(text, file, settings)
  const applied = typeof result.value === 'string' ? appliedFixes(text, result.messages) : new Map<VFileMessage, Fix>()
  return pageFindings(result, settings.locale ?? 'fr').map(({ finding, message }) => {
    const fix = message === undefined ? undefined : applied.get(message)
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
