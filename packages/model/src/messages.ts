/**
 * The parser's messages, in French for content editors (English on request), and
 * the one helper that attaches them to the vfile with a rule id, a place and a
 * severity, so every consumer (CLI, lint, IDE) reads them the same way.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Span } from './schema.js'

export type Locale = 'fr' | 'en'

/** Origin of the model's messages on `file.messages` (`source` field). */
export const MESSAGE_SOURCE = 'offre-model'

const DOCS = 'https://github.com/codegouvfr/offre/tree/main/packages/model#messages'

type Params = Record<string, string | number>
type Catalog = Record<string, { fr: (p: Params) => string; en: (p: Params) => string }>

const catalog = {
  'empty-file': {
    fr: () => 'Fichier vide : une page attend un front matter (`---`) avec au moins `title`',
    en: () => 'Empty file: a page expects front matter (`---`) with at least `title`',
  },
  'binary-file': {
    fr: (p) => `Fichier binaire (octet \`${p.byte}\` à l’offset ${p.offset}) : attendu un texte markdown en UTF-8`,
    en: (p) => `Binary file (byte \`${p.byte}\` at offset ${p.offset}): expected UTF-8 markdown text`,
  },
  'invalid-utf8': {
    fr: () => 'Encodage invalide : le fichier n’est pas en UTF-8 valide (caractères remplacés par `�`)',
    en: () => 'Invalid encoding: the file is not valid UTF-8 (characters replaced by `�`)',
  },
  'missing-front-matter': {
    fr: () => 'Front matter absent : ajoutez en tête de fichier `---`, `title: …`, `---`',
    en: () => 'Missing front matter: start the file with `---`, `title: …`, `---`',
  },
  'unclosed-front-matter': {
    fr: () => 'Front matter non fermé : la ligne `---` de fin est introuvable',
    en: () => 'Unclosed front matter: the closing `---` line is missing',
  },
  'yaml-syntax': {
    fr: (p) => `YAML invalide dans le front matter : ${p.detail}`,
    en: (p) => `Invalid YAML in front matter: ${p.detail}`,
  },
  'front-matter-not-mapping': {
    fr: (p) => `Front matter inattendu : attendu des paires \`clé: valeur\`, reçu ${p.actual}`,
    en: (p) => `Unexpected front matter: expected \`key: value\` pairs, got ${p.actual}`,
  },
  'unknown-key': {
    fr: (p) => `Clé de front matter inconnue \`${p.key}\` : elle est conservée mais le site l’ignore (clés connues : ${p.known})`,
    en: (p) => `Unknown front matter key \`${p.key}\`: kept, but the site ignores it (known keys: ${p.known})`,
  },
  'missing-key': {
    fr: (p) => `Clé \`${p.key}\` manquante dans ${p.where}`,
    en: (p) => `Missing key \`${p.key}\` in ${p.where}`,
  },
  'schema': {
    fr: (p) => `Valeur invalide pour \`${p.path}\` : ${p.detail}, reçu ${p.actual}`,
    en: (p) => `Invalid value for \`${p.path}\`: ${p.detail}, got ${p.actual}`,
  },
  'too-large': {
    fr: (p) => `Fichier trop gros (${p.size} octets) : la limite est de ${p.limit} octets (option \`maxFileSize\`)`,
    en: (p) => `File too large (${p.size} bytes): the limit is ${p.limit} bytes (option \`maxFileSize\`)`,
  },
  'too-deep': {
    fr: (p) => `Imbrication trop profonde (${p.depth} niveaux de listes, de citations ou d’indentation sur cette ligne) : la limite est de ${p.limit} niveaux, le fichier n’est pas analysé`,
    en: (p) => `Nesting too deep (${p.depth} levels of lists, quotes or indentation on this line): the limit is ${p.limit} levels, the file is not analysed`,
  },
  'internal-error': {
    fr: (p) => `Erreur interne du modèle : ${p.detail} (signalez-la avec ce fichier)`,
    en: (p) => `Internal model error: ${p.detail} (please report it with this file)`,
  },
} satisfies Catalog

export type MessageId = keyof typeof catalog

/** Renders message `id` in `locale`. */
export function formatMessage(id: MessageId, params: Params = {}, locale: Locale = 'fr'): string {
  return catalog[id][locale](params)
}

export interface ReportOptions {
  place?: Span | undefined
  params?: Params
  fatal?: boolean
  actual?: string
  expected?: string[]
  locale?: Locale
}

/** Adds a message of the model to `file`; errors have `fatal: true`, warnings `false`. */
export function report(file: VFile, id: MessageId, options: ReportOptions = {}): VFileMessage {
  // Every message has a place: the start of the file when nothing more precise is known.
  const place = options.place ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
  const message = file.message(formatMessage(id, options.params, options.locale), {
    place,
    ruleId: id,
    source: MESSAGE_SOURCE,
  })
  message.fatal = options.fatal ?? true
  message.url = `${DOCS}-${id}`
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  return message
}

/** Shortens a received value for a message: JSON, at most `max` characters. */
export function shorten(value: unknown, max = 40): string {
  let text: string
  try {
    text = value === undefined ? 'rien' : JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
