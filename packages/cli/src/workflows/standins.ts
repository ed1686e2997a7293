/**
 * Test helper (not published): stand-ins for GitHub's hosted actions, which cannot
 * run on this machine (they need GitHub's servers). Each one checks what the real
 * action needs and records what it received, for the test's assertions:
 *
 * - actions/checkout: the workspace is the fresh clone the test made; without
 *   `fetch-depth: 0` the remote-tracking branches are removed, as in GitHub's shallow
 *   checkout, so a lint that needs the base branch fails here as it would there.
 * - actions/setup-node: the node-version must be 20, 22 or 24; the job goes on with
 *   the node that runs the test (first on PATH).
 * - actions/cache: the path must exist when the job ends (the real action saves then).
 * - actions/upload-artifact: the path must exist (`if-no-files-found: error` fails the
 *   step otherwise).
 * - github/codeql-action/upload-sarif: the file must exist and be valid SARIF 2.1.0
 *   (the OASIS schema, validated as in reporters.test.ts), its locations files of the
 *   repository.
 * - reviewdog/action-setup: puts a `reviewdog` on PATH (reviewdog.mjs) that validates
 *   every line of its rdjsonl input against the Reviewdog Diagnostic schema and records
 *   what it received and which diagnostics fall on added lines.
 *
 * The `with:` keys must be inputs of the real action, and the version a major tag.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))

export interface SarifUpload {
  file: string
  category: string
  log: { version: string; runs: Array<{ results: unknown[]; invocations?: Array<{ executionSuccessful: boolean }> }> }
}

export interface ReviewdogRun {
  args: string[]
  diagnostics: Array<{ message: string; location: { path: string; range?: { start: { line: number } } }; severity?: string }>
  /** The diagnostics on lines the pull request added (what -filter-mode=added keeps). */
  added: ReviewdogRun['diagnostics']
  token: boolean
}

export interface StandIn {
  sarif: SarifUpload[]
  reviewdog: ReviewdogRun[]
  artifacts: Array<{ name: string; path: string; files: number }>
  caches: Array<{ path: string; key: string; savedAtEnd?: boolean }>
  nodeVersions: string[]
  /** Where the reviewdog stand-ins write what they receive. */
  reviewdogRecords?: string[]
}

export interface StandInContext {
  workspace: string
  runnerTemp: string
  env: Record<string, string>
  eventName: string
  addPath(dir: string): void
}

let sarifValidator: ((data: unknown) => boolean) & { errors?: unknown } | undefined
/** The SARIF 2.1.0 schema (OASIS, "rtm.5") as Microsoft ships it, as reporters.test.ts validates it. */
export function validateSarif(log: unknown): string | undefined {
  if (!sarifValidator) {
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
    // The official schema has a `language` pattern that is not a valid unicode regular expression.
    const ajv = new Ajv04.default({ strict: false, allErrors: true, unicodeRegExp: false })
    addFormats.default(ajv)
    sarifValidator = ajv.compile(schema)
  }
  return sarifValidator(log) ? undefined : JSON.stringify((sarifValidator.errors as unknown[]).slice(0, 3))
}

const known: Record<string, string[]> = {
  'actions/checkout': ['repository', 'ref', 'token', 'ssh-key', 'persist-credentials', 'path', 'clean', 'filter', 'sparse-checkout', 'fetch-depth', 'fetch-tags', 'show-progress', 'lfs', 'submodules'],
  'actions/setup-node': ['node-version', 'node-version-file', 'architecture', 'check-latest', 'registry-url', 'scope', 'token', 'cache', 'package-manager-cache', 'cache-dependency-path', 'always-auth', 'mirror', 'mirror-token'],
  'actions/cache': ['path', 'key', 'restore-keys', 'upload-chunk-size', 'enableCrossOsArchive', 'fail-on-cache-miss', 'lookup-only', 'save-always'],
  'actions/upload-artifact': ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
  'github/codeql-action/upload-sarif': ['sarif_file', 'checkout_path', 'ref', 'sha', 'category', 'wait-for-processing', 'token', 'matrix'],
  'reviewdog/action-setup': ['reviewdog_version'],
}

const countFiles = (target: string): number => (statSync(target).isDirectory() ? readdirSync(target).reduce((n, entry) => n + countFiles(path.join(target, entry)), 0) : 1)

export function standIn(uses: string, inputs: Record<string, string>, context: StandInContext, record: StandIn): { ok: boolean; message: string } {
  const match = /^([^@]+)@(v\d+|[0-9a-f]{40})$/.exec(uses)
  if (!match) return { ok: false, message: `${uses}: not supported by this runner (a GitHub action pinned to a major version or a commit is expected)` }
  const action = match[1]!
  const keys = known[action]
  if (!keys) return { ok: false, message: `${uses}: no stand-in for this action in the test runner` }
  const unknown = Object.keys(inputs).filter((key) => !keys.includes(key))
  if (unknown.length > 0) return { ok: false, message: `${uses}: unexpected input(s) ${unknown.join(', ')}` }
  const resolve = (file: string) => path.resolve(context.workspace, file)
  switch (action) {
    case 'actions/checkout': {
      if ((inputs['fetch-depth'] ?? '1') !== '0') {
        // GitHub's default checkout has one commit and no other branch.
        for (const ref of execFileSync('git', ['for-each-ref', '--format=%(refname)', 'refs/remotes'], { cwd: context.workspace, encoding: 'utf8' }).split('\n').filter(Boolean)) {
          execFileSync('git', ['update-ref', '-d', ref], { cwd: context.workspace })
        }
        return { ok: true, message: 'actions/checkout (stand-in): the fresh clone, shallow (no remote-tracking branch)' }
      }
      return { ok: true, message: 'actions/checkout (stand-in): the fresh clone, with its history and origin/main' }
    }
    case 'actions/setup-node': {
      const version = inputs['node-version'] ?? ''
      if (!['20', '22', '24'].includes(version)) return { ok: false, message: `actions/setup-node (stand-in): node-version must be 20, 22 or 24, not \`${version}\`` }
      record.nodeVersions.push(version)
      return { ok: true, message: `actions/setup-node (stand-in): node-version ${version} requested, the job runs with this machine's ${process.version}` }
    }
    case 'actions/cache': {
      if (!inputs.path || !inputs.key) return { ok: false, message: 'actions/cache (stand-in): path and key are required' }
      record.caches.push({ path: inputs.path, key: inputs.key })
      return { ok: true, message: `actions/cache (stand-in): no cache restored for ${inputs.key}; ${inputs.path} is checked at the end of the job` }
    }
    case 'actions/upload-artifact': {
      const target = inputs.path ?? ''
      const files = target && existsSync(resolve(target)) ? countFiles(resolve(target)) : 0
      const mode = inputs['if-no-files-found'] ?? 'warn'
      if (files === 0 && mode === 'error') return { ok: false, message: `actions/upload-artifact (stand-in): no files were found with the provided path: ${target}. No artifacts will be uploaded.` }
      record.artifacts.push({ name: inputs.name ?? 'artifact', path: target, files })
      return { ok: true, message: `actions/upload-artifact (stand-in): ${files} file(s) of ${target} as ${inputs.name ?? 'artifact'}` }
    }
    case 'github/codeql-action/upload-sarif': {
      const target = resolve(inputs.sarif_file ?? '../results')
      if (!existsSync(target)) return { ok: false, message: `upload-sarif (stand-in): Path does not exist: ${target}` }
      const files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith('.sarif')).map((f) => path.join(target, f)) : [target]
      if (files.length === 0) return { ok: false, message: `upload-sarif (stand-in): no .sarif file in ${target}` }
      for (const file of files) {
        let log: SarifUpload['log']
        try {
          log = JSON.parse(readFileSync(file, 'utf8'))
        } catch (error) {
          return { ok: false, message: `upload-sarif (stand-in): ${file} is not JSON: ${(error as Error).message}` }
        }
        if (log.version !== '2.1.0') return { ok: false, message: `upload-sarif (stand-in): ${file} is SARIF ${log.version}, not 2.1.0` }
        const invalid = validateSarif(log)
        if (invalid) return { ok: false, message: `upload-sarif (stand-in): ${file} is not valid SARIF 2.1.0: ${invalid}` }
        for (const result of log.runs.flatMap((run) => run.results) as Array<{ locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }>) {
          for (const location of result.locations ?? []) {
            const uri = location.physicalLocation?.artifactLocation?.uri
            if (uri && (path.isAbsolute(uri) || /^[a-z]+:/i.test(uri) || !existsSync(resolve(decodeURIComponent(uri))))) {
              return { ok: false, message: `upload-sarif (stand-in): ${file}: the location ${uri} is not a file of the repository` }
            }
          }
        }
        record.sarif.push({ file, category: inputs.category ?? '', log })
      }
      return { ok: true, message: `upload-sarif (stand-in): ${files.length} valid SARIF 2.1.0 file(s), category ${inputs.category ?? '(none)'}` }
    }
    case 'reviewdog/action-setup': {
      const bin = path.join(context.runnerTemp, `reviewdog-${(record.reviewdogRecords ?? []).length + 1}`)
      mkdirSync(bin, { recursive: true })
      const received = path.join(bin, 'received.jsonl')
      writeFileSync(received, '')
      const script = path.join(here, 'reviewdog.mjs')
      writeFileSync(path.join(bin, 'reviewdog'), `#!/usr/bin/env bash\nOFFRE_REVIEWDOG_RECORD=${JSON.stringify(received)} exec node ${JSON.stringify(script)} "$@"\n`)
      chmodSync(path.join(bin, 'reviewdog'), 0o755)
      context.addPath(bin)
      ;(record.reviewdogRecords ??= []).push(received)
      return { ok: true, message: `reviewdog/action-setup (stand-in): reviewdog on PATH (${bin}), validating its rdjsonl input` }
    }
  }
  return { ok: false, message: `${uses}: no stand-in` }
}

/** The end of the job: what the reviewdog stand-ins received. */
export function collect(record: StandIn): void {
  for (const file of record.reviewdogRecords ?? []) {
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) record.reviewdog.push(JSON.parse(line) as ReviewdogRun)
  }
}
