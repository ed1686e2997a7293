import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { matchesGlob } from '../config/glob.js'
import type { OffreSettings } from '../settings.js'
import { contentPathOf } from './content-path.js'

const file = (path: string, settings: OffreSettings = {}, cwd = '/depot'): VFile => {
  const vfile = new VFile({ path, cwd })
  vfile.data.offre = settings
  return vfile
}

describe('contentPathOf', () => {
  it('takes the setting first, then the path under contentRoot, then after `content/`, then the path', () => {
    expect(contentPathOf(file('x.md', { contentPath: './fr\\mission\\offre-de-services.md' }))).toBe('fr/mission/offre-de-services.md')
    expect(contentPathOf(file('/site/pages/fr/a.md', { contentRoot: '/site/pages' }))).toBe('fr/a.md')
    expect(contentPathOf(file('pages/fr/a.md', { contentRoot: 'pages/' }))).toBe('fr/a.md')
    expect(contentPathOf(file('content/fr/mission/offre-de-services.md'))).toBe('fr/mission/offre-de-services.md')
    expect(contentPathOf(file('/a/content/b/content/fr/x.md'))).toBe('fr/x.md')
    expect(contentPathOf(file('fr/x.md', {}, '/home/content/site'))).toBe('fr/x.md')
    expect(contentPathOf(new VFile({ value: 'x' }))).toBeUndefined()
  })
})

describe('matchesGlob', () => {
  it('reads `**`, `*` and `?` on content paths', () => {
    expect(matchesGlob('fr/mission/offre-de-services.md', 'fr/mission/**')).toBe(true)
    expect(matchesGlob('fr/mission/a/b.md', 'fr/mission/**')).toBe(true)
    expect(matchesGlob('fr/missions/a.md', 'fr/mission/**')).toBe(false)
    expect(matchesGlob('fr/a.md', '**/a.md')).toBe(true)
    expect(matchesGlob('a.md', '**/a.md')).toBe(true)
    expect(matchesGlob('fr/blog/x.md', 'fr/*.md')).toBe(false)
    expect(matchesGlob('fr/ab.md', 'fr/a?.md')).toBe(true)
    expect(matchesGlob('fr/a+b.md', 'fr/a+b.md')).toBe(true)
    expect(matchesGlob('./fr/x.md', 'fr/*')).toBe(true)
  })
})
