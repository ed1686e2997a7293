/**
 * Grammar through the real Grammalecte, as `offre lint` runs it: a server process,
 * batches of paragraphs, places mapped back to the markdown. `.ci/run` installs it
 * (Debian's `python3-grammalecte grammalecte-cli`); under CI a missing Grammalecte
 * fails these tests instead of skipping them.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { siteContentDir } from '@offre/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GRAMMALECTE_OPTIONS, type GrammarChecker } from 'remark-lint-offre'
import { createLinter } from '../lint/engine.js'
import { project, run } from '../testing.js'
import { codeUnitOffsets, grammalecteChecker } from './client.js'
import { INSTALL_HINT, locateGrammalecte } from './locate.js'
import { startGrammalecteServer, type GrammalecteServer } from './server.js'

const installed = locateGrammalecte(process.env)
if (installed === undefined && process.env.CI) throw new Error('Grammalecte must be installed where CI runs (.ci/run installs python3-grammalecte grammalecte-cli)')
const env = { PATH: process.env.PATH ?? '' }
const NOWHERE = { PATH: '/nonexistent' }

describe('locating Grammalecte', () => {
  it('finds grammalecte-server on PATH, or a program named by OFFRE_GRAMMALECTE', () => {
    expect(locateGrammalecte({ PATH: '/nonexistent' })).toBeUndefined()
    expect(locateGrammalecte({ PATH: process.env.PATH, OFFRE_GRAMMALECTE: 'off' })).toBeUndefined()
    expect(locateGrammalecte({ OFFRE_GRAMMALECTE: '/nonexistent/grammalecte-server' })).toBeUndefined()
  })

  it('counts Grammalecte’s code points as UTF-16 units', () => {
    const units = codeUnitOffsets('Le 🧢 de leur questions')
    expect([units(0), units(3), units(4), units(5), units(9)]).toEqual([0, 3, 5, 6, 10])
    expect(codeUnitOffsets('sans emoji')(4)).toBe(4)
  })
})

describe('offre lint --grammar, without Grammalecte', () => {
  const page = '# Titre\n\nNous accompagnons les administrations autour de leur questions.\n'

  it('auto: one notice for the whole run with the install command, the same findings and exit code as off', async () => {
    const cwd = project({ 'content/fr/a.md': page, 'content/fr/b.md': page, 'content/fr/c.md': page })
    const auto = await run(['lint', '--format', 'json'], cwd, NOWHERE)
    const off = await run(['lint', '--format', 'json', '--grammar', 'off'], cwd, NOWHERE)
    expect(auto.stderr.split('\n').filter((line) => line.includes('Grammalecte'))).toHaveLength(1)
    expect(auto.stderr).toContain('sudo apt-get install python3-grammalecte grammalecte-cli')
    expect(off.stderr).not.toContain('Grammalecte')
    expect(auto.stdout).toBe(off.stdout)
    expect(auto.code).toBe(off.code)
  })

  it('on (option or configuration): exit 2 with the install hint, in the machine formats too', async () => {
    const cwd = project({ 'content/fr/a.md': page })
    const option = await run(['lint', '--grammar', 'on'], cwd, NOWHERE)
    expect(option.code).toBe(2)
    expect(option.stderr).toContain(INSTALL_HINT)
    const configured = project({ 'content/fr/a.md': page, 'content/offre.config.yml': 'grammar: on\n' })
    const sarif = await run(['lint', '--format', 'sarif'], configured, NOWHERE)
    expect(sarif.code).toBe(2)
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ message: { text: string } }> }> }> }
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(false)
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications[0]?.message.text).toContain('python3-grammalecte')
  })

  it('refuses an unknown mode, in the option and in the configuration', async () => {
    const cwd = project({ 'content/fr/a.md': page })
    const bad = await run(['lint', '--grammar', 'oui'], cwd, NOWHERE)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--grammar attend `auto`, `on`, `off`, reçu `oui`')
    const configured = project({ 'content/fr/a.md': page, 'content/offre.config.yml': 'grammar: oui\n' })
    const config = await run(['lint'], configured, NOWHERE)
    expect(config.code).toBe(2)
    expect(config.stderr).toContain('offre.config.yml:1:')
  })
})

describe.skipIf(installed === undefined)('offre-grammar with Grammalecte', () => {
  let server: GrammalecteServer
  let checker: GrammarChecker
  beforeAll(async () => {
    server = startGrammalecteServer((installed as { executable: string }).executable)
    await server.ready
    checker = grammalecteChecker({ url: server.url, options: GRAMMALECTE_OPTIONS })
  })
  afterAll(() => server?.stop())

  async function grammarOf(relative: string): Promise<Array<[number, string, string[] | undefined]>> {
    const text = readFileSync(path.join(siteContentDir, relative), 'utf8')
    const linter = createLinter({ rules: { 'offre-typos': 'off', 'offre-spelling': 'off', 'offre-mailto': 'off', 'offre-faq': 'off', 'offre-links': 'off', 'offre-front-matter': 'off', 'offre-required-sections': 'off', 'offre-no-presentational-html': 'off' } }, false, {}, { grammar: checker })
    const file = await linter.lintSource(text, relative, { contentPath: relative })
    return file.messages.filter((m) => m.ruleId === 'offre-grammar').map((m) => [m.line ?? 0, m.actual ?? '', m.expected ?? undefined])
  }

  // Real sentences of code.gouv.fr, one family each: the finding covers the defect itself.
  it.each([
    ['agreement in number', 'fr/about/depenses-effectifs-impact.md', 43, 'leur questions', 'leurs questions'],
    ['agreement in gender', 'fr/bluehats/webinaires/messagerie-collaborative-etat.md', 14, 'cette', 'cet'],
    ['agreement of the article', 'fr/bluehats/bsoc/2022/contributions/osmose-qa.md', 40, 'un nouvelle', 'une nouvelle'],
    ['a participle', 'fr/bluehats/bsoc/2022/contributions/ade4.md', 10, 'développé', 'développés'],
    ['a / à', 'fr/bluehats/gazettes/bluehats_11.md', 18, 'a', 'à'],
    ['coté / côté', 'fr/bluehats/gazettes/bluehats_3.md', 86, 'coté', 'côté'],
    ['des / dès, in italics', 'fr/bluehats/gazettes/bluehats_17.md', 21, 'des ces', 'de ces'],
    ['an imperative', 'fr/bluehats/bsoc/2022/contributions/sysma.md', 6, 'Rejoignez nous', 'Rejoignez-nous'],
    ['a ministry’s capital', 'fr/bluehats/rencontres/libreoffice-2023.md', 26, 'intérieur', 'Intérieur'],
  ])('finds %s where the site has it', async (_family, page, line, actual, expected) => {
    const found = await grammarOf(page)
    expect(found).toContainEqual([line, actual, expect.arrayContaining([expected])])
  })

  it('says a defect once: a doubled word inside a link text is offre-typography’s', async () => {
    const found = await grammarOf('fr/bluehats/gazettes/bluehats_15.md')
    expect(found.filter(([line]) => line === 18)).toEqual([])
  })

  it('keeps the names of the field, code and addresses out of it', async () => {
    const found = await grammarOf('fr/about/index.md')
    expect(found.map(([, actual]) => actual)).not.toContain('logiciels')
    expect(found.some(([, actual]) => /https?:|\.fr/.test(actual))).toBe(false)
  })

  it('leaves no Grammalecte process behind, even when offre is killed mid-run', async () => {
    // A path of its own to the server program, to find this run's processes by it.
    const own = path.join(mkdtempSync(path.join(tmpdir(), 'offre-grammalecte-')), 'grammalecte-server')
    symlinkSync((installed as { executable: string }).executable, own)
    const alive = () => spawnSync('pgrep', ['-f', own], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).length
    const bin = fileURLToPath(new URL('../../bin/offre.js', import.meta.url))
    const cwd = project(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`content/fr/p${i}.md`, `---\ntitle: Page ${i}\n---\n\n${'Nous accompagnons les administrations autour de leur questions. '.repeat(40)}\n`])))
    const child = spawn(process.execPath, [bin, 'lint', '--grammar', 'on'], { cwd, env: { ...process.env, OFFRE_GRAMMALECTE: own }, stdio: 'ignore' })
    const deadline = Date.now() + 20_000
    while (alive() === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(alive()).toBeGreaterThan(0)
    child.kill('SIGKILL')
    const gone = Date.now() + 10_000
    while (alive() > 0 && Date.now() < gone) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(alive()).toBe(0)
  })

  it('offre lint reports it, and its cache knows whether grammar was checked', async () => {
    const cwd = project({ 'content/fr/a.md': '---\ntitle: Titre\n---\n\nNous accompagnons les administrations autour de leur questions.\n' })
    const first = await run(['lint', '--format', 'unix', '--cache'], cwd, env)
    // Grammalecte's own message, with its no-break spaces inside « ».
    expect(first.stdout.replace(/[\u00a0\u202f]/g, ' ')).toBe('content/fr/a.md:5:49: warning: `leur questions` : accord de nombre erroné avec « questions », vouliez-vous dire `leurs questions` ou `leur question` ? (Grammalecte) [offre-grammar]\n')
    expect(first.code).toBe(0)
    expect(first.stderr).not.toContain('Grammalecte n’est pas installé')
    // A cache filled without grammar does not answer a run with it, nor the reverse.
    const off = await run(['lint', '--format', 'unix', '--cache', '--grammar', 'off'], cwd, env)
    expect(off.stdout).not.toContain('offre-grammar')
    const again = await run(['lint', '--format', 'unix', '--cache'], cwd, env)
    expect(again.stdout).toBe(first.stdout)
  })
})
