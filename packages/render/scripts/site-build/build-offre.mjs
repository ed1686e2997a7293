#!/usr/bin/env node
/**
 * Builds the corpus's pages with offre, as build-reference.sh builds them with
 * the site's own generator, so that scripts/site-compare/run.ts can pair them.
 *
 *   node build-offre.mjs <corpus folder> <output folder> [--repo <offre folder>] [-- extra offre build args]
 *   e.g. node build-offre.mjs /work/shared/corpus/codegouvfr-website /work/sitebuild/offre
 *
 * --repo: the offre whose CLI and content/offre.config.yml are used (default:
 * the repository holding this script), e.g. a commit built by offre-at-commit.sh.
 *
 * The pages and images of the corpus's content/ are copied into a temporary
 * content folder with the repository's content/offre.config.yml and the files
 * beside it (pages-du-site.txt, vocabulaire.txt, front-matter.schema.json…, and
 * any other file the configuration names under content/), whatever the
 * configuration holds at run time (its `site:` section, per-folder layouts);
 * the site's static folder (the corpus's site/public/) is put beside it as
 * public/, where a `site.static: ../public` would find it.
 * Then `offre build <tmp> --out <output folder> --partial` (over the previous
 * build there, whose images it reuses): a page with errors
 * is left out and listed, the others are published. The CLI must be built
 * (`npm run build` at the root): this runs packages/cli/bin/offre.js.
 * Writes <output folder>.log (offre's messages) and <output folder>.meta.json
 * (commit, exit code, time, page counts, read by the comparison's report)
 * beside the output folder.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const argv = process.argv.slice(2)
const dash = argv.indexOf('--')
const extra = dash === -1 ? [] : argv.slice(dash + 1)
const own = dash === -1 ? argv : argv.slice(0, dash)
const repoAt = own.indexOf('--repo')
const repoArg = repoAt === -1 ? undefined : own.splice(repoAt, 2)[1]
const [corpusArg, outArg] = own
if (!corpusArg || !outArg || own.length > 2) {
  console.error('usage: node build-offre.mjs <corpus folder> <output folder> [--repo <offre folder>] [-- extra offre build args]')
  process.exit(2)
}
const repo = path.resolve(repoArg ?? fileURLToPath(new URL('../../../..', import.meta.url)))
const corpusContent = path.join(path.resolve(corpusArg), 'content')
const repoContent = path.join(repo, 'content')
const out = path.resolve(outArg)
const bin = path.join(repo, 'packages/cli/bin/offre.js')
if (!existsSync(path.join(repo, 'packages/cli/dist/bundle/offre.js'))) {
  console.error('build-offre: the offre CLI is not built: run `npm run build` at the root of the repository first')
  process.exit(2)
}

const work = mkdtempSync(path.join(tmpdir(), 'offre-site-'))
const content = path.join(work, 'content')
try {
  // Laid out as the site's repository: content/ (the corpus's pages and images, then the
  // project's configuration and the files it names) and public/ beside it (the site's
  // static folder, /img/…, /docs/…), which a `site.static: ../public` publishes.
  cpSync(corpusContent, content, { recursive: true })
  if (existsSync(path.join(path.resolve(corpusArg), 'site/public'))) cpSync(path.join(path.resolve(corpusArg), 'site/public'), path.join(work, 'public'), { recursive: true })
  for (const entry of readdirSync(repoContent, { withFileTypes: true })) {
    if (entry.isFile()) cpSync(path.join(repoContent, entry.name), path.join(content, entry.name))
  }
  const configFile = path.join(repoContent, 'offre.config.yml')
  for (const named of namedFiles(parse(readFileSync(configFile, 'utf8')))) {
    const from = path.join(repoContent, named)
    if (from.startsWith(repoContent + path.sep) && existsSync(from) && statSync(from).isFile()) cpSync(from, path.join(content, named))
  }
  const pages = countPages(content)
  console.log(`offre build: ${pages} pages from ${corpusContent}, configuration ${path.relative(repo, configFile)}`)

  // Not removed first: offre build replaces the folder whole, and takes the images of the
  // previous build again instead of encoding them anew (minutes of AVIF).
  const args = [bin, 'build', content, '--out', out, '--partial', ...extra]
  const started = Date.now()
  const run = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  writeFileSync(`${out}.log`, `$ offre ${args.slice(1).join(' ')}\n${run.stdout}${run.stderr}`)
  const tail = `${run.stdout}${run.stderr}`.trimEnd().split('\n').slice(-8).join('\n')
  console.log(tail)
  const published = existsSync(out) ? countHtml(out) : 0
  console.log(`offre build: exit ${run.status} in ${seconds} s; ${published} pages in ${out}; messages in ${out}.log`)
  writeFileSync(`${out}.meta.json`, `${JSON.stringify({ commit: commitOf(repo), exit: run.status, seconds: Number(seconds), pages, published, args: args.slice(1) }, null, 2)}\n`)
  process.exitCode = existsSync(out) ? 0 : 1
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** The commit offre was built from: offre-at-commit.sh's COMMIT file, else git's HEAD (`+changes` when the tree differs). */
function commitOf(dir) {
  if (existsSync(path.join(dir, 'COMMIT'))) return readFileSync(path.join(dir, 'COMMIT'), 'utf8').trim()
  const git = (...a) => spawnSync('git', ['-C', dir, ...a], { encoding: 'utf8' }).stdout?.trim() ?? ''
  const head = git('rev-parse', 'HEAD') || 'unknown'
  return git('status', '--porcelain', '--', 'packages', 'content') ? `${head}+changes` : head
}

/** Relative paths the configuration gives as string values (`vocabulary: vocabulaire.txt`, `schema: x.json#/…`). */
function namedFiles(value) {
  if (typeof value === 'string') {
    const file = value.split('#')[0]
    return /^[\w./-]+\.[a-z0-9]+$/i.test(file) && !file.includes('..') && !/^[a-z]+:/i.test(file) ? [file] : []
  }
  if (Array.isArray(value)) return value.flatMap(namedFiles)
  if (value && typeof value === 'object') return Object.values(value).flatMap(namedFiles)
  return []
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )
}

function countPages(dir) {
  return walk(dir).filter((file) => file.endsWith('.md')).length
}

function countHtml(dir) {
  return walk(dir).filter((file) => file.endsWith(`${path.sep}index.html`)).length
}
