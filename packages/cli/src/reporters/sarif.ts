/**
 * `--format sarif`: SARIF 2.1.0, the format code-scanning tools read (GitHub's
 * `upload-sarif`). Written as a stream: the tool and its rules first, each file's
 * results as it is linted, the closing brackets at the end, with the invocation:
 * `executionSuccessful: false` and a notification at its place for what stopped a run
 * that failed (an invalid configuration, a crash), so that code scanning says why.
 */
import { RULES } from 'remark-lint-offre'
import { version } from '../version.js'
import type { Finding } from './finding.js'
import type { Reporter } from './reporter.js'

const MODEL_RULES = [
  ['empty-file', 'Fichier vide'],
  ['binary-file', 'Fichier binaire'],
  ['invalid-utf8', 'Encodage invalide'],
  ['too-large', 'Fichier trop gros'],
  ['missing-front-matter', 'Front matter absent'],
  ['unclosed-front-matter', 'Front matter non fermé'],
  ['yaml-syntax', 'YAML invalide'],
] as const

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

function driver(): Record<string, unknown> {
  const rules = [
    ...RULES.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      helpUri: rule.url,
      defaultConfiguration: { level: rule.severity === 'warn' ? 'warning' : rule.severity === 'off' ? 'none' : 'error' },
    })),
    ...MODEL_RULES.map(([id, text]) => ({ id, shortDescription: { text }, defaultConfiguration: { level: 'error' } })),
  ]
  return { name: 'offre', version: version(), informationUri: 'https://github.com/codegouvfr/offre', rules }
}

function location(finding: Finding): Record<string, unknown> {
  const region = { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
  return { physicalLocation: { artifactLocation: { uri: encodeURI(finding.file.split('\\').join('/')) }, region } }
}

function result(finding: Finding): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    ruleId: finding.rule,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location(finding)],
  }
  if (finding.actual !== null || finding.expected !== null) entry.properties = { actual: finding.actual, expected: finding.expected }
  return entry
}

export function sarifReporter(): Reporter {
  let started = false
  let first = true
  const head = () => {
    if (started) return ''
    started = true
    const log = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: driver() }, results: [] }] })
    // Everything up to the empty results array, which the stream then fills.
    return log.slice(0, log.lastIndexOf('[]') + 1)
  }
  return {
    file(_path, findings) {
      let out = head()
      for (const finding of findings) {
        out += `${first ? '\n' : ',\n'}${JSON.stringify(result(finding))}`
        first = false
      }
      return out
    },
    end() {
      return `${head()}${first ? '' : '\n'}],"invocations":[{"executionSuccessful":true}]}]}\n`
    },
    failure(problems) {
      // What stopped the run is a tool execution notification at its place, not a result.
      const notifications = problems.map((problem) => ({
        level: 'error',
        message: { text: problem.message },
        descriptor: { id: problem.rule },
        locations: [location(problem)],
      }))
      const invocation = { executionSuccessful: false, toolExecutionNotifications: notifications }
      return `${head()}${first ? '' : '\n'}],"invocations":[${JSON.stringify(invocation)}]}]}\n`
    },
  }
}
