/**
 * The published JSON Schema at run time: the committed `schema.json`, generated from
 * `schema.ts` by `scripts/generate.ts`. Reading it keeps the schema builder (TypeBox,
 * which takes ~200 ms to import) out of the run-time path of every tool. Imported
 * by the package's own name, so that a bundler inlines it and Node finds it from
 * `dist/` and `src/` alike.
 */
import schema from '@offre/model/schema.json' with { type: 'json' }

/** The published JSON Schema document: the offer, with its parts under `$defs`. */
export function offerJsonSchema(): Record<string, unknown> {
  return schema as Record<string, unknown>
}

/** The front matter keys the site understands. */
export function knownFrontMatterKeys(): readonly string[] {
  const defs = offerJsonSchema().$defs as Record<string, { properties?: Record<string, unknown> }>
  return Object.keys(defs.FrontMatterData?.properties ?? {})
}
