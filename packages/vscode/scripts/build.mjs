/**
 * Bundles the extension (`src/extension.ts` and vscode-languageclient) into
 * `dist/extension.js`, CommonJS for VS Code's extension host, `vscode` external.
 * `npm run build` then packages `dist/offre-vscode.vsix` with vsce (offline).
 */
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
})
console.log('vscode: dist/extension.js')
