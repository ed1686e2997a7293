/**
 * Runs one command as a whole process and measures it: wall time from spawn to
 * exit, and peak memory as reported by the rss-hook.cjs preload (every Node
 * process of the run appends its maxRSS; the largest is kept). Output goes to
 * /dev/null or to a file, never through a pipe to us, so reading it costs nothing.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const hook = fileURLToPath(new URL('./rss-hook.cjs', import.meta.url))

/** Twenty minutes per run: a tool slower than that on 10,000 pages counts as failed. */
const TIMEOUT_MS = 20 * 60 * 1000

/**
 * @param {object} options
 * @param {string[]} options.argv the command, argv[0] being the executable
 * @param {string} options.cwd
 * @param {string} options.rssFile where the preload writes maxRSS (removed first)
 * @param {string} options.stderrFile where the process's stderr goes
 * @param {string} [options.stdoutFile] where its stdout goes; /dev/null by default
 * @returns {{ wallMs: number, rssKb: number | null, processes: number, code: number | null, signal: string | null, error?: string }}
 */
export function measure({ argv, cwd, rssFile, stderrFile, stdoutFile = '/dev/null' }) {
  rmSync(rssFile, { force: true })
  const out = openSync(stdoutFile, 'w')
  const err = openSync(stderrFile, 'w')
  const env = {
    ...process.env,
    NODE_OPTIONS: `--require ${JSON.stringify(hook)}`,
    OFFRE_BENCH_RSS_FILE: rssFile,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // The ratios against the other tools are without grammar (Grammalecte's cost is measured on its own: grammar/bench-grammar.mjs).
    OFFRE_GRAMMALECTE: 'off',
  }
  const [command, ...args] = argv
  const started = process.hrtime.bigint()
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', out, err], timeout: TIMEOUT_MS })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  closeSync(out)
  closeSync(err)
  const peaks = existsSync(rssFile)
    ? readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map((line) => Number(line.split(' ')[1]))
    : []
  return {
    wallMs,
    rssKb: peaks.length > 0 ? Math.max(...peaks) : null,
    processes: peaks.length,
    code: result.status,
    signal: result.signal,
    ...(result.error ? { error: result.error.message } : {}),
  }
}

/** The last lines of a log file, to show why a tool failed. */
export function tail(file, lines = 20) {
  if (!existsSync(file)) return ''
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
