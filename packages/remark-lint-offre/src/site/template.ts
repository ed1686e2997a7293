/**
 * The URL templates of the site rules: `/fr/mission/{slugify(fileSlug)}/`. A small
 * language of its own, checked when the configuration is read (`templateError`),
 * so that a typo in a placeholder fails at start-up rather than yielding wrong URLs.
 */
import { slugify } from '@offre/model'

export const TEMPLATE_VARIABLES = ['lang', 'fileSlug', 'slugOverride'] as const
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number]

const PLACEHOLDER = /\{([^{}]*)\}/g
const FORM = /^(?:slugify\((\w+)\)|(\w+))$/

/** Expands `template`; an unknown placeholder is kept as written (the config check reports it). */
export function expandTemplate(template: string, values: Readonly<Record<TemplateVariable, string>>): string {
  return template.replace(PLACEHOLDER, (whole, inner: string) => {
    const form = FORM.exec(inner.trim())
    const name = (form?.[1] ?? form?.[2]) as TemplateVariable | undefined
    if (name === undefined || !TEMPLATE_VARIABLES.includes(name)) return whole
    return form?.[1] !== undefined ? slugify(values[name]) : values[name]
  })
}

/** What is wrong with a template (French and English), or `undefined` when it is valid. */
export function templateError(template: string): { fr: string; en: string } | undefined {
  if (!template.startsWith('/')) return { fr: 'le modèle doit commencer par `/`', en: 'the template must start with `/`' }
  for (const match of template.matchAll(PLACEHOLDER)) {
    const form = FORM.exec((match[1] ?? '').trim())
    const name = form?.[1] ?? form?.[2]
    if (name === undefined || !(TEMPLATE_VARIABLES as readonly string[]).includes(name)) {
      const known = TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(', ')
      return { fr: `variable \`${match[0]}\` inconnue, attendu l’une de : ${known}`, en: `unknown placeholder \`${match[0]}\`, expected one of: ${known}` }
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return { fr: 'accolade `{` ou `}` non appariée', en: 'unbalanced `{` or `}`' }
  return undefined
}
