import { describe, expect, it } from 'vitest'
import { readableDate } from './date.js'
import { foldersOf, layoutName, pageView } from './page-data.js'
import type { SiteChrome } from './site.js'

const site: SiteChrome = {
  name: 'code.gouv.fr',
  tags: { url: '/{lang}/blog/tags/{tag}/', hidden: ['posts', 'bluehats_posts'] },
  folders: [
    { dir: 'fr/bluehats/gazettes', layout: 'bluehats-post', tags: ['bluehats_posts', 'gazette'], description: 'Un condensé.', tagsUrl: '/{lang}/bluehats/tags/{tag}/' },
    { dir: 'fr', showBreadcrumb: true, segments: [{ url: '/a/', title: 'A' }] },
    { dir: 'fr/blog/posts', layout: 'post', tags: ['posts'] },
  ],
}

describe('pageView: front matter over folder data, as Eleventy’s data cascade', () => {
  it('takes the folders that hold the page, the deeper one winning, and the page layout elsewhere', () => {
    expect(foldersOf('fr/bluehats/gazettes/n1.md', site.folders).map((folder) => folder.dir)).toEqual(['fr', 'fr/bluehats/gazettes'])
    expect(foldersOf('fr/bluehats/gazettes-old/n1.md', site.folders).map((folder) => folder.dir)).toEqual(['fr'])
    const view = pageView({ title: 'n°1' }, {}, site, 'fr/bluehats/gazettes/n1.md')
    expect(view).toEqual({
      layout: 'bluehats-post',
      showBreadcrumb: true,
      segments: [{ url: '/a/', title: 'A' }],
      description: 'Un condensé.',
      tags: ['gazette'],
      tagsUrl: '/{lang}/bluehats/tags/{tag}/',
      date: undefined,
    })
    expect(pageView({ title: 'x' }, {}, site, 'en/x.md').layout).toBe('page')
    expect(pageView({ title: 'x' }, {}, undefined, 'fr/blog/posts/x.md').layout).toBe('page')
  })

  it('lets the front matter win, an empty description too; tags add up, folders first, without repeats or hidden ones', () => {
    const view = pageView({ title: 'x', description: '', showBreadcrumb: false, layout: 'layouts/page.njk', tags: ['gazette', 'Prix', 'posts'] }, {}, site, 'fr/bluehats/gazettes/x.md')
    expect([view.description, view.showBreadcrumb, view.layout, view.tags]).toEqual(['', false, 'page', ['gazette', 'Prix']])
    expect(pageView({ title: 'x', tags: 'Garagethon' }, {}, site, 'fr/blog/posts/x.md').tags).toEqual(['Garagethon'])
  })

  it('names a layout by the site’s template file, and ignores one it does not know', () => {
    expect(['layouts/post.njk', 'bluehats-webinar', 'layouts/base.njk', 'layouts/home.njk'].map(layoutName)).toEqual(['post', 'bluehats-webinar', undefined, undefined])
    expect(pageView({ title: 'x', layout: 'layouts/base.njk' }, {}, site, 'fr/blog/posts/x.md').layout).toBe('post')
  })

  it('reads the calendar day of a date or date-time, and no impossible day', () => {
    const date = (value: unknown) => pageView({ title: 'x' }, { date: value }, site, 'x.md').date
    expect([date('2024-11-08'), date('2024-11-08T10:30:00Z'), date('2024-02-30'), date('8 novembre 2024'), date(20241108)]).toEqual(['2024-11-08', '2024-11-08', undefined, undefined, undefined])
    expect(pageView({ title: 'x', date: '2019-04-01' }, {}, site, 'x.md').date).toBe('2019-04-01')
  })
})

describe('readableDate: the site’s `dd LLLL yyyy`', () => {
  it('writes the day on two digits and the month in the page’s language', () => {
    expect(readableDate('2024-11-08', 'fr')).toBe('08 novembre 2024')
    expect(readableDate('2019-04-01', 'fr')).toBe('01 avril 2019')
    expect(readableDate('2024-11-08', 'en')).toBe('08 November 2024')
  })
})
