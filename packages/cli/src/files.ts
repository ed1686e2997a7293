/**
 * Finds the markdown files a command works on: files given by name, folders walked
 * recursively (skipping `node_modules` and dot folders), symlink loops detected,
 * what is not a regular file (a named pipe would block the read forever)
 * reported, results sorted so that every run and every machine sees the same order.
 */
import { readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { UsageError } from './errors.js'

export interface FileProblem {
  path: string
  reason: string
}

export interface FileSet {
  files: string[]
  /** Entries that could not be walked (loops, unreadable folders): reported, not fatal. */
  problems: FileProblem[]
}

const MARKDOWN = /\.(md|markdown)$/i

export function findMarkdownFiles(inputs: string[], cwd: string): FileSet {
  const files = new Set<string>()
  const problems: FileProblem[] = []
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    let stats
    try {
      stats = statSync(absolute)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ELOOP') {
        problems.push({ path: absolute, reason: 'boucle de liens symboliques' })
        continue
      }
      throw new UsageError(`chemin introuvable : ${input}`)
    }
    if (stats.isDirectory()) walk(absolute, new Set([safeRealpath(absolute)]), files, problems)
    else if (stats.isFile()) files.add(absolute)
    else problems.push({ path: absolute, reason: notRegular(stats) })
  }
  return { files: [...files].sort(), problems }
}

function walk(dir: string, seen: Set<string>, files: Set<string>, problems: FileProblem[]): void {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    problems.push({ path: dir, reason: `dossier illisible (${(error as NodeJS.ErrnoException).code ?? 'erreur'})` })
    return
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isSymbolicLink()) {
      let stats
      try {
        stats = statSync(full)
      } catch (error) {
        // A loop is always a mistake; a dangling link matters only where a page was expected.
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') problems.push({ path: full, reason: 'boucle de liens symboliques' })
        else if (MARKDOWN.test(entry.name)) problems.push({ path: full, reason: `lien symbolique cassé (cible introuvable : \`${safeReadlink(full)}\`)` })
        continue
      }
      if (stats.isDirectory()) {
        const real = safeRealpath(full)
        if (seen.has(real)) {
          problems.push({ path: full, reason: 'boucle de liens symboliques' })
          continue
        }
        walk(full, new Set([...seen, real]), files, problems)
      } else if (MARKDOWN.test(entry.name)) {
        if (stats.isFile()) files.add(full)
        else problems.push({ path: full, reason: notRegular(stats) })
      }
    } else if (entry.isDirectory()) {
      walk(full, new Set([...seen, safeRealpath(full)]), files, problems)
    } else if (MARKDOWN.test(entry.name)) {
      if (entry.isFile()) files.add(full)
      else problems.push({ path: full, reason: notRegular(entry) })
    }
  }
}

function notRegular(stats: Pick<Stats, 'isFIFO' | 'isSocket'>): string {
  return `pas un fichier ordinaire (${specialKind(stats)})`
}

/** What a path that is neither a file nor a folder is, in words. */
export function specialKind(stats: Pick<Stats, 'isFIFO' | 'isSocket'>): string {
  return stats.isFIFO() ? 'un tube nommé' : stats.isSocket() ? 'une socket' : 'un périphérique'
}

function safeReadlink(file: string): string {
  try {
    return readlinkSync(file)
  } catch {
    return '?'
  }
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}
