/**
 * The follow band above the footer, as the site's
 * `templates/newsletter_and_follow_us.njk`: the newsletter (title, description, a
 * button to it) and the DSFR social buttons (`fr-btn--mastodon`…), each opening in a
 * new window.
 */
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { ChromeContext } from './context.js'
import type { SocialNetwork } from './site.js'

/** The buttons' text and title, as the site's follow band writes them. */
const NETWORK_NAMES: Record<SocialNetwork, { text: string; title: string }> = {
  facebook: { text: 'facebook', title: 'Facebook' },
  mastodon: { text: 'mastodon', title: 'Mastodon' },
  'twitter-x': { text: 'X (anciennement Twitter)', title: 'Twitter' },
  instagram: { text: 'instagram', title: 'Instagram' },
  linkedin: { text: 'linkedin', title: 'Linkedin' },
  youtube: { text: 'youtube', title: 'Youtube' },
  peertube: { text: 'peertube', title: 'PeerTube' },
  github: { text: 'github', title: 'GitHub' },
}

export function followBand(context: ChromeContext): Element | null {
  const follow = context.site.follow
  if (follow === undefined || (follow.newsletter === undefined && (follow.social ?? []).length === 0)) return null
  const { labels } = context
  const newsletter = follow.newsletter
  const social = follow.social ?? []
  return h('div.fr-follow', [
    h('div.fr-container', [
      h('div.fr-grid-row', [
        ...(newsletter
          ? [
              h('div.fr-col-12.fr-col-md-6', [
                h('div.fr-follow__newsletter', [
                  h('div', [h('p.fr-h5', newsletter.title), ...(newsletter.description ? [h('p.fr-text--sm', newsletter.description)] : [])]),
                  h('div.fr-btns-group.fr-btns-group--inline-md', [
                    h('a.fr-btn', { href: newsletter.href, title: `${newsletter.button ?? labels.subscribe} - ${newsletter.title}` }, newsletter.button ?? labels.subscribe),
                  ]),
                ]),
              ]),
            ]
          : []),
        ...(social.length > 0
          ? [
              h('div.fr-col-12', { className: newsletter ? ['fr-col-md-6'] : undefined }, [
                h('div.fr-follow__social', [
                  h('p.fr-h5', labels.followUs),
                  h('ul.fr-btns-group', social.map(({ network, href }) =>
                    h('li', [
                      h('a.fr-btn', {
                        className: [`fr-btn--${network}`],
                        href,
                        target: '_blank',
                        rel: 'noopener external',
                        title: `${NETWORK_NAMES[network].title} - ${labels.newWindow}`,
                      }, NETWORK_NAMES[network].text),
                    ]),
                  )),
                ]),
              ]),
            ]
          : []),
      ]),
    ]),
  ])
}
