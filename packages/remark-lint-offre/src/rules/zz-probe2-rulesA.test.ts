import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { sitePages, seedPath, historyPages } from '@offre/fixtures'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import { unified } from 'unified'
import { fix, lint, summary } from '../testing.js'
import { fixOf } from '../fix.js'
const only = ['offre-typography', 'offre-mailto', 'offre-faq', 'offre-no-presentational-html']
const shape = (md: string) => unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(md).children.filter((n) => n.type !== 'html' && !(n.type === 'paragraph' && n.children.every((c) => c.type === 'html' || (c.type === 'text' && c.value.trim() === '')))).map((n) => n.type + (n.type === 'heading' ? n.depth : '') + (n.type === 'list' ? n.children.length : '')).join(',')
it('probe fixes', async () => {
  let changed = 0, unstable = 0, shapeDiff = 0
  for (const path of [...sitePages(), seedPath, ...historyPages()]) {
    const src = readFileSync(path, 'utf8')
    const p = path.replace(/.*content\//, '')
    const out1 = await fix(src, { only, path: p })
    if (out1 !== src) changed++
    const out2 = await fix(out1, { only, path: p })
    if (out2 !== out1) { unstable++; const rest = (await lint(out1, { only, path: p })).filter((m) => fixOf(m)); console.log('UNSTABLE', p, summary(rest).slice(0, 5)) }
    if (shape(src) !== shape(out1)) { shapeDiff++; console.log('SHAPE', p, '\n', shape(src), '\n', shape(out1)) }
  }
  console.log({ changed, unstable, shapeDiff })
}, 600000)
