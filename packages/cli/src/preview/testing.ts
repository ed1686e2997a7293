/** Test helpers of the preview (not published). */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'

const REPO_CONTENT = path.resolve(import.meta.dirname, '../../../../content')

/** A temporary folder holding `content/` as the repository's (configuration, vocabulary, site pages), with the seed as the offer page. */
export function seedContent(): { dir: string; content: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'offre-preview-'))
  const content = path.join(dir, 'content')
  mkdirSync(path.join(content, 'fr/mission'), { recursive: true })
  for (const file of ['offre.config.yml', 'front-matter.schema.json', 'pages-du-site.txt', 'vocabulaire.txt']) writeFileSync(path.join(content, file), readFileSync(path.join(REPO_CONTENT, file)))
  writeFileSync(path.join(content, 'fr/mission/offre-de-services.md'), readFileSync(seedPath))
  return { dir, content }
}
