/**
 * Writes `schemas.json` (the configuration's JSON Schema and each rule's option
 * schema) from the TypeBox definitions of `src/config/schema-source.ts`. Run with
 * `npm run generate -w remark-lint-offre`; `src/config/schemas.test.ts` fails when
 * the committed file drifts from the definitions.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildSchemas } from '../src/config/schema-source.js'

writeFileSync(fileURLToPath(new URL('../schemas.json', import.meta.url)), `${JSON.stringify(buildSchemas(), null, 2)}\n`)
console.log('wrote schemas.json')
