/**
 * `npm run compare-site -w @offre/render -- --site <dir> --offre <dir> [--out report.md]`
 *
 * Pairs the pages of the site's own build (`_site/`, from build-reference.sh)
 * and of offre's (from build-offre.mjs) by URL path (`fr/…/index.html`),
 * compares each pair (compare.ts) and writes the markdown report. The pages are
 * those built from the corpus's markdown: the site's listed in `pages.tsv`
 * beside `_site/` (written by build-reference.sh; listings, tag pages and the
 * home are not offre's to build), plus every page of offre's build. The names
 * eleventy-img gave the site's images are mapped back to their sources with
 * `image-sources.json`, also beside `_site/`.
 * Options: --pages <pages.tsv>, --site-images <image-sources.json>, --out (default: stdout),
 * --note <text> (repeatable: a line added to the report's notes).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { comparePages, DEFINITIONS } from './compare.js'
import { normalizeUrl, pageUrlOf } from './normalize.js'
import { renderReport, summarize, type PageResult } from './report.js'

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    offre: { type: 'string' },
    out: { type: 'string' },
    pages: { type: 'string' },
    'site-images': { type: 'string' },
    note: { type: 'string', multiple: true },
  },
})
if (!values.site || !values.offre) {
  process.stderr.write('usage: compare-site --site <_site dir> --offre <offre dist dir> [--out report.md] [--pages pages.tsv] [--site-images image-sources.json]\n')
  process.exit(2)
}
const siteDir = path.resolve(values.site)
const offreDir = path.resolve(values.offre)
for (const dir of [siteDir, offreDir]) {
  if (!existsSync(dir)) {
    process.stderr.write(`compare-site: no such folder: ${dir}\n`)
    process.exit(2)
  }
}
const pagesFile = path.resolve(values.pages ?? path.join(siteDir, '..', 'pages.tsv'))
const imagesFile = path.resolve(values['site-images'] ?? path.join(siteDir, '..', 'image-sources.json'))

function htmlPages(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return entry.name === 'dsfr' && !prefix ? [] : htmlPages(dir, relative)
    return entry.name === 'index.html' ? [relative] : []
  })
}

const sitePages = existsSync(pagesFile)
  ? readFileSync(pagesFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t')[0]!)
  : null
if (!sitePages) process.stderr.write(`compare-site: no ${pagesFile}: only the pages of offre's build are compared\n`)
const offrePages = htmlPages(offreDir)
const relatives = [...new Set([...(sitePages ?? []), ...offrePages])].sort()

// The day the reference was built: Eleventy's date of a page without `date`.
const buildDateFile = path.join(siteDir, '..', 'build-date.txt')
const buildDate = existsSync(buildDateFile) ? readFileSync(buildDateFile, 'utf8').trim() : undefined
let undated = 0

const imageSources: Record<string, string> = existsSync(imagesFile) ? JSON.parse(readFileSync(imagesFile, 'utf8')) : {}
const imageByUrl = new Map(Object.entries(imageSources).map(([url, source]) => [normalizeUrl(url), source]))

const read = (dir: string, relative: string): string | undefined => {
  const file = path.join(dir, relative)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

/** Whether a build holds the file a root-relative URL names (a folder: its index.html). */
const fileIn = (dir: string) => (url: string): boolean => {
  const file = path.join(dir, url)
  return file.startsWith(dir + path.sep) && existsSync(file)
}

const started = performance.now()
const pages: PageResult[] = relatives.map((relative) => {
  const url = pageUrlOf(relative)
  const siteHtml = read(siteDir, relative)
  if (buildDate && siteHtml?.includes(`datetime="${buildDate}`)) undated++
  // Both sides: offre names its images as eleventy-img does, and the same URL is the same source.
  const results = comparePages(siteHtml, read(offreDir, relative), {
    url,
    imageSource: (src) => imageByUrl.get(src),
    fileExists: fileIn(offreDir),
    site: { ignoreDates: buildDate ? [buildDate] : [], fileExists: fileIn(siteDir) },
  })
  return { url, results }
})
const seconds = ((performance.now() - started) / 1000).toFixed(1)

const onlySite = relatives.filter((r) => !existsSync(path.join(offreDir, r)))
const onlyOffre = relatives.filter((r) => !existsSync(path.join(siteDir, r)))
// build-offre.mjs says which commit it built; else this repository's HEAD.
const metaFile = `${offreDir}.meta.json`
const meta: { commit?: string; exit?: number; seconds?: number; pages?: number; published?: number } = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {}
const head = (() => {
  if (meta.commit) return meta.commit
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const worktree = head.endsWith('+worktree')
const shortHead = head.replace(/\+worktree$/, '').replace(/^([0-9a-f]{12})[0-9a-f]+/, '$1')
const list = (items: string[]): string => (items.length === 0 ? 'none' : items.slice(0, 12).map((r) => `\`${pageUrlOf(r)}\``).join(', ') + (items.length > 12 ? `, … (${items.length - 12} more)` : ''))

const report = renderReport(summarize(pages), {
  commands: [
    '# 1. the reference, with the site\'s own generator (needs the npm registry; ~4 min, mostly image encoding)',
    'packages/render/scripts/site-build/build-reference.sh /work/shared/corpus/codegouvfr-website /work/sitebuild',
    '# 2. the same pages with offre: built at a commit outside the working tree (or drop --repo to use this',
    '#    repository\'s own build, after `npm run build`; offre-at-commit.sh --worktree copies uncommitted work)',
    `packages/render/scripts/site-build/offre-at-commit.sh ${worktree ? '--worktree' : shortHead} /work/sitebuild/offre-head`,
    'node packages/render/scripts/site-build/build-offre.mjs /work/shared/corpus/codegouvfr-website /work/sitebuild/offre --repo /work/sitebuild/offre-head',
    '# 3. this report',
    'npm run compare-site -w @offre/render -- --site /work/sitebuild/_site --offre /work/sitebuild/offre --out docs/site-comparison.md',
  ],
  notes: [
    `Compared on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${seconds} s; offre built ${worktree ? `from the working tree as it was then, over commit \`${shortHead}\` (uncommitted work included)` : `at commit \`${shortHead}\``}${meta.seconds === undefined ? '' : ` (\`offre build --partial\`: exit ${meta.exit}, ${meta.published} of ${meta.pages} pages published, ${meta.seconds} s)`}.`,
    `${relatives.length} pages: ${sitePages ? sitePages.length : 'unknown'} built by the site from markdown, ${offrePages.length} by offre.`,
    `Only in the site's build (offre left them out or published them elsewhere): ${onlySite.length}: ${list(onlySite)}.`,
    `Only in offre's build: ${onlyOffre.length}: ${list(onlyOffre)}.`,
    ...(values.note ?? []),
    `The site's images: ${imageByUrl.size} eleventy-img URLs mapped back to their source (\`image-sources.json\`).`,
    buildDate
      ? `The site's dates: ${undated} pages show the day the reference was built (${buildDate}: no \`date\` in their front matter, Eleventy dates them by their file); that date is left out.`
      : 'The site\'s dates: no `build-date.txt` beside `_site/`, every date compared.',
  ],
  definitions: DEFINITIONS,
})

if (values.out) {
  mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true })
  writeFileSync(values.out, report)
  process.stderr.write(`compare-site: ${relatives.length} pages compared in ${seconds} s, report in ${values.out}\n`)
} else {
  process.stdout.write(report)
}
