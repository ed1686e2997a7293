/**
 * The path of a request, decoded once and checked: a URL path the preview may
 * serve, or null (then 404). Refused, however they are written (`..`, `%2e%2e`,
 * `%2e%2e%2f`, `..%5c`, double encoding, NUL, control characters, absolute-form
 * or protocol-relative targets, empty segments): dot segments and every segment
 * that starts with a dot (dot files too), backslashes, `%` left after decoding,
 * `:` (drive letters). What is left is a plain `/a/b/c` path whose segments are
 * file names, to be looked up, never resolved against the file system as given.
 */
export function requestPath(target: string | undefined): string | null {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return null
  const raw = target.replace(/[?#].*$/s, '')
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  // Still encoded after one decoding: double encoding, never a name of ours.
  if (/%[0-9a-f]{2}/i.test(decoded)) return null
  if (/[\\\u0000-\u001f\u007f:]/.test(decoded)) return null
  const segments = decoded.split('/').slice(1)
  for (const [index, segment] of segments.entries()) {
    if (segment === '' && index !== segments.length - 1) return null
    if (segment.startsWith('.')) return null
  }
  return decoded
}

/** The segments of a checked path (`/a/b/` → `['a', 'b']`). */
export function segmentsOf(checked: string): string[] {
  return checked.split('/').filter((segment) => segment !== '')
}
