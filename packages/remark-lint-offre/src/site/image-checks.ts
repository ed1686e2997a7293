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
import { normalizePath } from './paths.js'
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

/** `<img src="/img/x.png">` in raw HTML, `:::quote /img/x.jpg`: the site's paths of its static images. */
const RAW_SRC = /<img\b[^>]*?\ssrc\s*=\s*(["']?)([^"'\s>]+)\1/gi
const QUOTE_IMAGE = /^:::\s*quote[ \t]+(\S+)/

/**
 * The static folder's images a page shows by their URL (raw HTML `<img src>`, the portrait
 * of a `:::quote`): a finding when the site's files are known (`siteFiles`) and the folder
 * does not have the file.
 */
export function checkStaticImages(tree: Root, source: string, context: LinkContext): ImageFinding[] {
  const files = context.files
  if (files === undefined || (!source.includes('<img') && !source.includes(':::'))) return []
  const findings: ImageFinding[] = []
  const check = (src: string, start: number): void => {
    const target = /^https?:\/\/code\.gouv\.fr(?=\/)/i.test(src) ? src.replace(/^https?:\/\/code\.gouv\.fr/i, '') : src
    if (!target.startsWith('/') || target.startsWith('//')) return
    const path = normalizePath(target)
    if (files.has(path)) return
    const guesses = closest(path, [...files].filter((file) => file.startsWith(path.slice(0, path.lastIndexOf('/') + 1))), 2)
    findings.push({
      fr: `${code(src)} : image introuvable, aucun fichier publié à l’adresse ${code(path)} (dossier statique du site) ; ${guesses.length > 0 ? `vouliez-vous dire ${guesses.map(code).join(' ou ')} ?` : 'ajouter l’image au dossier statique ou corriger l’adresse'}`,
      en: `Unexpected missing image ${code(src)}: no file published at ${code(path)} (the site's static folder)${guesses.length > 0 ? `, did you mean ${guesses.map(code).join(' or ')}?` : ''}`,
      range: [start, start + src.length],
      expected: guesses,
    })
  }
  walk(tree, (node) => {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from === undefined || to === undefined) return
    if (node.type === 'html') {
      const raw = source.slice(from, to)
      for (const match of raw.matchAll(RAW_SRC)) check(match[2] as string, from + (match.index ?? 0) + match[0].length - (match[2] as string).length - (match[1] as string).length)
    } else if (node.type === 'paragraph') {
      const raw = source.slice(from, to)
      const quote = QUOTE_IMAGE.exec(raw)
      if (quote) check(quote[1] as string, from + raw.indexOf(quote[1] as string, 3))
    }
  })
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
