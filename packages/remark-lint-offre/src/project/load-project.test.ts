import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findContentRoot } from './find-root.js'
import { loadProjectConfig } from './load-project.js'

function tree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'offre-project-')))
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), text)
  }
  return root
}

describe('loadProjectConfig', () => {
  it('reads the configuration, its word lists and the site map into preset options', () => {
    const root = tree({
      'offre.config.yml': 'locale: fr\nrules:\n  offre-faq: off\nvocabulary: mots.txt\nlinks:\n  sitePages: pages.txt\n',
      'mots.txt': '# words\nBlueHats\n\nOSPO\n',
      'pages.txt': '/fr/sill/\n',
      'fr/mission/page.md': '---\ntitle: Page\n---\n',
    })
    const project = loadProjectConfig({ root })
    expect(project.problems).toEqual([])
    expect(project.configFile).toBe(path.join(root, 'offre.config.yml'))
    expect(project.watched).toEqual([path.join(root, 'offre.config.yml'), path.join(root, 'mots.txt'), path.join(root, 'pages.txt')])
    expect(project.settings.vocabulary).toEqual(['BlueHats', 'OSPO'])
    expect(project.settings.sitePages).toContain('/fr/sill/')
    expect(project.settings.sitePages).toContain('/fr/mission/page/')
    expect(project.presetOptions.rules?.['offre-faq']).toBe('off')
    expect(project.presetOptions.settings).toBe(project.settings)
  })

  it('gathers the navigation entries by language: the pages’ eleventyNavigation at their URLs, then the templates’ of site.templateNavigation', () => {
    const root = tree({
      'offre.config.yml': 'site:\n  templateNavigation:\n    - { source: fr/bluehats/index.njk, url: /fr/bluehats/, key: À propos, parent: BlueHats, order: 1 }\n',
      'fr/about.md': '---\neleventyNavigation:\n  key: À propos\n  order: 4\npermalink: false\n---\n',
      'fr/about/conseil.md': '---\ntitle: Le conseil\neleventyNavigation:\n  key: Le conseil\n  parent: À propos\n---\n',
      'fr/page.md': '---\ntitle: Sans navigation\n---\n',
      'en/home.md': '---\ntitle: Home\neleventyNavigation: { key: Home, url: "https://example.org/" }\n---\n',
    })
    const project = loadProjectConfig({ root })
    expect(project.problems).toEqual([])
    expect(project.navigation).toEqual({
      en: [{ source: 'en/home.md', key: 'Home', url: 'https://example.org/' }],
      fr: [
        { source: 'fr/about.md', key: 'À propos', order: 4, url: false },
        { source: 'fr/about/conseil.md', key: 'Le conseil', parent: 'À propos', url: '/fr/mission/conseil/' },
        { source: 'fr/bluehats/index.njk', url: '/fr/bluehats/', key: 'À propos', parent: 'BlueHats', order: 1 },
      ],
    })
    expect(project.settings.navigation).toBe(project.navigation)
  })

  it('refuses a template navigation entry without its key, URL or source, at its line', () => {
    const root = tree({ 'offre.config.yml': 'site:\n  templateNavigation:\n    - { source: fr/index.njk, key: Accueil }\n', 'fr/page.md': '---\ntitle: Page\n---\n' })
    const problems = loadProjectConfig({ root }).problems
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 3, rule: 'offre-config:invalid-value' })
    expect(problems[0]?.message).toContain('url')
  })

  it('without a configuration: the defaults, the config file still watched', () => {
    const root = tree({ 'page.md': '# Page\n' })
    const project = loadProjectConfig({ root, locale: 'en' })
    expect(project.problems).toEqual([])
    expect(project.configFile).toBeUndefined()
    expect(project.watched).toEqual([path.join(root, 'offre.config.yml')])
    expect(project.settings.locale).toBe('en')
  })

  it('returns problems as data, each at its file, line and column; a missing list file at the line that names it', () => {
    const root = tree({ 'offre.config.yml': 'rules:\n  offre-typoss: error\nlinks:\n  sitePages: absent.txt\n' })
    const project = loadProjectConfig({ root })
    expect(project.problems.map((p) => `${path.relative(root, p.file)}:${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.rule}`)).toEqual([
      'offre.config.yml:2:3-2:15 offre-config:unknown-key',
      'offre.config.yml:4:14-4:24 offre-config:unreadable',
    ])
    expect(project.problems[1]?.message).toBe(`liste des pages du site illisible : ${path.join(root, 'absent.txt')} (ENOENT)`)
  })

  it('a configuration file named but absent is a problem', () => {
    const root = tree({ 'page.md': '# Page\n' })
    const configFile = path.join(root, 'autre.yml')
    const project = loadProjectConfig({ root, configFile })
    expect(project.problems).toEqual([
      { file: configFile, line: 1, column: 1, endLine: 1, endColumn: 1, message: `fichier de configuration illisible : ${configFile} (ENOENT)`, rule: 'offre-config:unreadable', url: null },
    ])
  })

  it('a content root that does not exist is a problem, not a throw', () => {
    const root = path.join(tree({}), 'absent')
    const project = loadProjectConfig({ root })
    expect(project.problems.map((p) => p.message)).toEqual([`dossier de contenu introuvable : ${root} (ENOENT), les liens internes ne sont pas vérifiés`])
  })
})

describe('loadProjectConfig: the front matter schema the site declares', () => {
  const config = 'locale: fr\nfrontMatter:\n  schema: fm.json\n'

  it('reads it into the settings, and watches it', () => {
    const root = tree({ 'offre.config.yml': config, 'fm.json': '{ "type": "object", "additionalProperties": false }' })
    const project = loadProjectConfig({ root })
    expect(project.problems).toEqual([])
    expect(project.settings.frontMatterSchema).toEqual({ document: { type: 'object', additionalProperties: false }, pointer: '' })
    expect(project.presetOptions.settings?.frontMatterSchema).toBe(project.settings.frontMatterSchema)
    expect(project.watched).toContain(path.join(root, 'fm.json'))
  })

  it('without a declaration, none: the rule checks only the YAML', () => {
    expect(loadProjectConfig({ root: tree({ 'offre.config.yml': 'locale: fr\n' }) }).settings.frontMatterSchema).toBeUndefined()
  })

  it('a schema file missing, not JSON, not a schema or without the part named is a configuration problem at the line that names it', () => {
    const cases: Record<string, [string, RegExp]> = {
      absent: ['', /^schéma du front matter illisible : .*fm\.json \(ENOENT\)$/],
      'not JSON': ['{ type: object', /^`frontMatter\.schema` : attendu un fichier JSON, /],
      'not an object': ['[1]', /^`frontMatter\.schema` : attendu un schéma JSON \(un objet\), reçu `\[1\]`/],
      'not a schema': ['{ "type": "objet" }', /^`frontMatter\.schema` : schéma JSON invalide dans .*fm\.json : /],
    }
    for (const [name, [text, message]] of Object.entries(cases)) {
      const root = tree({ 'offre.config.yml': config, ...(name === 'absent' ? {} : { 'fm.json': text }) })
      const project = loadProjectConfig({ root })
      expect(project.problems.map((p) => `${path.relative(root, p.file)}:${p.line}:${p.column}-${p.endLine}:${p.endColumn}`), name).toEqual(['offre.config.yml:3:11-3:18'])
      expect(project.problems[0]?.message, name).toMatch(message)
      expect(project.settings.frontMatterSchema, name).toBeUndefined()
    }
    const root = tree({ 'offre.config.yml': 'frontMatter:\n  schema: "fm.json#/$defs/Absent"\n', 'fm.json': '{ "$defs": {} }' })
    expect(loadProjectConfig({ root }).problems.map((p) => `${p.line}:${p.column} ${p.message.replace(root, '')}`)).toEqual([
      '2:11 `frontMatter.schema` : schéma JSON invalide dans /fm.json : nothing at `#/$defs/Absent`',
    ])
  })
})

describe('findContentRoot', () => {
  it('is the nearest folder holding offre.config.yml, else the nearest `content` folder, else none', () => {
    const root = tree({
      'site/content/offre.config.yml': 'locale: fr\n',
      'site/content/fr/page.md': '',
      'other/content/fr/page.md': '',
      'alone/page.md': '',
    })
    expect(findContentRoot(path.join(root, 'site/content/fr/page.md'))).toBe(path.join(root, 'site/content'))
    expect(findContentRoot(path.join(root, 'site/content'))).toBe(path.join(root, 'site/content'))
    expect(findContentRoot(path.join(root, 'other/content/fr/page.md'))).toBe(path.join(root, 'other/content'))
    expect(findContentRoot(path.join(root, 'alone/page.md'))).toBeUndefined()
  })
})
