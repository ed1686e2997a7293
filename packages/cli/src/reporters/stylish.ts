/**
 * The default report, for people: findings grouped by file, with place, severity,
 * message, the suggestion and the rule, and a French summary line. Colours only
 * when the output is a terminal (and NO_COLOR is unset).
 */
import { styleText } from 'node:util'
import type { Finding, Totals } from './finding.js'
import type { Reporter } from './reporter.js'

type Style = Parameters<typeof styleText>[0]

const LABEL = { error: 'erreur', warning: 'avertissement', info: 'info' } as const
const COLOUR: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', info: 'blue' }

export function stylishReporter(colour: boolean): Reporter {
  const paint = (style: Style, text: string): string => (colour ? styleText(style, text) : text)
  return {
    file(path, findings) {
      if (findings.length === 0) return ''
      const rows = findings.map((f) => {
        const place = `${f.line}:${f.column}${f.endLine !== f.line || f.endColumn !== f.column ? `-${f.endLine}:${f.endColumn}` : ''}`
        const shown = (f.expected ?? []).filter((e) => e.trim() !== '').slice(0, 3)
        const suggestion = shown.length > 0 && !f.message.includes(`\`${shown[0]}\``) ? ` → ${shown.map((e) => `\`${e}\``).join(', ')}` : ''
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
      const cached = totals.cached > 0 ? ` (${totals.cached} depuis le cache)` : ''
      const problems = totals.errors + totals.warnings
      if (problems === 0) {
        const fixed = totals.fixed > 0 ? `, ${totals.fixed} correction${plural(totals.fixed)} appliquée${plural(totals.fixed)}` : ''
        return `${paint('green', '✔')} ${totals.files} fichier${plural(totals.files)} vérifié${plural(totals.files)}${cached}, aucun problème${fixed}\n`
      }
      const parts = [`${totals.errors} erreur${plural(totals.errors)}`, `${totals.warnings} avertissement${plural(totals.warnings)}`]
      const fixable = totals.fixable > 0 ? `, ${totals.fixable} corrigeable${plural(totals.fixable)} avec \`--fix\`` : ''
      const fixed = totals.fixed > 0 ? `, ${totals.fixed} correction${plural(totals.fixed)} appliquée${plural(totals.fixed)}` : ''
      const mark = totals.errors > 0 ? paint('red', '✖') : paint('yellow', '⚠')
      return `${mark} ${problems} problème${plural(problems)} (${parts.join(', ')}) dans ${totals.files} fichier${plural(totals.files)}${cached}${fixable}${fixed}\n`
    },
  }
}

function plural(n: number): string {
  return n > 1 ? 's' : ''
}
