/**
 * Test helper (not published): a fresh clone of the repository for the workflow
 * runner, made from the working tree (uncommitted work is what is being tested):
 * the files of `git ls-files -co --exclude-standard` copied into a temporary folder,
 * committed as `main`, with `origin/main` pointing at it as after `git fetch`, and
 * one branch per pull request the test wants to run, each a commit on top of main.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { copyRepository } from '../readme/copy.js'

export interface Clone {
  dir: string
  /** Checks out a branch as a fresh checkout would be (untracked and ignored files removed but node_modules and turbo's cache), and gives its commit. */
  checkout(branch: string): string
  remove(): void
}

/** A change of a pull request: files to write (path → new content, from the old one). */
export type Change = Record<string, (old: string) => string>

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

export function makeClone(root: string, branches: Record<string, Change>): Clone {
  const { dir } = copyRepository(root, 'offre-clone-', 'base: the working tree')
  for (const [branch, change] of Object.entries(branches)) {
    git(dir, 'checkout', '-q', '-b', branch, 'main')
    for (const [file, edit] of Object.entries(change)) {
      const target = path.join(dir, file)
      writeFileSync(target, edit(existsSync(target) ? readFileSync(target, 'utf8') : ''))
    }
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', `pull request ${branch}`)
  }
  git(dir, 'checkout', '-q', 'main')
  return {
    dir,
    checkout(branch) {
      git(dir, 'checkout', '-q', '-f', branch)
      git(dir, 'clean', '-q', '-ffdx', '-e', 'node_modules', '-e', '.turbo')
      // What the last job wrote in node_modules (offre's lint cache): `npm ci` would remove it.
      rmSync(path.join(dir, 'node_modules/.cache'), { recursive: true, force: true })
      // What `git fetch` leaves (the checkout stand-in removes it for a shallow checkout).
      git(dir, 'update-ref', 'refs/remotes/origin/main', 'main')
      return git(dir, 'rev-parse', 'HEAD')
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

