/**
 * The project a command runs on: its content root, its configuration file
 * (`offre.config.yml` at the content root), and the settings the rules need
 * (language, the site's pages for the link checker, the vocabulary). A
 * configuration with problems stops the run with exit code 2, each problem at its
 * line and column.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  CONFIG_FILE,
  loadSiteMap,
  parseConfig,
  presetOptionsFromConfig,
  sitePagesPath,
  vocabularyPath,
  type OffreSettings,
  type PresetOptions,
} from 'remark-lint-offre'
import { ExitError, EXIT, UsageError } from './errors.js'
import type { Io } from './io.js'
import { formatMessageLine } from './message-line.js'

export interface Project {
  root: string
  presetOptions: PresetOptions
  /** Settings shared by every page (the per-page `contentPath` is added by the runner). */
  settings: OffreSettings
  /** A page's path relative to the content root, with `/` separators. */
  contentPathOf(absolute: string): string
}

export interface ProjectOptions {
  config?: string | undefined
  locale?: 'fr' | 'en' | undefined
}

/** The content root: the first folder given, else `content/` when it exists, else the working directory. */
export function contentRoot(inputs: string[], cwd: string): string {
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    if (existsSync(absolute) && statSync(absolute).isDirectory()) return absolute
  }
  const content = path.resolve(cwd, 'content')
  return existsSync(content) ? content : cwd
}

export function loadProject(inputs: string[], io: Io, options: ProjectOptions = {}): Project {
  const root = contentRoot(inputs, io.cwd)
  const configFile = options.config === undefined ? path.join(root, CONFIG_FILE) : path.resolve(io.cwd, options.config)
  const shown = (file: string) => path.relative(io.cwd, file) || file
  let presetOptions: PresetOptions = {}
  let vocabulary: string[] = []
  let extraPages: string[] = []
  if (options.config !== undefined || existsSync(configFile)) {
    const text = readText(configFile, options.config !== undefined ? 'fichier de configuration' : undefined)
    const { config, messages } = parseConfig(text, shown(configFile), { locale: options.locale ?? 'fr' })
    if (messages.length > 0) {
      const lines = messages.map((message) => formatMessageLine(shown(configFile), message))
      throw new ExitError(`configuration invalide :\n${lines.join('\n')}`, EXIT.usage)
    }
    presetOptions = presetOptionsFromConfig(config)
    const words = vocabularyPath(config, configFile)
    if (words !== undefined) vocabulary = lines(readText(words, 'vocabulaire'))
    const pages = sitePagesPath(config, configFile)
    if (pages !== undefined) extraPages = lines(readText(pages, 'liste des pages du site'))
  }
  const base = presetOptions.settings ?? {}
  const settings: OffreSettings = {
    ...base,
    locale: options.locale ?? base.locale ?? 'fr',
    sitePages: [...loadSiteMap(root, base.siteRules), ...extraPages].sort(),
  }
  if (vocabulary.length > 0) settings.vocabulary = vocabulary
  return {
    root,
    presetOptions: { ...presetOptions, settings },
    settings,
    contentPathOf(absolute) {
      return path.relative(root, absolute).split(path.sep).join('/')
    },
  }
}

function readText(file: string, what: string | undefined): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`${what ?? 'fichier'} illisible : ${file} (${(error as NodeJS.ErrnoException).code ?? 'erreur'})`)
  }
}

/** The entries of a list file: one a line, `#` comments and blank lines skipped. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
}
