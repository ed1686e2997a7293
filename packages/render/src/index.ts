/**
 * @offre/render: a code.gouv.fr page as DSFR HTML (standalone and fragment), its
 * model as JSON, and its JSON-LD; and, for a whole content folder, the files of
 * a static build. No I/O here: the `offre build` command reads and writes.
 *
 * ```ts
 * import { parseOffer } from '@offre/model'
 * import { renderOffer } from '@offre/render'
 * const page = renderOffer(parseOffer(markdown), { url: '/fr/mission/offre-de-services/' })
 * page.html // <!doctype html>…
 * ```
 */
export { renderOffer } from './render.js'
export type { RenderOptions, RenderedPage } from './render.js'
export type { Crumb, SiteNavigationEntries } from './navigation-breadcrumb.js'
export { buildPages, claimUrl, renderPage } from './artifacts.js'
export { imageFigure, pictureOf } from './images.js'
export type { ImageFormatPlan, ImageOutput, ImagePlan, ImagePlanner, ImageRequest } from './images.js'
export type { PageOutcome, PageStatus, RenderedSource, SiteBuild, SiteOptions, SourcePage } from './artifacts.js'
export { defaultPageUrl, normalizeUrl, outputPath, relativeRoot, RESERVED_ROOTS } from './url.js'
export type { PageLocation, PageUrlResolver } from './url.js'
export { buildManifest, canonicalJson, sha256, MANIFEST_PATH } from './manifest.js'
export type { HashedFile, ManifestFile, ManifestInput } from './manifest.js'
export { DSFR_CSS, DSFR_ENTRY_FILES, cssReferences, dsfrAssetsDir, dsfrFiles } from './assets.js'
export { DSFR_ICONS_SOURCE, ICONS_CSS, iconClassesOf, iconSubset } from './icons.js'
export { SITE_CSS, SITE_STYLES } from './site-styles.js'
export type { IconSubset } from './icons.js'
export { jsonLdOf, serializeJsonLd, isServiceOffer, DEFAULT_PROVIDER } from './json-ld.js'
export type { JsonLdOptions, Organization } from './json-ld.js'
export { frenchSpacing } from './typography.js'
export { sanitizeSchema, DSFR_CLASS } from './sanitize.js'
export { DEFAULT_IFRAME_HOSTS, isAllowedFrameSource } from './embeds.js'
export { segmentUrl } from './breadcrumb.js'
export { chromeFor, DEFAULT_CHROME, LAYOUT_KINDS } from './layouts/site.js'
export type { FolderData, LanguageChrome, LayoutKind, NavigationEntry, SiteChrome, SiteLink, SiteSegment, SocialNetwork } from './layouts/site.js'
export { pageView, foldersOf, layoutName } from './layouts/page-data.js'
export type { PageView } from './layouts/page-data.js'
export { readableDate } from './layouts/date.js'
export { DISPLAY_PICTOGRAMS } from './layouts/display-settings.js'
export { RENDER_SOURCE } from './messages.js'
export type { RenderMessageId } from './messages.js'
