import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadProjectConfig } from '../project/load-project.js'
import { docExamples } from '../testing.js'
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
    // The static folder's files too, by their path from the content root, as a page may name them.
    expect(project.settings.contentFiles).toEqual(['fr/a.png', '../public/docs/x.pdf'])
    expect(listStaticFiles(path.join(root, 'absent'))).toBeNull()
  })

  it('takes `site.static` relative to the configuration file, as the docs example writes it, and reports one that is not a folder at its line', () => {
    const config = docExamples('configuration')('yaml static')
    const site = path.join(root, 'site')
    mkdirSync(path.join(site, 'content'), { recursive: true })
    writeFileSync(path.join(site, 'content/offre.config.yml'), config)
    mkdirSync(path.join(site, 'public/img'), { recursive: true })
    writeFileSync(path.join(site, 'public/img/logo.png'), 'x')
    const project = loadProjectConfig({ root: path.join(site, 'content') })
    expect(project.problems).toEqual([])
    expect(project.settings.siteFiles).toEqual(['/img/logo.png'])
    writeFileSync(path.join(site, 'content/offre.config.yml'), config.replace('../public', '../absent'))
    const broken = loadProjectConfig({ root: path.join(site, 'content') })
    expect(broken.problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`)).toEqual(['3:11 offre-config:invalid-value'])
    expect(broken.settings.siteFiles).toBeUndefined()
  })
})
