// The published packages must work outside the monorepo: pack each one as npm
// would publish it, install the tarballs in an empty folder, and run the packed
// `offre lint` on the seed page.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
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
    // The packages are usable as libraries too.
    const model = execFileSync('node', ['--input-type=module', '-e', "import { parseOffer } from '@offre/model'; import { readFileSync } from 'node:fs'; console.log(parseOffer(readFileSync('offre-de-services.md')).offer.sections.length)"], { cwd: folder, encoding: 'utf8' })
    expect(model.trim()).toBe('7')
  }, 240_000)
})
