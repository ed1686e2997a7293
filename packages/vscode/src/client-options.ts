/**
 * What the VS Code extension starts and sends, without `vscode`: the server's command
 * line, the documents it serves, its initialization options, from the extension's
 * settings. The language server's tests import this module and start the server
 * exactly as the extension does, so the client's choices are exercised there.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

/** The extension's settings (`offre.*` in VS Code's settings). */
export interface ExtensionSettings {
  /** The `offre` executable or its `bin/offre.js`; empty: the workspace's `@offre/cli`. */
  path: string
  /** Language of the messages; empty: the configuration's `locale`, else French. */
  locale: '' | 'fr' | 'en'
  /** Milliseconds of quiet after an edit before the page is linted again. */
  debounce: number
  /** Lint markdown files outside any content root (a folder with `offre.config.yml`, or named `content`). */
  lintOutsideContentRoot: boolean
}

export const DEFAULT_SETTINGS: ExtensionSettings = { path: '', locale: '', debounce: 150, lintOutsideContentRoot: false }

/** The documents the server lints: markdown files, saved or not. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
]

/** How to start the server: a JavaScript file run by Node (VS Code's own), or an executable. */
export type ServerLaunch =
  | { kind: 'node'; module: string; args: string[] }
  | { kind: 'command'; command: string; args: string[] }

/**
 * The server to start for a workspace folder: `offre.path` when set (a `.js`/`.mjs`
 * file runs with Node, anything else as an executable), else the folder's
 * `node_modules/@offre/cli/bin/offre.js`, else its `node_modules/.bin/offre`, else
 * `offre` on the PATH. Always `offre lsp --stdio` (with `--locale` when set).
 */
export function serverLaunch(settings: ExtensionSettings, workspaceFolder: string | undefined, exists: (file: string) => boolean = existsSync): ServerLaunch {
  const args = ['lsp', '--stdio', ...(settings.locale === '' ? [] : ['--locale', settings.locale])]
  const given = settings.path.trim()
  if (given !== '') {
    const resolved = workspaceFolder === undefined ? given : path.resolve(workspaceFolder, given)
    return /\.[cm]?js$/.test(resolved) ? { kind: 'node', module: resolved, args } : { kind: 'command', command: resolved, args }
  }
  if (workspaceFolder !== undefined) {
    const bin = path.join(workspaceFolder, 'node_modules', '@offre', 'cli', 'bin', 'offre.js')
    if (exists(bin)) return { kind: 'node', module: bin, args }
    const shim = path.join(workspaceFolder, 'node_modules', '.bin', process.platform === 'win32' ? 'offre.cmd' : 'offre')
    if (exists(shim)) return { kind: 'command', command: shim, args }
  }
  return { kind: 'command', command: 'offre', args }
}

/** The argv that runs a launch from a Node process (`node` being `process.execPath`). */
export function launchArgv(launch: ServerLaunch, node: string): string[] {
  return launch.kind === 'node' ? [node, launch.module, ...launch.args] : [launch.command, ...launch.args]
}

/** The server's `initializationOptions` (see `InitializationOptions` of `offre lsp`). */
export function initializationOptions(settings: ExtensionSettings): Record<string, unknown> {
  return {
    ...(settings.locale === '' ? {} : { locale: settings.locale }),
    debounce: settings.debounce,
    lintOutsideContentRoot: settings.lintOutsideContentRoot,
  }
}

/** The settings read from a `get(key, default)` accessor (VS Code's `WorkspaceConfiguration`). */
export function readSettings(get: <T>(key: string, fallback: T) => T): ExtensionSettings {
  const locale = get<string>('locale', DEFAULT_SETTINGS.locale)
  const debounce = get<number>('debounce', DEFAULT_SETTINGS.debounce)
  return {
    path: get<string>('path', DEFAULT_SETTINGS.path) ?? '',
    locale: locale === 'fr' || locale === 'en' ? locale : '',
    debounce: typeof debounce === 'number' && debounce >= 0 ? debounce : DEFAULT_SETTINGS.debounce,
    lintOutsideContentRoot: get<boolean>('lintOutsideContentRoot', DEFAULT_SETTINGS.lintOutsideContentRoot) === true,
  }
}

/** The command of the server that adds a word to the project vocabulary; its result names the files to save. */
export const ADD_TO_VOCABULARY = 'offre.addToVocabulary'
