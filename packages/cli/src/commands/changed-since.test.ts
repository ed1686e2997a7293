// `--changed-since REF` lints what a change affects: the changed pages, every page
// when the project's own files change, and the pages that link to a page that was
// deleted or renamed (their links are now dead).
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`

/** A small site under git: a page that others link to, and the project's files. */
function site(): { cwd: string; git: (...args: string[]) => string } {
  const cwd = project({
    'content/offre.config.yml': 'locale: fr\nvocabulary: vocabulaire.txt\nlinks:\n  sitePages: pages-du-site.txt\n',
    'content/vocabulaire.txt': 'DINUM\n',
    'content/pages-du-site.txt': '/fr/\n',
    'content/fr/docs/cible.md': page('Cible', 'La page vers laquelle pointent les autres.'),
    'content/fr/docs/lien.md': page('Lien', 'Voir [la page cible](/fr/docs/cible/) pour le détail.'),
    'content/fr/docs/relatif.md': page('Relatif', 'Voir [la page cible](../cible/) pour le détail.'),
    'content/fr/docs/autre.md': page('Autre', 'Une page sans lien.'),
  })
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-q', '-m', 'site')
  return { cwd, git }
}

const filesOf = (stdout: string) => [...new Set((JSON.parse(stdout) as Array<{ file: string }>).map((f) => f.file))].sort()

describe('offre lint --changed-since', () => {
  it('a change of the vocabulary alone lints every page', async () => {
    const { cwd } = site()
    appendFileSync(path.join(cwd, 'content/vocabulaire.txt'), 'ministère\n')
    // Every page is linted: the stylish summary counts them.
    const { stdout } = await run(['lint', '--changed-since', 'HEAD'], cwd)
    expect(stdout).toMatch(/4 fichiers vérifiés/)
  })

  it('a change of the configuration or of the site-pages list lints every page', async () => {
    for (const file of ['content/offre.config.yml', 'content/pages-du-site.txt']) {
      const { cwd } = site()
      appendFileSync(path.join(cwd, file), '\n')
      expect((await run(['lint', '--changed-since', 'HEAD'], cwd)).stdout, file).toMatch(/4 fichiers vérifiés/)
    }
  })

  it('a deleted page: the pages that linked to it are linted, and their dead links reported', async () => {
    const { cwd } = site()
    rmSync(path.join(cwd, 'content/fr/docs/cible.md'))
    const { code, stdout } = await run(['lint', '--format', 'json', '--changed-since', 'HEAD'], cwd)
    expect(code).toBe(1)
    const findings = JSON.parse(stdout) as Array<{ file: string; rule: string; line: number }>
    expect(findings.filter((f) => f.rule === 'offre-links').map((f) => `${f.file}:${f.line}`).sort()).toEqual([
      'content/fr/docs/lien.md:5',
      'content/fr/docs/relatif.md:5',
    ])
    expect(filesOf(stdout)).not.toContain('content/fr/docs/autre.md')
  })

  it('a renamed page, committed: the pages that linked to its old URL are linted', async () => {
    const { cwd, git } = site()
    git('checkout', '-q', '-b', 'rename')
    renameSync(path.join(cwd, 'content/fr/docs/cible.md'), path.join(cwd, 'content/fr/docs/nouvelle-cible.md'))
    git('add', '-A')
    git('commit', '-q', '-m', 'rename')
    const { stdout } = await run(['lint', '--format', 'json', '--changed-since', 'main'], cwd)
    const dead = (JSON.parse(stdout) as Array<{ file: string; rule: string }>).filter((f) => f.rule === 'offre-links').map((f) => f.file)
    expect(dead.sort()).toEqual(['content/fr/docs/lien.md', 'content/fr/docs/relatif.md'])
  })

  it('a page changed alone: only that page', async () => {
    const { cwd } = site()
    writeFileSync(path.join(cwd, 'content/fr/docs/autre.md'), page('Autre', 'Un logciel.'))
    const { stdout } = await run(['lint', '--format', 'json', '--changed-since', 'HEAD'], cwd)
    expect(filesOf(stdout)).toEqual(['content/fr/docs/autre.md'])
  })

  it('a ref git cannot find: exit 2, and how to fetch the history', async () => {
    const { cwd } = site()
    const { code, stderr } = await run(['lint', '--changed-since', 'origin/main'], cwd)
    expect(code).toBe(2)
    expect(stderr).toContain('la référence git `origin/main` est introuvable')
    expect(stderr).toContain('fetch-depth: 0')
  })
})
