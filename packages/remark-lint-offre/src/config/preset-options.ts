/**
 * From the configuration file to the preset: the shared settings (language, no-break
 * spaces, site rules) and each rule's setting, with the file's `profiles`,
 * `links.httpsHosts` and `contacts.allow` passed as options of the rules that use
 * them. The word list (`vocabulary`) is a file: the caller reads it (the CLI does)
 * from `vocabularyPath`.
 */
import { SITE_RULES, type SiteRules } from '../data/site-rules.js'
import type { PresetOptions, RuleSetting } from '../preset.js'
import type { OffreSettings } from '../settings.js'
import type { OffreConfig, SiteRulesConfig } from './schema-source.js'

export function presetOptionsFromConfig(config: OffreConfig): PresetOptions {
  const settings: OffreSettings = {}
  if (config.locale !== undefined) settings.locale = config.locale
  if (config.nbsp !== undefined) settings.nbsp = config.nbsp
  if (config.links?.servedElsewhere !== undefined) settings.servedElsewhere = config.links.servedElsewhere
  if (config.links?.siteRules !== undefined) settings.siteRules = siteRulesFrom(config.links.siteRules)
  const rules: Record<string, RuleSetting> = { ...config.rules }
  const give = (id: string, options: Record<string, unknown>): void => {
    rules[id] = withOptions(rules[id], options)
  }
  if (config.profiles !== undefined) give('offre-required-sections', { profiles: config.profiles })
  if (config.links?.httpsHosts !== undefined) give('offre-links', { httpsHosts: config.links.httpsHosts })
  if (config.contacts?.allow !== undefined) give('offre-mailto', { allow: config.contacts.allow })
  return { settings, rules }
}

/** The site rules of the config: each list given replaces the default one. */
export function siteRulesFrom(config: SiteRulesConfig): SiteRules {
  return {
    slugOverride: config.slugOverride ?? SITE_RULES.slugOverride,
    folders: config.folders ?? SITE_RULES.folders,
    servedElsewhere: config.servedElsewhere ?? SITE_RULES.servedElsewhere,
    listings: config.listings ?? SITE_RULES.listings,
  }
}

/** The word list's path, relative to the working directory: `vocabulary` is written relative to the config file. */
export function vocabularyPath(config: OffreConfig, configPath: string): string | undefined {
  return besideConfig(config.vocabulary, configPath)
}

/** The path of the list of the site's other pages (`links.sitePages`), relative to the working directory. */
export function sitePagesPath(config: OffreConfig, configPath: string): string | undefined {
  return besideConfig(config.links?.sitePages, configPath)
}

function besideConfig(file: string | undefined, configPath: string): string | undefined {
  if (file === undefined) return undefined
  if (/^(?:\/|[a-z]:[\\/])/i.test(file)) return file
  const folder = configPath.replace(/[\\/][^\\/]*$/, '')
  return folder === configPath ? file : `${folder}/${file}`
}

/**
 * A rule's setting with more options: an `off` rule stays off, a severity keeps its
 * level, options written for the rule itself win over those of the file's sections.
 */
function withOptions(setting: RuleSetting | undefined, options: Record<string, unknown>): RuleSetting {
  if (setting === undefined || setting === true) return options
  if (setting === false || setting === 'off') return setting
  if (typeof setting === 'string') return [setting, options]
  if (Array.isArray(setting)) {
    const [severity, own] = setting as [unknown, Record<string, unknown> | undefined]
    return severity === 'off' || severity === false ? setting : [severity, { ...options, ...own }]
  }
  return { ...options, ...setting }
}
