/**
 * The project a command runs on: its content root, its configuration file
 * (`offre.config.yml` at the content root), and the settings the rules need
 * (language, the site's pages for the link checker, the vocabulary). A
 * configuration with problems stops the run with exit code 2, each problem at its
 * line and column.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { OffreSettings, PresetOptions } from 'remark-lint-offre'
import { loadProjectConfig, UNREADABLE, type ProjectConfig, type ProjectProblem as KernelProblem } from 'remark-lint-offre/project'
import { ConfigError, type ProjectProblem } from './errors.js'
import type { Io } from './io.js'

export interface Project {
  root: string
  presetOptions: PresetOptions
  /** Settings shared by every page (the per-page `contentPath` is added by the runner). */
  settings: OffreSettings
  /**
   * The project's own files, absolute: the configuration file (also when absent, its
   * creation changes every page), the vocabulary and site-pages files it names.
   */
  files: string[]
  /** A page's path relative to the content root, with `/` separators. */
  contentPathOf(absolute: string): string
  /** The configuration's `grammar:` (default `auto`). */
  grammar: 'auto' | 'on' | 'off'
  /** The configuration's `site:` (chrome, layouts by folder), for the renderer. */
  site: ProjectConfig['site']
  /** The static folder, published as it is (`site.static`, default `public` beside the content root), absolute; undefined when there is none. */
  staticDir: string | undefined
  /** The site's navigation entries by language (its pages' and templates' `eleventyNavigation`), for the breadcrumbs. */
  navigation: ProjectConfig['navigation']
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

/**
 * The project of the inputs, read by remark-lint-offre's loader (the same that
 * `remarkLintOffreProject` uses under remark-cli); its problems stop the run as a
 * `ConfigError`, each at its file (relative to the working directory), line and column.
 */
export function loadProject(inputs: string[], io: Io, options: ProjectOptions = {}): Project {
  const root = contentRoot(inputs, io.cwd)
  const configFile = options.config === undefined ? undefined : path.resolve(io.cwd, options.config)
  const project = loadProjectConfig({ root, configFile, locale: options.locale })
  if (project.problems.length > 0) throw configError(project.problems, io.cwd)
  return {
    root,
    presetOptions: project.presetOptions,
    settings: project.settings,
    files: project.watched,
    grammar: project.grammar,
    site: project.site,
    staticDir: project.staticDir,
    navigation: project.navigation,
    contentPathOf(absolute) {
      return path.relative(root, absolute).split(path.sep).join('/')
    },
  }
}

/**
 * The configuration's own problems, all listed, when there are; else the first file
 * that cannot be read (a list file: at the line of the configuration that names it).
 */
function configError(problems: KernelProblem[], cwd: string): ConfigError {
  const shown = (problem: KernelProblem): ProjectProblem => ({ ...problem, file: path.relative(cwd, problem.file) || problem.file })
  const invalid = problems.filter((problem) => problem.rule !== UNREADABLE).map(shown)
  if (invalid.length > 0) {
    const lines = invalid.map((problem) => `${problem.file}:${problem.line}:${problem.column}: erreur ${problem.message} [${problem.rule}]`)
    return new ConfigError(`configuration invalide :\n${lines.join('\n')}`, invalid)
  }
  const first = shown(problems[0] as KernelProblem)
  return new ConfigError(first.message, [first])
}
