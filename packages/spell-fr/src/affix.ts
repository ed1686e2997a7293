// Parses a Hunspell `.aff` file into affix rules and the few special flags the
// expansion needs. Only what the French dictionary uses is supported; anything
// else (compounding, circumfixes) is reported so the compile step fails loudly
// instead of silently producing a wrong word list.

/** One prefix or suffix rule line: `SFX S. 0 s/D'Q' [^sxz]`. */
export interface AffixRule {
  readonly kind: 'PFX' | 'SFX'
  readonly flag: string
  /** Whether prefixes and suffixes of the root may combine (the `Y` of the header). */
  readonly cross: boolean
  readonly strip: string
  readonly add: string
  /** Continuation flags carried by the affixed form (twofold affixes). */
  readonly cont: readonly string[]
  readonly condition: RegExp
}

/** The parsed `.aff`: rules by flag and the special flags that change expansion. */
export interface AffixFile {
  readonly flagType: 'char' | 'long' | 'num' | 'UTF-8'
  readonly prefixes: ReadonlyMap<string, readonly AffixRule[]>
  readonly suffixes: ReadonlyMap<string, readonly AffixRule[]>
  readonly needAffix: string | undefined
  readonly forbiddenWord: string | undefined
  readonly keepCase: string | undefined
  readonly noSuggest: string | undefined
  readonly onlyInCompound: string | undefined
  /** Directives present in the file that this expander does not implement. */
  readonly unsupported: readonly string[]
  readonly fullStrip: boolean
}

const ignored = new Set(['SET', 'TRY', 'MAP', 'REP', 'KEY', 'ICONV', 'OCONV', 'BREAK', 'WORDCHARS', 'LANG', 'NAME', 'VERSION', 'HOME', 'AUTHOR', 'LICENSE', 'CIRCUMFIX'])

/** Splits a flag field according to the `FLAG` type of the `.aff`. */
export function splitFlags(field: string, flagType: AffixFile['flagType']): string[] {
  if (field === '') return []
  if (flagType === 'num') return field.split(',')
  if (flagType === 'long') {
    const flags: string[] = []
    for (let index = 0; index < field.length; index += 2) flags.push(field.slice(index, index + 2))
    return flags
  }
  return [...field]
}

/** Hunspell conditions are regex character classes and dots; anchor them at the affix side. */
function compileCondition(kind: 'PFX' | 'SFX', condition: string): RegExp {
  if (condition === '.' || condition === '') return /(?:)/
  return kind === 'PFX' ? new RegExp(`^${condition}`) : new RegExp(`${condition}$`)
}

/** Parses the text of a `.aff` file. */
export function parseAffix(text: string): AffixFile {
  let flagType: AffixFile['flagType'] = 'char'
  const prefixes = new Map<string, AffixRule[]>()
  const suffixes = new Map<string, AffixRule[]>()
  const special = new Map<string, string>()
  const cross = new Map<string, boolean>()
  const unsupported = new Set<string>()
  let fullStrip = false
  // The FLAG directive may come after rules in theory; in practice it is near
  // the top, but read it first so rule continuation flags split correctly.
  const flagLine = /^FLAG\s+(\S+)/m.exec(text)
  if (flagLine?.[1] === 'long' || flagLine?.[1] === 'num' || flagLine?.[1] === 'UTF-8') flagType = flagLine[1]

  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '')
    if (line === '' || line.startsWith('#')) continue
    const parts = line.trim().split(/\s+/)
    const directive = parts[0] ?? ''
    if (directive === 'PFX' || directive === 'SFX') {
      const flag = parts[1] ?? ''
      // The header line has 4 fields: `SFX S. Y 2`.
      if (parts.length === 4 && (parts[2] === 'Y' || parts[2] === 'N')) {
        cross.set(`${directive}${flag}`, parts[2] === 'Y')
        continue
      }
      const [addField = '', contField = ''] = (parts[3] ?? '').split('/')
      const rule: AffixRule = {
        kind: directive,
        flag,
        cross: cross.get(`${directive}${flag}`) ?? false,
        strip: parts[2] === '0' ? '' : (parts[2] ?? ''),
        add: addField === '0' ? '' : addField,
        cont: splitFlags(contField, flagType),
        condition: compileCondition(directive, parts[4] ?? '.'),
      }
      const table = directive === 'PFX' ? prefixes : suffixes
      const rules = table.get(flag) ?? []
      rules.push(rule)
      table.set(flag, rules)
    } else if (['NEEDAFFIX', 'FORBIDDENWORD', 'KEEPCASE', 'NOSUGGEST', 'ONLYINCOMPOUND', 'CIRCUMFIX'].includes(directive)) {
      special.set(directive, parts[1] ?? '')
    } else if (directive === 'FULLSTRIP') {
      fullStrip = true
    } else if (directive === 'FLAG') {
      continue
    } else if (/^(COMPOUND|CHECKCOMPOUND|PSEUDOROOT|LEMMA_PRESENT|SUBSTANDARD|COMPLEXPREFIXES|AF|AM)/.test(directive)) {
      unsupported.add(directive)
    } else if (!ignored.has(directive) && /^[A-Z]+$/.test(directive)) {
      // Harmless for a pure word list (suggestion tables, encodings, etc.).
      continue
    }
  }
  // A CIRCUMFIX flag is only a problem if a rule carries it.
  const circumfix = special.get('CIRCUMFIX')
  if (circumfix !== undefined) {
    for (const rules of [...prefixes.values(), ...suffixes.values()]) {
      if (rules.some((rule) => rule.cont.includes(circumfix))) unsupported.add('CIRCUMFIX')
    }
  }
  return {
    flagType,
    prefixes,
    suffixes,
    needAffix: special.get('NEEDAFFIX'),
    forbiddenWord: special.get('FORBIDDENWORD'),
    keepCase: special.get('KEEPCASE'),
    noSuggest: special.get('NOSUGGEST'),
    onlyInCompound: special.get('ONLYINCOMPOUND'),
    unsupported: [...unsupported],
    fullStrip,
  }
}
