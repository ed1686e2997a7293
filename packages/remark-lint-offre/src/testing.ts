/**
 * Test helpers (not published): lint a markdown string with the preset or with
 * chosen rules, and apply the fixes, the way the CLI does.
 */
import { readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { applyFixes } from './fix.js'
import { createPreset, type RuleSetting } from './preset.js'
import { RULE_IDS } from './registry.js'
import type { GrammarChecker } from './grammar/checker.js'
import type { OffreSettings } from './settings.js'

export interface LintOptions {
  /** Only these rules on (default: every rule). */
  only?: string[]
  rules?: Record<string, RuleSetting>
  settings?: OffreSettings
  path?: string
  /** The grammar checker offre-grammar asks (as `offre lint` gives Grammalecte's). */
  grammar?: GrammarChecker
}

export async function lint(markdown: string, options: LintOptions = {}): Promise<VFileMessage[]> {
  return (await lintFile(markdown, options)).messages
}

export async function lintFile(markdown: string, options: LintOptions = {}): Promise<VFile> {
  const rules: Record<string, RuleSetting> = {}
  if (options.only) for (const id of RULE_IDS) if (!options.only.includes(id)) rules[id] = 'off'
  Object.assign(rules, options.rules)
  const processor = unified().use(remarkParse).use(createPreset({ rules, settings: options.settings ?? {} }))
  const file = new VFile({ path: options.path ?? 'fr/page.md', value: markdown })
  if (options.grammar) file.data.offreGrammar = options.grammar
  await processor.run(processor.parse(file), file)
  return file
}

/** Lints then applies every fix: the text `offre lint --fix` would write (one pass). */
export async function fix(markdown: string, options: LintOptions = {}): Promise<string> {
  return applyFixes(markdown, await lint(markdown, options)).output
}

/** `line:column-line:column rule reason`, a compact form for assertions. */
export function summary(messages: VFileMessage[]): string[] {
  return messages.map((m) => `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : `${m.line}:${m.column}`} ${m.ruleId} ${m.actual ?? ''}`.trim())
}

/**
 * The examples of a rule's docs page (`docs/<name>.md`), by the info string of their
 * fence (`md fail`, `text messages`, `md fixed`, `md pass`): the docs are tests.
 */
export function docExamples(name: string): (kind: string) => string {
  const doc = readFileSync(new URL(`../docs/${name}.md`, import.meta.url), 'utf8')
  return (kind) => new RegExp(`^\`\`\`\`${kind}\\n([\\s\\S]*?)^\`\`\`\`$`, 'm').exec(doc)?.[1] ?? ''
}
