/**
 * The published JSON Schema at run time: the committed `schema.json`, generated from
 * `schema.ts` by `scripts/generate.ts`. Reading it keeps the schema builder (TypeBox,
 * which takes ~200 ms to import) out of the run-time path of every tool.
 */
import { createRequire } from 'node:module'

let cached: Record<string, unknown> | undefined

/** The published JSON Schema document: the offer, with its parts under `$defs`. */
export function offerJsonSchema(): Record<string, unknown> {
  cached ??= createRequire(import.meta.url)('../schema.json') as Record<string, unknown>
  return cached
}

/** The front matter keys the site understands. */
export function knownFrontMatterKeys(): readonly string[] {
  const defs = offerJsonSchema().$defs as Record<string, { properties?: Record<string, unknown> }>
  return Object.keys(defs.FrontMatterData?.properties ?? {})
}
