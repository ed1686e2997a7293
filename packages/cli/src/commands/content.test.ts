// The project's own content: the seed page after `offre lint --fix` plus the hand
// corrections a reviewer made for what has no safe fix, and it lints clean.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const content = (file: string) => path.join(repo, 'content', file)
const page = 'fr/mission/offre-de-services.md'

describe('content/', () => {
  it('lints clean', async () => {
    const { code, stdout } = await run(['lint', 'content'], repo)
    expect(stdout).toBe('✔ 1 fichier vérifié, aucun problème\n')
    expect(code).toBe(0)
  })

  it('is the seed after --fix, plus hand corrections only where no fix is safe', async () => {
    const cwd = project({
      [`content/${page}`]: { copy: seedPath },
      'content/offre.config.yml': { copy: content('offre.config.yml') },
      'content/front-matter.schema.json': { copy: content('front-matter.schema.json') },
      'content/pages-du-site.txt': { copy: content('pages-du-site.txt') },
      'content/vocabulaire.txt': { copy: content('vocabulaire.txt') },
    })
    const fixedRun = await run(['lint', '--fix', '--format', 'json'], cwd)
    const left = (JSON.parse(fixedRun.stdout) as Array<{ rule: string; actual: string }>).map((f) => `${f.rule} ${f.actual}`)
    // What --fix leaves is what needs a person: vague link texts, a dead link, a near-duplicate question.
    expect(left.sort()).toEqual([
      'offre-faq Sous quelle licence publier un code source\u00a0?',
      'offre-links /fr/doc/sill/',
      'offre-links cette page',
      'offre-links voir la liste',
    ])
    const fixed = readFileSync(path.join(cwd, 'content', page), 'utf8').split('\n')
    const final = readFileSync(content(page), 'utf8').split('\n')
    const changed = fixed.filter((line) => !final.includes(line))
    // The lines a reviewer rewrote, in page order: the rest is exactly what --fix wrote.
    expect(changed).toEqual([
      expect.stringContaining('([voir la liste](https://www.data.gouv.fr/'),
      '- Sous quelle licence publier un code source\u00a0?',
      'Avant de nous écrire, veuillez lire [cette page de documentation du SILL](/fr/doc/sill/).',
      "Si vous êtes *administrateur ministériel des données, des algorithmes et des codes sources* nous pouvons vous accompagner pour la définition et la mise en œuvre de vos politiques de publication et d'utilisation des logiciels libres.",
      // offre-grammar (Grammalecte): a comma before the `mais` that opens a new clause.
      'Nous répondons par écrit aux questions de culture générale sur le logiciel libre mais nous ne proposons pas de rendez-vous.',
      "Nous pouvons par écrit vous aider à entrer en contact avec des communautés de l'administration actives autour des logiciels libres. Voir [cette page](/fr/contact/espaces-communication-bluehats/).",
    ])
  })
})
