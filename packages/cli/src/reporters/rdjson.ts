/**
 * `--format rdjson` and `--format rdjsonl`: the Reviewdog Diagnostic Format, which
 * reviewdog turns into review comments, with a suggested change for each safe fix
 * (`-reporter=github-pr-review`): an editor accepts it with one click in the pull
 * request. `rdjson` is one `DiagnosticResult`, `rdjsonl` one `Diagnostic` a line.
 *
 * Columns count UTF-8 bytes and ends are exclusive, as the format says; the
 * suggestions are exactly the fixes that `--fix` applies (`Finding.fix`), never a
 * guess such as a spelling alternative. The schemas are in `rdjson-schema/`.
 */
import type { Finding } from './finding.js'
import type { Reporter } from './reporter.js'

const SEVERITY = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const
const SOURCE = { name: 'offre', url: 'https://github.com/codegouvfr/offre' }

export function diagnostic(finding: Finding): Record<string, unknown> {
  const range = {
    start: { line: finding.line, column: finding.bytes?.column ?? finding.column },
    end: { line: finding.endLine, column: finding.bytes?.endColumn ?? finding.endColumn },
  }
  const entry: Record<string, unknown> = {
    message: finding.message,
    location: { path: finding.file, range },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.url === null ? { value: finding.rule } : { value: finding.rule, url: finding.url },
  }
  const fix = finding.fix
  if (fix !== undefined) {
    entry.suggestions = [{ range: { start: { line: fix.line, column: fix.byteColumn }, end: { line: fix.endLine, column: fix.byteEndColumn } }, text: fix.text }]
  }
  return entry
}

export function rdjsonlReporter(): Reporter {
  const lines = (findings: Finding[]) => findings.map((finding) => `${JSON.stringify(diagnostic(finding))}\n`).join('')
  return {
    file: (_path, findings) => lines(findings),
    end: () => '',
    failure: (problems) => lines(problems),
  }
}

export function rdjsonReporter(): Reporter {
  let first = true
  const head = `{"source":${JSON.stringify(SOURCE)},"diagnostics":[`
  const items = (findings: Finding[]) => {
    let out = ''
    for (const finding of findings) {
      out += `${first ? head + '\n' : ',\n'}${JSON.stringify(diagnostic(finding))}`
      first = false
    }
    return out
  }
  const close = () => (first ? `${head}]}\n` : '\n]}\n')
  return {
    file: (_path, findings) => items(findings),
    end: () => close(),
    failure: (problems) => items(problems) + close(),
  }
}
