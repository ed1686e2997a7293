/**
 * The tools the benchmark runs side by side, as data: the command line of each,
 * the exit codes that mean "ran fine" (1 is normal for a linter: the pages have
 * findings), how to tell it is not available yet, and how to check on a small
 * corpus that it really did its work. Every tool runs with the work folder as its
 * working directory and the corpus as a relative path, so the reports look alike.
 */
import { createRequire } from 'node:module'
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '../../..')
const require = createRequire(import.meta.url)

/** The folder of an installed package, found the way Node would look for it from here. */
function packageDir(name) {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(path.join(dir, name, 'package.json'))) return path.join(dir, name)
  }
  throw new Error(`Package \`${name}\` not found from ${here}: run \`npm install\` at the repository root`)
}

/** The script behind a package's command (its package.json `bin`). */
function binOf(name, command) {
  const dir = packageDir(name)
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  return path.join(dir, typeof bin === 'string' ? bin : bin[command])
}

const node = process.execPath
export const offreBin = path.join(repoRoot, 'packages/cli/bin/offre.js')
const parseFloor = path.join(here, 'parse-floor.mjs')
const remarkPlugins = ['remark-frontmatter', 'remark-preset-lint-recommended'].map((name) => fileURLToPath(import.meta.resolve(name)))

/** Writes the configuration files the other tools read from the work folder. */
export function writeConfigs(work) {
  // markdownlint-cli2 reads .markdownlint-cli2.jsonc from its working directory.
  writeFileSync(path.join(work, '.markdownlint-cli2.jsonc'), `${JSON.stringify({ config: { default: true } }, null, 2)}\n`)
  // cspell resolves imports from the config file's folder, so the dictionary is imported by absolute path.
  const cspell = { version: '0.2', language: 'fr', import: [path.join(packageDir('@cspell/dict-fr-fr'), 'cspell-ext.json')] }
  writeFileSync(path.join(work, 'cspell.json'), `${JSON.stringify(cspell, null, 2)}\n`)
}

const linterCodes = [0, 1]

/** @typedef {{ work: string, corpus: string, files: number }} Target a corpus, relative to the work folder */

export const tools = [
  {
    id: 'parse-floor',
    label: 'parse-only floor',
    okCodes: [0],
    argv: ({ corpus }) => [node, parseFloor, corpus],
    verify: ({ stdout, files }) => (JSON.parse(stdout).files === files ? null : `expected ${files} files in \`${stdout.trim()}\``),
  },
  {
    id: 'offre-lint',
    label: 'offre lint',
    offre: true,
    okCodes: linterCodes,
    argv: ({ corpus }) => [node, offreBin, 'lint', corpus, '--format', 'json'],
    verify: ({ stdout, files }) => {
      const findings = JSON.parse(stdout)
      const seen = new Set(findings.map((finding) => finding.file)).size
      return seen === files ? null : `expected findings in ${files} files, got ${seen}`
    },
  },
  {
    id: 'offre-lint-cache',
    label: 'offre lint --cache (unchanged)',
    offre: true,
    okCodes: linterCodes,
    argv: ({ corpus }) => [node, offreBin, 'lint', corpus, '--format', 'json', '--cache'],
    // Rejected option: exit 2 and the option named on stderr.
    unavailable: ({ code, stderr }) => (code === 2 && stderr.includes('--cache') ? 'not available yet: `offre lint` rejects `--cache`' : null),
    // The timed runs measure an unchanged tree: one untimed run first fills the cache.
    primes: true,
    verify: ({ stdout }) => (Array.isArray(JSON.parse(stdout)) ? null : 'expected a JSON array of findings'),
  },
  {
    id: 'offre-build',
    label: 'offre build',
    offre: true,
    okCodes: linterCodes,
    argv: ({ work, corpus }) => [node, offreBin, 'build', corpus, '--out', path.join(work, 'out', path.basename(corpus))],
    probe: () => [node, offreBin, 'build', '--help'],
    unavailable: ({ code, stderr }) => (code === 0 ? null : `not available yet: \`offre build --help\` exits ${code} (${stderr.trim().split('\n')[0]})`),
    // Every run builds from nothing.
    beforeRun: ({ work, corpus }) => rmSync(path.join(work, 'out', path.basename(corpus)), { recursive: true, force: true }),
    verify: ({ work, corpus, files }) => {
      const pages = readdirSync(path.join(work, 'out', corpus), { recursive: true }).filter((name) => name.endsWith('.html')).length
      return pages >= files ? null : `expected ${files} HTML pages in $WORK/out/${corpus}, found ${pages}`
    },
  },
  {
    id: 'remark-cli',
    label: 'remark-cli (lint-recommended)',
    okCodes: linterCodes,
    argv: ({ corpus }) => [node, binOf('remark-cli', 'remark'), corpus, ...remarkPlugins.flatMap((plugin) => ['--use', plugin]), '--no-config', '--no-ignore', '--no-stdout', '--quiet'],
    // A plugin that fails to load is reported per file with exit 1, like findings; the pages have no remark-lint findings.
    verify: ({ stderr }) => (stderr.trim() === '' ? null : `unexpected report: ${stderr.trim().split('\n').slice(0, 3).join(' / ')}`),
  },
  {
    id: 'markdownlint-cli2',
    label: 'markdownlint-cli2',
    okCodes: linterCodes,
    argv: ({ corpus }) => [node, binOf('markdownlint-cli2', 'markdownlint-cli2'), `${corpus}/**/*.md`],
    verify: ({ stdout, files }) => (stdout.includes(`Linting: ${files} file(s)`) ? null : `expected \`Linting: ${files} file(s)\` in \`${stdout.trim()}\``),
  },
  {
    id: 'cspell',
    label: 'cspell (fr-fr)',
    okCodes: linterCodes,
    argv: ({ corpus }) => [node, binOf('cspell', 'cspell'), 'lint', '--no-progress', '--no-summary', '--locale', 'fr', '--config', 'cspell.json', `${corpus}/**/*.md`],
    verify: ({ stdout, files }) => {
      const checked = new Set(stdout.split('\n').filter((line) => line.includes('Unknown word')).map((line) => line.split(':')[0])).size
      return checked === files ? null : `expected unknown words reported in ${files} files, got ${checked}`
    },
  },
]

/** A command line as one would type it, for the README and the report. */
export function commandLine(argv) {
  return argv
    .map((arg) => (arg === node ? 'node' : arg.startsWith(repoRoot) ? path.relative(repoRoot, arg) : arg))
    .map((arg) => (/[\s*'"]/.test(arg) ? `'${arg}'` : arg))
    .join(' ')
}
