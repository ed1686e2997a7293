// What a newcomer hits first: a command with no argument, a bad option, no content
// folder, the English labels. Each says what to do, in one line.
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

describe('the first steps', () => {
  it('`offre` alone prints its usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([], project({}))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('Usage : offre <commande> [options]')
  })

  it('`offre --help` prints it on stdout, exit 0', async () => {
    expect(await run(['--help'], project({}))).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage : offre') })
  })

  it('--jobs 0 is refused, for lint and build', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn texte.\n' })
    expect(await run(['lint', '--jobs', '0'], cwd)).toMatchObject({ code: 2, stderr: expect.stringContaining('--jobs attend un entier supérieur ou égal à 1, reçu `0`') })
    expect((await run(['build', '--jobs', '0'], cwd)).code).toBe(2)
  })

  it('no content/ folder: a hint to pass a path', async () => {
    const { code, stderr } = await run(['lint'], project({ 'docs/page.md': '---\ntitle: Page\n---\n' }))
    expect(code).toBe(2)
    expect(stderr).toBe('offre lint : aucun dossier `content/` ici : indiquez le dossier ou les fichiers à vérifier, par exemple `offre lint docs` ou `offre lint pages/accueil.md`\n')
  })

  it('--locale en: the severity labels and the summary are in English too', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn logciel.\n' })
    const { stdout } = await run(['lint', '--locale', 'en'], cwd)
    expect(stdout).toMatch(/5:4-5:11 {2}error {2}/)
    expect(stdout).not.toContain('erreur')
    expect(stdout).toMatch(/✖ \d+ problems? \(1 error, \d+ warnings?\) in 1 file, 1 fixable with `--fix`\n$/)
  })
})
