import { readFileSync } from 'node:fs'
import { historyPages, seedPath, sitePages } from '@offre/fixtures'
import { markdownProcessor } from '@offre/model'
import type { Root } from 'mdast'
import remarkMessageControl from 'remark-message-control'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { controlMessages, gapsOf } from './lint-control.js'

const reference = remarkMessageControl({ name: 'lint', source: 'remark-lint' })

/** A page with messages of the rules everywhere in it (each line start, its end, none) and one of another tool. */
function withMessages(doc: string): VFile {
  const file = new VFile({ value: doc })
  const lines = doc.split('\n')
  lines.forEach((line, index) => {
    for (const column of [1, line.length + 1]) {
      const message = file.message(`at ${index + 1}:${column}`, { place: { line: index + 1, column }, ruleId: 'offre-typos', source: 'remark-lint' })
      message.ruleId = 'offre-typos'
    }
  })
  file.message('nowhere', { ruleId: 'offre-sections', source: 'remark-lint' })
  file.message('other tool', { place: { line: lines.length, column: 1 }, ruleId: 'x', source: 'other' })
  return file
}

function seen(file: VFile) {
  return file.messages.map((m) => `${m.reason} ${m.line}:${m.column}`)
}

describe('remarkLintControl', () => {
  const pages = [seedPath, ...sitePages(), ...historyPages()].map((page) => readFileSync(page, 'utf8'))

  it('keeps and drops the same messages as remark-lint on every real page, with or without comments', () => {
    const extra = ['Texte.\n\n\n', '', '\n\n', 'a\n<!--lint disable offre-typos-->\nb\n<!--lint enable offre-typos-->\n']
    for (const doc of [...pages, ...extra]) {
      const tree = markdownProcessor.parse(doc) as Root
      const expected = withMessages(doc)
      const actual = withMessages(doc)
      reference(structuredClone(tree), expected)
      controlMessages(structuredClone(tree), actual)
      expect(seen(actual)).toEqual(seen(expected))
    }
  })

  it('drops the rules’ messages between the last node and the end of the page, as remark-lint does, and gives 1:1 to those without a place', () => {
    const doc = 'Texte.\n\n\n'
    const file = withMessages(doc)
    controlMessages(markdownProcessor.parse(doc) as Root, file)
    // The gap is [6, 9): from the end of `Texte.` (1:7) up to, not including, the end of the page (4:1).
    expect(seen(file)).toEqual(['at 1:1 1:1', 'at 4:1 4:1', 'at 4:1 4:1', 'nowhere 1:1', 'other tool 4:1'])
    expect(gapsOf(markdownProcessor.parse(doc) as Root)).toEqual([[6, 9]])
  })
})
