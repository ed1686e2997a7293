/**
 * The `yaml` parser's errors explained to a content editor: what was found, what is
 * expected and, where it helps, the valid form of the very line (`title: "Offre :
 * services"` for a colon in an unquoted value). French by default, English on
 * request. One function for the errors of `parseDocument` (`YAMLError`, with a
 * `code` and a position) and for what `toJS` throws (too many aliases, an alias
 * without its anchor). The parser's English text is only ever shown for a message
 * this module does not know, after a French sentence.
 */
import type { Locale } from './messages.js'

/** What is read of an error: a `yaml` `YAMLError`, or anything `toJS` threw. */
export interface YamlErrorLike {
  code?: string
  message: string
  pos?: readonly [number, number]
}

export interface ExplainYamlOptions {
  locale?: Locale
  /** The YAML text the error's `pos` refers to: lets the explanation quote the line. */
  source?: string
  /** The `maxAliasCount` given to `toJS`, named in the alias-count explanation. */
  maxAliasCount?: number
}

interface Text {
  fr: string
  en: string
}

/** A line of the source and where the error falls in it. */
interface Line {
  text: string
  /** Offset of the error from the start of the line. */
  column: number
  /** The line after, if any. */
  next: string | undefined
}

const MAX_QUOTE = 80

/**
 * The French (or English) explanation of a YAML error, one line: found, then
 * expected, with an example. Never throws.
 */
export function explainYamlError(error: YamlErrorLike | unknown, options: ExplainYamlOptions = {}): string {
  const locale = options.locale ?? 'fr'
  const yamlError = asError(error)
  const text = explain(yamlError, options)
  return locale === 'en' ? text.en : text.fr
}

function asError(error: unknown): YamlErrorLike {
  if (error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    const { code, message, pos } = error as { code?: unknown; message: string; pos?: unknown }
    const position = Array.isArray(pos) && typeof pos[0] === 'number' && typeof pos[1] === 'number' ? ([pos[0], pos[1]] as const) : undefined
    return { code: typeof code === 'string' ? code : undefined, message, pos: position }
  }
  return { message: String(error) }
}

function explain(error: YamlErrorLike, options: ExplainYamlOptions): Text {
  const message = error.message.split('\n')[0] ?? ''
  const line = lineAt(options.source, error.pos?.[0])

  // What `toJS` throws (no code).
  if (/^Excessive alias count/.test(message)) {
    const limit = options.maxAliasCount
    return {
      fr: `trop de références à des ancres (alias \`*nom\`)${limit === undefined ? '' : ` : plus de ${limit} valeurs recopiées`}, la forme d’une « bombe » YAML qui ferait exploser la mémoire ; attendu des valeurs écrites en clair, ou quelques alias seulement`,
      en: `too many references to anchors (\`*name\` aliases)${limit === undefined ? '' : `: more than ${limit} copied values`}, the shape of a YAML "bomb" that would exhaust memory; expected values written out, or only a few aliases`,
    }
  }
  const unresolved = /^Unresolved alias.*?:\s*(.*)$/.exec(message)
  if (unresolved) {
    const name = unresolved[1] ?? ''
    return {
      fr: `un alias \`*${name}\` sans ancre \`&${name}\` définie avant lui ; attendu l’ancre plus haut (\`clé: &${name} valeur\`), ou la valeur entre guillemets si \`*\` en fait partie, par exemple \`title: "*${name}"\``,
      en: `an alias \`*${name}\` with no \`&${name}\` anchor defined before it; expected the anchor above (\`key: &${name} value\`), or the value in quotes if \`*\` is part of it, e.g. \`title: "*${name}"\``,
    }
  }

  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/block sequence/i.test(message)) {
        return {
          fr: 'une liste (`- …`) à un endroit où une clé est attendue, souvent des tirets mal alignés ; attendu les éléments d’une liste alignés sous leur clé, par exemple `tags:` puis `  - a` et `  - b` sur les lignes suivantes',
          en: 'a list (`- …`) where a key is expected, often misaligned dashes; expected the items of a list aligned under their key, e.g. `tags:` then `  - a` and `  - b` on the next lines',
        }
      }
      return nestedMapping(line)
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        fr: `une clé ou une valeur sans guillemets qui continue sur la ligne suivante${line ? ` (${quote(line.text)})` : ''} ; attendu une paire \`clé: valeur\` par ligne, les clés d’un même niveau à la même colonne, par exemple \`title: Offre de services\` puis \`description: …\``,
        en: `a key or an unquoted value that runs on to the next line${line ? ` (${quote(line.text)})` : ''}; expected one \`key: value\` pair per line, the keys of one level at the same column, e.g. \`title: Offre de services\` then \`description: …\``,
      }
    case 'TAB_AS_INDENT': {
      const fixed = line ? line.text.replace(/^[ \t]+/, (indent) => indent.replace(/\t/g, '  ')) : '  - a'
      return {
        fr: `une tabulation pour indenter ; YAML n’accepte que des espaces, par exemple ${quote(fixed)}`,
        en: `a tab used for indentation; YAML accepts only spaces, e.g. ${quote(fixed)}`,
      }
    }
    case 'DUPLICATE_KEY': {
      const key = line ? keyOf(line.text.slice(line.column)) : undefined
      const named = key ? `la clé \`${key}\`` : 'une clé'
      return {
        fr: `${named} apparaît deux fois au même niveau ; attendu chaque clé une seule fois : gardez une des deux valeurs, ou renommez l’autre clé`,
        en: `${key ? `the key \`${key}\`` : 'a key'} appears twice at the same level; expected each key once: keep one of the two values, or rename the other key`,
      }
    }
    case 'MISSING_CHAR':
      return missingChar(message, line)
    case 'BAD_INDENT':
      return badIndent(message, line)
    case 'UNEXPECTED_TOKEN':
      return unexpectedToken(message, line)
    case 'BAD_SCALAR_START': {
      const char = /character (.)$/.exec(message)?.[1] ?? message.slice(-1)
      const valid = line ? quotedValue(line.text) : undefined
      return {
        fr: `une valeur sans guillemets qui commence par \`${char}\`, un caractère réservé en YAML ; attendu la valeur entre guillemets, par exemple ${valid ? quote(valid) : `\`title: "${char}offre"\``}`,
        en: `an unquoted value that starts with \`${char}\`, a reserved character in YAML; expected the value in quotes, e.g. ${valid ? quote(valid) : `\`title: "${char}offre"\``}`,
      }
    }
    case 'BAD_DQ_ESCAPE': {
      const sequence = /sequence (.*)$/.exec(message)?.[1] ?? '\\'
      return {
        fr: `une séquence d’échappement inconnue \`${sequence}\` entre guillemets doubles ; attendu \`\\\\\` pour une barre oblique inverse, ou des guillemets simples, qui n’échappent rien, par exemple \`chemin: 'C:\\dossier'\``,
        en: `an unknown escape sequence \`${sequence}\` in double quotes; expected \`\\\\\` for a backslash, or single quotes, which escape nothing, e.g. \`path: 'C:\\folder'\``,
      }
    }
    case 'BAD_ALIAS':
      return {
        fr: '`*` ou `&` sans nom, ou suivi de `:` : YAML y lit un alias ou une ancre ; attendu la valeur entre guillemets, par exemple `title: "*"`, ou un nom collé (`&nom`, `*nom`)',
        en: '`*` or `&` without a name, or followed by `:`: YAML reads an alias or an anchor; expected the value in quotes, e.g. `title: "*"`, or a name right after it (`&name`, `*name`)',
      }
    case 'ALIAS_PROPS':
      return {
        fr: 'un alias `*nom` avec une ancre ou un tag ; attendu l’alias seul, par exemple `copie: *nom`',
        en: 'an alias `*name` with an anchor or a tag; expected the alias alone, e.g. `copy: *name`',
      }
    case 'BAD_DIRECTIVE':
      return {
        fr: 'une directive `%…` inconnue ; attendu aucune directive, ou la valeur entre guillemets si elle commence par `%`, par exemple `title: "%offre"`',
        en: 'an unknown `%…` directive; expected no directive, or the value in quotes if it starts with `%`, e.g. `title: "%offre"`',
      }
    case 'BAD_PROP_ORDER':
      return {
        fr: 'une ancre (`&`) ou un tag (`!`) avant `-`, `?` ou `:` ; attendu après, par exemple `- &nom valeur`',
        en: 'an anchor (`&`) or a tag (`!`) before `-`, `?` or `:`; expected after it, e.g. `- &name value`',
      }
    case 'BLOCK_IN_FLOW':
      return {
        fr: 'une liste à tirets ou une paire `clé: valeur` sur plusieurs lignes à l’intérieur de `[…]` ou `{…}` ; attendu `[a, b]` sur une ligne, ou une liste à tirets sans crochets (`tags:` puis `  - a`)',
        en: 'a dash list or a multi-line `key: value` pair inside `[…]` or `{…}`; expected `[a, b]` on one line, or a dash list without brackets (`tags:` then `  - a`)',
      }
    case 'KEY_OVER_1024_CHARS':
      return {
        fr: 'une clé de plus de 1 024 caractères avant son `:`, souvent un long texte sans guillemets qui contient `: ` ; attendu une clé courte, par exemple `description: "…"`, la valeur entre guillemets',
        en: 'a key longer than 1,024 characters before its `:`, often a long unquoted text containing `: `; expected a short key, e.g. `description: "…"`, with the value in quotes',
      }
    case 'MULTIPLE_ANCHORS':
      return {
        fr: 'deux ancres (`&`) sur une même valeur ; attendu une ancre au plus',
        en: 'two anchors (`&`) on one value; expected one anchor at most',
      }
    case 'MULTIPLE_TAGS':
      return {
        fr: 'deux tags (`!`) sur une même valeur ; attendu un tag au plus, ou la valeur entre guillemets si `!` en fait partie',
        en: 'two tags (`!`) on one value; expected one tag at most, or the value in quotes if `!` is part of it',
      }
    case 'MULTIPLE_DOCS':
      return {
        fr: 'plusieurs documents YAML (une ligne `---` au milieu) ; attendu un seul document',
        en: 'several YAML documents (a `---` line in the middle); expected a single document',
      }
    case 'NON_STRING_KEY':
      return {
        fr: 'une clé qui n’est pas un texte (liste, table ou nombre) ; attendu une clé simple, par exemple `title`',
        en: 'a key that is not text (a list, a mapping or a number); expected a plain key, e.g. `title`',
      }
    case 'RESOURCE_EXHAUSTION':
      return {
        fr: 'une structure trop imbriquée pour être lue ; attendu moins de niveaux de listes et de tables les unes dans les autres',
        en: 'a structure nested too deep to be read; expected fewer levels of lists and mappings inside each other',
      }
    case 'TAG_RESOLVE_FAILED':
      return {
        fr: `un tag \`!…\` que YAML ne sait pas appliquer (${quote(message.replace(/^.*?: /, ''))}) ; attendu une valeur sans \`!\` devant, ou entre guillemets si elle commence par \`!\`, par exemple \`title: "!important"\``,
        en: `a \`!…\` tag YAML cannot apply (${quote(message.replace(/^.*?: /, ''))}); expected a value without a leading \`!\`, or in quotes if it starts with \`!\`, e.g. \`title: "!important"\``,
      }
    case 'BAD_COLLECTION_TYPE':
      return {
        fr: 'un tag de liste sur une table, ou de table sur une liste ; attendu le tag qui correspond, ou aucun tag',
        en: 'a list tag on a mapping, or a mapping tag on a list; expected the matching tag, or none',
      }
    default:
      return unknown(error, message)
  }
}

/** `BLOCK_AS_IMPLICIT_KEY` "Nested mappings are not allowed in compact mappings". */
function nestedMapping(line: Line | undefined): Text {
  const value = line ? line.text.slice(line.column) : undefined
  // The value itself holds `: ` (or ends with `:`): the colon of a title.
  if (line === undefined || value === undefined || /:(\s|$)/.test(value)) {
    const valid = line ? quotedValue(line.text) : undefined
    const example = valid ? quote(valid) : '`title: "Offre : services"`'
    return {
      fr: `un deux-points suivi d’une espace dans une valeur sans guillemets, que YAML lit comme une seconde clé ; attendu la valeur entre guillemets, par exemple ${example}`,
      en: `a colon followed by a space in an unquoted value, which YAML reads as a second key; expected the value in quotes, e.g. ${valid ? quote(valid) : '`title: "Offre : services"`'}`,
    }
  }
  // The value is fine: the line after is indented under it.
  const next = line.next?.trim()
  return {
    fr: `${next ? `la ligne ${quote(next)}` : 'la ligne suivante'} est plus indentée que ${quote(line.text.trim())}, et YAML la lit comme la suite de sa valeur ; attendu les clés d’un même niveau à la même colonne${next ? `, par exemple ${quote(next)} sans espaces devant` : ''}`,
    en: `${next ? `the line ${quote(next)}` : 'the next line'} is indented more than ${quote(line.text.trim())}, and YAML reads it as the rest of its value; expected the keys of one level at the same column${next ? `, e.g. ${quote(next)} with no spaces before it` : ''}`,
  }
}

function missingChar(message: string, line: Line | undefined): Text {
  const closing = /^Missing closing (["'])quote/.exec(message)
  if (closing) {
    const mark = closing[1] ?? '"'
    return {
      fr: `un guillemet \`${mark}\` ouvert et jamais fermé ; attendu le même guillemet à la fin de la valeur, par exemple \`title: ${mark}Offre de services${mark}\``,
      en: `a \`${mark}\` quote opened and never closed; expected the same quote at the end of the value, e.g. \`title: ${mark}Offre de services${mark}\``,
    }
  }
  if (/^Implicit map keys need to be followed by map values/.test(message)) {
    return {
      fr: `une ligne sans \`: \`${line ? ` (${quote(line.text.trim())})` : ''}, lue comme une clé sans valeur ; attendu \`clé: valeur\`, par exemple \`title: Offre de services\`, ou la suite de la valeur précédente indentée sous elle`,
      en: `a line without \`: \`${line ? ` (${quote(line.text.trim())})` : ''}, read as a key without a value; expected \`key: value\`, e.g. \`title: Offre de services\`, or the rest of the previous value indented under it`,
    }
  }
  if (/^Comments must be separated/.test(message)) {
    return {
      fr: 'un `#` collé à ce qui le précède ; attendu une espace avant le `#` d’un commentaire, par exemple `title: "Offre" # commentaire`, et entre guillemets un `#` qui fait partie du texte (`title: "C#"`)',
      en: 'a `#` right after something else; expected a space before the `#` of a comment, e.g. `title: "Offre" # comment`, and in quotes a `#` that is part of the text (`title: "C#"`)',
    }
  }
  const flow = /^(Flow (?:sequence|map)) must end with a (.)/.exec(message)
  if (flow) return unclosedFlow(flow[1] ?? '', flow[2] ?? ']', line)
  if (/^Missing , (or : )?between/.test(message)) {
    return {
      fr: 'une virgule manquante entre deux éléments de `[…]` ou `{…}` ; attendu les éléments séparés par `, `, par exemple `tags: [a, b]`',
      en: 'a missing comma between two items of `[…]` or `{…}`; expected the items separated by `, `, e.g. `tags: [a, b]`',
    }
  }
  if (/^Missing space after :/.test(message)) {
    return {
      fr: 'un `:` sans espace après lui dans `{…}` ; attendu `{clé: valeur}`, ou la valeur entre guillemets',
      en: 'a `:` with no space after it in `{…}`; expected `{key: value}`, or the value in quotes',
    }
  }
  if (/^Tags and anchors must be separated/.test(message)) {
    return {
      fr: 'un `&ancre` ou un `!tag` collé à ce qui suit ; attendu une espace après, par exemple `&nom valeur`, ou la valeur entre guillemets si `&` ou `!` en fait partie',
      en: 'an `&anchor` or a `!tag` right against what follows; expected a space after it, e.g. `&name value`, or the value in quotes if `&` or `!` is part of it',
    }
  }
  if (/^Sequence item without - indicator/.test(message)) {
    return {
      fr: 'un élément de liste sans tiret ; attendu `- ` devant chaque élément, par exemple `  - a`',
      en: 'a list item without a dash; expected `- ` before each item, e.g. `  - a`',
    }
  }
  if (/^Missing directives-end/.test(message) || /^Block collection cannot start on same line/.test(message)) {
    return {
      fr: 'une directive `%…`, ou une liste sur la ligne `---`, sans ligne `---` seule avant le contenu ; attendu le contenu sous une ligne `---` seule',
      en: 'a `%…` directive, or a list on the `---` line, with no `---` line of its own before the content; expected the content under a `---` line of its own',
    }
  }
  if (/^Block scalars with more-indented leading empty lines/.test(message)) {
    return {
      fr: 'un bloc `|` ou `>` dont les premières lignes vides sont plus indentées que le texte ; attendu un indicateur d’indentation (`|2`) ou des lignes vides sans espaces',
      en: 'a `|` or `>` block whose leading empty lines are indented more than its text; expected an indentation indicator (`|2`) or empty lines without spaces',
    }
  }
  if (/^Missing newline after block sequence props/.test(message)) {
    return {
      fr: 'une ancre ou un tag suivis d’une liste sur la même ligne ; attendu la liste à la ligne suivante',
      en: 'an anchor or a tag followed by a list on the same line; expected the list on the next line',
    }
  }
  return {
    fr: `un caractère manquant (${quote(message)}) ; attendu une paire \`clé: valeur\` par ligne, les valeurs qui contiennent \`: \`, \`#\` ou un guillemet entre guillemets`,
    en: `a missing character (${quote(message)}); expected one \`key: value\` pair per line, values that contain \`: \`, \`#\` or a quote in quotes`,
  }
}

function unclosedFlow(name: string, end: string, line: Line | undefined): Text {
  const open = end === ']' ? '[' : '{'
  const example = end === ']' ? '`tags: [a, b]`' : '`contact: {email: a@b.fr}`'
  const what = /map/i.test(name) ? { fr: 'une table', en: 'a mapping' } : { fr: 'une liste', en: 'a list' }
  // A text that starts with `[` (`title: [Page`) is meant as text: it goes in quotes.
  const text = line && line.text.includes(open) ? quotedValue(line.text) : undefined
  return {
    fr: `${what.fr} ouverte par \`${open}\` et jamais fermée, ou dont la suite n’est pas assez indentée ; attendu \`${end}\` à la fin, sur la même ligne, par exemple ${example}${text ? `, ou la valeur entre guillemets si \`${open}\` fait partie du texte : ${quote(text)}` : ''}`,
    en: `${what.en} opened with \`${open}\` and never closed, or whose rest is not indented enough; expected \`${end}\` at the end, on the same line, e.g. ${example}${text ? `, or the value in quotes if \`${open}\` is part of the text: ${quote(text)}` : ''}`,
  }
}

function badIndent(message: string, line: Line | undefined): Text {
  if (/^All mapping items must start at the same column/.test(message)) {
    return {
      fr: 'une clé qui ne commence pas à la même colonne que les autres clés de son niveau ; attendu les clés d’un même niveau alignées, par exemple `contact:` puis `  email: …` et `  url: …`, deux espaces devant chacune',
      en: 'a key that does not start at the same column as the other keys of its level; expected the keys of one level aligned, e.g. `contact:` then `  email: …` and `  url: …`, two spaces before each',
    }
  }
  if (/^All sequence items must start at the same column/.test(message)) {
    return {
      fr: 'un tiret qui ne commence pas à la même colonne que les autres éléments de la liste ; attendu les tirets alignés, par exemple `tags:` puis `  - a` et `  - b`',
      en: 'a dash that does not start at the same column as the other items of the list; expected the dashes aligned, e.g. `tags:` then `  - a` and `  - b`',
    }
  }
  const flow = /^(Flow (?:sequence|map)) in block collection must be sufficiently indented and end with a (.)/.exec(message)
  if (flow) return unclosedFlow(flow[1] ?? '', flow[2] ?? ']', line)
  if (/^Block scalar/.test(message)) {
    return {
      fr: 'une ligne d’un bloc `|` ou `>` moins indentée que sa première ligne ; attendu toutes les lignes du bloc indentées au moins autant que la première, par exemple `description: |` puis `  ligne 1` et `  ligne 2`',
      en: 'a line of a `|` or `>` block indented less than its first line; expected every line of the block indented at least as much as the first, e.g. `description: |` then `  line 1` and `  line 2`',
    }
  }
  if (/^Flow end indicator/.test(message)) {
    return {
      fr: 'un `]` ou `}` de fin à la colonne de la clé ; attendu plus indenté que la clé',
      en: 'a closing `]` or `}` at the column of the key; expected indented more than the key',
    }
  }
  return {
    fr: `une indentation incohérente (${quote(message)}) ; attendu des espaces, les éléments d’un même niveau à la même colonne`,
    en: `inconsistent indentation (${quote(message)}); expected spaces, the items of one level at the same column`,
  }
}

function unexpectedToken(message: string, line: Line | undefined): Text {
  if (/^Unexpected scalar at node end/.test(message)) {
    const closer = line ? line.text.slice(0, Math.max(0, line.column)).trimEnd().slice(-1) : ''
    if (closer === ']' || closer === '}') {
      const valid = line ? quotedValue(line.text) : undefined
      const example = valid ? quote(valid) : `\`title: "${closer === ']' ? '[Brouillon]' : '{Brouillon}'} Offre"\``
      return {
        fr: `du texte après le \`${closer}\` qui ferme ${closer === ']' ? 'une liste' : 'une table'} ; attendu la valeur entre guillemets si \`${closer === ']' ? '[' : '{'}\` fait partie du texte, par exemple ${example}`,
        en: `text after the \`${closer}\` that closes ${closer === ']' ? 'a list' : 'a mapping'}; expected the value in quotes if \`${closer === ']' ? '[' : '{'}\` is part of the text, e.g. ${example}`,
      }
    }
    return {
      fr: 'du texte après le guillemet qui ferme la valeur ; attendu toute la valeur entre les guillemets, des guillemets simples autour d’un texte qui contient des doubles, par exemple `title: \'Le "service" public\'`',
      en: 'text after the quote that closes the value; expected the whole value inside the quotes, single quotes around a text that contains double ones, e.g. `title: \'The "public" service\'`',
    }
  }
  if (/block-seq-ind on same line with key/.test(message)) {
    return {
      fr: 'un tiret `- ` juste après `clé:` sur la même ligne ; attendu les éléments de la liste sur les lignes suivantes (`tags:` puis `  - a`), ou la valeur entre guillemets si le tiret en fait partie (`title: "- a"`)',
      en: 'a `- ` dash right after `key:` on the same line; expected the list items on the next lines (`tags:` then `  - a`), or the value in quotes if the dash is part of it (`title: "- a"`)',
    }
  }
  if (/^Block scalar header includes extra characters/.test(message)) {
    return {
      fr: 'des caractères après `|` ou `>` ; attendu `|` ou `>` seul en fin de ligne, et le texte sur les lignes suivantes, indenté, ou la valeur entre guillemets si elle commence par `|` ou `>`',
      en: 'characters after `|` or `>`; expected `|` or `>` alone at the end of the line and the text on the next lines, indented, or the value in quotes if it starts with `|` or `>`',
    }
  }
  if (/^Unexpected (,|empty item) in flow/.test(message)) {
    return {
      fr: 'une virgule en trop dans `[…]` ou `{…}` ; attendu une virgule entre deux éléments seulement, par exemple `tags: [a, b]`',
      en: 'an extra comma in `[…]` or `{…}`; expected one comma between two items only, e.g. `tags: [a, b]`',
    }
  }
  const token = /: ("(?:[^"\\]|\\.)*")$/.exec(message)?.[1]
  let found = ''
  if (token) {
    try {
      found = ` (\`${String(JSON.parse(token)).slice(0, MAX_QUOTE)}\`)`
    } catch {
      found = ''
    }
  } else if (line) {
    found = ` (${quote(line.text.trim())})`
  }
  return {
    fr: `un élément inattendu à cet endroit${found} ; attendu une paire \`clé: valeur\` par ligne, les clés d’un même niveau à la même colonne et les valeurs qui commencent par un signe (\`:\`, \`-\`, \`[\`, \`{\`) entre guillemets`,
    en: `something unexpected here${found}; expected one \`key: value\` pair per line, the keys of one level at the same column and values that start with a sign (\`:\`, \`-\`, \`[\`, \`{\`) in quotes`,
  }
}

function unknown(error: YamlErrorLike, message: string): Text {
  const code = error.code ? `\`${error.code}\` : ` : ''
  const codeEn = error.code ? `\`${error.code}\`: ` : ''
  return {
    fr: `erreur de syntaxe YAML (${code}${message}) ; attendu des paires \`clé: valeur\`, une par ligne, indentées par des espaces`,
    en: `YAML syntax error (${codeEn}${message}); expected \`key: value\` pairs, one per line, indented with spaces`,
  }
}

function lineAt(source: string | undefined, offset: number | undefined): Line | undefined {
  if (source === undefined || offset === undefined || offset < 0) return undefined
  // An error at the end of a line (an unclosed quote) is about that line.
  let at = Math.min(offset, source.length)
  if (at > 0 && (at === source.length || source[at] === '\n') && source[at - 1] === '\n') at -= 1
  const start = source.lastIndexOf('\n', at - 1) + 1
  const endIndex = source.indexOf('\n', at)
  const end = endIndex === -1 ? source.length : endIndex
  const text = source.slice(start, end).replace(/\r$/, '')
  if (text.trim() === '') return undefined
  const nextEnd = endIndex === -1 ? -1 : source.indexOf('\n', endIndex + 1)
  const next = endIndex === -1 ? undefined : source.slice(endIndex + 1, nextEnd === -1 ? source.length : nextEnd).replace(/\r$/, '')
  return { text, column: offset - start, next: next === undefined || next.trim() === '' ? undefined : next }
}

/** `key: value` with the value in double quotes, or undefined when the line is not a plain pair. */
function quotedValue(text: string): string | undefined {
  const pair = /^(\s*(?:- )?)([^\s:#"'][^:#]*?|"[^"]*"|'[^']*'):[ \t]+(.*?)\s*$/.exec(text)
  if (!pair) return undefined
  const [, indent = '', key = '', value = ''] = pair
  if (value === '' || value.startsWith('"') || value.startsWith("'")) return undefined
  return `${indent.includes('-') ? '- ' : ''}${key}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** The key at the start of `text` (`title: …` → `title`). */
function keyOf(text: string): string | undefined {
  const match = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+?)\s*:(\s|$)/.exec(text)
  const key = match?.[1]
  if (key === undefined) return undefined
  return key.length > MAX_QUOTE ? `${key.slice(0, MAX_QUOTE)}…` : key
}

/** Code span of a text, shortened, without breaking on a backtick inside. */
function quote(text: string): string {
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text
  return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``
}
