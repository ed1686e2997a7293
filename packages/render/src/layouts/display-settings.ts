/**
 * The display settings dialog of the site's `templates/display.njk`, in DSFR 1.13's
 * markup (`fr-display`): light, dark or system theme as rich radio buttons with DSFR's
 * pictograms. DSFR's script opens it from the footer's button, reads and stores the
 * choice, and sets the theme on `<html data-fr-scheme>`: no script of ours.
 */
import type { Element } from 'hast'
import { h, s } from 'hastscript'
import type { ChromeContext } from './context.js'

export const DISPLAY_MODAL_ID = 'fr-theme-modal'
/** The ids DSFR's script looks for: they must stay as they are. */
export const DISPLAY_IDS = [DISPLAY_MODAL_ID, `${DISPLAY_MODAL_ID}-title`, 'fr-display', 'display-fieldset', 'display-fieldset-legend', 'fr-radios-theme-light', 'fr-radios-theme-dark', 'fr-radios-theme-system']

/** The DSFR pictograms of the three choices, copied into `dsfr/artwork/` by the build. */
export const DISPLAY_PICTOGRAMS = ['artwork/pictograms/environment/sun.svg', 'artwork/pictograms/environment/moon.svg', 'artwork/pictograms/system/system.svg'] as const

export function displaySettings(context: ChromeContext, root: string): Element {
  const { labels } = context
  const [sun, moon, system] = DISPLAY_PICTOGRAMS
  return h('dialog.fr-modal', { id: DISPLAY_MODAL_ID, ariaLabelledBy: `${DISPLAY_MODAL_ID}-title` }, [
    h('div.fr-container.fr-container--fluid.fr-container-md', [
      h('div.fr-grid-row.fr-grid-row--center', [
        h('div.fr-col-12.fr-col-md-6.fr-col-lg-4', [
          h('div.fr-modal__body', [
            h('div.fr-modal__header', [h('button.fr-btn--close.fr-btn', { type: 'button', ariaControls: DISPLAY_MODAL_ID, title: labels.close }, labels.close)]),
            h('div.fr-modal__content', [
              h('h1.fr-modal__title', { id: `${DISPLAY_MODAL_ID}-title` }, labels.displaySettings),
              h('div.fr-display', { id: 'fr-display' }, [
                h('fieldset.fr-fieldset', { id: 'display-fieldset' }, [
                  h('legend.fr-fieldset__legend--regular.fr-fieldset__legend', { id: 'display-fieldset-legend' }, labels.pickTheme),
                  choice('light', labels.lightTheme, undefined, `${root}dsfr/${sun}`),
                  choice('dark', labels.darkTheme, undefined, `${root}dsfr/${moon}`),
                  choice('system', labels.systemTheme, labels.systemThemeHint, `${root}dsfr/${system}`),
                ]),
              ]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ])
}

function choice(value: string, label: string, hint: string | undefined, pictogram: string): Element {
  const id = `fr-radios-theme-${value}`
  return h('div.fr-fieldset__element', [
    h('div.fr-radio-group.fr-radio-rich', [
      h('input', { value, type: 'radio', id, name: 'fr-radios-theme' }),
      h('label.fr-label', { htmlFor: id }, [label, ...(hint ? [h('span.fr-hint-text', hint)] : [])]),
      h('div.fr-radio-rich__pictogram', [
        s('svg.fr-artwork', { ariaHidden: 'true', viewBox: '0 0 80 80', width: '80px', height: '80px' }, [
          s('use.fr-artwork-decorative', { href: `${pictogram}#artwork-decorative` }),
          s('use.fr-artwork-minor', { href: `${pictogram}#artwork-minor` }),
          s('use.fr-artwork-major', { href: `${pictogram}#artwork-major` }),
        ]),
      ]),
    ]),
  ])
}
