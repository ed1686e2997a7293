import { describe, expect, it } from 'vitest'
import { imageFigure, type ImagePlan, type ImagePlanner, type ImageRequest } from './images.js'
import { renderPage } from './artifacts.js'
import { all, attr, classes, renderMarkdown, text } from './testing.js'
import { toHtml } from 'hast-util-to-html'
import { parseOffer } from '@offre/model'
import { VFile } from 'vfile'
import { renderOffer } from './render.js'

const PNG: ImagePlan = {
  formats: [
    { format: 'avif', type: 'image/avif', outputs: [{ url: '/img/AbCdEf0123-640.avif', width: 640, height: 480 }] },
    { format: 'webp', type: 'image/webp', outputs: [{ url: '/img/AbCdEf0123-640.webp', width: 640, height: 480 }] },
    { format: 'png', type: 'image/png', outputs: [{ url: '/img/AbCdEf0123-640.png', width: 640, height: 480 }] },
  ],
}

function planner(plans: Record<string, ImagePlan>, asked: ImageRequest[] = []): ImagePlanner {
  return (request) => {
    asked.push(request)
    return plans[request.src] ?? null
  }
}

describe('imageFigure', () => {
  it('is the site’s figure: a picture with AVIF and WebP sources and the image’s own format as <img>', () => {
    const html = toHtml(imageFigure(PNG, { alt: 'Capture d’écran' }, '../../'))
    expect(html).toBe(
      '<figure class="fr-content-media" role="group" aria-label="Capture d’écran"><div class="fr-content-media__img"><picture>' +
        '<source type="image/avif" srcset="../../img/AbCdEf0123-640.avif 640w">' +
        '<source type="image/webp" srcset="../../img/AbCdEf0123-640.webp 640w">' +
        '<img class="fr-responsive-img fr-ratio-auto" alt="Capture d’écran" loading="lazy" decoding="async" src="../../img/AbCdEf0123-640.png" width="640" height="480">' +
        '</picture></div><figcaption class="fr-content-media__caption">Capture d’écran</figcaption></figure>',
    )
  })

  it('takes sizes and a class, and with several widths gives srcset of each and the largest size', () => {
    const plan: ImagePlan = {
      formats: [
        { format: 'webp', type: 'image/webp', outputs: [{ url: '/img/x-300.webp', width: 300, height: 150 }, { url: '/img/x-600.webp', width: 600, height: 300 }] },
        { format: 'jpeg', type: 'image/jpeg', outputs: [{ url: '/img/x-300.jpeg', width: 300, height: 150 }, { url: '/img/x-600.jpeg', width: 600, height: 300 }] },
      ],
    }
    const html = toHtml(imageFigure(plan, { alt: 'a', sizes: '50vw', className: 'fr-x' }, './'))
    expect(html).toContain('<source type="image/webp" srcset="./img/x-300.webp 300w, ./img/x-600.webp 600w" sizes="50vw">')
    expect(html).toContain('<source type="image/jpeg" srcset="./img/x-300.jpeg 300w, ./img/x-600.jpeg 600w" sizes="50vw">')
    expect(html).toContain('<img class="fr-responsive-img fr-ratio-auto fr-x" alt="a" loading="lazy" decoding="async" src="./img/x-300.jpeg" width="600" height="300">')
  })

  it('is a lone <img> for a single file', () => {
    const html = toHtml(imageFigure({ formats: [{ format: 'gif', type: 'image/gif', outputs: [{ url: '/img/g-10.gif', width: 10, height: 10 }] }] }, { alt: '' }, './'))
    expect(html).toContain('<div class="fr-content-media__img"><img class="fr-responsive-img fr-ratio-auto" alt="" loading="lazy" decoding="async" src="./img/g-10.gif" width="10" height="10"></div>')
  })
})

describe('imageContent in a page', () => {
  const page = '---\ntitle: Billet\n---\n\nAvant.\n\n{% imageContent "./a.png", "Texte alternatif", [640] %}\n\n{% imageContent "./absente.png", "Rien" %}\n'

  it('renders the figure the planner gives, at the page’s relative root, and asks with the widths and the page', () => {
    const asked: ImageRequest[] = []
    const parsed = parseOffer(new VFile({ path: 'fr/blog/billet.md', value: page }))
    const rendered = renderOffer(parsed, { url: '/fr/blog/billet/', images: planner({ './a.png': PNG }, asked) })
    expect(asked).toEqual([{ src: './a.png', page: 'fr/blog/billet.md', widths: [640] }, { src: './absente.png', page: 'fr/blog/billet.md', widths: undefined }])
    const figure = all(rendered.fragment, 'figure')[0]
    expect(figure && attr(figure, 'aria-label')).toBe('Texte alternatif')
    expect(all(rendered.fragment, 'img').map((img) => attr(img, 'src'))).toEqual(['../../../img/AbCdEf0123-640.png'])
    expect(all(rendered.fragment, 'source').map((source) => attr(source, 'type'))).toEqual(['image/avif', 'image/webp'])
    expect(all(rendered.fragment, 'figcaption').map((caption) => text(caption))).toEqual(['Texte alternatif'])
    // The missing one: a warning at its line and a visible alert, nothing of the template leaks.
    const missing = parsed.file.messages.filter((message) => message.ruleId === 'missing-image')
    expect(missing.map((message) => [message.line, message.actual])).toEqual([[9, './absente.png']])
    const alert = all(rendered.fragment).find((element) => classes(element).includes('fr-alert--warning'))
    expect(alert && text(alert)).toBe('Image introuvable\u00a0: ./absente.png')
    expect(rendered.html).not.toContain('{%')
  })

  it('without a planner stays a placeholder, as any shortcode', () => {
    const { page: rendered, parsed } = renderMarkdown(page, { url: '/fr/blog/billet/' })
    expect(all(rendered.fragment, 'figure')).toHaveLength(0)
    expect(parsed.file.messages.filter((message) => message.ruleId === 'unrendered-shortcode')).toHaveLength(2)
  })

  it('keeps an editor’s picture, srcset and look-alike placeholder out', () => {
    const hostile = '---\ntitle: x\n---\n\n<figure id="offre-image-0"><picture><source srcset="https://evil.example/x.png"><img src="x.png" srcset="https://evil.example/y.png"></picture></figure>\n'
    const { page: rendered } = renderMarkdown(hostile, { url: '/x/', images: planner({ './a.png': PNG }) })
    expect(rendered.fragment).not.toContain('evil.example')
    expect(all(rendered.fragment, 'source')).toHaveLength(0)
  })

  it('shows the post layout’s front matter image above the content', () => {
    const post = '---\ntitle: Billet\nimage:\n  path: ./a.png\n  alt: Une illustration\n---\n\nTexte.\n'
    const built = renderPage({ path: 'fr/blog/posts/billet.md', value: post }, { images: planner({ './a.png': PNG }), heroImage: ({ path }) => path.startsWith('fr/blog/posts/') })
    expect(built.html).toContain('aria-label="Une illustration"')
    const other = renderPage({ path: 'fr/page.md', value: post }, { images: planner({ './a.png': PNG }), heroImage: ({ path }) => path.startsWith('fr/blog/posts/') })
    expect(other.html).not.toContain('<figure')
    const missing = renderPage({ path: 'fr/blog/posts/billet.md', value: post }, { images: planner({}), heroImage: () => true })
    expect(missing.outcome.file.messages.filter((message) => message.ruleId === 'missing-image').map((message) => [message.line, message.actual])).toEqual([[1, './a.png']])
    expect(missing.outcome.status).toBe('published')
    const hidden = renderPage({ path: 'fr/blog/posts/b.md', value: post.replace('alt: Une illustration', 'alt: x\n  hide: true') }, { images: planner({ './a.png': PNG }), heroImage: () => true })
    expect(hidden.html).not.toContain('<figure')
  })
})
