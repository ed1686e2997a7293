/** The CLI's version, read once from its package.json (also part of the cache key). */
import { createRequire } from 'node:module'

let cached: string | undefined

export function version(): string {
  cached ??= (createRequire(import.meta.url)('../package.json') as { version: string }).version
  return cached
}
