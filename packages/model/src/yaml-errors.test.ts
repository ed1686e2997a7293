import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { explainYamlError, parseOffer } from './index.js'

/** The YAML messages of a page whose front matter is `yaml`. */
function yamlMessages(yaml: string, locale: 'fr' | 'en' = 'fr') {
  const { file } = parseOffer(`---\n${yaml}---\n\n## Section\n`, { locale })
  return file.messages
    .filter((m) => m.ruleId === 'yaml-syntax')
    .map((m) => ({ at: `${m.line}:${m.column}`, actual: (m as { actual?: unknown }).actual, reason: m.reason }))
}

describe('YAML syntax errors of a front matter, in French', () => {
  it('a colon in an unquoted title: the title in quotes', () => {
    expect(yamlMessages('title: Offre : services\n')).toEqual([
      {
        at: '2:8',
        actual: 'BLOCK_AS_IMPLICIT_KEY',
        reason: 'YAML invalide dans le front matter : un deux-points suivi d’une espace dans une valeur sans guillemets, que YAML lit comme une seconde clé ; attendu la valeur entre guillemets, par exemple `title: "Offre : services"`',
      },
    ])
  })

  it('quotes the very line, escaping its double quotes', () => {
    const [message] = yamlMessages('title: Offre\ndescription: Le "guichet": demandes\n')
    expect(message?.reason).toContain('par exemple `description: "Le \\"guichet\\": demandes"`')
  })

  it('a tab indent: the same line indented with spaces', () => {
    expect(yamlMessages('title: Offre\nsections:\n\t- Mission\n')).toEqual([
      {
        at: '4:1',
        actual: 'TAB_AS_INDENT',
        reason: 'YAML invalide dans le front matter : une tabulation pour indenter ; YAML n’accepte que des espaces, par exemple `  - Mission`',
      },
    ])
  })

  it('a duplicate key: names the key', () => {
    expect(yamlMessages('title: Offre\ndescription: a\ntitle: Offre de services\n')).toEqual([
      {
        at: '4:1',
        actual: 'DUPLICATE_KEY',
        reason: 'YAML invalide dans le front matter : la clé `title` apparaît deux fois au même niveau ; attendu chaque clé une seule fois : gardez une des deux valeurs, ou renommez l’autre clé',
      },
    ])
  })

  it('an unclosed quote', () => {
    const messages = yamlMessages('title: "Offre de services\n')
    expect(messages.map((m) => m.actual)).toEqual(['MISSING_CHAR'])
    expect(messages[0]?.reason).toBe('YAML invalide dans le front matter : un guillemet `"` ouvert et jamais fermé ; attendu le même guillemet à la fin de la valeur, par exemple `title: "Offre de services"`')
    expect(yamlMessages("title: 'Offre\n")[0]?.reason).toContain("un guillemet `'` ouvert et jamais fermé")
  })

  it('a bad indent: keys of one level not aligned', () => {
    expect(yamlMessages('title: Offre\ncontact:\n  email: a@b.fr\n url: https://code.gouv.fr\n')).toEqual([
      {
        at: '5:1',
        actual: 'BAD_INDENT',
        reason: 'YAML invalide dans le front matter : une clé qui ne commence pas à la même colonne que les autres clés de son niveau ; attendu les clés d’un même niveau alignées, par exemple `contact:` puis `  email: …` et `  url: …`, deux espaces devant chacune',
      },
    ])
  })

  it('a line indented under a plain value', () => {
    const messages = yamlMessages('title: Offre\n  description: Services\n')
    expect(messages.map((m) => m.actual)).toEqual(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'])
    expect(messages[0]?.reason).toBe('YAML invalide dans le front matter : la ligne `description: Services` est plus indentée que `title: Offre`, et YAML la lit comme la suite de sa valeur ; attendu les clés d’un même niveau à la même colonne, par exemple `description: Services` sans espaces devant')
  })

  it('an unclosed flow sequence, a reserved first character, a bad escape', () => {
    expect(yamlMessages('title: [Brouillon Offre\n')[0]?.reason).toBe('YAML invalide dans le front matter : une liste ouverte par `[` et jamais fermée, ou dont la suite n’est pas assez indentée ; attendu `]` à la fin, sur la même ligne, par exemple `tags: [a, b]`, ou la valeur entre guillemets si `[` fait partie du texte : `title: "[Brouillon Offre"`')
    expect(yamlMessages('title: [Brouillon] Offre\n')[0]?.reason).toBe('YAML invalide dans le front matter : du texte après le `]` qui ferme une liste ; attendu la valeur entre guillemets si `[` fait partie du texte, par exemple `title: "[Brouillon] Offre"`')
    expect(yamlMessages('title: @offre\n')[0]?.reason).toBe('YAML invalide dans le front matter : une valeur sans guillemets qui commence par `@`, un caractère réservé en YAML ; attendu la valeur entre guillemets, par exemple `title: "@offre"`')
    expect(yamlMessages('title: "C:\\dossier"\n')[0]?.actual).toBe('BAD_DQ_ESCAPE')
  })

  it('an alias bomb, stopped by toJS', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const next = String.fromCharCode(97 + i)
      levels.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`)
    }
    const [message] = yamlMessages(`title: x\n${levels.join('\n')}\n`)
    expect(message?.reason).toBe('YAML invalide dans le front matter : trop de références à des ancres (alias `*nom`) : plus de 100 valeurs recopiées, la forme d’une « bombe » YAML qui ferait exploser la mémoire ; attendu des valeurs écrites en clair, ou quelques alias seulement')
  })

  it('in English on request', () => {
    expect(yamlMessages('title: Offre : services\n', 'en')[0]?.reason).toBe('Invalid YAML in front matter: a colon followed by a space in an unquoted value, which YAML reads as a second key; expected the value in quotes, e.g. `title: "Offre : services"`')
    expect(yamlMessages('title: a\ntitle: b\n', 'en')[0]?.reason).toContain('the key `title` appears twice')
  })

  it('never lets English through in French, for any code the parser gives', () => {
    const broken = [
      'a: 1\n---\nb: 2\n',
      '- a\n- b\n: c\n',
      'title: - a\n',
      'title: *\n',
      'title: "a" b\n',
      'title: |x\n  y\n',
      'a: {b: 1\n',
      '[a, - b]\n',
      `${'a'.repeat(1100)}: 1\n`,
      'title: a\ndescription: "x"#c\n',
      'a:\n  - 1\n - 2\n',
    ]
    for (const text of broken) {
      const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
      expect(doc.errors.length).toBeGreaterThan(0)
      for (const error of doc.errors) {
        const fr = explainYamlError(error, { source: text })
        expect(fr, `${error.code}: ${error.message}`).not.toContain(error.message)
        expect(fr).toMatch(/ ; attendu /)
      }
    }
  })

  it('keeps the parser text, after a French sentence, for a message it does not know', () => {
    expect(explainYamlError({ code: 'IMPOSSIBLE', message: 'Something new' })).toBe('erreur de syntaxe YAML (`IMPOSSIBLE` : Something new) ; attendu des paires `clé: valeur`, une par ligne, indentées par des espaces')
    expect(explainYamlError('not an error')).toContain('erreur de syntaxe YAML (not an error)')
  })
})
