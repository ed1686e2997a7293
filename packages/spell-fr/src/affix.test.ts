import { describe, expect, it } from 'vitest'
import { parseAffix, splitFlags } from './affix.js'

const aff = `SET UTF-8
FLAG long
NEEDAFFIX ()
KEEPCASE ||
SFX S. Y 2
SFX S. 0 0/L' [^sxz]
SFX S. 0 s/L' [^sxz]
PFX L' Y 1
PFX L' 0 l' .
`

describe('parseAffix', () => {
  it('reads long flags, conditions and continuation classes', () => {
    const affix = parseAffix(aff)
    expect(affix.flagType).toBe('long')
    expect(affix.needAffix).toBe('()')
    expect(affix.keepCase).toBe('||')
    const [, plural] = affix.suffixes.get('S.') ?? []
    expect(plural).toMatchObject({ kind: 'SFX', strip: '', add: 's', cont: ["L'"], cross: true })
    expect(plural?.condition.test('chat')).toBe(true)
    expect(plural?.condition.test('souris')).toBe(false)
    expect(affix.prefixes.get("L'")?.[0]?.add).toBe("l'")
  })

  it('reports compounding directives it cannot expand', () => {
    expect(parseAffix('COMPOUNDFLAG X\n').unsupported).toEqual(['COMPOUNDFLAG'])
  })
})

describe('splitFlags', () => {
  it('splits by flag type', () => {
    expect(splitFlags("S.L'", 'long')).toEqual(['S.', "L'"])
    expect(splitFlags('12,7', 'num')).toEqual(['12', '7'])
    expect(splitFlags('AB', 'char')).toEqual(['A', 'B'])
  })
})
