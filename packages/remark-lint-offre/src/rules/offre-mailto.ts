/**
 * offre-mailto: the e-mail addresses a page gives, so that writing to the mission
 * works in one click and goes to the right place:
 * - a `mailto:` link whose address is malformed (`mailto:contact@code`), or link
 *   syntax broken by a space (`[écrire](mailto:contact @code.gouv.fr)`);
 * - a `mailto:` link whose visible text is another address than its URL;
 * - an address linked without its `mailto:` scheme (fix: insert it);
 * - an address in a code span (fix: a `mailto:` link);
 * - an address outside the `allow` list, when one is configured;
 * - one address given both as a link and as bare text: one message, at the second;
 * - a `mailto:` query field without its name (`?Ajouter+une+aide`, for `?subject=…`).
 *
 * Options: `{ allow?: string[] }`, exact addresses or `@domain` (that domain only).
 */
import { isEmail } from '@offre/model'
import type { Nodes, Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { placeOf, reportableRange } from '../places.js'
import { code, exact, ruleUrl, say } from '../report.js'
import { addressRange, addressesOf, contactsOf, type Occurrence } from './offre-mailto-contacts.js'
import { badOption, checkKnownKeys, inPageOrder, withCheckedOptions } from './offre-rule-support.js'

export interface MailtoOptions {
  /** Addresses the pages may give: `contact@code.gouv.fr`, or `@numerique.gouv.fr` for a whole domain. */
  allow?: string[]
}

const ID = 'offre-mailto'
const VALID_FORM = 'nom@domaine.fr'

function checkOptions(options: unknown): void {
  const { allow } = checkKnownKeys(ID, options, ['allow'])
  if (allow === undefined) return
  const valid = (entry: unknown): boolean => typeof entry === 'string' && (isEmail(entry) || (entry.startsWith('@') && isEmail(`x${entry}`)))
  if (!Array.isArray(allow) || !allow.every(valid)) badOption(ID, 'allow', 'a list of addresses or `@domain`, such as `["contact@code.gouv.fr", "@numerique.gouv.fr"]`', allow)
}

function isAllowed(address: string, allow: readonly string[]): boolean {
  const lower = address.toLowerCase()
  return allow.some((entry) => (entry.startsWith('@') ? lower.endsWith(entry.toLowerCase()) : lower === entry.toLowerCase()))
}

const rule = lintRule<Root, MailtoOptions | undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, (tree, file, options) => {
  const first = file.messages.length
  const page = contactsOf(tree, String(file.value ?? ''))
  const nodeRange = (node: Nodes): [number, number] => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]
  // A range inside a link's URL, or the whole link when the URL starts in the page's final gap.
  const inLink = (node: Nodes, range: [number, number]): [number, number] => reportableRange(tree, range, nodeRange(node))

  for (const { node, url, start, end } of page.mailtoUrls) {
    for (const address of addressesOf(url)) {
      if (isEmail(address)) continue
      const written = addressRange(String(file.value ?? ''), start, end, address)
      const [from, to] = written ? inLink(node, written) : start !== undefined && end !== undefined ? inLink(node, [start, end]) : nodeRange(node)
      // No `expected`: the form an address takes is no replacement for this one.
      say(file, {
        fr: `${code(url)} : adresse mal formée ${code(address)}, attendu une adresse de la forme ${code(VALID_FORM)}`,
        en: `Unexpected malformed address ${code(address)} in ${code(url)}, expected an address such as ${code(VALID_FORM)}`,
        ...exact(file, from, to),
      })
    }
  }
  for (const { node, url, start, end } of page.mailtoUrls) {
    const query = url.indexOf('?')
    if (query < 0) continue
    // RFC 6068: the query is `name=value` fields joined by `&` (`?subject=…&body=…`); a field without
    // its name (`?Ajouter+une+aide`) is dropped by mail clients, and the subject with it.
    const fields = url.slice(query + 1).split('&')
    const nameless = fields.find((field) => field !== '' && !/^[A-Za-z][A-Za-z0-9-]*=/.test(field))
    if (nameless === undefined) continue
    const written = start !== undefined && end !== undefined ? String(file.value ?? '').indexOf(nameless, start) : -1
    const [from, to] = written >= 0 && written < (end ?? 0) ? inLink(node, [written, written + nameless.length]) : nodeRange(node)
    say(file, {
      fr: `${code(`?${nameless}`)} : champ sans nom dans le lien mailto, le client de messagerie l’ignore ; attendu ${code(`?subject=${nameless}`)}`,
      en: `Unexpected field without a name ${code(`?${nameless}`)} in the mailto link, which mail clients ignore; expected ${code(`?subject=${nameless}`)}`,
      ...exact(file, from, to, ['subject='], [from, from]),
      fix: { start: from, end: from, text: 'subject=' },
    })
  }
  for (const broken of page.broken) {
    // The link with the spaces of its address removed, when that makes an address.
    const repaired = /\]\([ \t]*mailto:([^)\n]*)\)?$/i.exec(broken.text)
    const address = repaired?.[1]?.replace(/\s+/g, '') ?? ''
    const candidate = repaired !== null && isEmail(address) ? [`${broken.text.slice(0, repaired.index)}](mailto:${address})`] : undefined
    say(file, {
      fr: `${code(broken.text)} : lien mailto mal écrit (espace dans l’adresse ?), attendu ${code(`[texte](mailto:${VALID_FORM})`)}`,
      en: `Unexpected link syntax ${code(broken.text)} (a space in the address?), expected ${code(`[text](mailto:${VALID_FORM})`)}`,
      ...exact(file, broken.start, broken.end, candidate),
    })
  }
  for (const { node, url, text, textStart, textEnd } of page.labelled) {
    const shown = text.trim().replace(/^mailto:/i, '')
    const addresses = addressesOf(url).map((a) => a.toLowerCase())
    if (!isEmail(shown) || addresses.includes(shown.toLowerCase())) continue
    // The place is the link's text: the link's own address, written there, is a replacement.
    say(file, {
      fr: `${code(shown)} : le lien affiche une autre adresse que celle où il écrit (${code(url)}), mettre la même des deux côtés`,
      en: `Unexpected link text ${code(shown)} for ${code(url)}, expected the address the link writes to`,
      ...(textStart !== undefined && textEnd !== undefined ? exact(file, textStart, textEnd, addressesOf(url)) : exact(file, ...nodeRange(node))),
    })
  }
  for (const { url, start, end, node } of page.schemeless) {
    const [from, to] = start !== undefined && end !== undefined ? inLink(node, [start, end]) : nodeRange(node)
    say(file, {
      fr: `${code(url)} : lien sans ${code('mailto:')}, écrire ${code(`mailto:${url}`)}`,
      en: `Unexpected e-mail link without scheme ${code(url)}, expected ${code(`mailto:${url}`)}`,
      ...(start !== undefined && end !== undefined ? exact(file, from, to, [`mailto:${url}`], [start, end]) : exact(file, from, to)),
      ...(start !== undefined ? { fix: { start, end: start, text: 'mailto:' } } : {}),
    })
  }
  reportCodeSpans(file, page.occurrences)
  if (options?.allow !== undefined) {
    for (const occurrence of page.occurrences) {
      if (!isEmail(occurrence.address) || isAllowed(occurrence.address, options.allow)) continue
      // No `expected`: an allowed address or domain is no replacement for this one.
      say(file, {
        fr: `${code(occurrence.address)} : adresse hors de la liste autorisée, attendu ${options.allow.map(code).join(' ou ')}`,
        en: `Unexpected address ${code(occurrence.address)}, expected ${options.allow.map(code).join(' or ')}`,
        ...exact(file, ...where(tree, occurrence)),
      })
    }
  }
  reportMixedForms(tree, file, page.occurrences)
  inPageOrder(file, first)
})

/** The source range to report an occurrence at: the address itself when it is written as is, else the occurrence. */
function where(tree: Root, occurrence: Occurrence): [number, number] {
  return occurrence.addressAt === undefined ? [occurrence.start, occurrence.end] : reportableRange(tree, occurrence.addressAt, [occurrence.start, occurrence.end])
}

function lineOf(file: VFile, offset: number): number {
  return placeOf(file, offset, offset).start.line
}

/** A code span is not clickable: the address becomes a `mailto:` link. */
function reportCodeSpans(file: VFile, occurrences: Occurrence[]): void {
  for (const occurrence of occurrences.filter((o) => o.form === 'code')) {
    const link = `[${occurrence.address}](mailto:${occurrence.address})`
    const linked = occurrences.find((o) => o.form === 'mailto' && o.address.toLowerCase() === occurrence.address.toLowerCase())
    const where = linked === undefined ? ['', ''] : [`, comme ligne ${lineOf(file, linked.start)}`, `, as on line ${lineOf(file, linked.start)}`]
    say(file, {
      fr: `${code(occurrence.address)} : adresse en code, écrire un lien mailto${where[0]} : ${code(link)}`,
      en: `Unexpected address in code ${code(occurrence.address)}, expected a mailto link${where[1]}: ${code(link)}`,
      ...exact(file, occurrence.start, occurrence.end, [link]),
      fix: { start: occurrence.start, end: occurrence.end, text: link },
    })
  }
}

/** One address given as a link and as bare text: one message, at the second form, pointing to the first. */
function reportMixedForms(tree: Root, file: VFile, occurrences: Occurrence[]): void {
  const first = new Map<string, Occurrence>()
  const reported = new Set<string>()
  for (const occurrence of occurrences) {
    if (occurrence.form === 'code') continue
    const key = occurrence.address.toLowerCase()
    const earlier = first.get(key)
    if (earlier === undefined) first.set(key, occurrence)
    if (earlier === undefined || earlier.form === occurrence.form || reported.has(key)) continue
    reported.add(key)
    const [frForm, enForm] = occurrence.form === 'text' ? ['en texte simple', 'as plain text'] : ['en lien', 'as a link']
    const [frFirst, enFirst] = earlier.form === 'text' ? ['en texte simple', 'as plain text'] : ['en lien mailto', 'as a mailto link']
    const line = lineOf(file, earlier.start)
    const [from, to] = where(tree, occurrence)
    // Bare text becomes the link; a link given after the text is fine as it stands (the text is what changes).
    const link = occurrence.form === 'text' && occurrence.addressAt !== undefined ? [`[${occurrence.address}](mailto:${occurrence.address})`] : undefined
    say(file, {
      fr: `${code(occurrence.address)} : donnée ici ${frForm} et ligne ${line} ${frFirst}, donner l’adresse sous une seule forme (lien mailto)`,
      en: `Unexpected ${code(occurrence.address)} ${enForm}, given ${enFirst} on line ${line}; expected one form (a mailto link)`,
      ...exact(file, from, to, link),
    })
  }
}

const remarkLintOffreMailto = withCheckedOptions(rule, checkOptions)

export default remarkLintOffreMailto
