/**
 * The images a page asks the site to publish, and whether they exist: each
 * `{% imageContent "./x.png", … %}` of its text, and its front matter `image.path`
 * (the post layout's image, the listings' cards). The site resolves them beside the
 * page; one that is not there breaks the site's build, here it is a finding at its
 * place, when the files of the content folder are known (`contentFiles`).
 */
import { imageContentOf, scanShortcodes, walk } from '@offre/model'
import type { Root } from 'mdast'
import { code } from '../report.js'
import type { LinkContext } from './link-context.js'
import { resolveBeside } from './files.js'
import { closest } from './suggest.js'

export interface ImageFinding {
  fr: string
  en: string
  /** Source offsets of the image's path as written. */
  range: [number, number]
  expected: string[]
}

export function checkImages(tree: Root, source: string, imagePath: unknown, context: LinkContext): ImageFinding[] {
  const files = context.contentFiles
  const page = context.contentPath
  if (files === undefined || page === undefined) return []
  const findings: ImageFinding[] = []
  const check = (src: string, start: number): void => {
    const resolved = resolveBeside(page, src)
    if (resolved !== null && files.has(resolved)) return
    findings.push(missing(src, resolved, [start, start + src.length], page, files))
  }
  // Most pages have no image: no walk.
  if (source.includes('imageContent')) walk(tree, (node) => {
    if (node.type !== 'text' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return
    const from = node.position.start.offset
    const raw = source.slice(from, node.position.end.offset)
    if (!raw.includes('imageContent')) return
    for (const span of scanShortcodes(raw)) {
      const call = imageContentOf(span.text)
      if (call === null) continue
      // The path as written, inside its quotes: the first occurrence after the tag's name.
      const at = span.text.indexOf(call.src, span.text.indexOf('imageContent'))
      check(call.src, from + span.index + Math.max(at, 0))
    }
  })
  if (typeof imagePath === 'string' && imagePath.trim() !== '') {
    const head = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---/.exec(source)?.[0] ?? ''
    const at = head.search(new RegExp(`\\bpath:\\s*["']?${imagePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    const start = at === -1 ? 0 : head.indexOf(imagePath, at)
    check(imagePath, start)
  }
  return findings
}

function missing(src: string, resolved: string | null, range: [number, number], page: string, files: ReadonlySet<string>): ImageFinding {
  const folder = page.includes('/') ? page.slice(0, page.lastIndexOf('/') + 1) : ''
  const siblings = [...files].filter((file) => file.startsWith(folder) && !file.slice(folder.length).includes('/') && /\.(?:png|jpe?g|gif|webp|avif|svg|tiff?)$/i.test(file))
  const name = (resolved ?? src).slice((resolved ?? src).lastIndexOf('/') + 1)
  const guesses = closest(name, siblings.map((file) => file.slice(folder.length)), 2).map((file) => `./${file}`)
  const where = resolved === null ? 'attendu un chemin relatif à la page, dans le dossier de contenu' : `aucun fichier ${code(resolved)}`
  return {
    fr: `${code(src)} : image introuvable, ${where} ; ${guesses.length > 0 ? `vouliez-vous dire ${guesses.map(code).join(' ou ')} ?` : 'ajouter l’image à côté de la page ou corriger le chemin'}`,
    en: `Unexpected missing image ${code(src)}: ${resolved === null ? 'expected a path relative to the page, inside the content folder' : `no file ${code(resolved)}`}${guesses.length > 0 ? `, did you mean ${guesses.map(code).join(' or ')}?` : ''}`,
    range,
    expected: guesses,
  }
}
