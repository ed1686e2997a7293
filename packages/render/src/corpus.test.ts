/**
 * The real pages as regression corpus: the 211 pages of code.gouv.fr and the 12
 * versions of the offer page all render, safely, with the model's ids, and their
 * JSON validates. The summary of the renderer's warnings is reviewed: a change in
 * it shows in review.
 */
import path from 'node:path'
import { historyPages, siteContentDir, sitePages } from '@offre/fixtures'
import { validateOffer } from '@offre/model'
import { describe, expect, it } from 'vitest'
import { RENDER_SOURCE } from './messages.js'
import { all, attr, renderFile, runnable, text, type HtmlElement } from './testing.js'
import { defaultPageUrl } from './url.js'

const CODE = new Set(['code', 'pre'])

function prose(element: HtmlElement): string {
  return element.childNodes.map((child) => ('tagName' in child ? (CODE.has(child.tagName) ? '' : prose(child)) : text(child))).join('')
}

function renderAll(files: string[], urlOf: (file: string) => string) {
  return files.map((file) => ({ file, ...renderFile(file, { url: urlOf(file) }) }))
}

describe('the 211 pages of code.gouv.fr', () => {
  const files = sitePages()
  // Unpublished pages (`permalink: false`) are rendered too, at their path-based URL.
  const pathUrl = (file: string) => defaultPageUrl({ path: path.relative(siteContentDir, file).split(path.sep).join('/'), data: {} }) as string
  const rendered = renderAll(files, pathUrl)

  it('all render, and every JSON validates against the schema', () => {
    expect(rendered).toHaveLength(211)
    const invalid = rendered.filter(({ page }) => validateOffer(JSON.parse(page.json)).length > 0).map(({ file }) => file)
    expect(invalid).toEqual([])
  })

  it('contain nothing that runs, and no template syntax in their text', () => {
    const unsafe = rendered.flatMap(({ file, page }) => runnable(page.html).map((found) => `${path.basename(file)}: ${found}`))
    expect(unsafe).toEqual([])
    const leaks = rendered.filter(({ page }) => /\{%|%\}|\{\{|^:::|\{\.fr-/m.test(prose(all(page.fragment)[0]?.parentNode as HtmlElement))).map(({ file }) => file)
    expect(leaks).toEqual([])
  })

  it('give the H2 and H3 the model’s section ids, and no id twice', () => {
    for (const { page, parsed } of rendered) {
      const headings = all(page.fragment).filter((element) => element.tagName === 'h2' || element.tagName === 'h3')
      const ids = new Set(headings.map((heading) => attr(heading, 'id')))
      const sectionIds = parsed.offer.sections.flatMap((section) => [section.id, ...section.subsections.map((sub) => sub.id)])
      expect(sectionIds.filter((id) => !ids.has(id))).toEqual([])
      const allIds = all(page.html).map((element) => attr(element, 'id')).filter(Boolean)
      expect(allIds.length).toBe(new Set(allIds).size)
    }
  })

  it('warn about what was not rendered, as reviewed', () => {
    const summary: Record<string, number> = {}
    for (const { parsed } of rendered) {
      for (const message of parsed.file.messages) {
        if (message.source === RENDER_SOURCE) summary[message.ruleId ?? ''] = (summary[message.ruleId ?? ''] ?? 0) + 1
      }
    }
    // 40 `{% imageContent %}` shortcodes in 40 pages; two untitled frames in sprint-open-source-2019.md.
    expect(summary).toEqual({ 'unrendered-shortcode': 40, 'missing-iframe-title': 2 })
  })
})

describe('the 12 versions of the offer page', () => {
  it('render with their sections and questions', () => {
    for (const { page, parsed } of renderAll(historyPages(), () => '/fr/mission/offre-de-services/')) {
      const ids = all(page.fragment, 'h2').map((heading) => attr(heading, 'id'))
      expect(ids).toEqual(parsed.offer.sections.filter((section) => section.depth === 2).map((section) => section.id))
      expect(runnable(page.html)).toEqual([])
    }
  })
})
