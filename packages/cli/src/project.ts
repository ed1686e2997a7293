/**
 * The project a command runs on: its content root, its configuration file
 * (`offre.config.yml` at the content root), and the settings the rules need
 * (language, the site's pages for the link checker, the vocabulary).
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { OffreSettings, PresetOptions } from 'remark-lint-offre'
import type { Io } from './io.js'

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
  const locale = options.locale ?? 'fr'
  const settings: OffreSettings = { locale }
  return {
    root,
    presetOptions: { settings },
    settings,
    contentPathOf(absolute) {
      return path.relative(root, absolute).split(path.sep).join('/')
    },
  }
}
