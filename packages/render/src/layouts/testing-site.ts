/**
 * Test fixture (not exported by the package): code.gouv.fr's chrome and folders, as
 * in `content/offre.config.yml`, shortened, with a hostile footer description.
 */
import type { SiteChrome } from './site.js'

export const CODE_GOUV_FR: SiteChrome = {
  name: 'Pôle open source et communs numériques',
  tagline: 'Recourir et contribuer aux logiciels libres et aux communs numériques',
  operator: 'Direction interministérielle du numérique',
  navigation: [
    { text: 'Accueil', href: '/fr/' },
    { text: 'À propos', items: [{ text: 'Le pôle', href: '/fr/mission/' }, { text: 'Offre', href: '/fr/mission/offre-de-services/' }] },
  ],
  quickLinks: [{ text: 'Contact', href: '/fr/contact/', icon: 'fr-icon-mail-line' }],
  search: { action: '/fr/search-results/', param: 'term' },
  footer: {
    description: 'Une publication de la <a href="https://www.numerique.gouv.fr/">DINUM</a><script>alert(1)</script>.',
    links: [{ text: 'info.gouv.fr', href: 'https://info.gouv.fr' }],
    bottomLinks: [{ text: 'Plan du site', href: '/sitemap/' }],
  },
  accessibility: { status: 'partiellement conforme', href: '/fr/accessibilite/' },
  editUrl: 'https://github.com/codegouvfr/codegouvfr-website/blob/main/content/{path}',
  follow: { newsletter: { title: 'Gazette BlueHats', href: '/fr/bluehats/tags/gazette/' }, social: [{ network: 'mastodon', href: 'https://social.numerique.gouv.fr/@CodeGouvFr' }] },
  share: { email: 'floss@numerique.gouv.fr' },
  tags: { url: '/{lang}/blog/tags/{tag}/', hidden: ['posts', 'bluehats_posts', 'events'] },
  folders: [
    { dir: 'fr/blog/posts', layout: 'post', tags: ['posts'] },
    { dir: 'fr/bluehats/webinaires', layout: 'bluehats-webinar', tags: ['bluehats_posts', 'webinaire', 'events'], tagsUrl: '/{lang}/bluehats/tags/{tag}/' },
    { dir: 'fr/bluehats/gazettes', layout: 'bluehats-post', tags: ['bluehats_posts', 'gazette'], tagsUrl: '/{lang}/bluehats/tags/{tag}/', description: 'Un condensé des dernières actualités BlueHats.' },
    { dir: 'fr/bluehats/bsoc/2022/contributions', layout: 'post', showBreadcrumb: true, segments: [{ url: '/bluehats/', title: 'BlueHats' }] },
  ],
}

