/**
 * `--format summary` (or `--report summary=FILE`, `$GITHUB_STEP_SUMMARY` in a
 * workflow): the markdown page an editor opens first from a pull request's checks.
 * Counts per page and per rule (with each rule's docs), then the errors with their
 * lines. Bounded, whatever the size of the tree: the pages and errors beyond the
 * first are counted, not listed.
 */
import { RULES } from 'remark-lint-offre'
import type { Finding, Totals } from './finding.js'
import type { Locale } from './locale.js'
import type { Reporter } from './reporter.js'

const MAX_PAGES = 50
const MAX_ERRORS = 100

interface Counts {
  error: number
  warning: number
  info: number
}

const zero = (): Counts => ({ error: 0, warning: 0, info: 0 })

/** Markdown table cells: no pipe, no line break, inline code kept. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ')
}

const TEXT = {
  fr: {
    title: 'offre : vérification du contenu',
    failed: '**La vérification n’a pas pu se faire** : corrigez d’abord ce qui suit.',
    clean: (files: number) => `✅ ${files} page(s) vérifiée(s), aucun problème.`,
    totals: (t: Totals) => `${t.errors > 0 ? '❌' : '⚠️'} **${t.errors} erreur(s)**, ${t.warnings} avertissement(s) dans ${t.files} page(s)${t.fixable > 0 ? ` ; ${t.fixable} corrigeable(s) automatiquement (suggestions dans la revue, ou \`offre lint --fix\`)` : ''}.`,
    pages: 'Par page',
    rules: 'Par règle',
    errors: 'Erreurs',
    page: 'page',
    rule: 'règle',
    place: 'ligne',
    message: 'message',
    error: 'erreurs',
    warning: 'avertissements',
    info: 'infos',
    morePages: (n: number) => `… et ${n} autre(s) page(s).`,
    moreErrors: (n: number) => `… et ${n} autre(s) erreur(s) : voir les annotations et le rapport SARIF.`,
  },
  en: {
    title: 'offre: content check',
    failed: '**The check could not run**: fix the following first.',
    clean: (files: number) => `✅ ${files} page(s) checked, no problem.`,
    totals: (t: Totals) => `${t.errors > 0 ? '❌' : '⚠️'} **${t.errors} error(s)**, ${t.warnings} warning(s) in ${t.files} page(s)${t.fixable > 0 ? `; ${t.fixable} fixable (suggestions in the review, or \`offre lint --fix\`)` : ''}.`,
    pages: 'By page',
    rules: 'By rule',
    errors: 'Errors',
    page: 'page',
    rule: 'rule',
    place: 'line',
    message: 'message',
    error: 'errors',
    warning: 'warnings',
    info: 'notes',
    morePages: (n: number) => `… and ${n} more page(s).`,
    moreErrors: (n: number) => `… and ${n} more error(s): see the annotations and the SARIF report.`,
  },
} as const

export function summaryReporter(locale: Locale = 'fr'): Reporter {
  const text = TEXT[locale]
  const pages = new Map<string, Counts>()
  const rules = new Map<string, Counts & { url: string | null }>()
  const errors: Finding[] = []
  let moreErrors = 0
  const add = (findings: Finding[]) => {
    for (const f of findings) {
      const page = pages.get(f.file) ?? zero()
      page[f.severity]++
      pages.set(f.file, page)
      const rule = rules.get(f.rule) ?? { ...zero(), url: f.url ?? RULES.find((r) => r.id === f.rule)?.url ?? null }
      rule[f.severity]++
      rules.set(f.rule, rule)
      if (f.severity === 'error') {
        if (errors.length < MAX_ERRORS) errors.push(f)
        else moreErrors++
      }
    }
  }
  const counts = (c: Counts) => `${c.error} | ${c.warning} | ${c.info}`
  const head = (first: string) => `| ${first} | ${text.error} | ${text.warning} | ${text.info} |\n|---|---:|---:|---:|\n`
  const render = (totals: Totals, failed: boolean): string => {
    let out = `## ${text.title}\n\n`
    if (failed) out += `${text.failed}\n\n`
    else out += `${totals.errors + totals.warnings === 0 ? text.clean(totals.files) : text.totals(totals)}\n\n`
    if (errors.length > 0) {
      out += `### ${text.errors}\n\n| ${text.page} | ${text.place} | ${text.message} | ${text.rule} |\n|---|---:|---|---|\n`
      for (const f of errors) out += `| ${cell(f.file)} | ${f.line}:${f.column} | ${cell(f.message)} | ${ruleCell(f.rule, f.url)} |\n`
      if (moreErrors > 0) out += `\n${text.moreErrors(moreErrors)}\n`
      out += '\n'
    }
    if (rules.size > 0) {
      out += `### ${text.rules}\n\n${head(text.rule)}`
      const sorted = [...rules].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || (a < b ? -1 : 1))
      for (const [rule, c] of sorted) out += `| ${ruleCell(rule, c.url)} | ${counts(c)} |\n`
      out += '\n'
    }
    if (pages.size > 0) {
      out += `### ${text.pages}\n\n${head(text.page)}`
      const sorted = [...pages].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || (a < b ? -1 : 1))
      for (const [page, c] of sorted.slice(0, MAX_PAGES)) out += `| ${cell(page)} | ${counts(c)} |\n`
      if (sorted.length > MAX_PAGES) out += `\n${text.morePages(sorted.length - MAX_PAGES)}\n`
      out += '\n'
    }
    return out
  }
  return {
    file(_path, findings) {
      add(findings)
      return ''
    },
    end: (totals) => render(totals, false),
    failure(problems, totals) {
      add(problems)
      return render(totals, true)
    },
  }
}

function ruleCell(rule: string, url: string | null): string {
  return url === null ? `\`${cell(rule)}\`` : `[\`${cell(rule)}\`](${url})`
}
