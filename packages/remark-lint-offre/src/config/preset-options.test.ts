import { describe, expect, it } from 'vitest'
import { SITE_RULES } from '../data/site-rules.js'
import { lint } from '../testing.js'
import { parseConfig } from './parse.js'
import { presetOptionsFromConfig, vocabularyPath } from './preset-options.js'

const options = (yaml: string) => {
  const { config, messages } = parseConfig(yaml)
  expect(messages).toEqual([])
  return presetOptionsFromConfig(config)
}

describe('presetOptionsFromConfig', () => {
  it('maps the shared settings', () => {
    const { settings } = options('locale: en\nnbsp: source\nlinks:\n  servedElsewhere: [/demos/]\n  siteRules:\n    listings: [/fr/]\n')
    expect(settings?.locale).toBe('en')
    expect(settings?.nbsp).toBe('source')
    expect(settings?.servedElsewhere).toEqual(['/demos/'])
    expect(settings?.siteRules?.listings).toEqual(['/fr/'])
    expect(settings?.siteRules?.folders).toBe(SITE_RULES.folders)
  })

  it('gives the file’s sections to the rules that use them, keeping severities and the rules’ own options', () => {
    const { rules } = options(
      'rules:\n  offre-links: warn\n  offre-mailto: off\n  offre-required-sections: [error, {h1: false, profiles: {"a/**": page}}]\nprofiles:\n  "fr/**": offre\nlinks:\n  httpsHosts: [a.fr]\ncontacts:\n  allow: [a@b.fr]\n',
    )
    expect(rules?.['offre-links']).toEqual(['warn', { httpsHosts: ['a.fr'] }])
    expect(rules?.['offre-mailto']).toBe('off')
    expect(rules?.['offre-required-sections']).toEqual(['error', { h1: false, profiles: { 'a/**': 'page' } }])
  })

  it('drives a lint: profiles and HTTPS hosts from the file apply', async () => {
    const preset = options('profiles:\n  "fr/guides/**": ["## Objet", "*"]\nlinks:\n  httpsHosts: ["*.example.fr"]\n')
    const messages = await lint('---\ntitle: Guide\n---\n\n## Contact\n\n[Le site d’exemple](http://www.example.fr/)\n', {
      only: ['offre-required-sections', 'offre-links'],
      path: 'fr/guides/installer.md',
      rules: preset.rules ?? {},
    })
    expect(messages.map((m) => m.ruleId)).toEqual(['offre-required-sections', 'offre-links'])
    expect(messages[0]?.reason).toContain('`## Objet`')
    // The page's last link: the message is placed at the whole link (see places.ts), the URL rewritten in it.
    expect(messages[1]?.expected).toEqual(['[Le site d’exemple](https://www.example.fr/)'])
  })

  it('resolves the word list next to the configuration file', () => {
    expect(vocabularyPath({ vocabulary: 'mots.txt' }, 'content/offre.config.yml')).toBe('content/mots.txt')
    expect(vocabularyPath({ vocabulary: 'mots.txt' }, 'offre.config.yml')).toBe('mots.txt')
    expect(vocabularyPath({ vocabulary: '/etc/mots.txt' }, 'content/offre.config.yml')).toBe('/etc/mots.txt')
    expect(vocabularyPath({}, 'offre.config.yml')).toBeUndefined()
  })
})
