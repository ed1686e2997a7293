import { readFileSync } from 'node:fs'
import { seedPath, sitePages } from '@offre/fixtures'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { fix, lint, summary, docExamples } from '../testing.js'

const only = ['offre-no-presentational-html']
const example = docExamples('offre-no-presentational-html')
const strict = { only, rules: { 'offre-no-presentational-html': { allowInlineBreaks: false } } }

/** The block structure of a page, spacer HTML left out: what a fix must not change. */
function blocks(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(markdown)
  return tree.children.filter((node) => node.type !== 'html').map((node) => node.type)
}

describe('offre-no-presentational-html: the docs examples', () => {
  it('reports what the failing example says, and fixes it as shown', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
    const fixed = await fix(example('md fail'), { only })
    expect(fixed).toBe(example('md fixed'))
    expect(summary(await lint(fixed, { only }))).toEqual(['7:4-7:30 offre-no-presentational-html style="text-align: center"'])
  })

  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})

describe('offre-no-presentational-html: <br/> between blocks', () => {
  it('flags a spacer <br>, <br/> or <br />, suggesting a blank line', async () => {
    const messages = await lint('Un.\n\n<br>\n\nDeux.\n\n<br/>\n\nTrois.\n\n<br />\n\nQuatre.\n', { only })
    // The place is what the fix removes: the block and the blank line after it (the same text as the blank line before it).
    expect(summary(messages)).toEqual(['3:1-5:1 offre-no-presentational-html <br>', '7:1-9:1 offre-no-presentational-html <br/>', '11:1-13:1 offre-no-presentational-html <br />'])
    expect(messages.map((m) => [m.actual, m.expected])).toEqual([['<br>\n\n', ['']], ['<br/>\n\n', ['']], ['<br />\n\n', ['']]])
    expect(messages[1]?.reason).toBe('`<br/>` seul entre deux blocs pour espacer : supprimer, une ligne vide sépare déjà les blocs')
  })

  it('removes the line and one blank line, leaving exactly one, and a second fix changes nothing', async () => {
    const cases: Array<[string, string]> = [
      ['Un.\n\n<br/>\n\n## Deux\n', 'Un.\n\n## Deux\n'],
      ['## Un\n<br/>\n\nDeux.\n', '## Un\n\nDeux.\n'],
      ['<br/>\n\nUn.\n', 'Un.\n'],
      ['Un.\n\n<br/>\n', 'Un.\n'],
      ['Un.\n\n<br/>', 'Un.'],
      ['Un.\n\n<br/>\n\n<br/>\n\n<br/>\n\nDeux.\n', 'Un.\n\nDeux.\n'],
      ['---\ntitle: x\n---\n<br/>\n\nUn.\n', '---\ntitle: x\n---\n\nUn.\n'],
      ['| a |\n| - |\n| 1 |\n\n<br/>\n\nDeux.\n', '| a |\n| - |\n| 1 |\n\nDeux.\n'],
    ]
    for (const [input, output] of cases) {
      const once = await fix(input, { only })
      expect(once).toBe(output)
      expect(await fix(once, { only })).toBe(once)
      expect(await lint(once, { only })).toEqual([])
      expect(blocks(once)).toEqual(blocks(input))
    }
  })

  it('reports <br/> lines under an image inside an HTML block, fixing all but the first line', async () => {
    const markdown = 'Un.\n\n<br/>\n<img alt="Logo" src="logo.png" />\n<br/>\n<br/>\n\nDeux.\n'
    // The lines a fix removes are the place, their removal `expected`; the first line, with no fix, has no `expected`.
    const messages = await lint(markdown, { only })
    expect(messages.map((m) => [m.actual, m.expected])).toEqual([['<br/>', undefined], ['<br/>\n', ['']], ['<br/>\n', ['']]])
    expect(summary(messages)).toEqual(['3:1-3:6 offre-no-presentational-html <br/>', '5:1-6:1 offre-no-presentational-html <br/>', '6:1-7:1 offre-no-presentational-html <br/>'])
    const fixed = await fix(markdown, { only })
    expect(fixed).toBe('Un.\n\n<br/>\n<img alt="Logo" src="logo.png" />\n\nDeux.\n')
    expect(await fix(fixed, { only })).toBe(fixed)
  })

  it('reports a spacer inside a quote without touching the quote', async () => {
    const messages = await lint('> Un.\n>\n> <br/>\n>\n> Deux.\n', { only })
    expect(summary(messages)).toEqual(['3:3-3:8 offre-no-presentational-html <br/>'])
    expect(messages[0] && 'fix' in messages[0]).toBe(false)
  })
})

describe('offre-no-presentational-html: <br> inside paragraphs', () => {
  it('allows a line break inside a paragraph or a cell by default', async () => {
    expect(await lint('Un<br>deux.\n\n| a<br/>b | c |\n| - | - |\n', { only })).toEqual([])
  })

  it('turns <br><br> on its own line into a blank line', async () => {
    const markdown = ':::callout\nUn.\n<br><br>\nDeux.\n:::\n'
    expect(summary(await lint(markdown, { only }))).toEqual(['3:1-3:9 offre-no-presentational-html <br><br>'])
    expect(await fix(markdown, { only })).toBe(':::callout\nUn.\n\nDeux.\n:::\n')
  })

  it('removes a <br> ending a paragraph, and reports one opening it', async () => {
    expect(await fix('Un.\n<br/>\n\nDeux <br>\n', { only })).toBe('Un.\n\nDeux\n')
    const [message] = await lint('<br>Un.\n', { only })
    expect(message?.reason).toBe('`<br>` en début de paragraphe : supprimer, l’espacement vient des styles DSFR')
  })

  it('with allowInlineBreaks: false, reports every break and writes a backslash break', async () => {
    expect(summary(await lint('Un<br>\ndeux.\n\n| a<br/>b |\n| - |\n', strict))).toEqual(['1:3-1:7 offre-no-presentational-html <br>', '4:4-4:9 offre-no-presentational-html <br/>'])
    expect(await fix('Un<br>\ndeux.\n', strict)).toBe('Un\\\ndeux.\n')
  })

  it('refuses a bad option at start-up', async () => {
    await expect(lint('x\n', { only, rules: { 'offre-no-presentational-html': { allowInlineBreaks: 'yes' } } })).rejects.toThrow('Invalid option `allowInlineBreaks` of `offre-no-presentational-html`: expected `true` or `false`, received `"yes"`')
  })
})

describe('offre-no-presentational-html: tags, attributes and spaces', () => {
  it('turns <b> and <i> into markdown in a paragraph, and into <strong>, <em> in HTML', async () => {
    expect(await fix('Un <b>mot</b> et <i>deux mots</i>, <b> espacé </b>.\n', { only })).toBe('Un **mot** et *deux mots*, <strong> espacé </strong>.\n')
    expect(await fix('<b>Attention !</b> Lire.\n', { only })).toBe('<strong>Attention !</strong> Lire.\n')
    expect(await fix('<table><tr><td><i>Pause</i></td></tr></table>\n', { only })).toBe('<table><tr><td><em>Pause</em></td></tr></table>\n')
  })

  it('reports <u>, <center>, <font> and style= with the markdown or DSFR way, without a fix', async () => {
    const messages = await lint('Un <u>mot</u>.\n\n<center>\n<img src="a.png" style="width: 50%" />\n</center>\n\n<font color="red">x</font>\n', { only })
    expect(messages.map((m) => m.actual)).toEqual(['<u>', '<center>', 'style="width: 50%"', '<font color="red">'])
    expect(messages[0]?.reason).toBe('`<u>` : le soulignement se confond avec un lien, écrire `*texte*` ou `**texte**`')
    expect(messages.some((m) => 'fix' in m)).toBe(false)
  })

  it('collapses &nbsp; runs and removes empty spacer paragraphs', async () => {
    expect(await fix('Nom&nbsp;&nbsp;&nbsp;Prénom et 10&nbsp;000.\n\n<p>&nbsp;</p>\n\n&nbsp;\n\nFin.\n', { only })).toBe('Nom Prénom et 10&nbsp;000.\n\nFin.\n')
  })

  it('leaves comments, icons, raw-text blocks and code alone', async () => {
    const markdown = '<!-- <center>x</center> -->\n\n<i class="fr-icon-info-line"></i> Info.\n\n<pre>\n<b>gras</b>\n<br/>\n</pre>\n\n`<br/>`\n\n```html\n<center style="x">\n```\n'
    expect(await lint(markdown, { only })).toEqual([])
  })

  it('says it in English on request', async () => {
    const [message] = await lint('Un.\n\n<br/>\n\nDeux.\n', { only, settings: { locale: 'en' } })
    expect(message?.reason).toBe('Unexpected `<br/>` as spacing between blocks, expected a blank line only')
  })
})

describe('offre-no-presentational-html: real pages', () => {
  it('finds the six spacer <br/> of the seed page, and --fix removes them for good', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    expect(summary(await lint(seed, { only }))).toEqual([30, 67, 79, 85, 91, 97].map((line) => `${line}:1-${line + 2}:1 offre-no-presentational-html <br/>`))
    const fixed = await fix(seed, { only })
    expect(fixed).not.toContain('<br/>')
    expect(fixed).not.toMatch(/\n\n\n/)
    expect(await fix(fixed, { only })).toBe(fixed)
    expect(blocks(fixed)).toEqual(blocks(seed))
  })

  it('lints the 211 pages of code.gouv.fr without crashing, and its fixes are stable', async () => {
    const counts: Record<string, number> = {}
    let unstable = 0
    for (const path of sitePages()) {
      const markdown = readFileSync(path, 'utf8')
      for (const message of await lint(markdown, { only })) {
        // What the message names first: the tag, the attribute, the `<br>` run.
        const kind = /`([^`]*)`/.exec(message.reason)?.[1] ?? ''
        counts[kind] = (counts[kind] ?? 0) + 1
      }
      const once = await fix(markdown, { only })
      if ((await fix(once, { only })) !== once) unstable += 1
    }
    expect(unstable).toBe(0)
    // Reviewed: spacer `<br/>` blocks and lines, `<center>` around images, `style=` on embeds, one `<i>` in an HTML table.
    expect(counts).toEqual({ '<br/>': 121, '<br/>⏎<br/>': 1, '<br>': 4, '<br><br>': 1, '<center>': 4, '<i>': 1, style: 4 })
  })
})
