import { describe, expect, it } from 'vitest'
import { lint, summary } from '../testing.js'
import { resolveBeside } from './files.js'

const only = ['offre-links']
const page = 'fr/blog/billet.md'

describe('resolveBeside', () => {
  it('resolves a path relative to the page, inside the content folder only', () => {
    expect(resolveBeside('fr/blog/x/index.md', './a.png')).toBe('fr/blog/x/a.png')
    expect(resolveBeside('fr/blog/x/index.md', '../img/a.png')).toBe('fr/blog/img/a.png')
    expect(resolveBeside('fr/a.md', '../../public/img/a.png')).toBe('../public/img/a.png')
    expect(resolveBeside('fr/a.md', '..')).toBeNull()
    expect(resolveBeside('fr/a.md', '/img/a.png')).toBeNull()
    expect(resolveBeside('fr/a.md', 'https://example.org/a.png')).toBeNull()
  })
})

describe('offre-links and the site’s files', () => {
  const settings = { sitePages: ['/fr/', '/fr/blog/billet/'], siteFiles: ['/docs/convention.pdf', '/img/logo.png'], contentFiles: ['fr/blog/capture.png', 'fr/blog/photo.jpg'] }

  it('reports a link to a file the static folder does not have, with the closest one', async () => {
    const markdown = '---\ntitle: Billet\n---\n\nLire [la convention](/docs/convention.pdf), [l’autre convention](/docs/conventon.pdf) et [le logo](/img/logo.png).\n'
    const messages = await lint(markdown, { only, path: page, settings })
    expect(summary(messages)).toEqual(['5:66-5:85 offre-links /docs/conventon.pdf'])
    expect(messages[0]?.reason).toBe('`/docs/conventon.pdf` : lien mort, aucun fichier publié à l’adresse `/docs/conventon.pdf` (dossier statique du site) ; vouliez-vous dire `/docs/convention.pdf` ?')
    expect(messages[0]?.expected).toEqual(['/docs/convention.pdf'])
  })

  it('does not check links to files when the site’s files are unknown', async () => {
    const markdown = '---\ntitle: Billet\n---\n\n[x](/docs/rien.pdf)\n'
    expect(await lint(markdown, { only, path: page, settings: { sitePages: settings.sitePages } })).toEqual([])
  })

  it('reports an imageContent image or a front matter image that is not beside the page, at its path', async () => {
    const markdown = '---\ntitle: Billet\nimage:\n  path: ./absente.jpg\n  alt: Une photo\n---\n\n{% imageContent "./capture.png", "Capture" %}\n\n{% imageContent "./captur.png", "Capture" %}\n'
    const messages = await lint(markdown, { only, path: page, settings })
    expect(summary(messages)).toEqual(['4:9-4:22 offre-links ./absente.jpg', '10:18-10:30 offre-links ./captur.png'])
    expect(messages[1]?.reason).toBe('`./captur.png` : image introuvable, aucun fichier `fr/blog/captur.png` ; vouliez-vous dire `./capture.png` ?')
    expect(messages[1]?.expected).toEqual(['./capture.png'])
  })

  it('reports a static image that raw HTML or a quote shows by its URL and the static folder does not have', async () => {
    const markdown = '---\ntitle: Billet\n---\n\n<img src="/img/logo.png" alt="Logo">\n\n<img alt="x" src="/img/logos.png">\n\n:::quote /img/portrait.jpg\nTexte.\n:::\n'
    const messages = await lint(markdown, { only, path: page, settings })
    expect(summary(messages)).toEqual(['7:19-7:33 offre-links /img/logos.png', '9:10-9:27 offre-links /img/portrait.jpg'])
    expect(messages[0]?.reason).toBe('`/img/logos.png` : image introuvable, aucun fichier publié à l’adresse `/img/logos.png` (dossier statique du site) ; vouliez-vous dire `/img/logo.png` ?')
  })
})
