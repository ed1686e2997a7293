/**
 * `--changed-since <ref>`: what a change affects. Asks git for the files that differ
 * between `ref` and the working tree (committed or not), plus untracked ones, so that
 * a local run and a CI run agree. A change to one of the project's own files (the
 * configuration, the vocabulary, the site-pages list) affects every page; a page
 * deleted or renamed affects the pages that link to it (their links are now dead).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { frontMatterOf, pageUrl, type SiteRules } from 'remark-lint-offre'
import { UsageError } from './errors.js'

function git(args: string[], cwd: string): string {
  // Loaded here, not imported: `offre lint` without `--changed-since` never pays for it.
  const { execFileSync } = process.getBuiltinModule('node:child_process')
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0]
    throw new UsageError(`git a échoué (${args.join(' ')}) : ${stderr || (error as Error).message}`)
  }
}

export interface Change {
  /** Absolute paths of the files added, copied, modified or renamed (their new path), and of untracked files. */
  changed: Set<string>
  /** Absolute paths of the files deleted, or renamed away (their old path), with the ref's version of the file. */
  removed: Map<string, () => string>
}

/** The files changed since `ref`. */
export function changedSince(ref: string, cwd: string): Change {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since attend une référence git, reçu \`${ref}\``)
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim()
  const { execFileSync } = process.getBuiltinModule('node:child_process')
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: 'ignore' })
  } catch {
    throw new UsageError(
      `--changed-since : la référence git \`${ref}\` est introuvable dans ce dépôt : récupérez l’historique (\`git fetch origin\` ; sur GitHub Actions, \`fetch-depth: 0\` dans \`actions/checkout\`)`,
    )
  }
  const fields = git(['diff', '--name-status', '-z', '--find-renames', ref, '--'], cwd).split('\0')
  const changed = new Set<string>()
  const removed = new Map<string, () => string>()
  const old = (file: string) => () => git(['show', `${ref}:${file}`], top)
  for (let index = 0; index < fields.length; ) {
    const status = fields[index++] ?? ''
    if (status === '') continue
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[index++] ?? ''
      const to = fields[index++] ?? ''
      if (status.startsWith('R')) removed.set(path.resolve(top, from), old(from))
      changed.add(path.resolve(top, to))
    } else {
      const file = fields[index++] ?? ''
      if (status === 'D') removed.set(path.resolve(top, file), old(file))
      else changed.add(path.resolve(top, file))
    }
  }
  for (const file of git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')) if (file) changed.add(path.resolve(top, file))
  return { changed, removed }
}

export interface AffectedOptions {
  /** Every page of the tree (absolute paths). */
  pages: readonly string[]
  /** The project's own files: a change to one affects every page. */
  projectFiles: readonly string[]
  /** A page's path relative to the content root. */
  contentPathOf(absolute: string): string
  siteRules?: SiteRules | undefined
}

/**
 * The pages to lint for a change: every page when a project file changed; else the
 * changed pages, and the pages whose text names the last URL segment of a removed
 * page (a superset of those that link to it: the link rule then says which links died).
 */
export function affectedPages(change: Change, options: AffectedOptions): Set<string> {
  const touched = (file: string) => change.changed.has(file) || change.removed.has(file)
  if (options.projectFiles.some(touched)) return new Set(options.pages)
  const affected = new Set(options.pages.filter((page) => change.changed.has(page)))
  const names = new Set<string>()
  for (const [file, before] of change.removed) {
    if (!/\.md$/i.test(file)) continue
    const contentPath = options.contentPathOf(file)
    if (contentPath.startsWith('..')) continue
    let frontMatter: Record<string, unknown> = {}
    try {
      frontMatter = frontMatterOf(before())
    } catch {
      // The old version cannot be read: its path alone gives its URL.
    }
    const url = pageUrl(contentPath, frontMatter, options.siteRules)
    const segment = url?.split('/').filter(Boolean).pop()
    if (segment) names.add(segment)
  }
  if (names.size === 0) return affected
  for (const page of options.pages) {
    if (affected.has(page)) continue
    let text: string
    try {
      text = readFileSync(page, 'utf8')
    } catch {
      continue
    }
    for (const name of names) {
      if (text.includes(name)) {
        affected.add(page)
        break
      }
    }
  }
  return affected
}
