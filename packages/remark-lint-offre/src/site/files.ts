/**
 * The files the site publishes besides its pages, as the link checker and the
 * build both see them: the static folder (`public/`, published as it is at the
 * site's root: `public/docs/x.pdf` → `/docs/x.pdf`), and the images beside the
 * pages that `{% imageContent "./x.png", … %}` names (published under `/img/`,
 * renamed; a page's other files are not published, as on the site). Pure path
 * arithmetic here; `listStaticFiles` is the one function that reads a folder.
 */
import { readdirSync, type Dirent } from 'node:fs'
import path from 'node:path'

/**
 * The path, relative to the content root, of the file a page names relatively
 * (`./capture.png` from `fr/blog/x/index.md` → `fr/blog/x/capture.png`; above the
 * root, `../public/img/logo.png`, as the site resolves it on its disk), or null when
 * it is not a relative path (a URL, `/img/…`).
 */
export function resolveBeside(pagePath: string, src: string): string | null {
  const trimmed = src.trim()
  if (trimmed === '' || /^(?:[a-z][a-z\d+.-]*:|\/|\\)/i.test(trimmed)) return null
  const parts = pagePath.split('/').slice(0, -1)
  for (const segment of trimmed.split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue
    if (segment === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else parts.push(segment)
  }
  return parts.length === 0 || parts[parts.length - 1] === '..' ? null : parts.join('/')
}

/**
 * The files below the static folder `dir`, as the URL paths they are published at
 * (`/docs/x.pdf`), sorted; hidden files and folders are skipped. Null when `dir`
 * is not a folder.
 */
export function listStaticFiles(dir: string): string[] | null {
  const files: string[] = []
  const walk = (folder: string, prefix: string, top: boolean): boolean => {
    let entries: Dirent[]
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch {
      return !top
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`, false)
      else if (entry.isFile()) files.push(`${prefix}${entry.name}`)
    }
    return true
  }
  if (!walk(dir, '/', true)) return null
  return files.sort()
}
