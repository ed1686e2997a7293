/**
 * Writes the derived artifacts of `src/schema.ts`: the published `schema.json` and
 * the precompiled ajv validators (`src/generated/validators.js`), so that no schema
 * is compiled at run time. Run with `npm run generate -w @offre/model`; the test
 * `src/schema.test.ts` fails when the committed files drift from the code.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderSchemaJson, renderValidators } from '../src/generate.js'

const root = new URL('../', import.meta.url)
writeFileSync(fileURLToPath(new URL('schema.json', root)), renderSchemaJson())
writeFileSync(fileURLToPath(new URL('src/generated/validators.js', root)), renderValidators())
// code.gouv.fr's content declares this schema for its front matter (`frontMatter.schema` of content/offre.config.yml).
writeFileSync(fileURLToPath(new URL('../../content/front-matter.schema.json', root)), renderSchemaJson())
console.log('wrote schema.json, src/generated/validators.js and content/front-matter.schema.json')
