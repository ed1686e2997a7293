/**
 * The front matter schema a site declares (`frontMatter.schema` of offre.config.yml) is
 * read by the one project loader, so that `offre lint`, `offre build`, `offre preview`
 * and the language server all apply it; a site that declares none gets only the YAML
 * checked (no code.gouv.fr keys on a Hugo or Jekyll site).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadProjectConfig } from 'remark-lint-offre/project'
import type { Io } from '../io.js'
import { linterFor, lintText } from '../lsp/lint-text.js'
import { PreviewSite } from '../preview/site.js'
import { project, run } from '../testing.js'

const pages = {
  'content/fr/services.md': '---\ntitle: "Nos services"\ndate: 2024-03-01T10:00:00+01:00\ndraft: false\ntags: [numérique, accessibilité]\nweight: 10\n---\n\n## Nos services\n\nTexte.\n',
  'content/fr/bienvenue.md': '---\nlayout: post\nauthor: Marie Dupont\ncategories: actualites\n---\n\n## Bienvenue\n\nTexte.\n',
  'content/fr/_index.md': '---\nweight: 1\n---\n\n## Accueil\n\nTexte.\n',
}
const schema = JSON.stringify({ type: 'object', properties: { title: { type: 'string' }, date: { type: 'string' }, draft: { type: 'boolean' }, tags: { type: 'array' }, weight: { type: 'integer' } }, additionalProperties: false })
const declared = { 'content/offre.config.yml': 'locale: fr\nfrontMatter:\n  schema: front-matter.schema.json\n', 'content/front-matter.schema.json': schema }
const missing = { 'content/offre.config.yml': 'locale: fr\nfrontMatter:\n  schema: absent.json\n' }

interface JsonFinding {
  file: string
  rule: string
  line: number
  column: number
  actual: string | null
}

async function frontMatterFindings(cwd: string): Promise<string[]> {
  const { stdout } = await run(['lint', 'content', '--format', 'json'], cwd)
  return (JSON.parse(stdout) as JsonFinding[]).filter((f) => f.rule === 'offre-front-matter').map((f) => `${f.file}:${f.line}:${f.column} ${f.actual ?? ''}`)
}

function io(cwd: string): Io & { err: () => string } {
  let stderr = ''
  return { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd, env: {}, stdin: undefined, err: () => stderr } as unknown as Io & { err: () => string }
}

describe('frontMatter.schema', () => {
  it('offre lint: no front matter finding on a site without configuration, the declared schema’s unknown keys with one', async () => {
    expect(await frontMatterFindings(project(pages))).toEqual([])
    expect(await frontMatterFindings(project({ ...pages, ...declared }))).toEqual([
      'content/fr/bienvenue.md:2:1 layout',
      'content/fr/bienvenue.md:3:1 author',
      'content/fr/bienvenue.md:4:1 categories',
    ])
  })

  it('offre lint and offre build: a declared schema that cannot be read is a configuration error, exit 2, at the line that names it', async () => {
    const cwd = project({ ...pages, ...missing })
    const lint = await run(['lint', 'content'], cwd)
    expect(lint.code).toBe(2)
    expect(lint.stderr + lint.stdout).toMatch(/content\/offre\.config\.yml:3:11.*schéma du front matter illisible/)
    const build = await run(['build', 'content', '--out', 'dist'], cwd)
    expect(build.code).toBe(2)
    expect(build.stderr).toMatch(/content\/offre\.config\.yml:3:11.*schéma du front matter illisible/)
  })

  it('offre preview reads the declaration: the schema in its settings, a missing file its configuration error', () => {
    const cwd = project({ ...pages, ...declared })
    const site = new PreviewSite(path.join(cwd, 'content'), io(cwd), undefined)
    expect(site.state.project?.settings.frontMatterSchema?.document).toEqual(JSON.parse(schema))
    const broken = project({ ...pages, ...missing })
    // At start, a configuration error stops the command (exit 2), as for offre build.
    expect(() => new PreviewSite(path.join(broken, 'content'), io(broken), undefined)).toThrow(/content\/offre\.config\.yml:3:11: erreur schéma du front matter illisible/)
  })

  it('the language server’s linting (the loader’s settings, as the server passes them): the declared schema’s unknown keys', async () => {
    const cwd = project({ ...pages, ...declared })
    const config = loadProjectConfig({ root: path.join(cwd, 'content') })
    const file = path.join(cwd, 'content/fr/bienvenue.md')
    const settings = { ...config.settings, contentPath: 'fr/bienvenue.md' }
    const entries = await lintText(linterFor({ presetOptions: config.presetOptions, settings }), readFileSync(file, 'utf8'), file, settings)
    expect(entries.filter((e) => e.finding.rule === 'offre-front-matter').map((e) => e.finding.actual)).toEqual(['layout', 'author', 'categories'])
  })
})
