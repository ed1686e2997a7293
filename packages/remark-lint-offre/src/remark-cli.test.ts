// The preset is a plain remark-lint preset: it runs under remark-cli with a
// `.remarkrc.mjs`, as editors' tooling would use it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const built = path.resolve(here, '../dist/index.js')
const remark = path.resolve(here, '../../../node_modules/.bin/remark')

describe('under remark-cli', () => {
  it('reports the seed page findings with a .remarkrc.mjs', () => {
    expect(existsSync(built), 'build the package first (npm run build -w remark-lint-offre)').toBe(true)
    const folder = mkdtempSync(path.join(tmpdir(), 'offre-remarkrc-'))
    copyFileSync(seedPath, path.join(folder, 'offre-de-services.md'))
    writeFileSync(
      path.join(folder, '.remarkrc.mjs'),
      `import { createPreset } from ${JSON.stringify(pathToFileURL(built).href)}\nexport default { plugins: [createPreset({ settings: { contentPath: 'fr/mission/offre-de-services.md' } })] }\n`,
    )
    let output = ''
    try {
      execFileSync(remark, ['offre-de-services.md', '--frail', '--no-stdout', '--no-color'], { cwd: folder, encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      output = String((error as { stderr?: unknown }).stderr)
    }
    expect(output).toMatch(/41:62-41:69\s+error\s+`logciel` : faute de frappe, écrire `logiciel`\s+offre-typos\s+remark-lint/)
    expect(output).toMatch(/offre-mailto/)
    expect(output).toMatch(/offre-no-presentational-html/)
  })
})
