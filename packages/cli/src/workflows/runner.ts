/**
 * Test helper (not published): a small GitHub Actions runner for the project's
 * workflows. It runs one job of a workflow, step after step, in a workspace that
 * the caller has prepared (see clone.ts): `run:` steps with `bash --noprofile --norc
 * -e -o pipefail` as GitHub does, `${{ … }}` replaced (expressions.ts), `env:` at the
 * workflow, job and step levels, the GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and
 * GITHUB_STEP_SUMMARY files, `if:` conditions with the job's status, `continue-on-error`,
 * and local composite actions (`uses: ./path`) expanded with their inputs.
 *
 * GitHub's hosted actions cannot run on this machine (no network, no GitHub API):
 * stand-ins replace them (standins.ts), each checking what the real action would
 * need. Any other `uses:` fails the step: the workflows must not rely on something
 * the test does not check.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { condition, ExpressionError, interpolate, open, type Scope, type Status, toText, type Value } from './expressions.js'
import { collect, type StandIn, standIn } from './standins.js'

export interface Event {
  /** github.event_name: pull_request, push, workflow_dispatch… */
  name: string
  /** github.base_ref (pull requests only). */
  baseRef?: string
  headRef?: string
  ref: string
  sha: string
}

export interface JobOptions {
  /** The workspace (GITHUB_WORKSPACE), already checked out. */
  workspace: string
  /** The workflow file, relative to the workspace (.github/workflows/x.yml), or its parsed content. */
  workflow: string | Record<string, unknown>
  job: string
  event: Event
  matrix?: Record<string, Value>
  /** Environment of the runner machine, added to the base one (PATH, HOME, LANG). */
  env?: Record<string, string>
  /** Per step, in milliseconds (default 5 minutes). */
  stepTimeout?: number
  /**
   * The sha256 of the package-lock.json that `npm ci` installed in the workspace when it
   * was prepared: a step that is exactly `npm ci`, with that lock file and that install,
   * would redo the same node_modules (about 20 s), and reuses it instead (said in the log).
   */
  installedLock?: string
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  properties: Record<string, string>
  message: string
}

export interface StepResult {
  name: string
  /** The step's place: "3" for the job's third step, "5.1" for the first step of a composite action. */
  index: string
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
  exitCode?: number
  output: string
  /** How long it took, in milliseconds. */
  ms: number
}

export interface JobResult {
  /** Whether the job succeeded (no failed step without continue-on-error). */
  ok: boolean
  steps: StepResult[]
  /** The job's log, as GitHub shows it: each step's header and output. */
  log: string
  /** The job summary (every step's GITHUB_STEP_SUMMARY, in order). */
  summary: string
  annotations: Annotation[]
  /** What the stand-ins received (SARIF uploads, Reviewdog runs, artifacts, caches). */
  standIn: StandIn
}

interface Frame {
  /** The contexts shared by the steps of this frame (the job, or one composite action). */
  github: Record<string, Value>
  inputs?: Record<string, Value>
  matrix?: Record<string, Value>
  steps: Record<string, Value>
  env: Record<string, string>
  status: Status
  actionPath?: string
  /** The index prefix of the steps ("" for the job, "5." for a composite action). */
  prefix: string
}

interface Step {
  name?: string
  id?: string
  if?: string | boolean
  run?: string
  uses?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  shell?: string
  'working-directory'?: string
  'continue-on-error'?: boolean | string
  'timeout-minutes'?: number
}

const stepKeys = new Set(['name', 'id', 'if', 'run', 'uses', 'with', 'env', 'shell', 'working-directory', 'continue-on-error', 'timeout-minutes'])
const jobKeys = new Set(['name', 'runs-on', 'steps', 'strategy', 'env', 'permissions', 'timeout-minutes', 'if', 'concurrency'])

class JobError extends Error {}

/** Whether node_modules was installed by npm from the package-lock.json of that hash. */
function installed(workspace: string, lockHash: string): boolean {
  const lock = path.join(workspace, 'package-lock.json')
  return existsSync(lock) && sha256(readFileSync(lock)) === lockHash && existsSync(path.join(workspace, 'node_modules/.package-lock.json'))
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

/** The combinations of a job's `strategy.matrix` (plain lists only: include and exclude are not supported). */
export function matrixOf(job: { strategy?: { matrix?: Record<string, Value[]> } }): Array<Record<string, Value>> {
  const matrix = job.strategy?.matrix
  if (!matrix) return [{}]
  let combinations: Array<Record<string, Value>> = [{}]
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude' || !Array.isArray(values)) throw new JobError(`matrix.${key}: only plain lists are supported`)
    combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })))
  }
  return combinations
}

/** Parses `name=value` lines and `name<<DELIMITER` blocks (GITHUB_OUTPUT, GITHUB_ENV). */
export function parseCommandFile(text: string, file: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '')
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1)
      if (end < 0) throw new JobError(`${file}: no closing ${heredoc[2]} for ${heredoc[1]}`)
      values[heredoc[1]!] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const equal = line.indexOf('=')
    if (equal <= 0) throw new JobError(`${file}: invalid line \`${line}\``)
    values[line.slice(0, equal)] = line.slice(equal + 1)
  }
  return values
}

const unescapeData = (text: string) => text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
const unescapeProperty = (text: string) => unescapeData(text.replace(/%3A/gi, ':').replace(/%2C/gi, ','))

/** The workflow commands ::error, ::warning, ::notice of a log. */
export function annotationsOf(log: string): Annotation[] {
  const annotations: Annotation[] = []
  for (const line of log.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of match[2]?.split(',') ?? []) {
      const equal = pair.indexOf('=')
      if (equal > 0) properties[pair.slice(0, equal)] = unescapeProperty(pair.slice(equal + 1))
    }
    annotations.push({ level: match[1] as Annotation['level'], properties, message: unescapeData(match[3]!) })
  }
  return annotations
}

export function runJob(options: JobOptions): JobResult {
  const workflow = (typeof options.workflow === 'string' ? parse(readFileSync(path.join(options.workspace, options.workflow), 'utf8')) : options.workflow) as {
    env?: Record<string, unknown>
    jobs: Record<string, Record<string, unknown>>
    name?: string
  }
  const job = workflow.jobs[options.job]
  if (!job) throw new JobError(`no job ${options.job}`)
  for (const key of Object.keys(job)) if (!jobKeys.has(key)) throw new JobError(`job ${options.job}: \`${key}\` is not supported by this runner`)
  if (job['runs-on'] !== 'ubuntu-latest') throw new JobError(`job ${options.job}: runs-on must be ubuntu-latest`)

  const temp = mkdtempSync(path.join(tmpdir(), 'offre-runner-'))
  const runnerTemp = path.join(temp, 'temp')
  mkdirSync(runnerTemp)
  const { event } = options
  const github: Record<string, Value> = {
    event_name: event.name,
    base_ref: event.baseRef ?? '',
    head_ref: event.headRef ?? '',
    ref: event.ref,
    ref_name: event.ref.replace(/^refs\/(heads|tags)\//, ''),
    sha: event.sha,
    workspace: options.workspace,
    repository: 'offre/offre',
    repository_owner: 'offre',
    actor: 'offre-test',
    token: 'test-token',
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    run_id: '1',
    run_number: '1',
    run_attempt: '1',
    job: options.job,
    workflow: workflow.name ?? '',
    event: event.name === 'pull_request' ? { pull_request: { number: 1, base: { ref: event.baseRef ?? '' }, head: { ref: event.headRef ?? '', sha: event.sha } } } : {},
  }
  const eventPath = path.join(temp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(github.event))
  const base: Record<string, string> = {
    GITHUB_EVENT_PATH: eventPath,
    PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_BASE_REF: event.baseRef ?? '',
    GITHUB_HEAD_REF: event.headRef ?? '',
    GITHUB_REF: event.ref,
    GITHUB_SHA: event.sha,
    GITHUB_REPOSITORY: 'offre/offre',
    GITHUB_JOB: options.job,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  }
  const result: JobResult = { ok: true, steps: [], log: '', summary: '', annotations: [], standIn: { sarif: [], reviewdog: [], artifacts: [], caches: [], nodeVersions: [] } }
  const jobStatus: Status = { failed: false }
  /** Added by GITHUB_ENV and GITHUB_PATH, for the later steps of the job. */
  const added = { env: {} as Record<string, string>, path: [] as string[] }
  const staticScope = (where: string): Scope => ({ contexts: { github, matrix: options.matrix ?? {}, env: open({}), secrets: open({}), inputs: open({}), vars: open({}) }, status: jobStatus, where })
  const strings = (values: Record<string, unknown> | undefined, scope: Scope) =>
    Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [key, typeof value === 'string' ? toText(interpolate(value, scope)) : toText(value as Value)]))
  const workflowEnv = strings(workflow.env, staticScope('workflow env'))
  const jobEnv = strings(job.env as Record<string, unknown>, { ...staticScope('job env'), contexts: { ...staticScope('').contexts, env: open(workflowEnv) } })
  if (job.if !== undefined && !condition(job.if as string, staticScope(`job ${options.job} if`))) throw new JobError(`job ${options.job} would be skipped`)

  const log = (text: string) => {
    result.log += text.endsWith('\n') || text === '' ? text : `${text}\n`
  }

  const runSteps = (steps: Step[], frame: Frame) => {
    steps.forEach((step, i) => {
      const index = `${frame.prefix}${i + 1}`
      for (const key of Object.keys(step)) if (!stepKeys.has(key)) throw new JobError(`step ${index}: \`${key}\` is not supported by this runner`)
      const contexts = (env: Record<string, string>): Record<string, Value> => ({
        github: frame.actionPath ? { ...frame.github, action_path: frame.actionPath } : frame.github,
        env: open(env),
        steps: frame.steps,
        runner: { os: 'Linux', arch: 'X64', temp: runnerTemp },
        secrets: open({ GITHUB_TOKEN: 'test-token' }),
        vars: open({}),
        ...(frame.inputs ? { inputs: frame.inputs } : {}),
        ...(frame.matrix ? { matrix: frame.matrix } : {}),
      })
      const scopeEnv = { ...frame.env, ...added.env }
      const scope = (where: string, env = scopeEnv): Scope => ({ contexts: contexts(env), status: frame.status, where: `step ${index} ${where}` })
      const name = step.name ? toText(interpolate(step.name, scope('name'))) : step.uses ? toText(step.uses) : `Run ${step.run?.split('\n')[0]}`
      const started = Date.now()
      const record = (outcome: StepResult['outcome'], output: string, exitCode?: number, continueOnError = false): StepResult => {
        const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome
        const stepResult: StepResult = { name, index, outcome, conclusion, output, ms: Date.now() - started, ...(exitCode === undefined ? {} : { exitCode }) }
        if (outcome !== 'skipped') log(`##[step ${index}] ${outcome} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
        result.steps.push(stepResult)
        if (step.id) frame.steps[step.id] = { outcome, conclusion, outputs: open((frame.steps[step.id] as { outputs?: Record<string, Value> } | undefined)?.outputs ?? {}) }
        if (conclusion === 'failure') frame.status.failed = true
        return stepResult
      }
      if (step.id) frame.steps[step.id] = { outcome: null, conclusion: null, outputs: open({}) }
      if (!condition(step.if, scope('if'))) {
        log(`##[step ${index}] ${name}: skipped (if: ${step.if ?? 'success()'})`)
        record('skipped', '')
        return
      }
      const env = { ...scopeEnv, ...strings(step.env, scope('env')) }
      const inputs = strings(step.with, scope('with', env))
      const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true'
      log(`##[step ${index}] ${name}`)
      if (step.run !== undefined) {
        const shell = step.shell ?? (frame.actionPath ? undefined : 'bash')
        if (shell !== 'bash') throw new JobError(`step ${index}: shell must be bash (a composite action's run steps must say it), not ${shell}`)
        const script = toText(interpolate(step.run, scope('run', env)))
        if (script.trim() === 'npm ci' && options.installedLock && installed(options.workspace, options.installedLock)) {
          const output = 'npm ci: node_modules is what `npm ci` installed from this very package-lock.json when the workspace was prepared: reused\n'
          log(output)
          record('success', output, 0)
          return
        }
        const cwd = step['working-directory'] ? path.resolve(options.workspace, step['working-directory']) : options.workspace
        const { code, output, outputs } = runScript(script, { ...base, ...env, GITHUB_ACTION_PATH: frame.actionPath ?? '' }, cwd, index, step['timeout-minutes'])
        log(output)
        if (code !== 0) log(`##[error]Process completed with exit code ${code}.`)
        record(code === 0 ? 'success' : 'failure', output, code, continueOnError)
        if (step.id) Object.assign((frame.steps[step.id] as { outputs: Record<string, Value> }).outputs, outputs)
        return
      }
      if (step.uses === undefined) throw new JobError(`step ${index}: neither run nor uses`)
      const uses = step.uses
      if (uses.startsWith('./')) {
        const actionPath = path.resolve(options.workspace, uses)
        const file = ['action.yml', 'action.yaml'].map((f) => path.join(actionPath, f)).find(existsSync)
        if (!file) throw new JobError(`step ${index}: no action.yml in ${uses}`)
        const action = parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown; required?: boolean }>; outputs?: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }
        if (action.runs?.using !== 'composite') throw new JobError(`step ${index}: ${uses} is not a composite action`)
        for (const key of Object.keys(inputs)) if (!action.inputs || !(key in action.inputs)) throw new JobError(`step ${index}: ${uses} has no input \`${key}\``)
        const defaultsScope: Scope = { contexts: { github: frame.github }, status: frame.status, where: `${uses} input defaults` }
        const actionInputs = Object.fromEntries(
          Object.entries(action.inputs ?? {}).map(([key, input]) => {
            if (key in inputs) return [key, inputs[key]!]
            if (input.required && input.default === undefined) throw new JobError(`step ${index}: ${uses} needs the input \`${key}\``)
            return [key, typeof input.default === 'string' ? toText(interpolate(input.default, defaultsScope)) : toText((input.default ?? '') as Value)]
          }),
        )
        const inner: Frame = { github: frame.github, inputs: actionInputs, steps: {}, env, status: { failed: frame.status.failed }, actionPath, prefix: `${index}.` }
        runSteps(action.runs.steps, inner)
        const outputs = Object.fromEntries(
          Object.entries(action.outputs ?? {}).map(([key, output]) => [key, interpolate(output.value, { contexts: { steps: inner.steps, github: frame.github, inputs: actionInputs }, status: inner.status, where: `${uses} output ${key}` })]),
        )
        const failed = result.steps.some((s) => s.index.startsWith(`${index}.`) && s.conclusion === 'failure')
        record(failed ? 'failure' : 'success', '', undefined, continueOnError)
        if (step.id) Object.assign((frame.steps[step.id] as { outputs: Record<string, Value> }).outputs, outputs)
        return
      }
      let outcome: { ok: boolean; message: string }
      try {
        outcome = standIn(uses, inputs, { workspace: options.workspace, runnerTemp, env: { ...base, ...env }, eventName: event.name, addPath: (dir) => added.path.unshift(dir) }, result.standIn)
      } catch (error) {
        if (error instanceof ExpressionError) throw error
        outcome = { ok: false, message: (error as Error).message }
      }
      log(outcome.message)
      if (!outcome.ok) log(`##[error]${outcome.message}`)
      record(outcome.ok ? 'success' : 'failure', outcome.message, undefined, continueOnError)
    })
  }

  let counter = 0
  const runScript = (script: string, env: Record<string, string>, cwd: string, index: string, minutes?: number) => {
    const dir = path.join(temp, `step-${++counter}`)
    mkdirSync(dir)
    const files = { output: path.join(dir, 'output'), env: path.join(dir, 'env'), path: path.join(dir, 'path'), summary: path.join(dir, 'summary'), script: path.join(dir, 'script.sh'), log: path.join(dir, 'log') }
    for (const file of [files.output, files.env, files.path, files.summary]) writeFileSync(file, '')
    writeFileSync(files.script, script)
    const fd = openSync(files.log, 'w')
    const child = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', files.script], {
      cwd,
      env: { ...env, PATH: [...added.path, env.PATH].join(':'), GITHUB_OUTPUT: files.output, GITHUB_ENV: files.env, GITHUB_PATH: files.path, GITHUB_STEP_SUMMARY: files.summary },
      stdio: ['ignore', fd, fd],
      timeout: minutes ? minutes * 60_000 : (options.stepTimeout ?? 300_000),
      killSignal: 'SIGKILL',
    })
    closeSync(fd)
    let output = readFileSync(files.log, 'utf8')
    if (child.error) output += `\n[runner] step ${index}: ${child.error.message}\n`
    const code = child.status ?? 1
    const outputs = parseCommandFile(readFileSync(files.output, 'utf8'), 'GITHUB_OUTPUT')
    Object.assign(added.env, parseCommandFile(readFileSync(files.env, 'utf8'), 'GITHUB_ENV'))
    added.path.unshift(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse())
    result.summary += readFileSync(files.summary, 'utf8')
    return { code, output, outputs }
  }

  const frame: Frame = { github, steps: {}, env: { ...workflowEnv, ...jobEnv }, status: jobStatus, prefix: '', matrix: options.matrix ?? {} }
  try {
    runSteps((job.steps as Step[]) ?? [], frame)
    collect(result.standIn)
  } finally {
    // The runner's temporary files (RUNNER_TEMP, the command files): what the stand-ins received is in the result.
    rmSync(temp, { recursive: true, force: true })
  }
  // The post-job part of actions/cache: the path must exist when the job ends, or nothing is saved.
  for (const cache of result.standIn.caches) {
    cache.savedAtEnd = existsSync(path.resolve(options.workspace, cache.path))
    if (!cache.savedAtEnd) log(`##[warning]actions/cache: ${cache.path} does not exist at the end of the job: nothing cached`)
  }
  result.ok = !jobStatus.failed
  result.annotations = annotationsOf(result.log)
  log(result.ok ? '##[job] succeeded' : '##[job] failed')
  return result
}
