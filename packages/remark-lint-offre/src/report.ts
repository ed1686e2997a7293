/**
 * How rules speak: one message in French (default) and English, what was found
 * (`actual`) and what is expected (`expected`), and a fix when it is safe.
 *
 * The convention, which editors rely on (the remark language server turns each
 * `expected` value into a quick fix that replaces the message's place):
 * - the place covers exactly `actual`: `source.slice(place.start.offset,
 *   place.end.offset) === actual` (`exact` below builds both from one range);
 * - each `expected` value replaces exactly that place: it is the text to write there,
 *   never a description (`un intitulé unique`), a template (`**texte**`) or the place
 *   with words around it. A value may be a guess (a spelling suggestion, a page the
 *   dead link probably meant): it still replaces the place as it stands;
 * - a message with a fix (`message.fix`) has `expected[0]` consistent with it:
 *   replacing the place by `expected[0]` gives the text the fix gives (usually the
 *   fix's range is the place or inside it);
 * - what is not a replacement stays in the reason: the context of a double space
 *   (`libres.  Voir`), the form a malformed address should take, the section a
 *   profile misses, the keys a front matter knows. Such messages carry no
 *   `expected` (per rule: see the README's Rules section).
 * `convention.test.ts` checks all three on the seed and the 211 real pages.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Fix } from './fix.js'
import { placeOf } from './places.js'
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

/**
 * The place, `actual` and `expected` of a finding by the convention: the place is
 * `[start, end)` and `actual` its source text. Each of `replacements` replaces the
 * part `edit` of the place (the whole place by default), the rest of the place kept
 * around it: the `expected` values replace the whole place.
 */
export function exact(file: VFile, start: number, end: number, replacements?: readonly string[], edit: readonly [number, number] = [start, end]): Pick<Finding, 'place' | 'actual' | 'expected'> {
  const source = String(file.value ?? '')
  const [from, to] = edit
  return {
    place: placeOf(file, start, end),
    actual: source.slice(start, end),
    ...(replacements === undefined ? {} : { expected: replacements.map((text) => source.slice(start, from) + text + source.slice(to, end)) }),
  }
}

/** Backticks around a value, as in every message: `logciel`. */
export function code(value: string): string {
  return `\`${value.replace(/\n/g, '⏎')}\``
}
