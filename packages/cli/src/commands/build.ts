/**
 * `offre build [content-dir] [--out dist]`: renders every page of the content
 * folder into `dist/<url>/index.html` and `index.json`, copies the DSFR files
 * the pages need into `dist/dsfr/`, and writes `dist/manifest.json`.
 *
 * All pages are rendered, so one run reports every problem. The output is built
 * in a temporary folder beside `dist` and renamed over it only when everything
 * succeeded: when a page has errors nothing is published and the previous `dist`
 * stays whole (with `--partial`, the pages without errors are published anyway).
 * Exit 0 ok, 1 a page has errors or the build could not be written, 2 usage.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { MODEL_VERSION } from '@offre/model'
import {
  DSFR_CSS, DSFR_ICONS_SOURCE, dsfrAssetsDir, ICONS_CSS, MANIFEST_PATH, buildManifest, buildPages, dsfrFiles, iconClassesOf, iconSubset,
  type PageOutcome, type PageUrlResolver, type SiteBuild,
} from '@offre/render'
import { EXIT, ExitError, UsageError } from '../errors.js'
import { findMarkdownFiles } from '../files.js'
import type { Io } from '../io.js'
import { formatMessageLine, severityOf } from '../message-line.js'
import { BUILD_SUMMARY, BUILD_USAGE } from './build-help.js'
import type { Command } from './command.js'

export interface BuildCommandOptions {
  /** Where pages are published (default: path-based, `permalink` first); the site's folder rules plug in here. */
  pageUrl?: PageUrlResolver
  /** The `dist/` folder of `@gouvfr/dsfr` (default: the installed package). */
  dsfrDir?: string
}

export function createBuildCommand(options: BuildCommandOptions = {}): Command {
  return {
    name: 'build',
    summary: BUILD_SUMMARY,
    usage: BUILD_USAGE,
    async run(args: string[], io: Io): Promise<number> {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: 'string', default: 'dist' }, partial: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
      })
      if (positionals.length > 1) throw new UsageError(`attendu au plus un dossier de contenu, reçu ${positionals.length} (${this.usage})`)
      if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format attend \`text\` ou \`json\`, reçu \`${values.format}\``)
      const contentDir = path.resolve(io.cwd, positionals[0] ?? 'content')
      if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new UsageError(`dossier de contenu introuvable : ${positionals[0] ?? 'content'}`)
      const out = path.resolve(io.cwd, values.out)
      checkOutput(out, contentDir, io.cwd)

      const found = findMarkdownFiles([contentDir], io.cwd)
      const sources = found.files.map((file) => ({ path: path.relative(contentDir, file).split(path.sep).join('/'), value: readFileSync(file) }))
      const site = buildPages(sources, { pageUrl: options.pageUrl })
      const failed = site.pages.filter((page) => page.status === 'failed')
      const publish = failed.length === 0 || values.partial
      let written: Written | null = null
      if (publish) written = writeSite(site, out, options.dsfrDir ?? locateDsfr(), sourceCommit(io.env, contentDir))

      const shown = (source: string) => display(io.cwd, path.join(contentDir, source))
      if (values.format === 'json') io.stdout.write(`${JSON.stringify(jsonReport(site, shown, out, written), null, 2)}\n`)
      else {
        for (const problem of found.problems) io.stderr.write(`${display(io.cwd, problem.path)}: avertissement ${problem.reason} : ignoré\n`)
        for (const page of site.pages.filter((page) => page.status !== 'unpublished')) {
          for (const message of page.file.messages) io.stderr.write(`${formatMessageLine(shown(page.source), message)}\n`)
        }
        io.stdout.write(`${summary(site, display(io.cwd, out), written)}\n`)
        if (!publish) io.stderr.write(`offre build : ${failed.length} page(s) en erreur : rien n’est publié, ${display(io.cwd, out)} est inchangé (--partial publie les autres pages)\n`)
      }
      return failed.length > 0 ? EXIT.findings : EXIT.ok
    },
  }
}

export const buildCommand: Command = createBuildCommand()

/** A path as the user would type it: relative under the working directory, absolute elsewhere. */
function display(cwd: string, file: string): string {
  const relative = path.relative(cwd, file)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

interface Written {
  files: number
  bytes: number
}

/** Refuses an output folder whose replacement would delete something else than a previous build. */
function checkOutput(out: string, contentDir: string, cwd: string): void {
  const real = (file: string) => (existsSync(file) ? realpathSync(file) : file)
  const [o, c, w] = [real(out), real(contentDir), real(cwd)]
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(path.sep) ? b : b + path.sep)
  if (inside(c, o) || inside(o, c) || inside(w, o)) throw new UsageError(`--out ne peut pas contenir ni être dans le contenu ou le dossier courant : ${out}`)
  if (!existsSync(out)) return
  if (!statSync(out).isDirectory()) throw new UsageError(`--out doit être un dossier : ${out}`)
  if (readdirSync(out).length > 0 && !existsSync(path.join(out, MANIFEST_PATH))) {
    throw new UsageError(`refus de remplacer ${out} : ce n’est pas une construction d’offre (pas de ${MANIFEST_PATH}) ; videz-le ou choisissez un autre --out`)
  }
}

/** The DSFR files shipped with @offre/render (copied from @gouvfr/dsfr when it is built). */
function locateDsfr(): string {
  if (!existsSync(path.join(dsfrAssetsDir, DSFR_CSS))) {
    throw new UsageError(`fichiers du DSFR introuvables dans ${dsfrAssetsDir} : construisez @offre/render (npm run build -w @offre/render)`)
  }
  return dsfrAssetsDir
}

/** The commit the content comes from: `OFFRE_SOURCE_COMMIT`, `GITHUB_SHA`, else git's HEAD, else null. */
export function sourceCommit(env: Io['env'], dir: string): string | null {
  const given = env.OFFRE_SOURCE_COMMIT?.trim() || env.GITHUB_SHA?.trim()
  if (given) return given
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim()
    return /^[0-9a-f]{40,64}$/.test(head) ? head : null
  } catch {
    return null
  }
}

/** Writes the site into a temporary folder beside `out`, then renames it over `out`. */
function writeSite(site: SiteBuild, out: string, dsfrDir: string, commit: string | null): Written {
  mkdirSync(path.dirname(out), { recursive: true })
  const temp = mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}.tmp-`))
  try {
    const files = new Map<string, Uint8Array>()
    for (const [file, content] of site.files) files.set(file, Buffer.from(content, 'utf8'))
    const dsfr = (file: string) => readFileSync(path.join(dsfrDir, file))
    for (const file of dsfrFiles(dsfr(DSFR_CSS).toString('utf8'))) files.set(`dsfr/${file}`, dsfr(file))
    const used = new Set([...site.files.values()].flatMap((html) => iconClassesOf(html)))
    const icons = iconSubset(dsfr(DSFR_ICONS_SOURCE).toString('utf8'), used)
    files.set(`dsfr/${ICONS_CSS}`, Buffer.from(icons.css, 'utf8'))
    for (const file of icons.files) files.set(`dsfr/${file}`, dsfr(file))
    const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const pages = site.pages.flatMap((page) => (page.status === 'published' && page.url !== null ? [{ url: page.url, source: page.source }] : []))
    const manifest = buildManifest({ files: sorted.map(([file, bytes]) => ({ path: file, bytes })), pages, modelVersion: MODEL_VERSION, sourceCommit: commit })
    sorted.push([MANIFEST_PATH, Buffer.from(manifest, 'utf8')])
    for (const [file, bytes] of sorted) {
      const target = path.join(temp, ...file.split('/'))
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, bytes)
    }
    swap(temp, out)
    return { files: sorted.length, bytes: sorted.reduce((sum, [, bytes]) => sum + bytes.byteLength, 0) }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true })
    if (error instanceof ExitError) throw error
    throw new ExitError(`construction impossible, ${out} est inchangé : ${(error as Error).message}`, EXIT.findings)
  }
}

/** Replaces `out` by `temp`; the old build is moved aside first, and put back if the second rename fails. */
function swap(temp: string, out: string): void {
  if (!existsSync(out)) {
    renameSync(temp, out)
    return
  }
  const old = `${temp}.old`
  renameSync(out, old)
  try {
    renameSync(temp, out)
  } catch (error) {
    renameSync(old, out)
    throw error
  }
  rmSync(old, { recursive: true, force: true })
}

function count(site: SiteBuild, status: PageOutcome['status']): number {
  return site.pages.filter((page) => page.status === status).length
}

function summary(site: SiteBuild, out: string, written: Written | null): string {
  const pages = `${count(site, 'published')} page(s) publiée(s), ${count(site, 'unpublished')} non publiée(s) (permalink: false), ${count(site, 'failed')} en erreur`
  if (written === null) return `offre build : ${pages}`
  return `offre build : ${pages} ; ${written.files} fichiers écrits dans ${out} (${(written.bytes / 1024 / 1024).toFixed(2)} Mio)`
}

function jsonReport(site: SiteBuild, shown: (source: string) => string, out: string, written: Written | null): unknown {
  return {
    out,
    published: written !== null,
    files: written?.files ?? 0,
    bytes: written?.bytes ?? 0,
    pages: site.pages.map((page) => ({
      source: shown(page.source),
      url: page.url,
      status: page.status,
      messages: page.file.messages.map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        severity: severityOf(message),
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        reason: message.reason,
      })),
    })),
  }
}
