/**
 * `--format unix`: one line per finding, `file:line:col: severity: message [rule]`,
 * the form compilers print and editors' problem matchers read (`problem-matcher.json`
 * beside the package, for VS Code tasks and GitHub Actions).
 */
import type { Finding } from './finding.js'
import type { Reporter } from './reporter.js'

// The severity words stay English: problem matchers key on them.
const SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const

export function unixLine(f: Finding): string {
  // One finding, one line: a line break inside a message would start a false one.
  const message = f.message.replace(/\r?\n|\r/g, ' ')
  return `${f.file}:${f.line}:${f.column}: ${SEVERITY[f.severity]}: ${message} [${f.rule}]\n`
}

export function unixReporter(): Reporter {
  const lines = (findings: Finding[]) => findings.map(unixLine).join('')
  return {
    file: (_path, findings) => lines(findings),
    end: () => '',
    failure: (problems) => lines(problems),
  }
}

