/**
 * `--format json`: one JSON array of findings (file, rule, severity, line, column,
 * end, message, actual, expected, url), written as files are linted. Strings are
 * quoted through a small memo: the same messages come back on page after page, and
 * quoting is most of the cost of printing a large tree's findings.
 */
import type { Finding } from './finding.js'
import type { Reporter } from './reporter.js'

const MEMO_LIMIT = 20_000

export function jsonReporter(): Reporter {
  let first = true
  const memo = new Map<string, string>()
  const quote = (text: string | null): string => {
    if (text === null) return 'null'
    let quoted = memo.get(text)
    if (quoted === undefined) {
      quoted = JSON.stringify(text)
      if (memo.size >= MEMO_LIMIT) memo.clear()
      memo.set(text, quoted)
    }
    return quoted
  }
  const serialize = (f: Finding): string =>
    `{"file":${quote(f.file)},"rule":${quote(f.rule)},"severity":"${f.severity}","line":${f.line},"column":${f.column},"endLine":${f.endLine},"endColumn":${f.endColumn},"message":${quote(f.message)},"actual":${quote(f.actual)},"expected":${f.expected === null ? 'null' : `[${f.expected.map(quote).join(',')}]`},"url":${quote(f.url)},"fixable":${f.fixable}}`
  return {
    file(_path, findings) {
      let out = ''
      for (const finding of findings) {
        out += `${first ? '[\n' : ',\n'}${serialize(finding)}`
        first = false
      }
      return out
    },
    end() {
      return first ? '[]\n' : '\n]\n'
    },
    failure(problems) {
      // What stopped the run, as findings: the array stays valid JSON.
      return `${this.file('', problems)}${first ? '[]\n' : '\n]\n'}`
    },
  }
}
