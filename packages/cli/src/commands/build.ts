/**
 * `offre build [content-dir] [--out dist]`: renders every page of the content
 * folder into `dist/<url>/index.html` and `index.json`, encodes the images the
 * pages show into `dist/img/` (`build/images.ts`), copies the static folder and the
 * DSFR files the pages need into `dist/dsfr/`, and writes `dist/manifest.json`
 * (`build/site-writer.ts`).
 *
 * All pages are rendered, so one run reports every problem. The output is built
 * in a temporary folder beside `dist` and renamed over it only when everything
 * succeeded: when a page has errors nothing is published and the previous `dist`
 * stays whole (with `--partial`, the pages without errors are published anyway).
 * Exit 0 ok, 1 a page has errors or the build could not be written, 2 usage.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DSFR_CSS, dsfrAssetsDir, MANIFEST_PATH, claimUrl as claimPageUrl, type PageStatus, type PageUrlResolver } from '@offre/render'
import { VFile } from 'vfile'
import { ImageEncoder } from '../build/image-encoder.js'
import { renderAll } from '../build/runner.js'
import { SiteWriter, type Written } from '../build/site-writer.js'
import { type BuildResult, type PlainMessage, plainMessage } from '../build/task.js'
import { EXIT, UsageError } from '../errors.js'
import { findMarkdownFiles } from '../files.js'
import type { Io } from '../io.js'
import { formatMessageLine, severityOf } from '../message-line.js'
import { loadProject } from '../project.js'
import { BUILD_SUMMARY, BUILD_USAGE } from './build-help.js'
import type { Command } from './command.js'

export interface BuildCommandOptions {
  /** Publish at the code.gouv.fr site's URLs (folder rules, `permalink`, `slugOverride`), as `offre build` does. */
  site?: boolean
  /** Where pages are published, for another site (pages are then rendered in this thread: a function cannot go to a worker). Default: path-based, `permalink` first. */
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
        options: {
          out: { type: 'string', default: 'dist' },
          partial: { type: 'boolean', default: false },
          format: { type: 'string', default: 'text' },
          jobs: { type: 'string' },
          config: { type: 'string' },
        },
      })
      if (positionals.length > 1) throw new UsageError(`attendu au plus un dossier de contenu, reçu ${positionals.length} (${this.usage})`)
      if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format attend \`text\` ou \`json\`, reçu \`${values.format}\``)
      const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs attend un entier positif, reçu \`${values.jobs}\``)
      const contentDir = path.resolve(io.cwd, positionals[0] ?? 'content')
      if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new UsageError(`dossier de contenu introuvable : ${positionals[0] ?? 'content'}`)
      const out = path.resolve(io.cwd, values.out)
      checkOutput(out, contentDir, io.cwd)
      // The project as the lint loads it: a configuration the lint refuses is refused here, with the same messages,
      // and pages are published at the URLs the link checker resolves links against.
      const project = loadProject([contentDir], io, { config: values.config })

      const found = findMarkdownFiles([contentDir], io.cwd)
      const tasks = found.files
        .map((file) => ({ source: path.relative(contentDir, file).split(path.sep).join('/'), absolute: file }))
        .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
        .map((task, index) => ({ ...task, index }))
      // Pages are written as they come, into a temporary folder renamed over `out` at the end:
      // memory stays flat however many pages, and a failed build leaves `out` as it was.
      const writer = new SiteWriter(out)
      const pages: PageSummary[] = []
      // Each image file once, encoded while pages render; the previous build's are taken again.
      const encoder = new ImageEncoder((file, bytes) => writer.add(file, bytes, false), out)
      const images = { root: project.root, files: [...(project.settings.contentFiles ?? [])] }
      try {
        const owners = new Map<string, string>()
        const custom = options.pageUrl ? { pageUrl: options.pageUrl } : undefined
        for await (const result of renderAll(tasks, { site: options.site === true, siteRules: project.settings.siteRules, chrome: project.site, images, navigation: project.navigation }, { custom, jobs })) {
          const page = summarise(result)
          pages.push(page)
          if (claimUrl(owners, page) && result.html !== undefined && result.json !== undefined) {
            writer.add(page.outputs[0] as string, result.html, true)
            writer.add(page.outputs[1] as string, result.json, false)
            for (const job of result.images ?? []) encoder.add(job)
          }
          // Without --partial, a page in error means nothing is published: no more images to encode.
          if (page.status === 'failed' && !values.partial) encoder.cancel()
        }
        await encoder.done()
      } catch (error) {
        await encoder.done().catch(() => undefined)
        writer.abort()
        throw error
      }
      const failed = pages.filter((page) => page.status === 'failed')
      const publish = failed.length === 0 || values.partial
      let written: Written | null = null
      const published = project.staticDir === undefined ? undefined : { dir: project.staticDir, files: project.settings.siteFiles ?? [] }
      if (publish) written = writer.finish(options.dsfrDir ?? locateDsfr(), pages, sourceCommit(io.env, contentDir), published)
      else writer.abort()

      const shown = (source: string) => display(io.cwd, path.join(contentDir, source))
      if (values.format === 'json') io.stdout.write(`${JSON.stringify(jsonReport(pages, shown, out, written), null, 2)}\n`)
      else {
        for (const problem of found.problems) io.stderr.write(`${display(io.cwd, problem.path)}: avertissement ${problem.reason} : ignoré\n`)
        for (const page of pages.filter((page) => page.status !== 'unpublished')) {
          for (const message of page.messages) io.stderr.write(`${formatMessageLine(shown(page.source), message)}\n`)
        }
        for (const file of written?.skipped ?? []) io.stderr.write(`${display(io.cwd, path.join(project.staticDir ?? '', file))}: avertissement fichier statique non copié : la construction écrit déjà \`${file}\`\n`)
        io.stdout.write(`${summary(pages, display(io.cwd, out), written, encoder)}\n`)
        if (!publish) io.stderr.write(`offre build : ${failed.length} page(s) en erreur : rien n’est publié, ${display(io.cwd, out)} est inchangé (--partial publie les autres pages)\n`)
      }
      return failed.length > 0 ? EXIT.findings : EXIT.ok
    },
  }
}

/** A page of the build, without its HTML and JSON (written already). */
interface PageSummary {
  source: string
  url: string | null
  status: PageStatus
  outputs: string[]
  messages: PlainMessage[]
}

function summarise(result: BuildResult): PageSummary {
  return { source: result.source, url: result.url, status: result.status, outputs: result.outputs, messages: result.messages }
}

/** Claims the page's URL with the renderer's rule (first in path order wins); its message joins the page's. */
function claimUrl(owners: Map<string, string>, page: PageSummary): boolean {
  const outcome = { source: page.source, url: page.url, status: page.status, outputs: page.outputs, file: new VFile({ path: page.source }) }
  const published = claimPageUrl(owners, outcome)
  page.status = outcome.status
  page.outputs = outcome.outputs
  page.messages.push(...outcome.file.messages.map(plainMessage))
  return published
}

export const buildCommand: Command = createBuildCommand()

/** A path as the user would type it: relative under the working directory, absolute elsewhere. */
function display(cwd: string, file: string): string {
  const relative = path.relative(cwd, file)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
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


function count(pages: readonly PageSummary[], status: PageStatus): number {
  return pages.filter((page) => page.status === status).length
}

function summary(pages: readonly PageSummary[], out: string, written: Written | null, images?: ImageEncoder): string {
  const counts = `${count(pages, 'published')} page(s) publiée(s), ${count(pages, 'unpublished')} non publiée(s) (permalink: false), ${count(pages, 'failed')} en erreur`
  if (written === null) return `offre build : ${counts}`
  const encoded = images === undefined || images.encoded + images.reused === 0 ? '' : `, dont ${images.encoded + images.reused} fichiers d’images (${images.encoded} encodés, ${images.reused} repris de la construction précédente)`
  return `offre build : ${counts} ; ${written.files} fichiers écrits dans ${out} (${(written.bytes / 1024 / 1024).toFixed(2)} Mio)${encoded}`
}

function jsonReport(pages: readonly PageSummary[], shown: (source: string) => string, out: string, written: Written | null): unknown {
  return {
    out,
    published: written !== null,
    files: written?.files ?? 0,
    bytes: written?.bytes ?? 0,
    pages: pages.map((page) => ({
      source: shown(page.source),
      url: page.url,
      status: page.status,
      messages: page.messages.map((message) => ({
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
