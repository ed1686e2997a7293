// The benchmark's settings: a run is recorded (results/latest.*) only when asked.
import { describe, expect, it } from 'vitest'
import { readOptions } from './options.mjs'

const tools = ['parse-floor', 'offre-lint', 'speller']

describe('bench settings', () => {
  it('does not record by default', () => {
    expect(readOptions({}, tools).record).toBe(false)
    expect(readOptions({ OFFRE_BENCH_RECORD: '0' }, tools, []).record).toBe(false)
  })

  it('records with --record or OFFRE_BENCH_RECORD=1', () => {
    expect(readOptions({}, tools, ['--record']).record).toBe(true)
    expect(readOptions({ OFFRE_BENCH_RECORD: '1' }, tools).record).toBe(true)
  })

  it('refuses any other argument or value, naming the valid ones', () => {
    expect(() => readOptions({}, tools, ['--recrod'])).toThrow('unknown argument `--recrod`: the only argument is `--record`')
    expect(() => readOptions({ OFFRE_BENCH_RECORD: 'yes' }, tools)).toThrow('OFFRE_BENCH_RECORD: expected `1` (record) or `0`, got `yes`')
  })

  it('reads the other settings as before', () => {
    const options = readOptions({ OFFRE_BENCH_SIZES: '1,20', OFFRE_BENCH_TOOLS: 'offre-lint', OFFRE_BENCH_RUNS: '2' }, tools)
    expect(options.sizes).toEqual([1, 20])
    expect(options.tools).toEqual(['offre-lint'])
    expect(options.runs(20)).toBe(2)
    expect(options.keep).toBe(false)
  })
})
