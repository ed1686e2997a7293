/**
 * `--format json`: one JSON array of findings (file, rule, severity, line, column,
 * end, message, actual, expected, url), written as files are linted.
 */
import type { Reporter } from './reporter.js'

export function jsonReporter(): Reporter {
  let first = true
  return {
    file(_path, findings) {
      let out = ''
      for (const finding of findings) {
        out += `${first ? '[\n' : ',\n'}${JSON.stringify(finding)}`
        first = false
      }
      return out
    },
    end() {
      return first ? '[]\n' : '\n]\n'
    },
  }
}
