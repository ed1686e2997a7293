import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'
import { MODEL_VERSION, validateOffer } from '@offre/model'
import { describe, expect, it } from 'vitest'
import { ExitError } from '../errors.js'
import type { Io } from '../io.js'
import { project } from '../testing.js'
import { buildCommand, createBuildCommand } from './build.js'
import type { Command } from './command.js'

const SEED = 'content/fr/mission/offre-de-services.md'
const PAGE = 'content/fr/a-propos.md'

/** Runs the command as `main` would: usage and write errors become exit codes. */
async function build(args: string[], cwd: string, env: Record<string, string> = {}, command: Command = buildCommand) {
  let stdout = ''
  let stderr = ''
  const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env }
  let code: number
  try {
    code = await command.run(args, io)
  } catch (error) {
    if (error instanceof ExitError) code = error.code
    else if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) code = 2
    else throw error
    stderr += (error as Error).message
  }
  return { code, stdout, stderr }
}

function site(extra: Record<string, string> = {}): string {
  return project({ [SEED]: { copy: seedPath }, [PAGE]: '---\ntitle: À propos\n---\n\nLa mission [aide](/fr/mission/offre-de-services/){.fr-link .fr-fi-arrow-right-line}.\n', ...extra })
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** Every file under `dir`, relative, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full))
    }
  }
  walk(dir)
  return files
}

/** Every file under `dir` with its hash: cheap to compare whole. */
function digest(dir: string): Record<string, string> {
  return Object.fromEntries([...tree(dir)].map(([file, bytes]) => [file, sha256(bytes)]))
}

const siblings = (cwd: string) => readdirSync(cwd).filter((name) => name.startsWith('.dist'))

describe('offre build', () => {
  it('writes each page’s HTML and JSON, the DSFR files, and a manifest of them all', async () => {
    const cwd = site()
    const { code, stdout, stderr } = await build([], cwd, { OFFRE_SOURCE_COMMIT: 'abc123' })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^offre build : 2 page\(s\) publiée\(s\), 0 non publiée\(s\) \(permalink: false\), 0 en erreur ; \d+ fichiers écrits dans dist \([\d.]+ Mio\)\n$/)
    const files = tree(path.join(cwd, 'dist'))
    expect(files.get('fr/mission/offre-de-services/index.html')?.toString()).toMatch(/^<!doctype html>.*<h1 class="fr-mt-6v">Offre de services de la mission logiciels libres<\/h1>/s)
    expect(validateOffer(JSON.parse(files.get('fr/mission/offre-de-services/index.json')?.toString() ?? ''))).toEqual([])
    for (const file of ['dsfr/dsfr.min.css', 'dsfr/dsfr.module.min.js', 'dsfr/dsfr.nomodule.min.js', 'dsfr/favicon/favicon.svg', 'dsfr/fonts/Marianne-Regular.woff2', 'dsfr/icons/system/arrow-right-line.svg']) {
      expect(files.has(file), file).toBe(true)
    }
    expect(files.get('dsfr/icons.min.css')?.toString()).toContain('.fr-fi-arrow-right-line:after')
    // The site's own styles: the headings' `#` hidden until hovered.
    expect(files.get('dsfr/site.css')?.toString()).toContain('a[href].header-anchor')

    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '')
    expect(manifest.modelVersion).toBe(MODEL_VERSION)
    expect(manifest.sourceCommit).toBe('abc123')
    expect(manifest.pages).toEqual({ '/fr/a-propos/': { source: 'fr/a-propos.md' }, '/fr/mission/offre-de-services/': { source: 'fr/mission/offre-de-services.md' } })
    const listed = Object.keys(manifest.files)
    expect(listed).toEqual([...files.keys()].filter((file) => file !== 'manifest.json').sort())
    for (const [file, bytes] of files) {
      if (file === 'manifest.json') continue
      expect(manifest.files[file]).toEqual({ sha256: sha256(bytes), size: bytes.byteLength })
    }
    expect(siblings(cwd)).toEqual([])
  })

  it('gives byte-identical output for the same input', async () => {
    const cwd = site()
    await build(['content', '--out', 'one'], cwd, { GITHUB_SHA: 'f'.repeat(40) })
    await build(['content', '--out', 'two'], cwd, { GITHUB_SHA: 'f'.repeat(40) })
    const one = digest(path.join(cwd, 'one'))
    expect(digest(path.join(cwd, 'two'))).toEqual(one)
    expect(Object.keys(one).length).toBeGreaterThan(80)
    expect(JSON.parse(readFileSync(path.join(cwd, 'one/manifest.json'), 'utf8')).sourceCommit).toBe('f'.repeat(40))
  })

  it('leaves the previous dist whole when a page has errors, and says why', async () => {
    const cwd = site()
    expect((await build([], cwd)).code).toBe(0)
    writeFileSync(path.join(cwd, 'dist/keep.txt'), 'previous build')
    const before = digest(path.join(cwd, 'dist'))
    writeFileSync(path.join(cwd, PAGE), '---\ntitle: [\n---\n')
    const { code, stdout, stderr } = await build([], cwd)
    expect(code).toBe(1)
    expect(stderr).toMatch(/^content\/fr\/a-propos\.md:2:\d+: erreur YAML invalide/m)
    expect(stderr).toContain('offre build : 1 page(s) en erreur : rien n’est publié, dist est inchangé (--partial publie les autres pages)')
    expect(stdout).toContain('1 page(s) publiée(s), 0 non publiée(s) (permalink: false), 1 en erreur')
    expect(digest(path.join(cwd, 'dist'))).toEqual(before)
    expect(siblings(cwd)).toEqual([])
  })

  it('publishes the other pages with --partial, still exiting 1', async () => {
    const cwd = site({ 'content/fr/casse.md': '---\ntitle: [\n---\n', 'content/fr/nav.md': '---\npermalink: false\n---\n' })
    const { code, stdout } = await build(['--partial'], cwd)
    expect(code).toBe(1)
    expect(stdout).toContain('2 page(s) publiée(s), 1 non publiée(s) (permalink: false), 1 en erreur')
    expect(existsSync(path.join(cwd, 'dist/fr/mission/offre-de-services/index.html'))).toBe(true)
    expect(existsSync(path.join(cwd, 'dist/fr/casse'))).toBe(false)
    expect(existsSync(path.join(cwd, 'dist/fr/nav'))).toBe(false)
  })

  it('leaves the previous dist whole when writing fails midway', async () => {
    const cwd = site()
    expect((await build([], cwd)).code).toBe(0)
    const before = digest(path.join(cwd, 'dist'))
    // A DSFR installation missing its scripts: the pages are written, then the copy fails.
    const broken = path.join(cwd, 'broken-dsfr')
    const dist = path.dirname(createRequire(import.meta.url).resolve('@gouvfr/dsfr/dist/dsfr.min.css'))
    mkdirSync(path.join(broken, 'utility/icons'), { recursive: true })
    writeFileSync(path.join(broken, 'dsfr.min.css'), readFileSync(path.join(dist, 'dsfr.min.css')))
    writeFileSync(path.join(broken, 'utility/icons/icons.min.css'), '')
    const { code, stderr } = await build([], cwd, {}, createBuildCommand({ dsfrDir: broken }))
    expect(code).toBe(1)
    expect(stderr).toMatch(/^construction impossible, .*dist est inchangé : ENOENT/)
    expect(digest(path.join(cwd, 'dist'))).toEqual(before)
    expect(siblings(cwd)).toEqual([])
  })

  it('reports in JSON for CI with --format json', async () => {
    const cwd = site({ 'content/fr/nav.md': '---\npermalink: false\n---\n' })
    const { code, stdout, stderr } = await build(['--format', 'json'], cwd)
    expect([code, stderr]).toEqual([0, ''])
    const report = JSON.parse(stdout)
    expect(report.published).toBe(true)
    expect(report.pages.map((page: { source: string; url: string | null; status: string }) => [page.source, page.url, page.status])).toEqual([
      ['content/fr/a-propos.md', '/fr/a-propos/', 'published'],
      ['content/fr/mission/offre-de-services.md', '/fr/mission/offre-de-services/', 'published'],
      ['content/fr/nav.md', null, 'unpublished'],
    ])
  })

  it('exits 2 on usage errors, and never replaces a folder that is not a build', async () => {
    const cwd = site({ 'notes/todo.txt': 'à garder' })
    expect((await build(['content', 'autre'], cwd)).code).toBe(2)
    expect(await build(['absent'], cwd)).toMatchObject({ code: 2, stderr: 'dossier de contenu introuvable : absent' })
    expect((await build(['--out', 'content'], cwd)).code).toBe(2)
    expect((await build(['--out', 'content/fr/dist'], cwd)).code).toBe(2)
    expect((await build(['--out', '.'], cwd)).code).toBe(2)
    expect((await build(['--format', 'xml'], cwd)).code).toBe(2)
    expect((await build(['--nope'], cwd)).code).toBe(2)
    const refused = await build(['--out', 'notes'], cwd)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('ce n’est pas une construction d’offre (pas de manifest.json)')
    expect(readFileSync(path.join(cwd, 'notes/todo.txt'), 'utf8')).toBe('à garder')
  })

  it('records no source commit outside a git repository', async () => {
    const cwd = site()
    rmSync(path.join(cwd, 'dist'), { recursive: true, force: true })
    await build([], cwd)
    expect(JSON.parse(readFileSync(path.join(cwd, 'dist/manifest.json'), 'utf8')).sourceCommit).toBeNull()
  })
})
