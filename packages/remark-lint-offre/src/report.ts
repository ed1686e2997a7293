/**
 * How rules speak: one message in French (default) and English, what was found
 * (`actual`) and what is expected (`expected`), and a fix when it is safe.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Fix } from './fix.js'
import { localeOf } from './settings.js'

export const REPOSITORY = 'https://github.com/codegouvfr/offre'

/** Documentation URL of a rule: its page in the package docs. */
export function ruleUrl(id: string): string {
  return `${REPOSITORY}/blob/main/packages/remark-lint-offre/docs/${id}.md`
}

export interface Place {
  start: { line: number; column: number; offset?: number | undefined }
  end: { line: number; column: number; offset?: number | undefined }
}

export interface Finding {
  fr: string
  en: string
  place: Place | undefined
  actual?: string
  expected?: string[]
  fix?: Fix
}

/** Reports a finding on `file` (inside a unified-lint-rule, which sets the rule id and severity). */
export function say(file: VFile, finding: Finding): VFileMessage {
  // A VFileMessage is an Error, so V8 records the call stack, and vfile-message then
  // replaces it with ''. Not recording it saves about 5 % of a lint (23 findings a page).
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(localeOf(file) === 'en' ? finding.en : finding.fr, { place: finding.place })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) message.expected = finding.expected
  if (finding.fix !== undefined) Object.assign(message, { fix: finding.fix })
  return message
}

/** Backticks around a value, as in every message: `logciel`. */
export function code(value: string): string {
  return `\`${value.replace(/\n/g, '⏎')}\``
}
