/**
 * Required-sections profiles as the configuration gives them: by content-path glob,
 * each a profile name (`offre`, `page`) or the list of headings itself. Checked
 * here (the names, the form of every entry) and selected for a page here; the
 * matching itself is `site/profile-match.ts`.
 */
import { PROFILE_GLOBS, PROFILES } from '../data/profiles.js'
import { parseProfileEntry } from '../site/profile-match.js'
import { matchesGlob } from './glob.js'
import { label, notOneOf, wrongValue, type ConfigProblem } from './problems.js'

/** A profile as written: a name of `PROFILES`, or headings and wildcards. */
export type ProfileSetting = string | readonly string[]

export interface SelectedProfile {
  /** The profile's name, or the glob that gave its headings. */
  name: string
  entries: readonly string[]
}

const EXAMPLE = '["## Présentation", "*", "## Contact"]'

/** The problems of one profile setting at `path`. */
export function profileProblems(value: unknown, path: (string | number)[]): ConfigProblem[] {
  if (typeof value === 'string') {
    return Object.hasOwn(PROFILES, value) ? [] : [notOneOf(path, value, Object.keys(PROFILES), { fr: `profil inconnu pour \`${label(path)}\``, en: `profile for \`${label(path)}\`` })]
  }
  if (!Array.isArray(value)) {
    return [wrongValue(path, value, { fr: 'un nom de profil ou une liste de titres', en: 'a profile name or a list of headings' }, EXAMPLE)]
  }
  return value.flatMap((entry: unknown, index) =>
    typeof entry === 'string' && parseProfileEntry(entry) !== undefined
      ? []
      : [wrongValue([...path, index], entry, { fr: 'un titre (`## Texte`) ou un joker (`*`, `+`, `?`)', en: 'a heading (`## Text`) or a wildcard (`*`, `+`, `?`)' }, '## Contact')],
  )
}

/** The problems of a glob → profile map at `path`. */
export function profilesProblems(value: unknown, path: (string | number)[]): ConfigProblem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [wrongValue(path, value, { fr: 'une table `glob: profil`', en: 'a mapping of `glob: profile`' }, '{"fr/mission/**": "offre"}')]
  }
  return Object.entries(value).flatMap(([glob, profile]) => profileProblems(profile, [...path, glob]))
}

/**
 * The profile of the page at `contentPath`: `forced` when given, else the first of
 * `profiles` (in order) then of the defaults whose glob matches.
 */
export function selectProfile(contentPath: string | undefined, profiles: Readonly<Record<string, ProfileSetting>> = {}, forced?: ProfileSetting): SelectedProfile {
  if (forced !== undefined) return resolve(forced, 'options')
  if (contentPath !== undefined) {
    for (const [glob, profile] of Object.entries(profiles)) if (matchesGlob(contentPath, glob)) return resolve(profile, glob)
    for (const { glob, profile } of PROFILE_GLOBS) if (matchesGlob(contentPath, glob)) return resolve(profile, glob)
  }
  return resolve('page', 'page')
}

function resolve(profile: ProfileSetting, glob: string): SelectedProfile {
  if (typeof profile !== 'string') return { name: glob, entries: profile }
  return { name: profile, entries: PROFILES[profile] ?? [] }
}
