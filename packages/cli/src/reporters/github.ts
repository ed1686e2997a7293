/**
 * `--format github`: GitHub Actions workflow commands, which become annotations on
 * the pull request's diff. GitHub shows at most 10 error and 10 warning annotations
 * per step, in the order they are printed: the annotations are written at the end,
 * errors first, then warnings, then notes, at most `limit` of each, so an error is
 * never hidden behind the warnings of the pages before it. One line then says how
 * many were left out and where the full report is; the summary line closes the output.
 */
import { escapeData, escapeProperty } from './escape.js'
import type { Finding, Severity, Totals } from './finding.js'
import type { Locale } from './locale.js'
import type { Reporter } from './reporter.js'

/** Annotations GitHub displays per step and per kind. */
export const ANNOTATIONS_PER_KIND = 10

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

export function annotation(f: Finding): string {
  const properties = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.rule)}`,
  ].join(',')
  return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}\n`
}

export function githubReporter(locale: Locale = 'fr', limit = ANNOTATIONS_PER_KIND): Reporter {
  const kept: Record<Severity, Finding[]> = { error: [], warning: [], info: [] }
  let hidden = 0
  const add = (findings: Finding[]) => {
    for (const f of findings) {
      const list = kept[f.severity]
      if (list.length < limit) list.push(f)
      else hidden++
    }
  }
  const annotations = () => {
    let out = [...kept.error, ...kept.warning, ...kept.info].map(annotation).join('')
    if (hidden > 0) out += `::notice title=offre::${escapeData(leftOut(hidden, limit, locale))}\n`
    return out
  }
  return {
    file(_path, findings) {
      add(findings)
      return ''
    },
    end(totals: Totals) {
      return `${annotations()}${totalLine(totals, locale)}\n`
    },
    failure(problems, totals) {
      add(problems)
      return `${annotations()}${totalLine(totals, locale)}\n`
    },
  }
}

function leftOut(hidden: number, limit: number, locale: Locale): string {
  const s = hidden > 1 ? 's' : ''
  return locale === 'en'
    ? `${hidden} more finding${s} not annotated (GitHub shows ${limit} errors and ${limit} warnings per step): the full report is in the job summary and in the code scanning tab (SARIF), or run \`offre lint\` locally`
    : `${hidden} autre${s} problème${s} non annoté${s} (GitHub affiche ${limit} erreurs et ${limit} avertissements par étape) : rapport complet dans le résumé de la tâche et l’onglet « Code scanning » (SARIF), ou \`offre lint\` en local`
}

function totalLine(totals: Totals, locale: Locale): string {
  const s = (n: number) => (n > 1 ? 's' : '')
  return locale === 'en'
    ? `offre: ${totals.errors} error${s(totals.errors)}, ${totals.warnings} warning${s(totals.warnings)} in ${totals.files} file${s(totals.files)}`
    : `offre : ${totals.errors} erreur${s(totals.errors)}, ${totals.warnings} avertissement${s(totals.warnings)} dans ${totals.files} fichier${s(totals.files)}`
}
