// Types of options.mjs (plain ESM so the benchmark runs without a build).
export declare const DEFAULT_SIZES: number[]
export interface BenchOptions {
  sizes: number[]
  runs: (size: number) => number
  tools: string[] | null
  keep: boolean
  /** Also write the run to results/latest.* (`--record` or OFFRE_BENCH_RECORD=1). */
  record: boolean
}
export declare function readOptions(env: Record<string, string | undefined>, toolIds: string[], args?: string[]): BenchOptions
