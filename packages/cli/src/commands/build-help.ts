/** The help of `offre build`, apart from its implementation so that other commands start without loading the renderer. */
export const BUILD_SUMMARY = 'construit le site : une page HTML DSFR et son JSON par page, les fichiers DSFR, un manifeste'
export const BUILD_USAGE = 'offre build [dossier-de-contenu] [--out dist] [--partial] [--format text|json] [--jobs N] [--config F]'
