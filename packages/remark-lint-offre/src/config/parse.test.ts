import { describe, expect, it } from 'vitest'
import { RULE_IDS } from '../registry.js'
import { parseConfig } from './parse.js'
import { RULE_OPTION_SCHEMAS } from './schemas.js'
import { docExamples } from '../testing.js'

const example = docExamples('configuration')
const places = (text: string): string[] => parseConfig(text).messages.map((m) => `${m.line}:${m.column} ${m.actual}`)

describe('parseConfig: the docs examples', () => {
  it('accepts the documented configuration whole', () => {
    const { config, messages } = parseConfig(example('yaml config'), 'content/offre.config.yml')
    expect(messages).toEqual([])
    expect(config.locale).toBe('fr')
    expect(config.rules?.['offre-typography']).toEqual(['warn', { skip: ['ligatures'] }])
    expect(config.profiles?.['fr/guides/**']).toEqual(['## Objet', '+', '## Contact'])
    expect(config.links?.siteRules?.folders).toHaveLength(2)
  })

  it('reports each problem of the failing example at its line and column, with its words', () => {
    const { messages } = parseConfig(example('yaml fail'), 'content/offre.config.yml')
    expect(messages.map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(example('text messages').trim().split('\n'))
    const reasons = example('text reasons').trim().split('\n')
    expect(messages[0]?.reason).toBe(reasons[0])
    expect(messages[2]?.reason).toBe(reasons[1])
    expect(messages.every((m) => m.fatal === true && m.source === 'offre-config' && m.file === 'content/offre.config.yml')).toBe(true)
  })
})

describe('parseConfig: the site', () => {
  it('accepts the documented site section', () => {
    const { config, messages } = parseConfig(example('yaml site'))
    expect(messages).toEqual([])
    expect(config.site?.navigation?.[1]?.items?.[0]).toEqual({ text: 'Gazettes', href: '/fr/bluehats/tags/gazette/' })
    expect(config.site?.folders?.map((folder) => folder.layout)).toEqual(['post', 'bluehats-post', 'post'])
  })

  it('reports a misspelt key and an unknown layout at their lines, with the choices', () => {
    const { config, messages } = parseConfig(example('yaml site-fail'))
    expect(messages.map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(example('text site-messages').trim().split('\n'))
    expect(messages[0]?.reason).toMatch(/^`navigaton` : clé inconnue dans `site`, attendu l’une de : name, .*\(vouliez-vous dire `navigation` \?\)$/)
    expect(messages[1]?.reason).toBe('`posts` : valeur inconnue pour `site.folders[0].layout`, attendu l’une de : page, post, bluehats-post, bluehats-webinar (vouliez-vous dire `post` ?)')
    expect(config.site).toBeUndefined()
  })

  it('checks the forms of links and of the edit URL', () => {
    const lines = (text: string) => parseConfig(text).messages.map((m) => `${m.line}:${m.column} ${m.actual}`)
    expect(lines('site:\n  name: x\n  quickLinks: [{ text: a, href: "javascript:alert(1)" }]\n')).toEqual(['3:33 "javascript:alert(1)"'])
    expect(lines('site:\n  name: x\n  editUrl: https://forge.example/blob/main/\n')).toEqual(['3:12 "https://forge.example/blob/main/"'])
    // Every key is optional: a site without a name is `code.gouv.fr`'s, one with only a static folder is fine.
    expect(lines('site:\n  tagline: x\n')).toEqual([])
    expect(lines('site:\n  static: public\n')).toEqual([])
    expect(lines('site:\n  name: x\n  languages:\n    de: {}\n    en: { navigation: [{ text: Home, href: /en/ }], search: {} }\n')).toEqual(['4:5 de', '5:53 search'])
  })
})

describe('parseConfig', () => {
  it('accepts an empty file and comments only', () => {
    expect(parseConfig('')).toEqual({ config: {}, messages: [] })
    expect(parseConfig('# rien\n').messages).toEqual([])
  })

  it('reports invalid YAML and a file that is not a mapping', () => {
    const syntax = parseConfig('rules:\n  offre-links: [warn\n')
    expect(syntax.messages[0]?.reason).toMatch(/^YAML invalide/)
    expect(syntax.config).toEqual({})
    expect(parseConfig('rules:\n  a: 1\n  a: 2\n').messages[0]?.ruleId).toBe('yaml-syntax')
    const list = parseConfig('- offre-links\n')
    expect(list.messages[0]?.reason).toMatch(/^Configuration inattendue : attendu des paires `clé: valeur`/)
    expect(`${list.messages[0]?.line}:${list.messages[0]?.column}`).toBe('1:1')
  })

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n')
    const { config, messages } = parseConfig(bomb)
    expect(config).toEqual({})
    expect(messages[0]?.ruleId).toBe('yaml-syntax')
  })

  it('names the expected type of a wrong option, with an example', () => {
    const [message] = parseConfig('rules:\n  offre-links:\n    anchors: "non"\n').messages
    expect(`${message?.line}:${message?.column}`).toBe('3:14')
    expect(message?.reason).toBe('`rules.offre-links.anchors` : attendu un booléen (`true` ou `false`), reçu `"non"`')
    expect(message?.expected).toEqual(['boolean'])
  })

  it('checks severities, the array form, and the options of every rule', () => {
    expect(places('rules:\n  offre-faq: 7\n  offre-typos: [error, {extra: {a: 1}}, 3]\n  offre-typography: {skip: [espaces]}\n  offre-mailto: {allow: [personne]}\n')).toEqual([
      '2:14 7',
      '3:16 ["error",{"extra":{"a":1}},3]',
      '4:29 espaces',
      '5:26 "personne"',
    ])
    expect(places('rules:\n  offre-links: true\n  offre-typos: [off]\n  offre-front-matter: [error, {}]\n')).toEqual([])
  })

  it('checks profiles: names, entries, and the rule option form', () => {
    expect(places('profiles:\n  "fr/**": [Objet, "## Contact"]\n  "en/**": 3\n')).toEqual(['2:13 "Objet"', '3:12 3'])
    const [message] = parseConfig('rules:\n  offre-required-sections:\n    profile: offres\n').messages
    expect(message?.reason).toBe('`offres` : profil inconnu pour `rules.offre-required-sections.profile`, attendu l’une de : offre, page (vouliez-vous dire `offre` ?)')
  })

  it('checks URL templates and paths of the site rules', () => {
    const { messages } = parseConfig('links:\n  servedElsewhere: [sources/]\n  siteRules:\n    folders:\n      - {dir: fr/x, url: "/x/{slug}/"}\n')
    expect(messages.map((m) => `${m.line}:${m.column}`)).toEqual(['2:21', '5:26'])
    expect(messages[1]?.reason).toBe('`links.siteRules.folders[0].url` : variable `{slug}` inconnue, attendu l’une de : {lang}, {fileSlug}, {slugOverride}, reçu `/x/{slug}/`')
  })

  it('keeps the valid top-level keys of a configuration with problems', () => {
    const { config } = parseConfig('locale: en\nnbsp: sourc\n')
    expect(config).toEqual({ locale: 'en' })
  })

  it('speaks English on request', () => {
    const [message] = parseConfig('lokale: fr\n', 'offre.config.yml', { locale: 'en' }).messages
    expect(message?.reason).toBe('Unexpected key `lokale`, expected one of: locale, nbsp, rules, profiles, links, contacts, vocabulary, frontMatter, site, grammar (did you mean `locale`?)')
  })

  it('knows the options of every rule of the registry', () => {
    expect(Object.keys(RULE_OPTION_SCHEMAS).sort()).toEqual([...RULE_IDS].sort())
  })
})

describe('configJsonSchema', () => {
  it('holds the same contract as parseConfig, for editors', async () => {
    const { Ajv } = await import('ajv')
    const { parse } = await import('yaml')
    const { configJsonSchema } = await import('./json-schema.js')
    const validate = new Ajv({ strict: false }).compile(configJsonSchema())
    expect(validate(parse(example('yaml config')))).toBe(true)
    expect(validate(parse(example('yaml fail')))).toBe(false)
    expect(validate({ rules: { 'offre-links': ['warn', { anchors: false }] }, profiles: { '**': ['## A', '*'] } })).toBe(true)
    expect(validate({ rules: { 'offre-links': ['warn', { anchors: 'non' }] } })).toBe(false)
  })
})
