/**
 * `remark-lint-offre/project`: the node-only part of the package, which reads a
 * content project from disk (`offre.config.yml`, its word lists, the site map) and
 * the remark plugin that lints each file with its own project's configuration. A
 * subpath of its own, so that the main entry stays free of `node:fs` for bundlers and
 * browsers.
 *
 * ```js
 * // .remarkrc.mjs
 * import remarkLintOffreProject from 'remark-lint-offre/project'
 * export default { plugins: [remarkLintOffreProject] }
 * ```
 */
export { remarkLintOffreProject, remarkLintOffreProject as default, clearProjectCache, stampOf } from './plugin.js'
export type { ProjectPluginOptions } from './plugin.js'
export { loadProjectConfig, UNREADABLE } from './load-project.js'
export type { ProjectConfig, ProjectConfigOptions, ProjectProblem } from './load-project.js'
export { findContentRoot } from './find-root.js'
export { ContentRootError } from '../site/load.js'
