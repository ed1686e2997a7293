/**
 * `--changed-since <ref>`: the files a pull request touched. Asks git for the
 * files that differ between `ref` and the working tree (committed or not), plus
 * untracked ones, so that a local run and a CI run agree.
 */
import path from 'node:path'
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

/** Absolute paths of the files changed since `ref` (added, copied, modified, renamed) and untracked files. */
export function changedSince(ref: string, cwd: string): Set<string> {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since attend une référence git, reçu \`${ref}\``)
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim()
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
  const changed = git(['diff', '--name-only', '-z', '--diff-filter=ACMR', ref, '--'], cwd).split('\0')
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')
  return new Set([...changed, ...untracked].filter(Boolean).map((file) => path.resolve(top, file)))
}
