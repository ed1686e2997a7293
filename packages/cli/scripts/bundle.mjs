/**
 * Bundles the `offre` executable (`dist/run.js`) and its worker threads
 * (`dist/lint/worker.js`, `dist/build/build-worker.js`) with esbuild, after `tsc -b`:
 * Node then loads a few files instead of ~335 modules, which was most of the time of
 * a one-page `offre lint`. The library entry points (`dist/index.js` and the other
 * packages) stay unbundled.
 *
 * Layout, in `dist/bundle/`: `offre.js` (loaded by `bin/offre.js`), the worker threads
 * `worker.js` (lint) and `build-worker.js` (build), and the chunks they share. The
 * runners start `new URL('./worker.js', import.meta.url)` and `./build-worker.js`:
 * from the bundle, the files of `dist/bundle/`; unbundled, those of `dist/lint/` and
 * `dist/build/`. `offre build` stays lazy: the renderer is in chunks of their own,
 * loaded by the dynamic import of `commands/build.js`; this script fails when the
 * renderer is reachable from `offre.js` by static imports.
 *
 * Files are found from the package names (`@offre/spell-fr/package.json`, …) and JSON
 * is imported, so nothing depends on the bundle's own `import.meta.url` but the
 * workers; this script fails when something else does.
 */
import { readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = 'dist/bundle'

rmSync(new URL(`../${outdir}`, import.meta.url), { recursive: true, force: true })

/**
 * A module of ours that needs a synchronous `require` (ajv's standalone validators in
 * @offre/model, the lazy ajv of remark-lint-offre) makes its own with this line; from
 * the bundle it would resolve from the bundle's folder. Dropping the line leaves the
 * module's `require(…)` calls to esbuild, which bundles their targets, resolved from
 * the original module, and evaluates them when they run, as Node would.
 */
const OWN_REQUIRE = 'const require = createRequire(import.meta.url);'
const ownRequire = {
  name: 'own-require',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes(OWN_REQUIRE)) return undefined
      return { contents: source.replace(OWN_REQUIRE, '/* require: the bundle\'s own */'), loader: 'js' }
    })
  },
}

const result = await build({
  absWorkingDir: root,
  entryPoints: { offre: 'dist/run.js', worker: 'dist/lint/worker.js', 'build-worker': 'dist/build/build-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The CommonJS dependencies (yaml, ajv) `require` Node's built-in modules.
  banner: { js: "import { createRequire as __offreCreateRequire } from 'node:module';\nconst require = __offreCreateRequire(import.meta.url);" },
  plugins: [ownRequire],
  // sharp loads its native libvips binding (the registry's @img/sharp-<platform> packages) at run time: not bundled.
  external: ['sharp'],
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
})

// `offre lint` must not load the renderer: only dynamic imports may reach it.
const outputs = result.metafile.outputs
const staticClosure = new Set()
const pending = [`${outdir}/offre.js`]
while (pending.length > 0) {
  const file = pending.pop()
  if (staticClosure.has(file)) continue
  staticClosure.add(file)
  for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path)
}
const eager = [...staticClosure].flatMap((file) => Object.keys(outputs[file].inputs).filter((input) => /(^|\/)render\/(dist|src)\//.test(input)))
if (eager.length > 0) {
  console.error(`bundle: the renderer is loaded at start-up by ${outdir}/offre.js (${eager.slice(0, 3).join(', ')}…): keep \`commands/build.js\` behind a dynamic import`)
  process.exit(1)
}
// Nor the language server: only `offre lsp` loads vscode-languageserver, through the dynamic import of `commands/lsp.js`.
const server = [...staticClosure].flatMap((file) => Object.keys(outputs[file].inputs).filter((input) => /(^|\/)node_modules\/vscode-languageserver|(^|\/)dist\/lsp\//.test(input)))
if (server.length > 0) {
  console.error(`bundle: the language server is loaded at start-up by ${outdir}/offre.js (${server.slice(0, 3).join(', ')}…): keep \`commands/lsp.js\` behind a dynamic import`)
  process.exit(1)
}
// From the bundle, `import.meta.url` is the bundle's: a file found relative to it would
// be looked for in `dist/bundle/`. Only the workers are; the rest goes by package name.
const allowed = [
  /__offreCreateRequire\(import\.meta\.url\)/g,
  /new URL\("\.\/(build-)?worker\.js", import\.meta\.url\)/g,
  /createRequire\d*\(import\.meta\.url\)\.resolve\("@offre\/[a-z-]+\/package\.json"\)/g,
]
for (const file of Object.keys(outputs)) {
  const code = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
  const covered = new Set(allowed.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match.index + match[0].indexOf('import.meta.url'))))
  for (const { index } of code.matchAll(/import\.meta\.url/g)) {
    if (covered.has(index)) continue
    const line = code.slice(code.lastIndexOf('\n', index) + 1, code.indexOf('\n', index)).trim()
    console.error(`bundle: ${file} looks up a file relative to the bundle: \`${line.slice(0, 160)}\`; find it by package name (see this script's header)`)
    process.exit(1)
  }
}

const bytes = [...staticClosure].reduce((sum, file) => sum + outputs[file].bytes, 0)
console.log(`bundle: ${outdir}/offre.js, worker.js and build-worker.js, ${Object.keys(outputs).length} files; \`offre lint\` loads ${staticClosure.size} (${(bytes / 1e6).toFixed(2)} MB)`)
