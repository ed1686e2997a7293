// The committed `bin/offre.js` before any build, as in a fresh clone right after `npm ci`:
// npm links it at install time, so `npx offre` runs it; without the bundle it gives the
// version, or says in one French line which command to run, never a stack trace.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const cli = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const unbuilt = mkdtempSync(path.join(tmpdir(), 'offre-unbuilt-'))
mkdirSync(path.join(unbuilt, 'bin'))
copyFileSync(path.join(cli, 'bin/offre.js'), path.join(unbuilt, 'bin/offre.js'))
copyFileSync(path.join(cli, 'package.json'), path.join(unbuilt, 'package.json'))
afterAll(() => rmSync(unbuilt, { recursive: true, force: true }))

const offre = (...args: string[]) => spawnSync(process.execPath, [path.join(unbuilt, 'bin/offre.js'), ...args], { encoding: 'utf8' })

describe('bin/offre.js before the build', () => {
  it('prints the version with --version', () => {
    const { status, stdout, stderr } = offre('--version')
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toBe(`${JSON.parse(readFileSync(path.join(cli, 'package.json'), 'utf8')).version}\n`)
  })

  it('says in one French line which command builds it, exit 2, for any other command', () => {
    for (const args of [['lint', 'content'], [], ['build']]) {
      const { status, stdout, stderr } = offre(...args)
      expect(status).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).toContain('npm run build')
      expect(stderr).toContain('npm start')
    }
  })
})
