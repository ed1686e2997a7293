/**
 * Heading ids and URL slugs the way the code.gouv.fr site (Eleventy's `slugify`
 * filter, @sindresorhus/slugify) makes them: lower case, accents removed, ligatures
 * spelled out, every run of other characters turned into one `-`. Kept here, small
 * and dependency-free, because the parser, the link checker and the renderer must
 * agree on it byte for byte.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', '&': ' and ' }

export function slugify(text: string): string {
  return text
    .replace(/[œŒæÆß&]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Makes unique ids for the headings of one page, as markdown-it-anchor does: the
 * second "Contact" becomes `contact-1`.
 */
export class Slugger {
  readonly #seen = new Map<string, number>()

  slug(text: string): string {
    const base = slugify(text) || 'section'
    let slug = base
    let count = this.#seen.get(base) ?? 0
    while (this.#seen.has(slug)) slug = `${base}-${++count}`
    this.#seen.set(base, count)
    this.#seen.set(slug, 0)
    return slug
  }
}
