/**
 * The benchmark's settings, from environment variables, checked at start-up:
 * a bad value stops the run before anything is measured, naming the valid forms.
 *   OFFRE_BENCH_SIZES  corpus sizes in pages, e.g. `1,1000` (default `1,1000,10000`)
 *   OFFRE_BENCH_RUNS   runs per tool: `3` for every size, or `1:5,1000:3,10000:1` (the default)
 *   OFFRE_BENCH_TOOLS  only these tools, e.g. `parse-floor,offre-lint,speller` (default: all)
 *   OFFRE_BENCH_KEEP   `1` keeps the temporary folder (corpora, logs, configs)
 *   OFFRE_BENCH_RECORD `1` (or the argument `--record`) also writes the run to results/latest.*
 */

export const DEFAULT_SIZES = [1, 1000, 10000]
const DEFAULT_RUNS = { 1: 5, 1000: 3, 10000: 1 }

function positiveInteger(text, name, example) {
  const value = Number(text.trim().replaceAll('_', ''))
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name}: expected positive integers, as in \`${name}=${example}\`, got \`${text}\``)
  }
  return value
}

/** @returns {{ sizes: number[], runs: (size: number) => number, tools: string[] | null, keep: boolean, record: boolean }} */
export function readOptions(env, toolIds, args = []) {
  const unknownArgs = args.filter((arg) => arg !== '--record')
  if (unknownArgs.length > 0) throw new Error(`unknown argument \`${unknownArgs.join(' ')}\`: the only argument is \`--record\` (the other settings are OFFRE_BENCH_* variables)`)
  if (env.OFFRE_BENCH_RECORD !== undefined && !['', '0', '1'].includes(env.OFFRE_BENCH_RECORD)) {
    throw new Error(`OFFRE_BENCH_RECORD: expected \`1\` (record) or \`0\`, got \`${env.OFFRE_BENCH_RECORD}\``)
  }

  const sizes = env.OFFRE_BENCH_SIZES
    ? env.OFFRE_BENCH_SIZES.split(',').map((size) => positiveInteger(size, 'OFFRE_BENCH_SIZES', '1,1000'))
    : DEFAULT_SIZES

  const runsBySize = { ...DEFAULT_RUNS }
  let runsForAll = null
  if (env.OFFRE_BENCH_RUNS) {
    const example = '1:5,1000:3,10000:1'
    if (!env.OFFRE_BENCH_RUNS.includes(':')) runsForAll = positiveInteger(env.OFFRE_BENCH_RUNS, 'OFFRE_BENCH_RUNS', '3')
    else {
      for (const pair of env.OFFRE_BENCH_RUNS.split(',')) {
        const [size, runs] = pair.split(':')
        if (runs === undefined) throw new Error(`OFFRE_BENCH_RUNS: expected size:runs pairs, as in \`OFFRE_BENCH_RUNS=${example}\`, got \`${pair}\``)
        runsBySize[positiveInteger(size, 'OFFRE_BENCH_RUNS', example)] = positiveInteger(runs, 'OFFRE_BENCH_RUNS', example)
      }
    }
  }
  const runs = (size) => runsForAll ?? runsBySize[size] ?? (size <= 1000 ? 3 : 1)

  let tools = null
  if (env.OFFRE_BENCH_TOOLS) {
    tools = env.OFFRE_BENCH_TOOLS.split(',').map((id) => id.trim())
    const unknown = tools.filter((id) => !toolIds.includes(id))
    if (unknown.length > 0) throw new Error(`OFFRE_BENCH_TOOLS: unknown \`${unknown.join('`, `')}\`, expected some of ${toolIds.join(', ')}`)
  }
  return { sizes, runs, tools, keep: env.OFFRE_BENCH_KEEP === '1', record: env.OFFRE_BENCH_RECORD === '1' || args.includes('--record') }
}
