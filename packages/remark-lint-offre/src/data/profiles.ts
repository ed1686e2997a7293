/**
 * Required-sections profiles: the H2/H3 outline a kind of page must follow, written
 * as markdownlint's MD043 writes it: one entry per heading (`## Texte exact`), or a
 * wildcard: `*` any number of other headings, `+` one or more, `?` exactly one.
 * Headings deeper than the deepest listed level are free. A page takes the profile of
 * the first glob of `PROFILE_GLOBS` matching its content path.
 */

export const PROFILES: Readonly<Record<string, readonly string[]>> = {
  /**
   * The service offer of the mission (code.gouv.fr/fr/mission/offre-de-services/),
   * as published on 2025-02-04: seven sections, the second with three sub-sections.
   */
  offre: [
    "## Accompagnement à l'ouverture des codes sources",
    "## Accompagnement à l'utilisation des logiciels libres",
    '### Sur le socle interministériel de logiciels libres (SILL)',
    "### Sur les marchés interministériels de support et d'expertise",
    "### Sur l'achat de prestations logicielles impliquant des logiciels libres",
    '## Accompagnement stratégique',
    '## Culture générale',
    '## Mise en relation',
    '## Formations',
    '## Nous ne répondons pas',
  ],
  /** Any other page: no required heading (duplicates, skipped levels and H1 are still checked). */
  page: ['*'],
}

export interface ProfileGlob {
  /** Content path glob (`fr/mission/**`): `**` any folders, `*` and `?` within a name. */
  glob: string
  /** A profile name of `PROFILES`, or the headings themselves. */
  profile: string | readonly string[]
}

export const PROFILE_GLOBS: readonly ProfileGlob[] = [
  { glob: 'fr/mission/**', profile: 'offre' },
  // The site's own repository keeps the offer page here, served at /fr/mission/.
  { glob: 'fr/about/offre-de-services.md', profile: 'offre' },
  { glob: '**', profile: 'page' },
]
