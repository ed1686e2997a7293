/**
 * `--format github`: GitHub Actions workflow commands, which become annotations on
 * the pull request's diff. GitHub shows at most 10 errors and 10 warnings per step
 * (50 per job), so the output stops after `limit` annotations and a notice line
 * says how many more there are; the summary line closes the output.
 */
import { escapeData, escapeProperty } from './escape.js'
import type { Finding, Totals } from './finding.js'
import type { Reporter } from './reporter.js'

/** Annotations GitHub displays for one step (10 errors + 10 warnings), kept as the default cap. */
export const DEFAULT_ANNOTATION_LIMIT = 20

export function githubReporter(limit = DEFAULT_ANNOTATION_LIMIT): Reporter {
  let shown = 0
  let hidden = 0
  return {
    file(_path, findings) {
      let out = ''
      for (const f of findings) {
        if (shown >= limit) {
          hidden++
          continue
        }
        shown++
        const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice'
        const properties = [
          `file=${escapeProperty(f.file)}`,
          `line=${f.line}`,
          `col=${f.column}`,
          `endLine=${f.endLine}`,
          `endColumn=${f.endColumn}`,
          `title=${escapeProperty(f.rule)}`,
        ].join(',')
        out += `::${command} ${properties}::${escapeData(f.message)}\n`
      }
      return out
    },
    end(totals: Totals) {
      const more = hidden > 0 ? `::notice::${hidden} autre${hidden > 1 ? 's' : ''} problème${hidden > 1 ? 's' : ''} non affiché${hidden > 1 ? 's' : ''} (limite de ${limit} annotations) : voir le rapport SARIF ou \`offre lint\` en local\n` : ''
      return `${more}offre : ${totals.errors} erreur${totals.errors > 1 ? 's' : ''}, ${totals.warnings} avertissement${totals.warnings > 1 ? 's' : ''} dans ${totals.files} fichier${totals.files > 1 ? 's' : ''}\n`
    },
  }
}
