/**
 * One page of the preview: read from disk at each request, linted as `offre lint`
 * lints it (the project's preset and settings, the page's content path), rendered
 * as `offre build` renders it (`renderPage` with the build's site options) with
 * the findings marked on their text, then the preview's panel, stylesheet and
 * script added before `</body>`. A page that cannot be rendered (invalid front
 * matter, binary file, model errors) is shown as a page of its errors.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { iconClassesOf, renderPage, type RenderOptions } from '@offre/render'
import { type Finding, toFinding } from '../reporters/finding.js'
import type { PageEntry, PreviewSite } from './site.js'

type FindingsOverlay = NonNullable<RenderOptions['findings']>
type OverlayFinding = FindingsOverlay['findings'][number]

export const CLIENT_SCRIPT = '/__offre/preview.js'
export const CLIENT_STYLES = '/__offre/preview.css'
export const EVENTS = '/__offre/events'

export interface PanelFinding extends Finding {
  id: number
  /** Whether the finding is marked in the page (else it is in the panel only). */
  marked: boolean
  /** The page's file, absolute, for the editor link. */
  absolute: string
}

/** The preview of a page: its HTML, always (errors included). */
export async function previewPage(site: PreviewSite, entry: PageEntry, cwd: string): Promise<string> {
  const shown = path.relative(cwd, entry.absolute) || entry.absolute
  const state = site.state
  if (state.error !== undefined) {
    const findings = state.error.problems.map((problem, index) => panelFinding({
      file: problem.file, rule: problem.rule, severity: 'error', line: problem.line, column: problem.column, endLine: problem.endLine, endColumn: problem.endColumn,
      message: problem.message, actual: null, expected: null, url: problem.url, fixable: false,
    }, index, path.resolve(cwd, problem.file)))
    return errorPage('Configuration invalide', `La configuration du contenu a des erreurs : ${state.error.message.split('\n')[0]}`, findings, shown)
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(entry.absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return errorPage('Page illisible', `${shown} : fichier illisible (${code})`, [], shown)
  }
  const settings = { ...state.project.settings, contentPath: entry.source }
  const linted = await state.linter.lintSource(bytes, shown, settings)
  const findings = linted.messages
    .map((message) => toFinding(linted, message))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
    .map((finding, index) => panelFinding(finding, index, entry.absolute))
  const overlay: FindingsOverlay = { findings: findings.map(overlayFinding) }
  const source = { path: entry.source, value: bytes }
  // Its images as the build plans them, their files served by the preview (`images.ts`).
  const options = (await site.images?.optionsFor(source, state.options)) ?? state.options
  const { outcome, html } = renderPage(source, { ...options, findings: overlay })
  // What the build reports beyond the lint (a URL problem, an iframe refused…), in the panel too.
  const known = new Set(findings.map((finding) => `${finding.line}:${finding.column}:${finding.message}`))
  const extra = outcome.file.messages
    .map((message) => toFinding(outcome.file, message))
    .filter((finding) => !known.has(`${finding.line}:${finding.column}:${finding.message}`))
  const all = [...findings, ...extra.map((finding, index) => panelFinding(finding, findings.length + index, entry.absolute))]
  for (const finding of all) finding.marked = overlay.marked?.has(finding.id) ?? false
  if (html === undefined) {
    return errorPage('La page ne peut pas être publiée', `${shown} : offre build ne publierait pas cette page ; ses erreurs :`, all, shown)
  }
  for (const name of iconClassesOf(html)) site.icons.add(name)
  return withPanel(html, all, shown)
}

function panelFinding(finding: Finding, index: number, absolute: string): PanelFinding {
  return { ...finding, id: index + 1, marked: false, absolute }
}

function overlayFinding(finding: PanelFinding): OverlayFinding {
  return { id: finding.id, severity: finding.severity, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, message: `${finding.message} [${finding.rule}]` }
}

/** Text for HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)
}

const SEVERITY = { error: 'erreur', warning: 'avertissement', info: 'info' } as const

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`
}

/** The panel's header line: `18 problèmes : 7 erreurs, 11 avertissements`. */
export function countLine(findings: readonly PanelFinding[]): string {
  if (findings.length === 0) return 'Aucun problème'
  const parts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, SEVERITY[severity]))
  return `${plural(findings.length, 'problème')} : ${parts.join(', ')}`
}

/** The editor link of a finding: `vscode://file/<absolute path>:<line>:<column>`. */
export function editorLink(finding: PanelFinding): string {
  const file = finding.absolute.split(path.sep).map((part) => encodeURIComponent(part)).join('/')
  return `vscode://file${file.startsWith('/') ? '' : '/'}${file}:${finding.line}:${finding.column}`
}

/** The fixed aside listing every finding. */
export function panel(findings: readonly PanelFinding[], shown: string): string {
  const items = findings.map((finding) => {
    const place = `${finding.file}:${finding.line}:${finding.column}`
    const rule = finding.url === null ? escapeHtml(finding.rule) : `<a href="${escapeHtml(finding.url)}" target="_blank" rel="noopener" title="${escapeHtml(`Documentation de ${finding.rule} - nouvelle fenêtre`)}">${escapeHtml(finding.rule)}</a>`
    const where = finding.marked
      ? `<button type="button" class="offre-preview__goto fr-link fr-text--xs" data-offre-goto="${finding.id}">voir dans la page</button>`
      : '<span class="offre-preview__unmarked fr-text--xs">hors du texte affiché</span>'
    return [
      `<li class="offre-preview__item offre-preview__item--${finding.severity}" data-offre-item="${finding.id}">`,
      `<p class="offre-preview__meta"><span class="offre-preview__number">${finding.id}</span> <span class="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--${finding.severity}">${SEVERITY[finding.severity]}</span> <span class="offre-preview__rule">${rule}</span></p>`,
      `<p class="offre-preview__message">${escapeHtml(finding.message)}</p>`,
      `<p class="offre-preview__place"><a href="${escapeHtml(editorLink(finding))}" title="Ouvrir dans l’éditeur">${escapeHtml(place)}</a> ${where}</p>`,
      '</li>',
    ].join('')
  })
  const worst = findings.some((finding) => finding.severity === 'error') ? 'error' : findings.some((finding) => finding.severity === 'warning') ? 'warning' : 'ok'
  return [
    `<aside class="offre-preview offre-preview--${worst}" id="offre-preview" aria-labelledby="offre-preview-title" data-offre-count="${findings.length}">`,
    '<div class="offre-preview__header">',
    `<p class="offre-preview__title" id="offre-preview-title">offre preview <span class="offre-preview__file">${escapeHtml(shown)}</span></p>`,
    `<p class="offre-preview__count" data-offre-count="${findings.length}">${escapeHtml(countLine(findings))}</p>`,
    '<button type="button" class="offre-preview__toggle fr-btn fr-btn--sm fr-btn--tertiary-no-outline" aria-expanded="true" aria-controls="offre-preview-list">Réduire</button>',
    '</div>',
    `<ol class="offre-preview__list" id="offre-preview-list">${items.join('')}</ol>`,
    '</aside>',
  ].join('')
}

function clientTags(): string {
  return `<link rel="stylesheet" href="${CLIENT_STYLES}"><script type="module" src="${CLIENT_SCRIPT}"></script>`
}

/** The rendered page with the preview's panel, stylesheet and script added before `</body>`. */
export function withPanel(html: string, findings: readonly PanelFinding[], shown: string): string {
  const added = `${panel(findings, shown)}${clientTags()}`
  const at = html.lastIndexOf('</body>')
  return at === -1 ? `${html}${added}` : `${html.slice(0, at)}${added}${html.slice(at)}`
}

/** A page of errors, with the DSFR styles and the preview's panel and reload script. */
export function errorPage(title: string, lead: string, findings: readonly PanelFinding[], shown: string): string {
  const list = findings
    .map((finding) => `<li><code>${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code> ${escapeHtml(finding.message)} <span class="fr-text--xs">[${escapeHtml(finding.rule)}]</span></li>`)
    .join('')
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} | offre preview</title><link rel="stylesheet" href="/dsfr/dsfr.min.css"></head><body>`,
    '<main class="fr-container fr-my-6w" id="contenu">',
    `<div class="fr-alert fr-alert--error fr-mb-4w" data-offre-error><h1 class="fr-alert__title">${escapeHtml(title)}</h1><p>${escapeHtml(lead)}</p></div>`,
    list === '' ? '' : `<ul class="offre-preview__errors">${list}</ul>`,
    '<p class="fr-text--sm">La page se recharge dès que le fichier est corrigé.</p>',
    '</main>',
    findings.length > 0 ? panel(findings, shown) : '',
    clientTags(),
    '</body></html>\n',
  ].join('')
}

/** The page said when a request fails (500) or finds nothing (404). */
export function statusPage(status: number, title: string, detail: string): string {
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    `<title>${status} ${escapeHtml(title)} | offre preview</title><link rel="stylesheet" href="/dsfr/dsfr.min.css"></head><body>`,
    `<main class="fr-container fr-my-6w"><h1>${status} : ${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></main>`,
    `<script type="module" src="${CLIENT_SCRIPT}"></script></body></html>\n`,
  ].join('')
}
