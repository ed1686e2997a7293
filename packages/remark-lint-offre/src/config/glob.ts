/**
 * Content-path globs (`fr/mission/**`), the small subset the configuration needs:
 * `**` any number of folders, `*` any characters within a name, `?` one character.
 * Written here rather than taken from micromatch: twenty lines against a dependency,
 * and the same semantics in the linter, the config check and the docs.
 */

const cache = new Map<string, RegExp>()

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob)
  if (cached) return cached
  let source = ''
  const text = glob.replace(/^\.?\/+/, '')
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    if (char === '*' && text[index + 1] === '*') {
      const slash = text[index + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      index += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const pattern = new RegExp(`^${source}$`)
  cache.set(glob, pattern)
  return pattern
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path.replace(/\\/g, '/').replace(/^\.?\/+/, ''))
}
