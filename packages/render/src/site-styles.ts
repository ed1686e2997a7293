/**
 * The site's own stylesheet, beside the DSFR's: what code.gouv.fr's `public/css/index.css`
 * adds that the pages this renderer writes need (the heading permalinks' `#`, hidden
 * until hovered or focused). `offre build` writes it to `dist/dsfr/site.css`, `offre
 * preview` serves it there, and every page links it after the DSFR's styles.
 */
import { PERMALINK_CSS } from './permalinks.js'

/** Its path under `dsfr/`. */
export const SITE_CSS = 'site.css'

/** Its text. */
export const SITE_STYLES = `${PERMALINK_CSS}\n`
