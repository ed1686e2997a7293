/**
 * The preview's own stylesheet and script, served at `/__offre/preview.css` and
 * `/__offre/preview.js` (never part of the page's content, never in a build): the
 * marks and the panel in DSFR colours; the script reloads the page when the server
 * says something changed (server-sent events), keeping the scroll position, and
 * links the marks and the panel's items both ways.
 */
export const PREVIEW_CSS = `
.offre-finding { background: #fee7fc; color: inherit; border-bottom: 2px solid var(--border-plain-error, #ce0500); padding: 0 1px; cursor: help; scroll-margin: 30vh; }
.offre-finding--warning { background: #fff4d9; border-bottom-color: var(--border-plain-warning, #b34000); }
.offre-finding--info { background: #e8edff; border-bottom-color: var(--border-plain-info, #0063cb); }
.offre-finding.offre-finding--active { outline: 3px solid var(--border-action-high-blue-france, #000091); outline-offset: 2px; }
.offre-preview { position: fixed; z-index: 1000; top: 0; right: 0; bottom: 0; width: 26rem; max-width: 100%; display: flex; flex-direction: column;
  background: var(--background-default-grey, #fff); border-left: 1px solid var(--border-default-grey, #ddd); box-shadow: -4px 0 16px rgba(0,0,18,.12); font-size: .875rem; }
.offre-preview__header { padding: .75rem 1rem; border-bottom: 4px solid var(--border-plain-success, #18753c); background: var(--background-alt-grey, #f6f6f6); }
.offre-preview--error .offre-preview__header { border-bottom-color: var(--border-plain-error, #ce0500); }
.offre-preview--warning .offre-preview__header { border-bottom-color: var(--border-plain-warning, #b34000); }
.offre-preview__title { margin: 0; font-weight: 700; font-size: .875rem; }
.offre-preview__file { font-weight: 400; color: var(--text-mention-grey, #666); }
.offre-preview__count { margin: .25rem 0 .25rem; font-size: 1.125rem; font-weight: 700; }
.offre-preview__list { list-style: none; margin: 0; padding: 0; overflow-y: auto; flex: 1; }
.offre-preview__item { padding: .625rem 1rem; border-bottom: 1px solid var(--border-default-grey, #ddd); border-left: 4px solid transparent; }
.offre-preview__item--error { border-left-color: var(--border-plain-error, #ce0500); }
.offre-preview__item--warning { border-left-color: var(--border-plain-warning, #b34000); }
.offre-preview__item--info { border-left-color: var(--border-plain-info, #0063cb); }
.offre-preview__item--active { background: var(--background-contrast-info, #e8edff); }
.offre-preview__item p { margin: 0 0 .25rem; font-size: .875rem; line-height: 1.4; }
.offre-preview__number { display: inline-block; min-width: 1.5rem; font-weight: 700; }
.offre-preview__rule a, .offre-preview__place a { font-size: .8125rem; }
.offre-preview__place { color: var(--text-mention-grey, #666); }
.offre-preview__goto { background: none; border: 0; padding: 0; margin-left: .5rem; text-decoration: underline; cursor: pointer; color: var(--text-action-high-blue-france, #000091); }
.offre-preview--collapsed { bottom: auto; }
.offre-preview--collapsed .offre-preview__list { display: none; }
@media (min-width: 62em) { body { padding-right: 26rem; } }
@media (max-width: 61.99em) { .offre-preview { top: auto; height: 45vh; width: 100%; border-left: 0; border-top: 1px solid var(--border-default-grey, #ddd); } body { padding-bottom: 45vh; } }
`

export const PREVIEW_JS = `
const KEY = 'offre-preview-scroll:' + location.pathname
const saved = sessionStorage.getItem(KEY)
if (saved !== null) {
  sessionStorage.removeItem(KEY)
  const [x, y, list] = saved.split(',').map(Number)
  window.scrollTo(x, y)
  const items = document.querySelector('.offre-preview__list')
  if (items) items.scrollTop = list
}
function reload() {
  const items = document.querySelector('.offre-preview__list')
  sessionStorage.setItem(KEY, [window.scrollX, window.scrollY, items ? items.scrollTop : 0].join(','))
  location.reload()
}
/**
 * The page as the server renders it now, swapped in place: the content (\`main\`), the
 * panel and the title, without reloading the DSFR styles, fonts and scripts (a full
 * reload takes a loaded machine more than a second); DSFR's script starts the
 * components of the new content itself. Anything else that differs (a page of errors,
 * other stylesheets), or a failure: a full reload.
 */
let refreshing = null
async function refresh() {
  if (refreshing) return refreshing.then(refresh)
  refreshing = (async () => {
    try {
      const response = await fetch(location.href, { cache: 'no-store', headers: { accept: 'text/html' } })
      if (!response.ok) return reload()
      const next = new DOMParser().parseFromString(await response.text(), 'text/html')
      const sheets = (doc) => [...doc.querySelectorAll('link[rel=stylesheet]')].map((link) => link.getAttribute('href')).join(' ')
      const main = document.querySelector('main'), nextMain = next.querySelector('main')
      const panel = document.getElementById('offre-preview'), nextPanel = next.getElementById('offre-preview')
      const broken = (doc) => doc.querySelector('[data-offre-error]') !== null
      if (!main || !nextMain || !panel || !nextPanel || broken(document) || broken(next) || sheets(document) !== sheets(next)) return reload()
      const list = panel.querySelector('.offre-preview__list')
      const scrolled = list ? list.scrollTop : 0
      const collapsed = panel.classList.contains('offre-preview--collapsed')
      main.replaceWith(document.adoptNode(nextMain))
      panel.replaceWith(document.adoptNode(nextPanel))
      if (collapsed) nextPanel.querySelector('.offre-preview__toggle').click()
      const nextList = nextPanel.querySelector('.offre-preview__list')
      if (nextList) nextList.scrollTop = scrolled
      document.title = next.title
      for (const selector of ['meta[name=description]', 'script[type="application/ld+json"]']) {
        const here = document.head.querySelector(selector), there = next.head.querySelector(selector)
        if (here && there) here.replaceWith(document.adoptNode(there))
        else if (here || there) return reload()
      }
      document.documentElement.dataset.offreRefreshed = String(Number(document.documentElement.dataset.offreRefreshed || 0) + 1)
    } catch {
      reload()
    }
  })()
  try { await refreshing } finally { refreshing = null }
}
const events = new EventSource('/__offre/events')
events.addEventListener('reload', refresh)
// The server restarted: its pages may have changed meanwhile.
let lost = false
events.addEventListener('error', () => { lost = true })
events.addEventListener('open', () => { if (lost) reload() })

function activate(id) {
  for (const node of document.querySelectorAll('.offre-finding--active, .offre-preview__item--active')) node.classList.remove('offre-finding--active', 'offre-preview__item--active')
  const marks = [...document.querySelectorAll('mark.offre-finding')].filter((mark) => mark.dataset.offreFinding.split(' ').includes(String(id)))
  for (const mark of marks) mark.classList.add('offre-finding--active')
  const item = document.querySelector('[data-offre-item="' + id + '"]')
  if (item) item.classList.add('offre-preview__item--active')
  return { marks, item }
}
document.addEventListener('click', (event) => {
  const goto = event.target.closest('[data-offre-goto]')
  if (goto) {
    const { marks } = activate(goto.dataset.offreGoto)
    if (marks[0]) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' })
    return
  }
  const mark = event.target.closest('mark.offre-finding')
  if (mark) {
    const { item } = activate(mark.dataset.offreFinding.split(' ')[0])
    if (item) item.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }
  const toggle = event.target.closest('.offre-preview__toggle')
  if (toggle) {
    const aside = toggle.closest('.offre-preview')
    const collapsed = aside.classList.toggle('offre-preview--collapsed')
    toggle.setAttribute('aria-expanded', String(!collapsed))
    toggle.textContent = collapsed ? 'Afficher' : 'Réduire'
  }
})
`
