/**
 * Test helper (not published): a fresh copy of the repository made from the working
 * tree (uncommitted work is what is being tested): the files of
 * `git ls-files -co --exclude-standard` copied into a temporary folder and committed
 * in a new git repository, so that commands that ask git (`--changed-since`, turbo)
 * work there as in a clone. No node_modules, no build output, no turbo cache.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface RepositoryCopy {
  dir: string
  remove(): void
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

export function copyRepository(root: string, prefix = 'offre-readme-', message = 'the working tree'): RepositoryCopy {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
  for (const file of new Set(files)) {
    const source = path.join(root, file)
    const link = isLink(source)
    if (!link && !existsSync(source)) continue // deleted in the working tree
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    if (link) symlinkSync(readlinkSync(source), target)
    else copyFileSync(source, target) // keeps the mode (executables stay executable)
  }
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'offre test')
  git(dir, 'config', 'user.email', 'test@offre.invalid')
  git(dir, 'config', 'commit.gpgsign', 'false')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}
