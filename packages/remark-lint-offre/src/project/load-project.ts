/**
 * A content project as the rules need it, read from disk: `offre.config.yml` at the
 * content root (validated by `parseConfig`), the vocabulary and site-pages list files
 * it names, and the site map of the pages below the root. Node only (it reads files);
 * the one loader of the `offre` command and of `remarkLintOffreProject`.
 *
 * Problems are returned as data, each at its file (absolute), line and column: never
 * thrown, never printed. The caller decides (the CLI stops with exit code 2, the
 * remark plugin puts a fatal message on the page).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml'
import { CONFIG_FILE, CONFIG_SOURCE, parseConfig } from '../config/parse.js'
import { presetOptionsFromConfig, sitePagesPath, vocabularyPath } from '../config/preset-options.js'
import type { PresetOptions } from '../preset.js'
import type { Locale, OffreSettings } from '../settings.js'
import { ContentRootError, loadSiteTree } from '../site/load.js'
import { siteNavigation, type SiteNavigation } from '../site/navigation.js'
import { buildSiteMap } from '../site/site-map.js'
import { listStaticFiles } from '../site/files.js'
import { shown } from '../config/problems.js'
import { frontMatterSchemaError } from '../rules/offre-front-matter-schema.js'
import type { SiteConfig } from '../config/schema-source.js'

const CONFIG_DOCS = 'https://github.com/codegouvfr/offre/tree/main/packages/remark-lint-offre/docs/configuration.md'

export interface ProjectConfigOptions {
  /** The content root (absolute, or relative to the working directory). */
  root: string
  /** A configuration file to read instead of `<root>/offre.config.yml`; it must exist. */
  configFile?: string | undefined
  /** Language of the problems and of the rules' messages (default: the config's `locale`, else `fr`; the problems: `fr`). */
  locale?: Locale | undefined
}

/** A problem of the project's own files (configuration, vocabulary, site-pages list), at its place. */
export interface ProjectProblem {
  /** Absolute path of the file the problem is in (the configuration file for a list file that cannot be read). */
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  /** `offre-config:unknown-key`, `offre-config:invalid-value`, `offre-config:yaml-syntax`, `offre-config:unreadable`… */
  rule: string
  url: string | null
}

export interface ProjectConfig {
  /** The content root, absolute. */
  root: string
  /** The configuration file read (absolute), `undefined` when the root has none. */
  configFile: string | undefined
  /** Options for `createPreset`: the rules of the configuration, and `settings`. */
  presetOptions: PresetOptions
  /** Settings shared by every page of the root (add each page's `contentPath`). */
  settings: OffreSettings
  /** Empty when the project can be linted; otherwise a run should stop (the CLI does). */
  problems: ProjectProblem[]
  /**
   * The files whose change changes the project, absolute: the configuration file (also
   * when absent: its creation matters), the vocabulary and site-pages files it names.
   */
  watched: string[]
  /** Grammar through Grammalecte (`grammar:` of the configuration): `auto` (default), `on` or `off`. */
  grammar: 'auto' | 'on' | 'off'
  /** The site around the pages (`site:` of the configuration: chrome, layouts by folder), for the renderer; plain data. */
  site: SiteConfig | undefined
  /** The static folder (`site.static`, default `public` beside the content root when it exists), absolute; published as it is. */
  staticDir: string | undefined
  /** The site's navigation entries by language: its pages' `eleventyNavigation` and `site.templateNavigation` (also in `settings`). */
  navigation: SiteNavigation
}

/** The rule of a problem with a file that cannot be read. */
export const UNREADABLE = `${CONFIG_SOURCE}:unreadable`

export function loadProjectConfig(options: ProjectConfigOptions): ProjectConfig {
  const root = path.resolve(options.root)
  const given = options.configFile !== undefined
  const configFile = given ? path.resolve(options.configFile as string) : path.join(root, CONFIG_FILE)
  const locale = options.locale ?? 'fr'
  const problems: ProjectProblem[] = []
  const watched = [configFile]
  let presetOptions: PresetOptions = {}
  let vocabulary: string[] = []
  let extraPages: string[] = []
  let grammar: ProjectConfig['grammar'] = 'auto'
  let site: SiteConfig | undefined
  let frontMatterSchema: OffreSettings['frontMatterSchema']
  const text = readText(configFile, given ? 'fichier de configuration' : 'fichier', problems, !given)
  if (text !== undefined) {
    const { config, messages } = parseConfig(text, configFile, { locale })
    for (const message of messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start : undefined
      const end = place && 'end' in place ? place.end : undefined
      problems.push({
        file: configFile,
        line: start?.line ?? message.line ?? 1,
        column: start?.column ?? message.column ?? 1,
        endLine: end?.line ?? message.line ?? 1,
        endColumn: end?.column ?? message.column ?? 1,
        message: message.reason,
        rule: `${message.source ?? CONFIG_SOURCE}:${message.ruleId ?? 'invalid'}`,
        url: message.url ?? null,
      })
    }
    presetOptions = presetOptionsFromConfig(config)
    grammar = config.grammar ?? 'auto'
    site = config.site
    // Named files are read even when other keys have problems: every problem at once.
    const lists: Array<[string | undefined, string, string[]]> = [
      [vocabularyPath(config, configFile), 'vocabulaire', ['vocabulary']],
      [sitePagesPath(config, configFile), 'liste des pages du site', ['links', 'sitePages']],
    ]
    for (const [index, [file, what, key]] of lists.entries()) {
      if (file === undefined) continue
      const absolute = path.resolve(file)
      watched.push(absolute)
      const before = problems.length
      const entries = readText(absolute, what, problems, false)
      // A list file that cannot be read is the configuration's problem, at the line that names it.
      for (const problem of problems.slice(before)) Object.assign(problem, { file: configFile }, placeOfKey(text, key))
      if (entries === undefined) continue
      if (index === 0) vocabulary = lines(entries)
      else extraPages = lines(entries)
    }
    const declared = config.frontMatter?.schema
    if (declared !== undefined) {
      frontMatterSchema = readFrontMatterSchema(declared, configFile, text, problems)
      watched.push(path.resolve(path.dirname(configFile), declared.replace(/#.*$/, '')))
    }
  }
  const base = presetOptions.settings ?? {}
  let pages: Set<string> = new Set()
  let contentFiles: string[] = []
  let navigation: SiteNavigation = {}
  try {
    const tree = loadSiteTree(root)
    pages = buildSiteMap(tree.pages, base.siteRules)
    contentFiles = tree.files
    navigation = siteNavigation(tree.pages, site?.templateNavigation, base.siteRules)
  } catch (error) {
    if (!(error instanceof ContentRootError)) throw error
    problems.push({ file: root, line: 1, column: 1, endLine: 1, endColumn: 1, message: error.message, rule: UNREADABLE, url: null })
  }
  const published = staticFolder(site?.static, root, configFile, text, problems)
  const settings: OffreSettings = {
    ...base,
    locale: options.locale ?? base.locale ?? 'fr',
    sitePages: [...pages, ...extraPages].sort(),
    // A page may name an image of the static folder by its path on disk (`../../public/img/x.png`), as the site resolves it.
    contentFiles: published === undefined ? contentFiles : [...contentFiles, ...besideRoot(root, published)],
  }
  if (published !== undefined) settings.siteFiles = published.files
  if (vocabulary.length > 0) settings.vocabulary = vocabulary
  if (frontMatterSchema !== undefined) settings.frontMatterSchema = frontMatterSchema
  // Always given, empty too: `offre-navigation` checks the `segments` of a site without navigation entries.
  settings.navigation = navigation
  return { root, configFile: text === undefined && !given ? undefined : configFile, presetOptions: { ...presetOptions, settings }, settings, problems, watched, grammar, site, staticDir: published?.dir, navigation }
}

/** The static folder's files as paths relative to the content root (`../public/img/x.png`). */
function besideRoot(root: string, folder: { dir: string; files: string[] }): string[] {
  const prefix = path.relative(root, folder.dir).split(path.sep).join('/')
  return folder.files.map((url) => `${prefix}${url}`)
}

/**
 * The static folder: `site.static` (relative to the configuration file), which must be a
 * folder (else a problem at its line); by default `public` beside the content root, when
 * there is one.
 */
function staticFolder(declared: string | undefined, root: string, configFile: string, configText: string | undefined, problems: ProjectProblem[]): { dir: string; files: string[] } | undefined {
  const dir = declared === undefined ? path.join(path.dirname(root), 'public') : path.resolve(path.dirname(configFile), declared)
  const files = listStaticFiles(dir)
  if (files !== null) return { dir, files }
  if (declared === undefined) return undefined
  problems.push({
    file: configFile,
    ...placeOfKey(configText ?? '', ['site', 'static']),
    message: `\`site.static\` : dossier statique introuvable : ${dir} ; attendu un dossier relatif au fichier de configuration, par exemple \`../public\``,
    rule: `${CONFIG_SOURCE}:invalid-value`,
    url: CONFIG_DOCS,
  })
  return undefined
}

/**
 * The front matter schema the configuration declares (`frontMatter.schema`: a JSON file
 * relative to the configuration, `#/…` for a part of it), read and compiled once to
 * check it; a file that cannot be read, is not JSON or is not a JSON Schema is a problem
 * of the configuration at the line that names it.
 */
function readFrontMatterSchema(declared: string, configFile: string, configText: string, problems: ProjectProblem[]): OffreSettings['frontMatterSchema'] {
  const hash = declared.indexOf('#')
  const file = path.resolve(path.dirname(configFile), hash === -1 ? declared : declared.slice(0, hash))
  const pointer = hash === -1 ? '' : declared.slice(hash + 1)
  const fail = (message: string, rule = `${CONFIG_SOURCE}:invalid-value`): undefined => {
    problems.push({ file: configFile, ...placeOfKey(configText, ['frontMatter', 'schema']), message, rule, url: CONFIG_DOCS })
    return undefined
  }
  const before = problems.length
  const text = readText(file, 'schéma du front matter', problems, false)
  if (text === undefined) {
    // A schema that cannot be read is a wrong value of the configuration, listed with its other problems at its line.
    for (const problem of problems.slice(before)) Object.assign(problem, { file: configFile, rule: `${CONFIG_SOURCE}:invalid-value`, url: CONFIG_DOCS }, placeOfKey(configText, ['frontMatter', 'schema']))
    return undefined
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    return fail(`\`frontMatter.schema\` : attendu un fichier JSON, ${file} ne l’est pas (${(error as Error).message})`)
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return fail(`\`frontMatter.schema\` : attendu un schéma JSON (un objet), reçu \`${shown(document)}\` dans ${file}`)
  const schema = { document, pointer }
  const error = frontMatterSchemaError(schema)
  return error === undefined ? schema : fail(`\`frontMatter.schema\` : schéma JSON invalide dans ${file} : ${error}`)
}

/**
 * The text of a file, or `undefined` with a problem at its line 1 (none when
 * `optional` and the file does not exist).
 */
function readText(file: string, what: string, problems: ProjectProblem[], optional: boolean): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (optional && code === 'ENOENT') return undefined
    const message = `${what} illisible : ${file} (${code ?? 'erreur'})`
    problems.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, message, rule: UNREADABLE, url: null })
    return undefined
  }
}

/** The place of the value of `key` (a path of mapping keys) in the YAML text; line 1 when not found. */
function placeOfKey(text: string, key: string[]): Pick<ProjectProblem, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  let node: unknown = doc.contents
  let range: readonly number[] | undefined
  for (const name of key) {
    const pair = isMap(node) ? node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === name) : undefined
    if (pair === undefined) return { line: 1, column: 1, endLine: 1, endColumn: 1 }
    node = pair.value
    // The file name when there is one, else the key.
    range = (pair.value as Node | null)?.range ?? (pair.key as Node | null)?.range ?? undefined
  }
  if (range?.[0] === undefined) return { line: 1, column: 1, endLine: 1, endColumn: 1 }
  const start = lineCounter.linePos(range[0])
  const end = lineCounter.linePos(range[1] ?? range[0])
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col }
}

/** The entries of a list file: one a line, `#` comments and blank lines skipped. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
}
