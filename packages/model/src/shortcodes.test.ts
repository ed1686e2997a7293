import { describe, expect, it } from 'vitest'
import { imageContentOf, parseShortcodeCall, scanShortcodes } from './shortcodes.js'

describe('shortcodes', () => {
  it('finds the shortcodes of a text, linearly on hostile text', () => {
    expect(scanShortcodes('a {% x %} b {{ y }} {# c #}').map((span) => span.text)).toEqual(['{% x %}', '{{ y }}', '{# c #}'])
    expect(scanShortcodes('{%'.repeat(50_000))).toEqual([])
  })

  it('reads the literal arguments of a tag', () => {
    expect(parseShortcodeCall(`{% imageContent "./a.png", 'l\\'alt', [1000, "auto"] %}`)).toEqual({ name: 'imageContent', args: ['./a.png', "l'alt", [1000, 'auto']] })
    expect(parseShortcodeCall('{%- imageContent image.path, image.alt -%}')).toBeNull()
    expect(parseShortcodeCall('{{ page.url }}')).toBeNull()
  })

  it('reads an imageContent call as the site does', () => {
    expect(imageContentOf('{% imageContent "./a.png", "Texte alternatif" %}')).toEqual({ src: './a.png', alt: 'Texte alternatif' })
    expect(imageContentOf('{% imageContent "./a.png", "Texte", [500], "50vw", "fr-x" %}')).toEqual({ src: './a.png', alt: 'Texte', widths: [500], sizes: '50vw', className: 'fr-x' })
    expect(imageContentOf('{% imageContent "./a.png" %}')).toBeNull()
    expect(imageContentOf('{% imageContent "./a.png", "Texte", [-3] %}')).toBeNull()
    expect(imageContentOf('{% image "./a.png", "Texte" %}')).toBeNull()
  })
})
