/**
 * offre-required-sections: the outline of the page. For every page: no H1 in the
 * body (the title comes from the front matter `title`), no skipped level (H2 → H4),
 * no heading twice under one parent. For pages with a profile (the offer page under
 * `fr/mission/`): the H2/H3 sections the profile requires, in its order, each
 * difference reported once, at its place: missing (where it belongs), unexpected,
 * misplaced, wrong level, or a near-miss text. Fixes: the level of an ATX heading,
 * and a near-miss text when the heading is plain text.
 *
 * Options: `{ profiles?: { glob: profile }, profile?, duplicates?, levels?, h1? }`.
 */
import type { Heading, Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { profileProblems, profilesProblems, selectProfile, type ProfileSetting } from '../config/profiles.js'
import type { RequiredSectionsOptions } from '../config/schema-source.js'
import { requiredSectionsOptionsSchema } from '../config/schemas.js'
import { assertOptions } from '../config/validator.js'
import type { Fix } from '../fix.js'
import { code, exact, ruleUrl, say, type Finding } from '../report.js'
import { contentPathOf } from '../site/content-path.js'
import { comparable, headingLabel, outlineOf, type OutlineHeading } from '../site/outline.js'
import { diffOutline, parseProfile, type Difference, type ProfileToken } from '../site/profile-match.js'
import { structureProblems, type StructureProblem } from '../site/structure.js'
import { inPageOrder, withCheckedOptions } from './offre-rule-support.js'

const ID = 'offre-required-sections'

export type { RequiredSectionsOptions }

const rule = lintRule<Root, RequiredSectionsOptions | undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, (tree, file, options = {}) => {
  const first = file.messages.length
  const outline = outlineOf(tree)
  const profile = selectProfile(contentPathOf(file), options.profiles, options.profile)
  const tokens = parseProfile(profile.entries)
  const depth = Math.max(0, ...tokens.map((token) => (token.kind === 'heading' ? token.depth : 0)))
  // Sections are the page's own headings, not those quoted in a blockquote or a list;
  // a deeper one counts when its text is a profile's heading (it is at the wrong level).
  const topLevel = new Set<unknown>(tree.children)
  const named = new Set(tokens.flatMap((token) => (token.kind === 'heading' ? [token.text] : [])))
  const sections = depth === 0 ? [] : outline.filter((h) => h.depth >= 2 && topLevel.has(h.node) && (h.depth <= depth || named.has(comparable(h.text))))
  const differences = (depth === 0 ? undefined : diffOutline(tokens, sections)) ?? []
  // One finding per heading: a wrong level is the profile's (it has a fix), a repeat is the duplicate check's.
  const levelled = new Set(differences.flatMap((d) => (d.kind === 'level' ? [sections[d.heading]?.node] : [])))
  const duplicates = new Set<Heading>()
  for (const problem of structureProblems(outline)) {
    if (problem.kind === 'skipped' && levelled.has(problem.heading.node)) continue
    if (reportStructure(file, problem, options) && problem.kind === 'duplicate') duplicates.add(problem.heading.node)
  }
  for (const difference of differences) reportDifference(file, tree, profile.name, tokens, sections, difference, duplicates)
  inPageOrder(file, first)
})

/** Reports an outline problem unless its check is off; returns whether it was reported. */
function reportStructure(file: VFile, problem: StructureProblem, options: RequiredSectionsOptions): boolean {
  const { heading } = problem
  const found = label(heading)
  if (problem.kind === 'h1' && options.h1 !== false) {
    const expected = headingLabel(2, heading.text)
    say(file, {
      fr: `${code(found)} : titre de niveau 1 dans le corps de la page, le titre vient du front matter \`title\` ; attendu ${code(expected)}`,
      en: `Unexpected level 1 heading ${code(found)} in the body (the title comes from the front matter \`title\`), expected ${code(expected)}`,
      ...atHeading(file, heading, relevelled(file, heading, 2)),
    })
    return true
  }
  if (problem.kind === 'skipped' && options.levels !== false) {
    const expected = headingLabel(problem.previousDepth + 1, heading.text)
    say(file, {
      fr: `${code(found)} : niveau de titre sauté après un titre de niveau ${problem.previousDepth}, attendu ${code(expected)}`,
      en: `Unexpected skipped heading level ${code(found)} after a level ${problem.previousDepth} heading, expected ${code(expected)}`,
      ...atHeading(file, heading, relevelled(file, heading, problem.previousDepth + 1)),
    })
    return true
  }
  if (problem.kind === 'duplicate' && options.duplicates !== false) {
    const under = problem.parent ? ` sous ${code(label(problem.parent))}` : ''
    const underEn = problem.parent ? ` under ${code(label(problem.parent))}` : ''
    const line = problem.first.node.position?.start.line ?? 0
    say(file, {
      fr: `${code(found)} : titre en double${under} (déjà ligne ${line}), attendu un intitulé unique`,
      en: `Unexpected duplicate heading ${code(found)}${underEn} (already on line ${line}), expected a unique heading`,
      // No `expected`: what the heading should say instead is the editor's call.
      ...atHeading(file, heading),
    })
    return true
  }
  return false
}

function reportDifference(file: VFile, tree: Root, name: string, tokens: readonly ProfileToken[], sections: readonly OutlineHeading[], d: Difference, duplicates: ReadonlySet<Heading>): void {
  const wanted = (token: number | undefined): string | undefined => {
    const t = token === undefined ? undefined : tokens[token]
    return t?.kind === 'heading' ? headingLabel(t.depth, t.written) : undefined
  }
  const afterFr = (token: number | undefined): string => (wanted(token) ? `après ${code(wanted(token) ?? '')}` : 'en tête de page')
  const afterEn = (token: number | undefined): string => (wanted(token) ? `after ${code(wanted(token) ?? '')}` : 'first')
  if (d.kind === 'missing') {
    const next = sections[d.before]
    const token = tokens[d.token]
    const expected = wanted(d.token)
    const what = expected ? code(expected) : token?.kind === 'one' && token.plus ? 'au moins une section' : 'une section'
    const whatEn = expected ? code(expected) : token?.kind === 'one' && token.plus ? 'at least one section' : 'one section'
    const at = next?.node.position?.start.offset ?? tree.position?.end.offset ?? String(file.value ?? '').length
    // The place is the point where the section belongs, with no `expected`: the section is
    // the editor's to write (its heading is in the reason).
    say(file, {
      fr: `Section manquante ${what} (profil ${code(name)}), attendue ${afterFr(d.after)}`,
      en: `Missing section ${whatEn} (profile ${code(name)}), expected ${afterEn(d.after)}`,
      ...exact(file, at, at),
    })
    return
  }
  const heading = sections[d.heading] as OutlineHeading
  const found = label(heading)
  const expected = wanted(d.token)
  if (d.kind === 'unexpected') {
    if (duplicates.has(heading.node)) return
    say(file, {
      fr: `${code(found)} : section inattendue (profil ${code(name)}), ${expected ? `attendu ici ${code(expected)}` : `aucune section attendue ${afterFr(d.after)}`}`,
      en: `Unexpected section ${code(found)} (profile ${code(name)}), ${expected ? `expected ${code(expected)} here` : `expected no section ${afterEn(d.after)}`}`,
      // No `expected`: the section may have to go, or another to come before it.
      ...atHeading(file, heading),
    })
  } else if (d.kind === 'order') {
    say(file, {
      fr: `${code(found)} : section mal placée (profil ${code(name)}), attendue ${afterFr(d.after)}${expected ? ` ; attendu ici ${code(expected)}` : ''}`,
      en: `Unexpected place for section ${code(found)} (profile ${code(name)}), expected ${afterEn(d.after)}${expected ? `; expected ${code(expected)} here` : ''}`,
      // No `expected`: the section moves, it is not rewritten here.
      ...atHeading(file, heading),
    })
  } else {
    const target = expected ?? found
    const fix = d.kind === 'level' ? levelFix(file, heading, tokens[d.token]) : textFix(file, heading, tokens[d.token])
    say(file, {
      fr: `${code(found)} : ${d.kind === 'level' ? 'niveau de titre inattendu' : 'intitulé inattendu'} (profil ${code(name)}), attendu ${code(target)}`,
      en: `Unexpected ${d.kind === 'level' ? 'heading level' : 'heading text'} ${code(found)} (profile ${code(name)}), expected ${code(target)}`,
      // With the fix only: the heading as written, with the fix applied.
      ...atHeading(file, heading, fix === undefined ? undefined : fixed(file, heading, fix)),
      ...(fix ? { fix } : {}),
    })
  }
}

/** `##` → `###` on an ATX heading (a setext heading has no marks to change). */
function levelFix(file: VFile, heading: OutlineHeading, token: ProfileToken | undefined): Fix | undefined {
  const start = heading.node.position?.start.offset
  if (start === undefined || token?.kind !== 'heading') return undefined
  const marks = /^#{1,6}/.exec(String(file.value ?? '').slice(start))
  return marks ? { start, end: start + marks[0].length, text: '#'.repeat(token.depth) } : undefined
}

/** The profile's text in place of a near miss, when the heading is one plain text node. */
function textFix(file: VFile, heading: OutlineHeading, token: ProfileToken | undefined): Fix | undefined {
  const [only, ...rest] = heading.node.children
  const start = only?.position?.start.offset
  const end = only?.position?.end.offset
  if (token?.kind !== 'heading' || only?.type !== 'text' || rest.length > 0 || start === undefined || end === undefined) return undefined
  if (String(file.value ?? '').slice(start, end) !== only.value || only.value.trim() !== heading.text) return undefined
  return { start, end, text: token.written }
}

function label(heading: OutlineHeading): string {
  return headingLabel(heading.depth, heading.text)
}

/** The place and `actual` of a heading as written, with `replacement` (of the whole heading) as `expected`. */
function atHeading(file: VFile, heading: OutlineHeading, replacement?: string): Pick<Finding, 'place' | 'actual' | 'expected'> {
  const start = heading.node.position?.start.offset
  const end = heading.node.position?.end.offset
  if (start === undefined || end === undefined) return { place: undefined }
  return exact(file, start, end, replacement === undefined ? undefined : [replacement])
}

/** The heading as written with `fix` (inside it) applied. */
function fixed(file: VFile, heading: OutlineHeading, fix: Fix): string | undefined {
  const start = heading.node.position?.start.offset
  const end = heading.node.position?.end.offset
  if (start === undefined || end === undefined || fix.start < start || fix.end > end) return undefined
  const source = String(file.value ?? '')
  return source.slice(start, fix.start) + fix.text + source.slice(fix.end, end)
}

/**
 * The heading as written at level `depth`: its `#` marks changed (ATX), or its
 * underline (setext, levels 1 and 2); `undefined` when it cannot be.
 */
function relevelled(file: VFile, heading: OutlineHeading, depth: number): string | undefined {
  const start = heading.node.position?.start.offset
  const end = heading.node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const written = String(file.value ?? '').slice(start, end)
  if (/^#{1,6}(?=[ \t]|$)/.test(written)) return written.replace(/^#{1,6}/, '#'.repeat(depth))
  const underline = /\n[ \t>]*(=+|-+)[ \t]*$/.exec(written)
  if (underline?.[1] === undefined || depth > 2) return undefined
  const at = underline.index + underline[0].indexOf(underline[1])
  return written.slice(0, at) + (depth === 1 ? '=' : '-').repeat(underline[1].length) + written.slice(at + underline[1].length)
}

function checkOptions(options: unknown): void {
  assertOptions(ID, requiredSectionsOptionsSchema, options, (value) => {
    const { profiles, profile } = value as RequiredSectionsOptions
    return [
      ...(profiles === undefined ? [] : profilesProblems(profiles, ['rules', ID, 'profiles'])),
      ...(profile === undefined ? [] : profileProblems(profile, ['rules', ID, 'profile'])),
    ]
  })
}

export default withCheckedOptions(rule, checkOptions)
