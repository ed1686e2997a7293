/**
 * Embedded frames: only from the video and slide hosts the site uses (its front
 * matter `video`/`slides` and raw `<iframe>`s point to tube.numerique.gouv.fr,
 * tube.ac-lyon.fr and speakerdeck.com), over https, always with a title (WCAG
 * 4.1.2) and a fixed sandbox. Any other frame is removed with a warning. The
 * front matter's `video` and `slides` become DSFR responsive media.
 */
import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { FrontMatterData } from '@offre/model'
import { report, shorten } from './messages.js'

export const DEFAULT_IFRAME_HOSTS: readonly string[] = ['tube.numerique.gouv.fr', 'tube.ac-lyon.fr', 'speakerdeck.com']

/** What embedded players need (their scripts, fullscreen), and no top-level navigation. */
const SANDBOX = 'allow-same-origin allow-scripts allow-popups allow-forms'

export function isAllowedFrameSource(src: string, hosts: readonly string[]): boolean {
  try {
    const url = new URL(src)
    return url.protocol === 'https:' && url.username === '' && url.password === '' && hosts.includes(url.hostname.toLowerCase())
  } catch {
    return false
  }
}

/** Applies the frame policy to sanitized content. */
export function checkFrames(tree: Root, file: VFile, hosts: readonly string[]): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'iframe' || parent === undefined || index === undefined) return undefined
    const src = typeof node.properties.src === 'string' ? node.properties.src : ''
    if (!isAllowedFrameSource(src, hosts)) {
      report(file, 'blocked-iframe', { params: { src: shorten(src || '(vide)'), hosts: hosts.join(', ') }, actual: src })
      parent.children.splice(index, 1)
      return index
    }
    const title = typeof node.properties.title === 'string' ? node.properties.title.trim() : ''
    if (title === '') report(file, 'missing-iframe-title', { params: { src: shorten(src) } })
    node.properties = {
      ...node.properties,
      title: title || `Contenu intégré depuis ${new URL(src).hostname}`,
      sandbox: SANDBOX.split(' '),
      allowFullScreen: true,
      loading: 'lazy',
    }
    // Fallback text inside a frame is never shown by browsers that render frames.
    node.children = []
    return undefined
  })
}

/**
 * The front matter's video and slides as DSFR media, each in its own figure, as the
 * site's BlueHats layouts write them: the frame in `fr-content-media__img`, captioned by
 * the video's title and, for slides, « Support de présentation ».
 */
export function frontMatterMedia(data: Partial<FrontMatterData>, file: VFile, hosts: readonly string[], pageTitle: string): Element[] {
  const media: Element[] = []
  for (const key of ['video', 'slides'] as const) {
    const entry = data[key]
    if (entry === undefined) continue
    if (!isAllowedFrameSource(entry.src, hosts)) {
      report(file, 'blocked-media', { params: { key, src: shorten(entry.src), hosts: hosts.join(', ') }, actual: entry.src })
      continue
    }
    const title = entry.title?.trim() || `${key === 'video' ? 'Vidéo' : 'Présentation'} : ${pageTitle}`
    const frame = h('iframe.fr-responsive-vid', { src: entry.src, title, sandbox: SANDBOX, allowFullScreen: true, loading: 'lazy' })
    const caption = key === 'video' ? (entry.title?.trim() ?? '') : 'Support de présentation'
    media.push(h('figure.fr-content-media', { role: 'group', ariaLabel: title }, [
      h('div.fr-content-media__img', [frame]),
      ...(caption ? [h('figcaption.fr-content-media__caption', caption)] : []),
    ]))
  }
  return media
}
