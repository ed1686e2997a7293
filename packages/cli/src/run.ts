/**
 * The body of the `offre` executable: runs the command line in this process. The
 * build bundles it with esbuild into `dist/bundle/offre.js` (`scripts/bundle.mjs`),
 * which `bin/offre.js` loads.
 */
import { main } from './main.js'

// `offre lint | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`offre : erreur interne : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 70
  },
)
