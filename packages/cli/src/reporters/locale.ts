/** The language of the reports: French for the editors by default, English on request (`--locale en`). */
export type Locale = 'fr' | 'en'

export const SEVERITY_LABEL = {
  fr: { error: 'erreur', warning: 'avertissement', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const
