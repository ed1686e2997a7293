/** Programmatic entry of the `offre` CLI, for tools that run it in-process. */
export { main } from './main.js'
export { version } from './version.js'
export { EXIT, ExitError, UsageError } from './errors.js'
export type { Io } from './io.js'
export { findMarkdownFiles } from './files.js'
