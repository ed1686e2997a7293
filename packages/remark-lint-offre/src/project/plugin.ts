/**
 * `remarkLintOffreProject`: the preset configured by the project of the file being
 * linted, for remark-cli (`.remarkrc.mjs`) and editors. For each file: its content
 * root from `file.path` (`findContentRoot`), that root's project (`loadProjectConfig`,
 * cached per root, read again when the configuration, vocabulary or site-pages file
 * changes), the page's `contentPath`, then the preset's rules with the project's
 * options, run on the same tree and file, as `offre lint` runs them.
 *
 * A project with problems gives the page one fatal message per problem, with the
 * configuration file, line and column in the reason, and no rule runs (as `offre lint`
 * stops). A file with no content root is linted with the defaults.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { remarkFastPath } from '@offre/model'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { unified, type Plugin, type Processor } from 'unified'
import type { VFile } from 'vfile'
import { CONFIG_SOURCE } from '../config/parse.js'
import { createPreset, type PresetOptions } from '../preset.js'
import type { Locale } from '../settings.js'
import { findContentRoot } from './find-root.js'
import { loadProjectConfig, type ProjectConfig, type ProjectProblem } from './load-project.js'

export interface ProjectPluginOptions {
  /** Language of the messages, over the configuration's `locale` (default: the configuration's, else `fr`). */
  locale?: Locale
}

interface Loaded {
  project: ProjectConfig | undefined
  /** The rules, as a processor whose transformers run on the outer processor's tree. */
  rules: Processor<undefined, undefined, undefined, Root> | undefined
  problems: ProjectProblem[]
  /** Sizes and times of the watched files when loaded. */
  stamp: string
}

/**
 * Per root and locale, for the whole process: remark-cli builds a processor per file,
 * so a cache held by the plugin's instance would be read again for every page.
 */
const loaded = new Map<string, Loaded>()

export const remarkLintOffreProject: Plugin<[ProjectPluginOptions?], Root> = function (options = {}) {
  // The syntax the pages use, on the outer parser (the preset's rules run inside; its
  // parser plugins would not reach this processor's parser).
  const processor = this as unknown as Processor
  ;(remarkFrontmatter as (this: Processor, options: unknown) => void).call(processor, ['yaml'])
  ;(remarkGfm as (this: Processor) => void).call(processor)
  ;(remarkFastPath as (this: Processor) => void).call(processor)
  const locale = options.locale
  return async (tree, file) => {
    const absolute = file.path ? path.resolve(file.cwd, file.path) : undefined
    const root = absolute === undefined ? undefined : findContentRoot(absolute)
    const entry = load(root, locale)
    if (entry.problems.length > 0 || entry.rules === undefined) {
      for (const problem of entry.problems) report(file, problem)
      return tree
    }
    if (root !== undefined && absolute !== undefined) {
      file.data.offre = { contentPath: path.relative(root, absolute).split(path.sep).join('/'), ...file.data.offre }
    }
    return (await entry.rules.run(tree, file)) as Root
  }
}

export default remarkLintOffreProject

/** Forgets every loaded project (for a long-running process that knows the files changed). */
export function clearProjectCache(): void {
  loaded.clear()
}

function load(root: string | undefined, locale: Locale | undefined): Loaded {
  const key = `${root ?? ''}\u0000${locale ?? ''}`
  const known = loaded.get(key)
  if (known !== undefined && (known.project === undefined || stampOf(known.project.watched) === known.stamp)) return known
  let entry: Loaded
  if (root === undefined) {
    entry = { project: undefined, rules: rulesFor(locale === undefined ? {} : { settings: { locale } }), problems: [], stamp: '' }
  } else {
    const project = loadProjectConfig({ root, locale })
    entry = { project, rules: undefined, problems: project.problems, stamp: stampOf(project.watched) }
    if (project.problems.length === 0) {
      try {
        entry.rules = rulesFor(project.presetOptions)
      } catch (error) {
        // An unknown rule id is parseConfig's finding already; anything else, said on the page.
        const file = project.configFile ?? root
        entry.problems = [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: (error as Error).message, rule: `${CONFIG_SOURCE}:invalid`, url: null }]
      }
    }
  }
  loaded.set(key, entry)
  return entry
}

function rulesFor(presetOptions: PresetOptions): Processor<undefined, undefined, undefined, Root> {
  return unified().use(createPreset(presetOptions)).freeze() as unknown as Processor<undefined, undefined, undefined, Root>
}

/** Size and modification time of each file (`-` when absent): a change reloads the project. */
export function stampOf(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const { size, mtimeMs } = statSync(file)
        return `${size}:${mtimeMs}`
      } catch {
        return '-'
      }
    })
    .join('|')
}

/** A problem of the project as a fatal message on the page: the file, line and column in the reason. */
function report(file: VFile, problem: ProjectProblem): void {
  const shown = path.relative(file.cwd, problem.file) || problem.file
  const [source, ruleId] = problem.rule.includes(':') ? (problem.rule.split(':', 2) as [string, string]) : [CONFIG_SOURCE, problem.rule]
  const message = file.message(`${shown}:${problem.line}:${problem.column}: ${problem.message}`, { ruleId, source })
  message.fatal = true
  if (problem.url !== null) message.url = problem.url
}
