// `offre build` loads the project as `offre lint` does: the same configuration
// refused with the same messages (exit 2), and pages published at the URLs the
// link checker resolves links against (the configuration's folder rules).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

const page = '---\ntitle: Page\n---\n\nUn texte.\n'

describe('offre build and the project configuration', () => {
  it('refuses (exit 2) a configuration that offre lint refuses, with the same message', async () => {
    const cwd = project({ 'content/offre.config.yml': 'linkz: {}\n', 'content/fr/page.md': page })
    const lint = await run(['lint'], cwd)
    const build = await run(['build', 'content', '--out', 'dist'], cwd)
    expect(lint.code).toBe(2)
    expect(build.code).toBe(2)
    expect(build.stderr.replace('offre build', 'offre lint')).toBe(lint.stderr)
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false)
  })

  it('publishes at the URLs of the configured folder rules, where the link checker looks', async () => {
    // `blog/` pages published under `/actualites/`: the lint accepts a link to `/actualites/nouvelle/`.
    const config = 'links:\n  siteRules:\n    folders:\n      - { dir: blog, url: "/actualites/{fileSlug}/" }\n'
    const cwd = project({
      'content/offre.config.yml': config,
      'content/blog/nouvelle.md': page,
      'content/fr/page.md': '---\ntitle: Page\n---\n\nVoir [la nouvelle du jour](/actualites/nouvelle/).\n',
    })
    const lint = await run(['lint', '--format', 'json'], cwd)
    expect((JSON.parse(lint.stdout) as Array<{ rule: string }>).filter((f) => f.rule === 'offre-links')).toEqual([])
    expect((await run(['build', 'content', '--out', 'dist'], cwd)).code).toBe(0)
    expect(existsSync(path.join(cwd, 'dist/actualites/nouvelle/index.html'))).toBe(true)
  })
})
