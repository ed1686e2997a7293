import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadProjectConfig } from '../project/load-project.js'
import { listStaticFiles } from './files.js'

describe('the project loader', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'offre-files-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('lists the static folder beside the content (`public/`), or the one `site.static` names, and the content’s other files', () => {
    mkdirSync(path.join(root, 'content/fr'), { recursive: true })
    mkdirSync(path.join(root, 'public/docs'), { recursive: true })
    writeFileSync(path.join(root, 'content/fr/page.md'), '---\ntitle: x\n---\n')
    writeFileSync(path.join(root, 'content/fr/a.png'), 'x')
    writeFileSync(path.join(root, 'public/docs/x.pdf'), 'x')
    writeFileSync(path.join(root, 'public/.hidden'), 'x')
    const project = loadProjectConfig({ root: path.join(root, 'content') })
    expect(project.problems).toEqual([])
    expect(project.staticDir).toBe(path.join(root, 'public'))
    expect(project.settings.siteFiles).toEqual(['/docs/x.pdf'])
    expect(project.settings.contentFiles).toEqual(['fr/a.png'])
    expect(listStaticFiles(path.join(root, 'absent'))).toBeNull()
  })
})
