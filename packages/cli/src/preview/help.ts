/** `offre preview`'s help: loaded by `main` at start-up, without the server or the renderer. */
export const PREVIEW_SUMMARY = 'affiche les pages telles que publiées, avec leurs problèmes en place, sur http://127.0.0.1 (rechargement automatique)'
export const PREVIEW_USAGE = 'offre preview [dossier-de-contenu | page.md...] [--port N] [--config F]'
/** The port when `--port` is not given. */
export const DEFAULT_PORT = 4321
