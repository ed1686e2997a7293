// The published packages must work outside the monorepo: pack each one as npm
// would publish it, install the tarballs in an empty folder, and run the packed
// `offre lint` on the seed page. The executable is a bundle (scripts/bundle.mjs) that
// finds its files by package name: the run also checks a configuration (ajv, loaded
// on need) and builds the page (the renderer, the DSFR files of @offre/render).
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'

const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const published = ['model', 'spell-fr', 'remark-lint-offre', 'render', 'cli']

describe('the packed packages', () => {
  it('install in an empty folder, and the packed CLI lints the seed', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'offre-pack-'))
    for (const name of published) {
      execFileSync('npm', ['pack', '--silent', '--pack-destination', folder], { cwd: path.join(packages, name), stdio: 'ignore' })
    }
    const tarballs = readdirSync(folder).filter((file) => file.endsWith('.tgz'))
    expect(tarballs).toHaveLength(published.length)
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs.map((t) => `./${t}`)], { cwd: folder, stdio: 'pipe' })
    copyFileSync(seedPath, path.join(folder, 'offre-de-services.md'))
    let stdout = ''
    let code = 0
    try {
      stdout = execFileSync(path.join(folder, 'node_modules/.bin/offre'), ['lint', 'offre-de-services.md', '--format', 'json'], { cwd: folder, encoding: 'utf8' })
    } catch (error) {
      code = (error as { status: number }).status
      stdout = String((error as { stdout: unknown }).stdout)
    }
    expect(code).toBe(1)
    const findings = JSON.parse(stdout) as Array<{ rule: string; actual: string | null }>
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'offre-typos', actual: 'logciel' }))
    const offre = path.join(folder, 'node_modules/.bin/offre')
    mkdirSync(path.join(folder, 'content'))
    copyFileSync(seedPath, path.join(folder, 'content/offre-de-services.md'))
    writeFileSync(path.join(folder, 'content/offre.config.yml'), 'locale: fr\ncontacts:\n  allow: 3\n')
    const badConfig = spawnSync(offre, ['lint', 'content'], { cwd: folder, encoding: 'utf8' })
    expect(badConfig.status, badConfig.stderr).toBe(2)
    expect(badConfig.stderr).toContain('`contacts.allow`')
    writeFileSync(path.join(folder, 'content/offre.config.yml'), 'locale: fr\n')
    execFileSync(offre, ['build', 'content', '--out', 'site'], { cwd: folder, stdio: 'pipe' })
    expect(existsSync(path.join(folder, 'site/offre-de-services/index.html'))).toBe(true)
    expect(existsSync(path.join(folder, 'site/dsfr/dsfr.min.css'))).toBe(true)
    // The packages are usable as libraries too.
    const model = execFileSync('node', ['--input-type=module', '-e', "import { parseOffer } from '@offre/model'; import { readFileSync } from 'node:fs'; console.log(parseOffer(readFileSync('offre-de-services.md')).offer.sections.length)"], { cwd: folder, encoding: 'utf8' })
    expect(model.trim()).toBe('7')
  }, 240_000)
})
