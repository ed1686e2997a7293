#!/usr/bin/env node
// The `offre` executable, committed as it is (not built) so that npm links it at
// install time: `npx offre` works right after `npm ci`. It runs the esbuild bundle
// that `npm run build` makes (`dist/bundle/offre.js`, see scripts/bundle.mjs); before
// the build it says, in one line, which command to run.
import { existsSync, readFileSync } from 'node:fs'

const bundle = new URL('../dist/bundle/offre.js', import.meta.url)
const args = process.argv.slice(2)

if (existsSync(bundle)) {
  await import(bundle.href)
} else if (args[0] === '--version' || args[0] === '-v') {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`)
} else {
  process.stderr.write('offre : la commande n’est pas encore construite : lancez `npm run build` (ou `npm start`) à la racine du dépôt, puis relancez-la\n')
  process.exitCode = 2
}
