/**
 * Turns the measured figures into tables: one per corpus size, one for the
 * speller, one for the targets; rendered as aligned text for the terminal and as
 * markdown for results/latest.md.
 */

const COMPARED = [
  ['markdownlint-cli2', '÷ markdownlint-cli2'],
  ['remark-cli', '÷ remark-cli'],
  ['cspell', '÷ cspell'],
]

const fixed = (value, digits) => (value === null || value === undefined ? '–' : value.toFixed(digits))

/** Rows of the table of one corpus size; tools not measured get dashes (their notes go under the table). */
export function sizeTable(tools, summary) {
  const floor = summary['parse-floor']?.wallMs
  const header = ['tool', 'runs', 'median wall (s)', 'peak RSS (MB)', '× floor', ...COMPARED.map(([, title]) => title)]
  const rows = tools.map((tool) => {
    const measured = summary[tool.id]
    if (!measured) return [tool.label, '–', '–', '–', '–', '', '', '']
    const versus = COMPARED.map(([id]) => (tool.offre && summary[id] ? `${fixed(measured.wallMs / summary[id].wallMs, 2)}×` : ''))
    return [
      tool.label,
      String(measured.runs.length),
      fixed(measured.wallMs / 1000, 2),
      fixed(measured.rssKb === null ? null : measured.rssKb / 1024, 0),
      floor ? `${fixed(measured.wallMs / floor, 2)}×` : '–',
      ...versus,
    ]
  })
  return [header, ...rows]
}

export function spellerTable(speller) {
  const { targets } = speller
  return [
    ['speller figure', 'measured', 'target'],
    ['cold load, import to first lookup (ms)', fixed(speller.loadMs, 1), `≤ ${targets.loadMs}`],
    ['cold load, peak RSS of the process (MB)', fixed(speller.loadMb, 1), `≤ ${targets.loadMb}`],
    ['lookups per second (M)', fixed(speller.lookupsPerSecond / 1e6, 2), `≥ ${targets.lookupsPerSecond / 1e6}`],
    ['suggest, median per unknown word (ms)', fixed(speller.suggestMs, 2), `≤ ${targets.suggestMs}`],
    ['suggest, max (ms)', fixed(speller.suggestMaxMs, 2), ''],
    ['whole child process, spawn to exit (ms)', fixed(speller.processMs, 0), ''],
    ['peak RSS of a bare node process (MB)', fixed(speller.bareNodeMb, 1), ''],
  ]
}

/** Grammar's figures: the pull-request lint with and without it, the site against Grammalecte alone. */
export function grammarTable(grammar) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`
  const { pullRequest: pr, site } = grammar
  return [
    ['measure', 'offre', 'beside it', 'difference'],
    [`${pr.pages} pages (${(pr.bytes / 1024).toFixed(0)} KB): \`offre lint --grammar on\` / \`off\``, s(pr.onMs), s(pr.offMs), `+${s(pr.onMs - pr.offMs)}`],
    [`${site.pages} pages (${site.paragraphs} paragraphs, ${(site.proseChars / 1024).toFixed(0)} K characters of prose): \`offre lint --grammar on\` / \`grammalecte-cli -f\` on that prose`, s(site.offreMs), s(site.grammalecteMs), `${(site.offreMs / site.grammalecteMs).toFixed(2)}×`],
  ]
}

export function targetTable(targets) {
  return [['group', 'target', 'measured', 'status'], ...targets.map((t) => [t.group, t.target, t.measured, t.status])]
}

const numeric = (cell) => /^[\d.,–×]+[×]?$/.test(cell)

export function renderText(table) {
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
  return table
    .map((row, index) => {
      const line = row.map((cell, column) => (index > 0 && numeric(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ')
      return index === 0 ? `${line.trimEnd()}\n${widths.map((width) => '-'.repeat(width)).join('  ')}` : line.trimEnd()
    })
    .join('\n')
}

export function renderMarkdown(table) {
  const escape = (cell) => cell.replaceAll('|', '\\|')
  const [header, ...rows] = table
  const align = header.map((_, column) => (rows.some((row) => row[column] !== '' && numeric(row[column])) ? '--:' : '---'))
  return [header, align, ...rows].map((row, index) => `| ${(index === 1 ? row : row.map(escape)).join(' | ')} |`).join('\n')
}
