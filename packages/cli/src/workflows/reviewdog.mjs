#!/usr/bin/env node
// Test helper (not published): a stand-in for the `reviewdog` command, which would
// post review comments through GitHub's API (not reachable from this machine). It
// accepts reviewdog's flags (an unknown flag is an error, as with reviewdog), reads
// its input, validates every rdjsonl line against the Reviewdog Diagnostic JSON
// Schema (draft-04), finds the lines the pull request added (git diff against
// origin/$GITHUB_BASE_REF, what -filter-mode=added keeps), and appends what it
// received to $OFFRE_REVIEWDOG_RECORD as one JSON line.
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const fail = (message) => {
  process.stderr.write(`reviewdog: ${message}\n`)
  process.exit(1)
}

const values = new Set(['f', 'reporter', 'filter-mode', 'name', 'level', 'fail-level', 'diff', 'efm', 'guess', 'tee'])
const booleans = new Set(['fail-on-error', 'tee', 'guess'])
const flags = {}
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i++) {
  const match = /^--?([a-z-]+)(?:=(.*))?$/.exec(args[i])
  if (!match) fail(`unexpected argument ${args[i]} (reviewdog reads its input from stdin)`)
  const [, name, value] = match
  if (booleans.has(name) && value === undefined) flags[name] = 'true'
  else if (values.has(name)) flags[name] = value ?? args[++i]
  else fail(`flag provided but not defined: -${name}`)
}
if (flags.f !== 'rdjsonl' && flags.f !== 'rdjson') fail(`this stand-in reads -f=rdjsonl or -f=rdjson, not ${flags.f}`)
const reporter = flags.reporter ?? 'local'
if (!['local', 'github-pr-review', 'github-pr-check', 'github-check', 'github-pr-annotations', 'github-annotations'].includes(reporter)) fail(`unknown reporter ${reporter}`)
const filterMode = flags['filter-mode'] ?? 'added'
if (!['added', 'diff_context', 'file', 'nofilter'].includes(filterMode)) fail(`unknown -filter-mode ${filterMode}`)
const token = Boolean(process.env.REVIEWDOG_GITHUB_API_TOKEN)
if (reporter.startsWith('github-pr') || reporter === 'github-check') {
  if (!token) fail(`REVIEWDOG_GITHUB_API_TOKEN is not set (the ${reporter} reporter needs it)`)
  const event = process.env.GITHUB_EVENT_PATH && existsSync(process.env.GITHUB_EVENT_PATH) ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) : {}
  if (reporter.startsWith('github-pr') && !event.pull_request?.number) fail('this is not a pull request (no pull_request in GITHUB_EVENT_PATH)')
}

// The schemas: Reviewdog's own (MIT), kept beside the reporters.
const schemas = path.resolve(here, '../reporters/rdjson-schema')
if (!existsSync(path.join(schemas, 'Diagnostic.json'))) fail(`no Reviewdog Diagnostic schema in ${schemas}`)
const Ajv04 = require('ajv-draft-04')
const ajv = new (Ajv04.default ?? Ajv04)({ strict: false, allErrors: true })
const schemaFile = flags.f === 'rdjsonl' ? 'Diagnostic.json' : 'DiagnosticResult.json'
const validate = ajv.compile(JSON.parse(readFileSync(path.join(schemas, schemaFile), 'utf8')))

const input = readFileSync(0, 'utf8')
const items = flags.f === 'rdjsonl' ? input.split('\n').map((line, i) => [line, i + 1]).filter(([line]) => line.trim() !== '') : [[input, 1]]
const diagnostics = []
for (const [text, line] of items) {
  let value
  try {
    value = JSON.parse(text)
  } catch (error) {
    fail(`input line ${line} is not JSON: ${error.message}`)
  }
  if (!validate(value)) fail(`input line ${line} is not a valid ${schemaFile.replace('.json', '')}: ${JSON.stringify(validate.errors.slice(0, 3))}`)
  if (flags.f === 'rdjsonl') diagnostics.push(value)
  else diagnostics.push(...(value.diagnostics ?? []))
}

// The lines the pull request added, from the diff with its base branch.
const added = new Map()
const base = process.env.GITHUB_BASE_REF
if (base) {
  const diff = execFileSync('git', ['diff', '--unified=0', '--no-color', `origin/${base}...HEAD`], { encoding: 'utf8' })
  let file
  for (const line of diff.split('\n')) {
    const target = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/.exec(line)
    if (target) file = target[1]
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk && file) {
      const lines = added.get(file) ?? new Set()
      for (let n = 0; n < Number(hunk[2] ?? 1); n++) lines.add(Number(hunk[1]) + n)
      added.set(file, lines)
    }
  }
}
const onAdded = diagnostics.filter((d) => added.get(d.location.path)?.has(d.location.range?.start?.line ?? 0))

appendFileSync(process.env.OFFRE_REVIEWDOG_RECORD, `${JSON.stringify({ args, diagnostics, added: onAdded, token })}\n`)
const shown = filterMode === 'added' ? onAdded : diagnostics
for (const d of shown) process.stdout.write(`${d.location.path}:${d.location.range?.start?.line ?? 0}: [${d.severity ?? 'UNKNOWN'}] ${d.message}\n`)
process.stdout.write(`reviewdog (stand-in): ${diagnostics.length} diagnostic(s) received, ${onAdded.length} on added lines, reporter ${reporter}\n`)

const levels = { info: 3, warning: 2, error: 1 }
const failLevel = flags['fail-on-error'] === 'true' ? 'error' : (flags['fail-level'] ?? 'none')
if (failLevel !== 'none' && failLevel !== 'any' && !(failLevel in levels)) fail(`unknown -fail-level ${failLevel}`)
const rank = { ERROR: 1, WARNING: 2, INFO: 3 }
if (failLevel === 'any' ? shown.length > 0 : failLevel !== 'none' && shown.some((d) => (rank[d.severity] ?? 1) <= levels[failLevel])) process.exit(1)
