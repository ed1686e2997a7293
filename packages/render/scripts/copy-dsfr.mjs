// Copies, at build time, the files of the DSFR (@gouvfr/dsfr, a development
// dependency: it weighs over 100 MB installed) that a rendered site needs into
// `dsfr/`, shipped with this package: the CSS, the scripts, the favicons, the
// fonts, the icons and the icon stylesheet, with the DSFR's licence.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const target = path.join(here, '../dsfr')
const require = createRequire(import.meta.url)
const root = path.dirname(require.resolve('@gouvfr/dsfr/package.json'))
const dist = path.join(root, 'dist')
const { version } = require('@gouvfr/dsfr/package.json')

// The pictograms are those of the display settings dialog (light, dark, system).
const pictograms = ['artwork/pictograms/environment/sun.svg', 'artwork/pictograms/environment/moon.svg', 'artwork/pictograms/system/system.svg']
const entries = ['dsfr.min.css', 'dsfr.module.min.js', 'dsfr.nomodule.min.js', 'favicon', 'fonts', 'icons', 'utility/icons/icons.min.css', ...pictograms]
rmSync(target, { recursive: true, force: true })
mkdirSync(target, { recursive: true })
for (const entry of entries) cpSync(path.join(dist, entry), path.join(target, entry), { recursive: true })
cpSync(path.join(root, 'LICENSE.md'), path.join(target, 'LICENSE.md'))
writeFileSync(path.join(target, 'VERSION'), `${version}\n`)
console.log(`copied DSFR ${version} assets to dsfr/`)
