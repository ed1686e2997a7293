import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'
import { validateOffer } from '@offre/model'
import { describe, expect, it } from 'vitest'
import { buildPages } from './artifacts.js'
import { DSFR_CSS, cssReferences, dsfrFiles } from './assets.js'
import { DSFR_ICONS_SOURCE, iconClassesOf, iconSubset } from './icons.js'
import { buildManifest, canonicalJson, sha256 } from './manifest.js'

const seed = readFileSync(seedPath)
const page = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\nTexte.\n`

describe('buildPages', () => {
  const site = buildPages([
    { path: 'fr/mission/offre-de-services.md', value: seed },
    { path: 'fr/b.md', value: page('B', 'permalink: /fr/mission/offre-de-services/\n') },
    { path: 'fr/nav.md', value: '---\npermalink: false\n---\n' },
    { path: 'fr/broken.md', value: '---\ntitle: [\n---\n' },
    { path: 'fr/evil.md', value: page('E', 'permalink: /fr/../../etc/\n') },
    { path: 'fr/a/index.md', value: page('A') },
  ])
  const outcome = (source: string) => site.pages.find((p) => p.source === source)

  it('publishes each page at its URL as index.html and index.json, sorted', () => {
    expect([...site.files.keys()]).toEqual(['fr/a/index.html', 'fr/a/index.json', 'fr/mission/offre-de-services/index.html', 'fr/mission/offre-de-services/index.json'])
    expect(validateOffer(JSON.parse(site.files.get('fr/mission/offre-de-services/index.json') ?? ''))).toEqual([])
    expect(outcome('fr/a/index.md')).toMatchObject({ status: 'published', url: '/fr/a/' })
  })

  it('keeps a URL for the first page claiming it, in path order, and fails the other', () => {
    // `fr/b.md` sorts before `fr/mission/…`: it keeps the URL.
    expect(outcome('fr/b.md')?.status).toBe('published')
    expect(outcome('fr/mission/offre-de-services.md')?.status).toBe('failed')
    expect(outcome('fr/mission/offre-de-services.md')?.file.messages.map((m) => m.reason)).toEqual([
      'Adresse `/fr/mission/offre-de-services/` déjà produite par `fr/b.md` : changez `permalink` ou le nom du fichier',
    ])
  })

  it('skips unpublished pages, and fails pages with errors or an unsafe URL', () => {
    expect(outcome('fr/nav.md')).toMatchObject({ status: 'unpublished', url: null, outputs: [] })
    expect(outcome('fr/broken.md')?.status).toBe('failed')
    expect(outcome('fr/evil.md')?.status).toBe('failed')
    expect(outcome('fr/evil.md')?.file.messages[0]?.ruleId).toBe('invalid-url')
  })

  it('fails alone a page nested deeper than the stack allows', () => {
    const deep = buildPages([{ path: 'deep.md', value: `${page('D')}${'<div>'.repeat(100_000)}x\n` }, { path: 'ok.md', value: page('OK') }])
    expect(deep.pages.map((p) => [p.source, p.status, p.file.messages[0]?.ruleId])).toEqual([['deep.md', 'failed', 'internal-error'], ['ok.md', 'published', undefined]])
  })

  it('gives the same files for the same pages in any order', () => {
    const a = buildPages([{ path: 'x.md', value: page('X') }, { path: 'y.md', value: seed }])
    const b = buildPages([{ path: 'y.md', value: seed }, { path: 'x.md', value: page('X') }])
    expect([...a.files]).toEqual([...b.files])
  })
})

describe('manifest', () => {
  it('lists every file with size and sha256, sorted keys, no clock', () => {
    const bytes = new TextEncoder().encode('abc')
    const manifest = buildManifest({ files: [{ path: 'z.txt', bytes }, { path: 'a.txt', bytes }], pages: [{ url: '/x/', source: 'x.md' }], modelVersion: '1.0.0', sourceCommit: null })
    expect(manifest).toBe(canonicalJson(JSON.parse(manifest)))
    expect(Object.keys(JSON.parse(manifest))).toEqual(['files', 'modelVersion', 'pages', 'sourceCommit'])
    expect(JSON.parse(manifest).files['a.txt']).toEqual({ sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', size: 3 })
    expect(sha256(bytes)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})

describe('DSFR assets', () => {
  const dist = path.dirname(createRequire(import.meta.url).resolve(`@gouvfr/dsfr/dist/${DSFR_CSS}`))
  const read = (file: string) => readFileSync(path.join(dist, file), 'utf8')

  it('resolves url()s against the stylesheet and ignores data: URLs and climbs out', () => {
    expect(cssReferences('a{b:url(icons/x.svg)}c{d:url("data:image/svg+xml,<svg/>")}e{f:url(\'../../g.woff2?v=1\')}', 'utility/icons')).toEqual(['g.woff2', 'utility/icons/icons/x.svg'])
    expect(cssReferences('a{b:url(../../../out.svg)}', 'x')).toEqual([])
  })

  it('copies the scripts, favicons, and every font and icon the installed CSS points to, all present', () => {
    const files = dsfrFiles(read(DSFR_CSS))
    expect(files).toContain('dsfr.module.min.js')
    expect(files).toContain('fonts/Marianne-Regular.woff2')
    expect(files).toContain('icons/system/arrow-right-line.svg')
    expect(files.filter((file) => !existsSync(path.join(dist, file)))).toEqual([])
  })

  it('keeps only the icon rules the pages use, with their SVGs', () => {
    const used = iconClassesOf('<a class="fr-link fr-fi-arrow-right-line"></a><span class="x fr-icon-mail-line">')
    expect(used).toEqual(['fr-fi-arrow-right-line', 'fr-icon-mail-line'])
    const subset = iconSubset(read(DSFR_ICONS_SOURCE), used)
    expect(subset.files).toEqual(['icons/business/mail-line.svg', 'icons/system/arrow-right-line.svg'])
    expect(subset.css).toContain('.fr-fi-arrow-right-line:after,.fr-fi-arrow-right-line:before{-webkit-mask-image:url(icons/system/arrow-right-line.svg)')
    expect(subset.css).not.toContain('fr-icon-bank-line')
    expect(subset.css.length).toBeLessThan(2000)
    expect(iconSubset(read(DSFR_ICONS_SOURCE), []).css).toBe('')
  })
})
