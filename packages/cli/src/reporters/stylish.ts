/**
 * The default report, for people: findings grouped by file, with place, severity,
 * message, the suggestion and the rule, and a French summary line. Colours only
 * when the output is a terminal (and NO_COLOR is unset).
 */
import { styleText } from 'node:util'
import type { Finding, Totals } from './finding.js'
import { SEVERITY_LABEL, type Locale } from './locale.js'
import type { Reporter } from './reporter.js'

type Style = Parameters<typeof styleText>[0]

const COLOUR: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', info: 'blue' }

export function stylishReporter(colour: boolean, locale: Locale = 'fr'): Reporter {
  const LABEL = SEVERITY_LABEL[locale]
  const paint = (style: Style, text: string): string => (colour ? styleText(style, text) : text)
  return {
    file(path, findings) {
      if (findings.length === 0) return ''
      const rows = findings.map((f) => {
        const place = `${f.line}:${f.column}${f.endLine !== f.line || f.endColumn !== f.column ? `-${f.endLine}:${f.endColumn}` : ''}`
        const shown = (f.expected ?? []).filter((e) => e.trim() !== '').slice(0, 3)
        // No arrow when the message already says what to write (punctuation findings name the mark, words their correction).
        const said = shown.length > 0 && f.message.includes((shown[0] as string).trim())
        const suggestion = shown.length > 0 && !said ? ` → ${shown.map((e) => `\`${e}\``).join(', ')}` : ''
        return { place, label: LABEL[f.severity], severity: f.severity, text: `${f.message}${suggestion}`, rule: f.rule }
      })
      const placeWidth = Math.max(...rows.map((r) => r.place.length))
      const labelWidth = Math.max(...rows.map((r) => r.label.length))
      const lines = rows.map(
        (r) => `  ${paint('dim', r.place.padEnd(placeWidth))}  ${paint(COLOUR[r.severity], r.label.padEnd(labelWidth))}  ${r.text}  ${paint('dim', r.rule)}`,
      )
      return `${paint('underline', path)}\n${lines.join('\n')}\n\n`
    },
    end(totals) {
      const words = WORDS[locale]
      const cached = totals.cached > 0 ? words.cached(totals.cached) : ''
      const fixed = totals.fixed > 0 ? words.fixed(totals.fixed) : ''
      const problems = totals.errors + totals.warnings
      if (problems === 0) return `${paint('green', '✔')} ${words.clean(totals.files)}${cached}${fixed}\n`
      const fixable = totals.fixable > 0 ? words.fixable(totals.fixable) : ''
      const mark = totals.errors > 0 ? paint('red', '✖') : paint('yellow', '⚠')
      return `${mark} ${words.problems(problems, totals.errors, totals.warnings, totals.files)}${cached}${fixable}${fixed}\n`
    },
    // The problems that stopped the run are on stderr already (`main`): nothing to add for a person.
    failure: () => '',
  }
}

const WORDS = {
  fr: {
    cached: (n: number) => ` (${n} depuis le cache)`,
    fixed: (n: number) => `, ${n} correction${plural(n)} appliquée${plural(n)}`,
    fixable: (n: number) => `, ${n} corrigeable${plural(n)} avec \`--fix\``,
    clean: (files: number) => `${files} fichier${plural(files)} vérifié${plural(files)}, aucun problème`,
    problems: (n: number, errors: number, warnings: number, files: number) =>
      `${n} problème${plural(n)} (${errors} erreur${plural(errors)}, ${warnings} avertissement${plural(warnings)}) dans ${files} fichier${plural(files)}`,
  },
  en: {
    cached: (n: number) => ` (${n} from the cache)`,
    fixed: (n: number) => `, ${n} fix${n > 1 ? 'es' : ''} applied`,
    fixable: (n: number) => `, ${n} fixable with \`--fix\``,
    clean: (files: number) => `${files} file${plural(files)} checked, no problem`,
    problems: (n: number, errors: number, warnings: number, files: number) =>
      `${n} problem${plural(n)} (${errors} error${plural(errors)}, ${warnings} warning${plural(warnings)}) in ${files} file${plural(files)}`,
  },
} as const

function plural(n: number): string {
  return n > 1 ? 's' : ''
}
