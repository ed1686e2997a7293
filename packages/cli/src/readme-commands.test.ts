// Every command block of the root README and of each package README runs as written.
//
// The test collects every ```sh, ```bash and ```console block of README.md and
// packages/*/README.md (src/readme/commands.ts: one command a line, `#` comments
// stripped, `\` continuations joined; ```console blocks: their `$ ` lines), makes ONE
// fresh copy of the repository from the working tree (the files of
// `git ls-files -co --exclude-standard`, committed in a new git repository, so git
// commands work), runs there first what a newcomer runs (`npm ci`, from npm's local
// cache, offline first, then `npm start`), then every command in README order with
// `bash -c`, from the repository root unless its block says `cd` (the block's later
// commands then run in that folder). Standard input is closed: a command that asks a
// question fails instead of waiting.
//
// THE CONVENTION. A command passes when it exits 0. A README line that should exit
// with another code says so in its trailing comment: `# → exit N` (or `-> exit N`),
// anywhere in the comment, e.g.
//
//     npx offre lint content/fr/broken.md   # → exit 1: the page has errors
//
// Commands that cannot run in a test are in EXCEPTIONS below, each with its reason,
// and either skipped or replaced by a command that can run (a tiny benchmark instead
// of the ten-minute one). Nothing is skipped silently: a README command that is not
// in the table is run as written, a table entry that matches no README command fails
// the test (the table must follow the READMEs; `standing` entries excepted: commands
// that can never run here, kept should a README show them again), and the test
// checks that every command was run or listed. The ```yaml and ```js blocks
// (workflow snippets with `<owner>` placeholders, API examples) are not shell blocks:
// not run.
//
// Heavy (an `npm ci`, a full build, the typecheck, a tiny benchmark: minutes on two
// cores). OFFRE_README_KEEP=1 keeps the copy; the log of every command and its output
// is kept when a command failed (its path is in the failure message).
import { spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { normalize, readmeCommands, type ReadmeCommand } from './readme/commands.js'
import { copyRepository } from './readme/copy.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const TIMEOUT = 900_000
/** What a newcomer runs first on a fresh clone (README, "Quick start"); offline first, no audit request. */
const SETUP = ['npm ci --no-audit --no-fund --prefer-offline', 'npm start']
/** Tiny benchmark settings: one page, offre only (the full run takes about ten minutes). */
const TINY_BENCH = 'OFFRE_BENCH_SIZES=1 OFFRE_BENCH_TOOLS=offre-lint'

interface Exception {
  /** The README command, whitespace runs as one space, comment stripped. */
  command: string
  reason: string
  /** What runs instead; `setup` when the setup above is that command; absent: not run. */
  run?: string | 'setup'
  /** Listed even while no README has it: a command that can never run here, should a README show it again. */
  standing?: true
}

/** README commands that cannot run as written in a test, and why. */
const EXCEPTIONS: readonly Exception[] = [
  { command: 'npm ci && npm start', run: 'setup', reason: 'the setup of this test, run before every other command, `npm ci` with `--no-audit --no-fund --prefer-offline` (from npm\'s cache, no audit request)' },
  { command: 'npm test', reason: 'runs every test of the repository, this one included: it would recurse (and take the whole suite\'s time)' },
  { command: 'sudo apt-get install python3-grammalecte grammalecte-cli', reason: 'installs system packages as root: `.ci/run` installs them (without sudo) before the tests, which then run with Grammalecte' },
  { command: 'npx changeset', reason: 'interactive: asks which packages changed and how (standard input is closed here)' },
  { command: 'npm install --save-dev @offre/cli', reason: '@offre/cli is not published on the npm registry yet: installing it from there cannot work (the repository has it as a workspace)', standing: true },
  { command: 'code --install-extension packages/vscode/dist/offre-vscode.vsix', reason: 'installs the extension into the VS Code of whoever runs the test (`code` is VS Code\'s command line): a test must not change the user\'s editor; the .vsix it installs is built and listed by the commands beside it' },
  { command: 'npm run bench', run: `${TINY_BENCH} npm run bench`, reason: 'the full benchmark takes about ten minutes: run on the 1-page corpus, offre lint only' },
  { command: 'OFFRE_BENCH_RECORD=1 npm run bench', run: `OFFRE_BENCH_RECORD=1 ${TINY_BENCH} npm run bench`, reason: 'the full benchmark takes about ten minutes: run on the 1-page corpus, offre lint only (recorded in the copy)' },
  { command: 'npm run bench -w @offre/bench', run: `${TINY_BENCH} npm run bench -w @offre/bench`, reason: 'the full benchmark takes about ten minutes: run on the 1-page corpus, offre lint only' },
  { command: 'npm run bench -w @offre/bench -- --record', run: `${TINY_BENCH} npm run bench -w @offre/bench -- --record`, reason: 'the full benchmark takes about ten minutes: run on the 1-page corpus, offre lint only (recorded in the copy)' },
  { command: 'OFFRE_BENCH_SIZES=1,1000 npm run bench -w @offre/bench', run: 'OFFRE_BENCH_SIZES=1,20 OFFRE_BENCH_TOOLS=offre-lint npm run bench -w @offre/bench', reason: 'every tool on 1,000 pages takes minutes: two small sizes, offre lint only' },
  { command: 'OFFRE_BENCH_RUNS=1:3,1000:1 OFFRE_BENCH_TOOLS=parse-floor,offre-lint,speller npm run bench -w @offre/bench', run: 'OFFRE_BENCH_SIZES=1 OFFRE_BENCH_RUNS=1:3,1000:1 OFFRE_BENCH_TOOLS=parse-floor,offre-lint,speller npm run bench -w @offre/bench', reason: 'without OFFRE_BENCH_SIZES it runs the 1,000- and 10,000-page corpora (minutes): the 1-page corpus only' },
  { command: 'node packages/bench/src/gen-corpus.mjs packages/fixtures/seed.md 1000 /tmp/corpus', run: 'node packages/bench/src/gen-corpus.mjs packages/fixtures/seed.md 1000 "$README_TMP/corpus"', reason: 'would write 1,000 pages into the machine\'s shared /tmp/corpus: written into a folder of this test instead' },
]

const byCommand = new Map(EXCEPTIONS.map((exception) => [normalize(exception.command), exception]))

function readmes(): { file: string; commands: ReadmeCommand[] }[] {
  const files = ['README.md', ...readdirSync(path.join(root, 'packages')).sort().map((name) => `packages/${name}/README.md`)]
  return files.filter((file) => existsSync(path.join(root, file))).map((file) => ({ file, commands: readmeCommands(readFileSync(path.join(root, file), 'utf8'), file) }))
}

/** The environment of the commands: the test's, without what npm, turbo and vitest set for the process running this test. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|TURBO_|__VITEST)/i.test(key) || ['INIT_CWD', 'NODE_ENV', 'NODE_OPTIONS', 'TEST', 'FORCE_COLOR'].includes(key)) continue
    env[key] = value
  }
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', ...extra }
}

interface Outcome {
  where: string
  command: string
  ran: string
  expected: number
  code: number | null
  signal: string | null
  seconds: number
  output: string
}

const tail = (text: string, size = 1500) => (text.length > size ? `…${text.slice(-size)}` : text)

describe('README commands', () => {
  it('lists in EXCEPTIONS only commands the READMEs have', () => {
    const all = new Set(readmes().flatMap(({ commands }) => commands.map((c) => normalize(c.command))))
    const stale = EXCEPTIONS.filter((exception) => !exception.standing && !all.has(normalize(exception.command))).map((exception) => exception.command)
    expect(stale, 'EXCEPTIONS entries that match no README command: update the table').toEqual([])
  })

  it('runs every command of every README as written, in a fresh copy, with the exit code it states', { timeout: TIMEOUT }, () => {
    const started = Date.now()
    const remaining = () => Math.max(10_000, TIMEOUT - 30_000 - (Date.now() - started))
    const clone = copyRepository(root)
    const scratch = mkdtempSync(path.join(tmpdir(), 'offre-readme-tmp-'))
    const log = path.join(scratch, 'readme-commands.log')
    const env = cleanEnv({ README_TMP: scratch })
    const keep = process.env.OFFRE_README_KEEP === '1'
    let passed = false
    const exec = (command: string, cwd: string) => {
      const begin = Date.now()
      const result = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: remaining(), killSignal: 'SIGKILL', maxBuffer: 256 * 2 ** 20 })
      const seconds = (Date.now() - begin) / 1000
      const output = `${result.stdout ?? ''}${result.stderr ? `\n[stderr]\n${result.stderr}` : ''}${result.error ? `\n[error] ${result.error.message}` : ''}`
      appendFileSync(log, `\n$ (cd ${path.relative(clone.dir, cwd) || '.'}) ${command}\n${output}\n→ exit ${result.status ?? result.signal} in ${seconds.toFixed(1)} s\n`)
      console.log(`readme: exit ${result.status ?? result.signal} in ${seconds.toFixed(1)} s: ${command}`)
      return { code: result.status, signal: result.signal, seconds, output }
    }
    try {
      console.log(`readme: copy of the working tree in ${clone.dir}, log in ${log}`)
      for (const command of SETUP) {
        const result = exec(command, clone.dir)
        expect(result.code, `setup \`${command}\` failed:\n${tail(result.output, 4000)}`).toBe(0)
      }
      const outcomes: Outcome[] = []
      const skipped: string[] = []
      let total = 0
      let handled = 0
      for (const { commands } of readmes()) {
        let block = -1
        let cwd = clone.dir
        for (const entry of commands) {
          total++
          if (entry.block !== block) {
            block = entry.block
            cwd = clone.dir
          }
          const where = `${entry.file}:${entry.line}`
          const exception = byCommand.get(normalize(entry.command))
          if (exception && exception.run === undefined) {
            skipped.push(`${where} \`${entry.command}\`: ${exception.reason}`)
            handled++
            continue
          }
          if (exception?.run === 'setup') {
            handled++ // run first, as the setup: its failure already stopped the test
            continue
          }
          const ran = exception?.run ?? entry.command
          const result = exec(ran, cwd)
          handled++
          outcomes.push({ where, command: entry.command, ran, expected: entry.expectedCode, ...result })
          const cd = /^cd\s+(\S+)$/.exec(entry.command)
          if (cd && result.code === 0) cwd = path.resolve(cwd, cd[1] ?? '.')
        }
      }
      console.log(`readme: ${outcomes.length} command(s) run, ${skipped.length} not run:\n  ${skipped.join('\n  ')}`)
      expect(handled, 'every README command is run or listed in EXCEPTIONS').toBe(total)
      const failures = outcomes.filter((outcome) => outcome.code !== outcome.expected)
      const report = failures.map((f) => `${f.where} \`${f.command}\`${f.ran === f.command ? '' : ` (run as \`${f.ran}\`)`}: expected exit ${f.expected}, got ${f.code ?? `signal ${f.signal}`} after ${f.seconds.toFixed(1)} s\n${tail(f.output)}`)
      expect(report, `README commands that did not exit as stated (full log: ${log})`).toEqual([])
      passed = true
    } finally {
      if (keep) console.log(`readme: kept ${clone.dir} and ${scratch}`)
      else {
        clone.remove()
        // The log stays when something failed: the failure message names it.
        if (passed) rmSync(scratch, { recursive: true, force: true })
        else rmSync(path.join(scratch, 'corpus'), { recursive: true, force: true })
      }
    }
  })
})
