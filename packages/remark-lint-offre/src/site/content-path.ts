/**
 * The path of the file being linted relative to the content root
 * (`fr/mission/offre-de-services.md`), which selects its section profile and gives
 * its URL. From the `contentPath` setting (the CLI sets it), else from the file's
 * path relative to the `contentRoot` setting, else from the file's path after its
 * last `content/` folder, else the file's path as given. String work only, no I/O.
 */
import type { VFile } from 'vfile'
import { settingsOf } from '../settings.js'

export function contentPathOf(file: VFile): string | undefined {
  const settings = settingsOf(file)
  if (settings.contentPath !== undefined) return clean(settings.contentPath)
  if (file.path === undefined || file.path === '') return undefined
  const path = absolute(file.path, file.cwd)
  if (settings.contentRoot !== undefined) {
    const root = absolute(settings.contentRoot, file.cwd).replace(/\/+$/, '')
    if (path.startsWith(`${root}/`)) return path.slice(root.length + 1)
  }
  // The folder is looked for in the path as given, not in the working directory's.
  const given = clean(file.path)
  const inContent = /(?:^|\/)content\/(?!.*\/content\/)(.*)$/.exec(given)
  return inContent?.[1] ? inContent[1] : given
}

function clean(path: string): string {
  return resolveDots(path.replace(/\\/g, '/')).replace(/^\/+/, '')
}

function absolute(path: string, cwd: string): string {
  const posix = path.replace(/\\/g, '/')
  const isAbsolute = posix.startsWith('/') || /^[a-z]:\//i.test(posix)
  return resolveDots(isAbsolute ? posix : `${cwd.replace(/\\/g, '/')}/${posix}`)
}

/** `a/./b/../c` → `a/c`. */
function resolveDots(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '.' || (part === '' && out.length > 0)) continue
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop()
    else out.push(part)
  }
  return out.join('/')
}
