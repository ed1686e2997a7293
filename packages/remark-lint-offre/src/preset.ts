/**
 * The preset: the parser extensions the pages use (front matter, GFM) with the
 * model's fast path for them, remark-lint's `<!--lint disable-->` comments, the
 * shared settings, and every rule at its default severity. `rules` overrides a rule's severity or options.
 */
import { alignBomPositions, remarkFastPath } from '@offre/model'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { PluggableList, Preset } from 'unified'
import type { VFile } from 'vfile'
import remarkLintControl from './lint-control.js'
import { RULES, RULE_IDS, type Severity } from './registry.js'
import { remarkOffreSettings, type OffreSettings } from './settings.js'

/** A rule's setting: a severity, options, or both as `[severity, options]`. */
export type RuleSetting = Severity | boolean | unknown[] | Record<string, unknown>

export interface PresetOptions {
  settings?: OffreSettings
  rules?: Record<string, RuleSetting>
}

/** Builds the preset; throws on an unknown rule id, listing the valid ones. */
export function createPreset(options: PresetOptions = {}): Preset {
  for (const id of Object.keys(options.rules ?? {})) {
    if (!RULE_IDS.includes(id)) throw new Error(`Unknown rule \`${id}\`, expected one of: ${RULE_IDS.join(', ')}`)
  }
  const plugins: PluggableList = [
    [remarkFrontmatter, ['yaml']],
    remarkGfm,
    // The same trees, faster, for the pages made of the common constructs (see @offre/model).
    remarkFastPath,
    // First of the transformers: the rules and their fixes read offsets that must index the text.
    remarkAlignBom,
    // remark-lint's comment control, cheaper on pages without comments (see lint-control.ts).
    remarkLintControl,
    [remarkOffreSettings, options.settings ?? {}],
  ]
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id]
    plugins.push([rule.plugin, toRuleOption(rule.severity, setting)])
  }
  return { plugins }
}

/** Realigns the tree of a page that starts with a byte-order mark on its text (see `alignBomPositions`). */
function remarkAlignBom() {
  return (tree: Root, file: VFile) => alignBomPositions(tree, file)
}

function toRuleOption(fallback: Severity, setting: RuleSetting | undefined): unknown {
  if (setting === undefined) return [fallback]
  if (setting === false) return ['off']
  if (setting === true) return [fallback]
  if (typeof setting === 'string') return [setting]
  if (Array.isArray(setting)) return setting
  return [fallback, setting]
}

/** The preset with every rule at its default. */
const remarkPresetLintOffre: Preset = createPreset()
export default remarkPresetLintOffre

export type { Root }
