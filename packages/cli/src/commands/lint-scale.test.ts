import { readFileSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pathHash } from '../shard.js'
import { project, run } from '../testing.js'

function pages(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`content/s${i % 3}/page-${i}.md`, `---\ntitle: Page ${i}\n---\n\nUn logciel numéro ${i}.\n`]))
}

const filesOf = (stdout: string) => [...new Set((JSON.parse(stdout) as Array<{ file: string }>).map((f) => f.file))].sort()

describe('offre lint --cache', () => {
  it('lints again only the file that changed, and reports the same findings', async () => {
    const cwd = project(pages(6))
    const cacheArgs = ['lint', '--cache', '--cache-location', 'cache.json']
    const first = await run(cacheArgs, cwd)
    expect(first.stdout).toMatch(/dans 6 fichiers, 6 corrigeables/)
    const second = await run(cacheArgs, cwd)
    expect(second.stdout).toContain('dans 6 fichiers (6 depuis le cache)')
    expect(second.stdout.replace(' (6 depuis le cache)', '')).toBe(first.stdout)
    const edited = path.join(cwd, 'content/s1/page-4.md')
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('logciel', 'logiciel'))
    const third = await run(cacheArgs, cwd)
    expect(third.stdout).toContain('5 erreurs, 0 avertissement) dans 6 fichiers (5 depuis le cache)')
  })

  it('trusts an unchanged size and time, reads a page whose time changed, and lints it only if its content changed', async () => {
    const cwd = project(pages(3))
    const cacheArgs = ['lint', '--cache', '--cache-location', 'cache.json']
    await run(cacheArgs, cwd)
    const later = new Date(Date.now() + 60_000)
    // Same size, new content, new time: linted again.
    const edited = path.join(cwd, 'content/s1/page-1.md')
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('logciel', 'LOGCIEL'))
    utimesSync(edited, later, later)
    // Same content, new time (a checkout, a copy): served from the cache, and stamped anew.
    const touched = path.join(cwd, 'content/s2/page-2.md')
    utimesSync(touched, later, later)
    const second = await run(cacheArgs, cwd)
    expect(second.stdout).toContain('dans 3 fichiers (2 depuis le cache)')
    expect(second.stdout).toContain('`LOGCIEL`')
    const third = await run(cacheArgs, cwd)
    expect(third.stdout).toContain('dans 3 fichiers (3 depuis le cache)')
  })

  it('is invalidated by another configuration', async () => {
    const cwd = project(pages(2))
    await run(['lint', '--cache', '--cache-location', 'cache.json'], cwd)
    const english = await run(['lint', '--cache', '--cache-location', 'cache.json', '--locale', 'en'], cwd)
    expect(english.stdout).not.toContain('depuis le cache')
  })
})

describe('offre lint --shard', () => {
  it('covers every file exactly once for n = 1 to 7', async () => {
    const cwd = project(pages(40))
    const all = filesOf((await run(['lint', '--format', 'json'], cwd)).stdout)
    expect(all).toHaveLength(40)
    for (let n = 1; n <= 7; n++) {
      const seen: string[] = []
      for (let i = 1; i <= n; i++) seen.push(...filesOf((await run(['lint', '--format', 'json', '--shard', `${i}/${n}`], cwd)).stdout))
      expect(seen.sort(), `n = ${n}`).toEqual(all)
    }
  })

  it('is stable: a page stays in its shard when others are added', () => {
    expect(pathHash('fr/mission/offre-de-services.md')).toBe(pathHash('fr/mission/offre-de-services.md'))
    expect(pathHash('a') % 7).not.toBe(pathHash('b') % 7)
  })

  it('rejects a malformed shard', async () => {
    const cwd = project(pages(1))
    for (const shard of ['0/3', '4/3', '1', 'a/b']) {
      const result = await run(['lint', '--shard', shard], cwd)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('--shard attend `i/n`')
    }
  })
})

describe('offre lint --changed-since', () => {
  it('lints only the pages changed or added since the ref', async () => {
    const { execFileSync } = await import('node:child_process')
    const cwd = project(pages(4))
    const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' })
    git('init', '-q', '-b', 'main')
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.')
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '-m', 'pages')
    writeFileSync(path.join(cwd, 'content/s0/page-0.md'), '---\ntitle: Page 0\n---\n\nUn logciel modifié.\n')
    writeFileSync(path.join(cwd, 'content/s2/new.md'), '---\ntitle: Nouvelle\n---\n\nUn logciel.\n')
    const result = await run(['lint', '--format', 'json', '--changed-since', 'HEAD'], cwd)
    expect(filesOf(result.stdout)).toEqual(['content/s0/page-0.md', 'content/s2/new.md'])
    expect((await run(['lint', '--changed-since', 'no-such-ref'], cwd)).code).toBe(2)
  })
})
