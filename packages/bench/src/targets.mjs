/**
 * The targets of the issues ("French spelling with a real dictionary that loads in
 * milliseconds", "Editors and CI: … scale …"), checked against measured figures.
 * A target whose figures were not measured (size not run, command not available
 * yet) is `n/a`, never PASS.
 */

/** Peak RSS is "flat" from 1,000 to 10,000 pages when it grows by at most this factor. */
export const FLAT_RSS_FACTOR = 1.25

/**
 * @param {Record<string, Record<string, { wallMs: number, rssKb: number | null }>>} sizes
 *   per corpus size, the summary of each tool that ran
 * @param {object | null} speller the figures of bench-speller.mjs --json
 * @param {object | null} [grammar] the figures of grammar/bench-grammar.mjs --json (null: Grammalecte not installed)
 * @returns {{ group: string, target: string, measured: string, status: 'PASS' | 'FAIL' | 'n/a' }[]}
 */
export function evaluateTargets(sizes, speller, grammar = null) {
  const results = []
  const tool = (size, id) => sizes[size]?.[id]
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
  const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`

  /** Compares tool `id` to `factor` × tool `other` (or to a number of ms) at `size`. */
  const ratio = (group, size, id, factor, other, target) => {
    const mine = tool(size, id)
    const theirs = typeof other === 'number' ? { wallMs: other } : tool(size, other)
    if (!mine || !theirs) return results.push({ group, target, measured: missing(size, id, other), status: 'n/a' })
    const value = mine.wallMs / theirs.wallMs
    const measured = typeof other === 'number' ? seconds(mine.wallMs) : `${seconds(mine.wallMs)} vs ${seconds(theirs.wallMs)}: ${value.toFixed(2)}×`
    results.push({ group, target, measured, status: mine.wallMs <= factor * theirs.wallMs ? 'PASS' : 'FAIL' })
  }
  const missing = (size, ...ids) => {
    if (!sizes[size]) return `size ${size} not run`
    const absent = ids.filter((id) => typeof id === 'string' && !tool(size, id))
    return `not measured: ${absent.join(', ')}`
  }

  const one = '1 page'
  ratio(one, 1, 'offre-lint', 2, 'parse-floor', '`offre lint` ≤ 2 × parse-only floor')
  ratio(one, 1, 'offre-lint', 1, 'markdownlint-cli2', '`offre lint` ≤ markdownlint-cli2')
  ratio(one, 1, 'offre-lint', 0.2, 'cspell', '`offre lint` ≤ 0.2 × cspell')

  const spell = 'speller'
  const check = (target, value, shown, pass) =>
    results.push({ group: spell, target, measured: speller ? shown(value(speller)) : 'not measured', status: speller ? (pass(value(speller)) ? 'PASS' : 'FAIL') : 'n/a' })
  check('cold load ≤ 100 ms', (s) => s.loadMs, (v) => `${v.toFixed(1)} ms`, (v) => v <= 100)
  check('cold load ≤ 60 MB (peak RSS of the process)', (s) => s.loadMb, (v) => `${v.toFixed(1)} MB`, (v) => v <= 60)
  check('lookup ≥ 1 M words/s', (s) => s.lookupsPerSecond, (v) => `${(v / 1e6).toFixed(2)} M/s`, (v) => v >= 1e6)
  check('suggest ≤ 5 ms median', (s) => s.suggestMs, (v) => `${v.toFixed(2)} ms`, (v) => v <= 5)

  const big = '10,000 pages'
  ratio(big, 10000, 'offre-lint', 0.6, 'markdownlint-cli2', '`offre lint` ≤ 0.6 × markdownlint-cli2')
  ratio(big, 10000, 'offre-lint', 0.3, 'remark-cli', '`offre lint` ≤ 0.3 × remark-cli')
  const rss10k = tool(10000, 'offre-lint')?.rssKb
  const rss1k = tool(1000, 'offre-lint')?.rssKb
  results.push(
    rss10k
      ? { group: big, target: '`offre lint` peak RSS ≤ 300 MB', measured: mb(rss10k), status: rss10k <= 300 * 1024 ? 'PASS' : 'FAIL' }
      : { group: big, target: '`offre lint` peak RSS ≤ 300 MB', measured: missing(10000, 'offre-lint'), status: 'n/a' },
  )
  const flat = `\`offre lint\` peak RSS flat from 1,000 to 10,000 pages (≤ ${FLAT_RSS_FACTOR}×)`
  results.push(
    rss10k && rss1k
      ? { group: big, target: flat, measured: `${mb(rss1k)} → ${mb(rss10k)}: ${(rss10k / rss1k).toFixed(2)}×`, status: rss10k <= FLAT_RSS_FACTOR * rss1k ? 'PASS' : 'FAIL' }
      : { group: big, target: flat, measured: sizes[1000] ? missing(10000, 'offre-lint') : missing(1000, 'offre-lint'), status: 'n/a' },
  )
  ratio(big, 10000, 'offre-lint-cache', 1, 1500, '`offre lint --cache`, unchanged tree, ≤ 1.5 s')
  ratio(big, 10000, 'offre-build', 1.5, 'offre-lint', '`offre build` ≤ 1.5 × `offre lint`')

  const gram = 'grammar (Grammalecte)'
  const prTarget = 'a 5-page lint with grammar ≤ 1.5 s more than without'
  const siteTarget = '211 real pages with grammar ≤ Grammalecte alone on their prose'
  if (!grammar) {
    results.push({ group: gram, target: prTarget, measured: 'Grammalecte not installed', status: 'n/a' }, { group: gram, target: siteTarget, measured: 'Grammalecte not installed', status: 'n/a' })
  } else {
    const { pullRequest: pr, site } = grammar
    results.push({ group: gram, target: prTarget, measured: `${seconds(pr.onMs)} vs ${seconds(pr.offMs)}: +${seconds(pr.onMs - pr.offMs)}`, status: pr.onMs - pr.offMs <= 1500 ? 'PASS' : 'FAIL' })
    results.push({ group: gram, target: siteTarget, measured: `${seconds(site.offreMs)} vs ${seconds(site.grammalecteMs)}: ${(site.offreMs / site.grammalecteMs).toFixed(2)}×`, status: site.offreMs <= site.grammalecteMs ? 'PASS' : 'FAIL' })
  }
  return results
}
