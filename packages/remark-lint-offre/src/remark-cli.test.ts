// The preset is a plain remark-lint preset: it runs under remark-cli with a
// `.remarkrc.mjs`, as editors' tooling would use it. The repository's own
// `.remarkrc.mjs` (remarkLintOffreProject) gives what `offre lint` gives.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const repository = path.resolve(here, '../../..')
const built = path.resolve(here, '../dist/index.js')
const builtProject = path.resolve(here, '../dist/project/index.js')
const remark = path.join(repository, 'node_modules/.bin/remark')
const remarkrc = path.join(repository, '.remarkrc.mjs')
// remark-cli loads a reporter named on its command line from its working directory: given by path.
const jsonReporter = createRequire(import.meta.url).resolve('vfile-reporter-json')
const cliPackage = path.join(repository, 'packages/cli')
const cliBundle = path.join(cliPackage, 'dist/bundle/offre.js')
const BUILD_FIRST = 'build the packages first (npx turbo run build): remark-cli loads remark-lint-offre from dist/'

interface Reported {
  line: number
  column: number
  endLine: number
  endColumn: number
  rule: string
  severity: 'error' | 'warning'
}

interface JsonMessage {
  line?: number
  column?: number
  place?: { start?: { line: number; column: number }; end?: { line: number; column: number } } | null
  fatal?: boolean | null
  ruleId?: string | null
  source?: string | null
  reason: string
}

/** A temporary project: the repository's content configuration, and the seed at the offer's path. */
function seedProject(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'offre-remark-project-'))
  mkdirSync(path.join(folder, 'content/fr/mission'), { recursive: true })
  for (const name of ['offre.config.yml', 'front-matter.schema.json', 'pages-du-site.txt', 'vocabulaire.txt']) copyFileSync(path.join(repository, 'content', name), path.join(folder, 'content', name))
  copyFileSync(seedPath, path.join(folder, 'content/fr/mission/offre-de-services.md'))
  return folder
}

function runRemark(cwd: string, args: string[]): { code: number | null; stderr: string } {
  const result = spawnSync(remark, [...args, '--no-stdout', '--no-color'], { cwd, encoding: 'utf8' })
  return { code: result.status, stderr: result.stderr }
}

/** remark-cli with the repository's `.remarkrc.mjs`, its report as data. */
function remarkJson(cwd: string, file: string): { code: number | null; messages: JsonMessage[]; stderr: string } {
  const { code, stderr } = runRemark(cwd, [file, '--rc-path', remarkrc, '--report', jsonReporter])
  const reports = JSON.parse(stderr) as Array<{ path: string; messages: JsonMessage[] }>
  return { code, messages: reports.flatMap((report) => report.messages), stderr }
}

function sorted(list: Reported[]): string[] {
  return list.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule}`).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/** The `offre` command as published (the bin of packages/cli), built. */
function offreBin(): string {
  const bin = (JSON.parse(readFileSync(path.join(cliPackage, 'package.json'), 'utf8')) as { bin: { offre: string } }).bin.offre
  return path.join(cliPackage, bin)
}

const STACK_LINE = /^\s+at .+[:(]/m

describe('under remark-cli', () => {
  it('reports the seed page findings with a .remarkrc.mjs', () => {
    expect(existsSync(built), 'build the package first (npm run build -w remark-lint-offre)').toBe(true)
    const folder = mkdtempSync(path.join(tmpdir(), 'offre-remarkrc-'))
    copyFileSync(seedPath, path.join(folder, 'offre-de-services.md'))
    writeFileSync(
      path.join(folder, '.remarkrc.mjs'),
      `import { createPreset } from ${JSON.stringify(pathToFileURL(built).href)}\nexport default { plugins: [createPreset({ settings: { contentPath: 'fr/mission/offre-de-services.md' } })] }\n`,
    )
    const { stderr: output } = runRemark(folder, ['offre-de-services.md', '--frail'])
    expect(output).toMatch(/41:62-41:69\s+error\s+`logciel` : faute de frappe, écrire `logiciel`\s+offre-typos\s+remark-lint/)
    expect(output).toMatch(/offre-mailto/)
    expect(output).toMatch(/offre-no-presentational-html/)
  })

  it('with the repository’s .remarkrc.mjs, reports on the seed page what `offre lint` reports, at the same places', () => {
    expect(existsSync(builtProject), BUILD_FIRST).toBe(true)
    expect(existsSync(cliBundle), `the CLI is not built (${path.relative(repository, cliBundle)} is missing): ${BUILD_FIRST}`).toBe(true)
    const folder = seedProject()
    const page = 'content/fr/mission/offre-de-services.md'
    // Grammalecte is the CLI's (a process it runs): under remark-cli, offre-grammar has no checker.
    const cli = spawnSync(process.execPath, [offreBin(), 'lint', page, '--format', 'json'], { cwd: folder, encoding: 'utf8', env: { ...process.env, OFFRE_GRAMMALECTE: 'off' } })
    expect(cli.status, cli.stderr).toBe(1)
    const findings = (JSON.parse(cli.stdout) as Array<Reported & { file: string }>).map(({ line, column, endLine, endColumn, rule, severity }) => ({ line, column, endLine, endColumn, rule, severity }))
    const { code, messages } = remarkJson(folder, page)
    expect(code).toBe(1)
    const reported = messages.map((m) => ({
      line: m.line ?? 1,
      column: m.column ?? 1,
      endLine: m.place?.end?.line ?? m.line ?? 1,
      endColumn: m.place?.end?.column ?? m.column ?? 1,
      rule: m.ruleId ?? '',
      severity: m.fatal ? ('error' as const) : ('warning' as const),
    }))
    // The project's configuration is in force: its site pages (a dead link only with them) and its contact allow-list.
    expect(sorted(findings)).toContain('45:75-45:88 error offre-links')
    expect(findings.length).toBeGreaterThan(10)
    expect(sorted(reported)).toEqual(sorted(findings))
  })

  it('lints a file with no content root with the defaults, without a crash', () => {
    expect(existsSync(builtProject), BUILD_FIRST).toBe(true)
    const folder = mkdtempSync(path.join(tmpdir(), 'offre-remark-alone-'))
    copyFileSync(seedPath, path.join(folder, 'page.md'))
    const { code, messages } = remarkJson(folder, 'page.md')
    expect(code).toBe(1)
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toContain('41:62 offre-typos')
    // No site map: no internal link is said to be dead.
    expect(messages.filter((m) => /lien interne mort/.test(m.reason))).toEqual([])
    const text = runRemark(folder, ['page.md', '--rc-path', remarkrc])
    expect(text.stderr).not.toMatch(STACK_LINE)
  })

  it('says so in one message, no stack trace, when the preset’s contentRoot folder does not exist', () => {
    expect(existsSync(built), BUILD_FIRST).toBe(true)
    const folder = mkdtempSync(path.join(tmpdir(), 'offre-remark-noroot-'))
    copyFileSync(seedPath, path.join(folder, 'page.md'))
    writeFileSync(path.join(folder, '.remarkrc.mjs'), `import { createPreset } from ${JSON.stringify(pathToFileURL(built).href)}\nexport default { plugins: [createPreset({ settings: { contentRoot: 'content' } })] }\n`)
    const { code, stderr } = runRemark(folder, ['page.md'])
    expect(code).toBe(1)
    expect(stderr).toContain(`dossier de contenu introuvable : ${path.join(folder, 'content')} (ENOENT)`)
    expect(stderr).toMatch(/41:62-41:69\s+error\s+`logciel`/)
    expect(stderr).not.toMatch(STACK_LINE)
    expect(stderr).not.toMatch(/readdirSync|node:fs/)
  })

  it('reports an invalid offre.config.yml as a fatal message naming the file and line, no stack trace', () => {
    expect(existsSync(builtProject), BUILD_FIRST).toBe(true)
    const folder = mkdtempSync(path.join(tmpdir(), 'offre-remark-badconfig-'))
    mkdirSync(path.join(folder, 'content/fr'), { recursive: true })
    writeFileSync(path.join(folder, 'content/offre.config.yml'), 'locale: fr\nrules:\n  offre-typoss: error\nvocabulary: mots.txt\n')
    copyFileSync(seedPath, path.join(folder, 'content/fr/page.md'))
    const { code, messages } = remarkJson(folder, 'content/fr/page.md')
    expect(code).toBe(1)
    expect(messages.map((m) => [m.fatal, m.source, m.ruleId, m.reason.replace(/ :.*/, '')])).toEqual([
      [true, 'offre-config', 'unknown-key', 'content/offre.config.yml:3:3: `offre-typoss`'],
      // A word list that cannot be read: at the line of the configuration that names it.
      [true, 'offre-config', 'unreadable', 'content/offre.config.yml:4:13: vocabulaire illisible'],
    ])
    const text = runRemark(folder, ['content/fr/page.md', '--rc-path', remarkrc])
    expect(text.code).toBe(1)
    expect(text.stderr).toContain('content/offre.config.yml:3:3: `offre-typoss` : règle inconnue')
    expect(text.stderr).not.toMatch(STACK_LINE)
  })
})
