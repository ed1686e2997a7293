/**
 * Every bad input gets a clear answer, and the pages beside it are still linted:
 * each case runs `offre lint` (in-process) on a folder that holds the bad input
 * and a normal page whose typo must still be found. The small inputs are
 * fixtures (`fixtures/bad-inputs/`, with their answers in `EXPECTED.txt`); the
 * large or special ones (10 MB, 10,000 levels, pipes, links) are made here.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { createLinter } from '../lint/engine.js'
import { lintOne } from '../lint/lint-one.js'
import type { LintSetup } from '../lint/task.js'
import { project, run } from '../testing.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/bad-inputs/', import.meta.url))
const NORMAL = '---\ntitle: Page normale\n---\n\nUn logciel libre.\n'
const NORMAL_FINDING = 'content/normal.md:5:4 error offre-typos `logciel` : faute de frappe, écrire `logiciel`'

interface JsonFinding {
  file: string
  rule: string
  severity: string
  line: number
  column: number
  message: string
}

async function lintJson(args: string[], cwd: string): Promise<{ code: number; lines: string[]; stderr: string }> {
  const { code, stdout, stderr } = await run(['lint', '--format', 'json', ...args], cwd)
  const findings = JSON.parse(stdout) as JsonFinding[]
  return { code, stderr, lines: findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`) }
}

/** A project with the normal page and the given files under `content/`. */
function contentWith(files: Record<string, string> = {}): string {
  return project(Object.fromEntries([['content/normal.md', NORMAL], ...Object.entries(files).map(([name, text]) => [`content/${name}`, text])]))
}

describe('named bad inputs, each with its answer', () => {
  it('gives each fixture its message at its place, lints the normal page beside them, exit 1', async () => {
    const cwd = project({})
    mkdirSync(path.join(cwd, 'content'))
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.md'))) cpSync(path.join(FIXTURES, name), path.join(cwd, 'content', name))
    // code.gouv.fr's front matter schema, declared as its content/ does: a page without front matter is then a finding.
    cpSync(fileURLToPath(new URL('../../../../content/front-matter.schema.json', import.meta.url)), path.join(cwd, 'content/front-matter.schema.json'))
    writeFileSync(path.join(cwd, 'content/offre.config.yml'), 'frontMatter:\n  schema: front-matter.schema.json#/$defs/FrontMatterData\n')
    const expected = readFileSync(path.join(FIXTURES, 'EXPECTED.txt'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'))
    const { code, lines } = await lintJson(['content'], cwd)
    expect(code).toBe(1)
    expect(lines.filter((line) => !/ (offre-spelling|offre-typography) /.test(line))).toEqual(expected)
    expect(lines).toContain(NORMAL_FINDING)
  })

  it('--fix keeps a BOM and CRLF line ends, and leaves invalid UTF-8 and binary files byte for byte', async () => {
    const cwd = project({})
    cpSync(FIXTURES, path.join(cwd, 'content'), { recursive: true })
    const before = (name: string) => readFileSync(path.join(FIXTURES, name))
    const after = (name: string) => readFileSync(path.join(cwd, 'content', name))
    await run(['lint', '--fix', 'content'], cwd)
    expect(after('bom.md').toString('utf8')).toBe('\ufeff---\ntitle: Page avec BOM\n---\n\nUn logiciel libre, notamment.\n')
    expect(after('crlf.md').toString('utf8')).toBe('---\r\ntitle: Page en CRLF\r\n---\r\n\r\nUn logiciel libre,\r\nnotamment.\r\n')
    expect(after('normal.md').toString('utf8')).toBe(NORMAL.replace('logciel', 'logiciel'))
    for (const untouched of ['invalid-utf8.md', 'binary.md', 'empty.md', 'alias-bomb.md']) expect(after(untouched).equals(before(untouched)), untouched).toBe(true)
  })

  it('lints a 10 MB page in bounded time and memory, and reports it', async () => {
    const parts = sitePages().map((page) => readFileSync(page, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    const chunks = ['---\ntitle: Une très grande page\n---\n\n']
    for (let i = 0, size = 0; size < 10 * 1024 * 1024; i++) {
      chunks.push(`${parts[i % parts.length]}\n\n`)
      size += Buffer.byteLength(chunks[chunks.length - 1] as string)
    }
    const big = chunks.join('')
    const cwd = contentWith({ 'big.md': big })
    const rss = process.memoryUsage().rss
    const started = performance.now()
    const { code, lines } = await lintJson(['content'], cwd)
    const seconds = (performance.now() - started) / 1000
    rmSync(cwd, { recursive: true, force: true })
    const peak = process.resourceUsage().maxRSS * 1024 - rss
    console.info(`10 MB page: ${seconds.toFixed(1)} s, peak RSS +${(peak / 2 ** 20).toFixed(0)} MiB`)
    expect(code).toBe(1)
    expect(lines).toContain(NORMAL_FINDING)
    // More findings than are shown: the thousandth is followed by the count of the others.
    const bigLines = lines.filter((line) => line.startsWith('content/big.md:'))
    expect(bigLines).toHaveLength(1001)
    expect(bigLines[1000]).toMatch(/^content\/big\.md:\d+:\d+ error too-many-findings \d+ autres problèmes dans ce fichier ne sont pas affichés \(limite de 1000 par fichier\) : corrigez les premiers et relancez$/)
    // Generous bounds, measured at about 70 s and 2 GB on two shared cores (see the hardening report).
    expect(seconds).toBeLessThan(240)
    expect(peak).toBeLessThan(3 * 2 ** 30)
  }, 300_000)

  it('refuses a page past --max-file-size without reading it; the default is 16 MiB; a bad size is a usage error', async () => {
    const cwd = contentWith({ 'page.md': `---\ntitle: Page\n---\n\n${'Un texte. '.repeat(200)}\n` })
    const small = await lintJson(['content', '--max-file-size', '1Kio'], cwd)
    expect(small.lines).toContain('content/page.md:1:1 error too-large Fichier trop gros (2 Kio) : la limite est de 1 Kio, le fichier n’est pas lu (option `--max-file-size`)')
    expect(small.lines).toContain(NORMAL_FINDING)
    // 17 MiB of nothing (a sparse file): never read, so answered at once.
    truncateSync(path.join(cwd, 'content/page.md'), 17 * 2 ** 20)
    const started = performance.now()
    const large = await lintJson(['content'], cwd)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(large.lines).toContain('content/page.md:1:1 error too-large Fichier trop gros (17 Mio) : la limite est de 16 Mio, le fichier n’est pas lu (option `--max-file-size`)')
    expect(large.lines).toContain(NORMAL_FINDING)
    const raised = await lintJson(['content', '--max-file-size', '20MiB'], cwd)
    expect(raised.lines).toContain('content/page.md:6:1 error binary-file Fichier binaire (octet `0x00` à l’offset 2022) : attendu un texte markdown en UTF-8')
    const bad = await run(['lint', 'content', '--max-file-size', '12 XB'], cwd)
    expect(bad).toMatchObject({ code: 2, stdout: '' })
    expect(bad.stderr).toBe(
      'offre lint : --max-file-size attend une taille positive en octets, avec ou sans unité (`16777216`, `16MiB`, `16Mio`, `500ko`), reçu `12 XB` ; unités : o, ko, Kio, Mo, Mio, Go, Gio (ou B, kB, KiB, MB, MiB, GB, GiB)\n',
    )
  }, 60_000)

  it('answers 10,000 nested lists and 10,000 nested block quotes with one message at the line, at once, without a stack overflow', async () => {
    const cwd = contentWith({
      'lists.md': `---\ntitle: Listes\n---\n\nUn texte.\n\n${'- '.repeat(10_000)}fin\n`,
      'quotes.md': `---\ntitle: Citations\n---\n\n${'> '.repeat(10_000)}fin\n`,
      'indented.md': `---\ntitle: Indentation\n---\n\n${Array.from({ length: 1100 }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n')}\n`,
    })
    const started = performance.now()
    const { code, lines } = await lintJson(['content'], cwd)
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(code).toBe(1)
    expect(lines).toEqual([
      'content/indented.md:1005:1 error too-deep Imbrication trop profonde (1001 niveaux de listes, de citations ou d’indentation sur cette ligne) : la limite est de 1000 niveaux, le fichier n’est pas analysé',
      'content/lists.md:7:1 error too-deep Imbrication trop profonde (10000 niveaux de listes, de citations ou d’indentation sur cette ligne) : la limite est de 1000 niveaux, le fichier n’est pas analysé',
      NORMAL_FINDING,
      'content/quotes.md:5:1 error too-deep Imbrication trop profonde (10000 niveaux de listes, de citations ou d’indentation sur cette ligne) : la limite est de 1000 niveaux, le fichier n’est pas analysé',
    ])
  }, 60_000)

  it('reports what is not a readable file, and goes on: named pipe, dangling link, link loop, unreadable file', async () => {
    const cwd = contentWith()
    const content = path.join(cwd, 'content')
    execFileSync('mkfifo', [path.join(content, 'pipe.md')])
    symlinkSync('absent.md', path.join(content, 'dangling.md'))
    symlinkSync('.', path.join(content, 'loop'))
    symlinkSync('knot-b', path.join(content, 'knot-a'))
    symlinkSync('knot-a', path.join(content, 'knot-b'))
    symlinkSync('absent.png', path.join(content, 'image.png'))
    const { code, lines } = await lintJson(['content'], cwd)
    expect(code).toBe(1)
    expect(lines).toEqual([
      'content/dangling.md:1:1 error offre lien symbolique cassé (cible introuvable : `absent.md`) : ignoré',
      'content/knot-a:1:1 error offre boucle de liens symboliques : ignoré',
      'content/knot-b:1:1 error offre boucle de liens symboliques : ignoré',
      'content/loop:1:1 error offre boucle de liens symboliques : ignoré',
      'content/pipe.md:1:1 error offre pas un fichier ordinaire (un tube nommé) : ignoré',
      NORMAL_FINDING,
    ])
    // A pipe named on the command line is answered too, never read (a read would wait forever).
    expect((await lintJson(['content/pipe.md', 'content/normal.md'], cwd)).lines).toEqual(['content/pipe.md:1:1 error offre pas un fichier ordinaire (un tube nommé) : ignoré', NORMAL_FINDING])
    expect(await run(['parse', 'content/pipe.md'], cwd)).toMatchObject({ code: 2, stderr: 'offre parse : attendu un fichier, reçu un tube nommé : content/pipe.md\n' })
  })

  it('reports a page it cannot read (gone between the listing and the read, or without permission), and lints the others', async () => {
    const cwd = contentWith({ 'locked.md': NORMAL })
    const content = path.join(cwd, 'content')
    const setup: LintSetup = { presetOptions: {}, fix: false, settings: {} }
    const linter = createLinter({}, false)
    const task = (name: string, index: number) => ({ index, absolute: path.join(content, name), shown: `content/${name}`, contentPath: name })
    const gone = await lintOne(linter, setup, task('gone.md', 0))
    expect(gone.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual(['content/gone.md:1:1 offre fichier illisible (ENOENT)'])
    expect((await lintOne(linter, setup, task('normal.md', 1))).findings.map((f) => f.rule)).toEqual(['offre-typos'])
    // Without permission: only when not root, since root reads files whatever their mode.
    if (process.getuid?.() !== 0) {
      execFileSync('chmod', ['000', path.join(content, 'locked.md')])
      const { lines } = await lintJson(['content'], cwd)
      expect(lines).toEqual(['content/locked.md:1:1 error offre fichier illisible (EACCES)', NORMAL_FINDING])
    }
  })

  it('answers a folder given where a file is expected with a usage error', async () => {
    const cwd = contentWith()
    expect(await run(['parse', 'content'], cwd)).toMatchObject({ code: 2, stdout: '', stderr: 'offre parse : attendu un fichier, reçu un dossier : content\n' })
  })

  it('does not overwrite a page changed on disk between its lint and the write of its fixes, and says so', async () => {
    const cwd = contentWith()
    const file = path.join(cwd, 'content/normal.md')
    const linted = Buffer.from(NORMAL)
    // Someone saves the page while the fixes are computed from the bytes read before.
    const saved = '---\ntitle: Page normale\n---\n\nUn logciel libre, modifié entre-temps.\n'
    writeFileSync(file, saved)
    const linter = createLinter({}, true)
    const result = await linter.lintPage(file, 'content/normal.md', {}, linted)
    expect(result).toMatchObject({ fixed: false, fixes: 0 })
    expect(result.file.messages.map((m) => `${m.ruleId} ${m.fatal} ${m.reason}`)).toContain(
      'changed-on-disk true Fichier modifié sur le disque pendant la correction : il n’a pas été réécrit, relancez `offre lint --fix`',
    )
    expect(readFileSync(file, 'utf8')).toBe(saved)
    expect(readdirSync(path.dirname(file)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('stops at start-up on a configuration with a typo in a rule name or an option of the wrong type: exit 2, line and column, the valid choices', async () => {
    const cwd = contentWith({ 'offre.config.yml': 'rules:\n  offre-typoss: error\n  offre-links:\n    anchors: "non"\n  offre-spelling: [erreur]\n' })
    const { code, stdout, stderr } = await run(['lint', 'content'], cwd)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.split('\n')).toEqual([
      'offre lint : configuration invalide :',
      'content/offre.config.yml:2:3: erreur `offre-typoss` : règle inconnue, attendu l’une de : offre-typos, offre-spelling, offre-typography, offre-mailto, offre-faq, offre-no-presentational-html, offre-front-matter, offre-required-sections, offre-links, offre-navigation, offre-grammar (vouliez-vous dire `offre-typos` ?) [offre-config:unknown-key]',
      'content/offre.config.yml:4:14: erreur `rules.offre-links.anchors` : attendu un booléen (`true` ou `false`), reçu `"non"` [offre-config:invalid-value]',
      'content/offre.config.yml:5:20: erreur `erreur` : sévérité inconnue pour `offre-spelling`, attendu l’une de : error, warn, off (vouliez-vous dire `error` ?) [offre-config:invalid-value]',
      '',
    ])
    expect(existsSync(path.join(cwd, 'content/offre.config.yml'))).toBe(true)
  })
})
