/**
 * The CLI's version, from its package.json (also part of the cache key). Imported by
 * the package's own name, so that the bundle of the executable carries it inline and
 * the unbundled modules find it from `dist/` and `src/` alike.
 */
import packageJson from '@offre/cli/package.json' with { type: 'json' }

export function version(): string {
  return packageJson.version
}
