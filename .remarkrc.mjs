// remark-cli's configuration for this repository: `npx remark content` (or any page)
// reports what `offre lint` reports, at the same lines and columns. Each file is
// linted with the project of its content root (the nearest folder above it holding
// `offre.config.yml`: here `content/`, its rules, vocabulary and site pages).
//
// `remark-lint-offre/project` resolves to the built package (`dist/`): run
// `npm run build` (or `npx turbo run build --filter=remark-lint-offre`) first.
//
// Nothing is ignored here: remark-cli already skips `node_modules/`, and the files to
// lint are the ones named on its command line.
import remarkLintOffreProject from 'remark-lint-offre/project'

export default {
  plugins: [remarkLintOffreProject],
}
