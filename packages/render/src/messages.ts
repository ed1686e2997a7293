/**
 * The renderer's messages, in French for content editors: what was not rendered
 * and why. They go on the page's vfile beside the model's, with their own
 * `source`, so the CLI and editors' tools read every message the same way.
 */
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** Origin of the renderer's messages on `file.messages` (`source` field). */
export const RENDER_SOURCE = 'offre-render'

const DOCS = 'https://github.com/codegouvfr/offre/tree/main/packages/render#messages'

type Params = Record<string, string | number>

const catalog = {
  'unrendered-shortcode': (p: Params) =>
    `Shortcode Nunjucks \`${p.name}\` non rendu : remplacé par l’encadré « contenu non rendu : ${p.name} »`,
  'unclosed-container': (p: Params) => `Bloc \`:::${p.name}\` non fermé : ajoutez une ligne \`:::\` à la fin du bloc`,
  'missing-image': (p: Params) =>
    `Image introuvable : \`${p.src}\` n’existe pas (chemin relatif à la page) ; encadré « Image introuvable » affiché à sa place`,
  'blocked-iframe': (p: Params) =>
    `Intégration retirée : \`${p.src}\` n’est pas sur la liste des hôtes autorisés (${p.hosts})`,
  'missing-iframe-title': (p: Params) =>
    `Intégration sans titre (\`${p.src}\`) : ajoutez un attribut \`title\` qui décrit son contenu ; titre par défaut ajouté`,
  'blocked-media': (p: Params) =>
    `\`${p.key}.src\` retiré : \`${p.src}\` n’est pas sur la liste des hôtes autorisés (${p.hosts})`,
  'renamed-id': (p: Params) => `Identifiant \`${p.id}\` déjà utilisé dans la page : renommé en \`${p.renamed}\``,
  'invalid-url': (p: Params) => `Adresse de page invalide \`${p.url}\` : ${p.reason}`,
  'internal-error': (p: Params) => `Erreur interne du rendu : ${p.detail} (signalez-la avec ce fichier)`,
  'url-collision': (p: Params) => `Adresse \`${p.url}\` déjà produite par \`${p.other}\` : changez \`permalink\` ou le nom du fichier`,
} satisfies Record<string, (p: Params) => string>

export type RenderMessageId = keyof typeof catalog

export interface RenderReport {
  node?: Node | undefined
  params?: Params
  /** Errors stop the page from being published; the default is a warning. */
  fatal?: boolean
  actual?: string
}

/** Adds a message of the renderer to `file`. */
export function report(file: VFile, id: RenderMessageId, options: RenderReport = {}): VFileMessage {
  const message = file.message(catalog[id](options.params ?? {}), {
    place: options.node?.position,
    ruleId: id,
    source: RENDER_SOURCE,
  })
  message.fatal = options.fatal ?? false
  message.url = DOCS
  if (options.actual !== undefined) message.actual = options.actual
  return message
}

/** Shortens a value shown in a message. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
