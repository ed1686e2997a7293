import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

describe('offre parse', () => {
  it('prints the validated model of the seed as JSON, exit 0', async () => {
    const cwd = project({ 'page.md': { copy: seedPath } })
    const { code, stdout, stderr } = await run(['parse', 'page.md'], cwd)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const offer = JSON.parse(stdout)
    expect(offer.sections).toHaveLength(7)
    expect(offer.frontMatter.data.segments).toEqual([{ url: '/mission/', title: 'Mission' }])
  })

  it('reports `segments/0/url` at the line of the value, exit 1', async () => {
    const cwd = project({ 'page.md': '---\ntitle: Offre\nsegments: [{url: 3}]\n---\n' })
    const { code, stderr } = await run(['parse', 'page.md'], cwd)
    expect(code).toBe(1)
    expect(stderr).toContain('page.md:3:18: erreur Valeur invalide pour `segments/0/url` : doit être de type string, reçu 3 [offre-model:schema]')
    expect(stderr).toContain('page.md:3:12: erreur Clé `title` manquante dans `segments.0`')
  })

  it('exits 2 with one line on usage errors', async () => {
    const cwd = project({ 'page.md': '---\ntitle: x\n---\n' })
    mkdirSync(path.join(cwd, 'folder'))
    const unknown = await run(['parse', '--nope', 'page.md'], cwd)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe('offre parse : option inconnue `--nope` (usage : offre parse FICHIER [--locale fr|en] [--compact])\n')
    expect(await run(['parse', 'absent.md'], cwd)).toMatchObject({ code: 2, stderr: 'offre parse : fichier introuvable : absent.md\n' })
    expect(await run(['parse', 'folder'], cwd)).toMatchObject({ code: 2, stderr: 'offre parse : attendu un fichier, reçu un dossier : folder\n' })
    expect((await run(['parse'], cwd)).code).toBe(2)
    expect((await run(['parse', 'page.md', '--locale', 'de'], cwd)).code).toBe(2)
  })
})

describe('offre', () => {
  it('prints help, and exits 2 for an unknown command', async () => {
    const help = await run(['--help'], process.cwd())
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage : offre <commande> [options]')
    expect(help.stdout).toMatch(/lint +vérifie les pages/)
    const unknown = await run(['lnt'], process.cwd())
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^offre : commande inconnue `lnt` \(commandes : /)
  })
})
