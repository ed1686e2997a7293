import { describe, expect, it } from 'vitest'
import { parseAffix } from './affix.js'
import { expandDictionary, parseDic, WordFlag } from './expand.js'

const aff = `FLAG long
NEEDAFFIX ()
FORBIDDENWORD {}
KEEPCASE ||
NOSUGGEST --
SFX S. Y 2
SFX S. 0 0/L' [^sxz]
SFX S. 0 s/D' [^sxz]
SFX Er Y 1
SFX Er er ons/n' er
PFX L' Y 1
PFX L' 0 l' .
PFX D' Y 1
PFX D' 0 d' .
PFX n' Y 1
PFX n' 0 n' .
PFX Re Y 1
PFX Re 0 re .
PFX Um Y 1
PFX Um 0 kilo/S. .
`

function expand(dic: string): Map<string, number> {
  const affix = parseAffix(aff)
  return expandDictionary(parseDic(dic, affix), affix)
}

describe('expandDictionary', () => {
  it('applies suffixes and the prefixes their continuation classes enable', () => {
    expect([...expand('1\navion/S.\n').keys()].sort()).toEqual(["avion", "avions", "d'avions", "l'avion"])
  })

  it('crosses root prefixes with suffixes when both allow it', () => {
    expect([...expand('1\nchanter/ErRe\n').keys()].sort()).toEqual(["chanter", "chantons", "n'chantons", 'rechanter', 'rechantons'])
  })

  it('applies suffixes enabled by a prefix (kilo + mètre + s)', () => {
    expect(expand('1\nmètre/Um\n').has('kilomètres')).toBe(true)
  })

  it('drops NEEDAFFIX stems and FORBIDDENWORD forms, keeps KEEPCASE and NOSUGGEST as flags', () => {
    const forms = expand('5\nchanter/()Er\nmot/S.\nmots/{}\nkg/||\nzut/--\n')
    expect(forms.has('chanter')).toBe(false)
    expect(forms.has('chantons')).toBe(true)
    expect(forms.has('mot')).toBe(true)
    expect(forms.has('mots')).toBe(false)
    expect(forms.get('kg')).toBe(WordFlag.keepCase)
    expect(forms.get('zut')).toBe(WordFlag.noSuggest)
  })
})
