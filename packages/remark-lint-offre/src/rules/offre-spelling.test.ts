import { readFileSync } from 'node:fs'
import path from 'node:path'
import { siteContentDir, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { lint, summary, docExamples } from '../testing.js'

const only = ['offre-spelling']
const example = docExamples('offre-spelling')

describe('offre-spelling', () => {
  it('flags an unknown word with its best suggestions, as a warning without fix', async () => {
    const [message, ...rest] = await lint('Les solutions exsitantes.\n', { only })
    expect(rest).toEqual([])
    expect(summary([message!])).toEqual(['1:15-1:25 offre-spelling exsitantes'])
    expect(message?.expected?.[0]).toBe('existantes')
    expect(message?.reason).toMatch(/^`exsitantes` : mot inconnu, vouliez-vous dire `existantes` \?/)
    expect(message?.fatal).toBe(false)
    expect('fix' in message!).toBe(false)
  })

  it('knows elisions, both apostrophes, compounds, and case at sentence start', async () => {
    expect(await lint('L’administration et l\'État. Existe-t-il un équivalent ? Aujourd’hui, c’est-à-dire.\n', { only })).toEqual([])
  })

  it('leaves code, URLs, addresses, HTML, Nunjucks and foreign emphasis alone', async () => {
    const markdown = [
      'Voir `logciel`, https://example.org/exsitantes et exsitantes@example.org.',
      '',
      '<div class="fr-callout">exsitantes</div>',
      '',
      '{% imageContent "exsitantes.png" %}',
      '',
      'Le *sustainable software* est un sujet.',
      '',
    ].join('\n')
    expect(await lint(markdown, { only })).toEqual([])
  })

  it('leaves a word cut at a line’s end to offre-typography, which mends it whole', async () => {
    expect(await lint('Une démarche communau- taire.\n', { only })).toEqual([])
    expect((await lint('Une démarche communau taire.\n', { only })).map((message) => message.actual)).toEqual(['communau'])
  })

  it('knows proper nouns, acronyms and capitalised names inside a sentence', async () => {
    expect(await lint('Le SILL, la DINUM, les BlueHats, les AMDAC et les OSPO travaillent avec Forgejo et Grommelot.\n', { only })).toEqual([])
  })

  it('skips blocks written in English', async () => {
    expect(await lint('This is the list of the sustainable projects.\n', { only })).toEqual([])
  })

  it('takes the project vocabulary and `<!--spell ignore-->` words', async () => {
    expect(await lint('Le garagethon.\n', { only, settings: { vocabulary: ['garagethon'] } })).toEqual([])
    expect(await lint('<!--spell ignore garagethon-->\n\nLe garagethon.\n', { only })).toEqual([])
    expect(await lint('Le garagethon.\n', { only, rules: { 'offre-spelling': { words: ['garagethon'] } } })).toEqual([])
  })

  it('does not check pages in English folders', async () => {
    expect(await lint('Les solutions exsitantes.\n', { only, path: 'en/page.md' })).toEqual([])
  })

  it('finds the real misspellings of code.gouv.fr', async () => {
    const found = new Set<string>()
    for (const page of sitePages()) {
      const contentPath = path.relative(siteContentDir, page)
      const messages = await lint(readFileSync(page, 'utf8'), { only, path: contentPath, settings: { contentPath } })
      for (const message of messages) found.add(String(message.actual))
    }
    for (const word of [
      'exsitantes', 'potéger', 'accessiblité', 'écosytème', 'logciel', 'permanant', 'actuellment',
      // Missed before: in italics, capitalised inside a sentence, far from every word, in the front matter,
      // misspelt anglicisms, a slip of a known name, a compound.
      'complete', 'Rejoingez', 'Ingéniérie', 'pageale', 'node-oicd-provider', 'interactf', 'recompensé', 'license',
      'recommendations', 'Javascirpt', 'produc-owner',
      // A French word alone in italics, a capital after an opening bracket, a prefix the dictionary glues.
      'intéropérabilité', 'Assitance', 'visio-conférence', 'Titualire', 'beta',
    ]) {
      expect([...found].some((f) => f === word || f.endsWith(`'${word}`) || f.endsWith(`’${word}`)), word).toBe(true)
    }
    // A capital without its accent (`Echéances`, `Evolutive`) is offre-typography's, with its fix: not said twice.
    expect(found.has('Echéances')).toBe(false)
  })
})

describe('offre-spelling: the docs examples', () => {
  it('reports what the failing example says', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
  })

  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})

/** The words flagged in `markdown` (offre-spelling only). */
async function flagged(markdown: string, options: { path?: string } = {}): Promise<string[]> {
  return (await lint(markdown, { only, ...options })).map((message) => String(message.actual))
}

describe('offre-spelling: the families of issue 14 (sentences of code.gouv.fr)', () => {
  it('checks emphasis written in French and skips emphasis in another language', async () => {
    expect(await flagged('*Participer à la plus complete suite WEB pour la gestion des entreprises*\n')).toEqual(['complete'])
    expect(await flagged('*Rejoingez un projet RTE et Linux Foundation*\n')).toEqual(['Rejoingez'])
    expect(await flagged('Nous publions un *guide interactf* pour les administrations.\n')).toEqual(['interactf'])
    const foreign = 'La liste des licences libres autorisées inclut désormais les licences *European Union Public Licence* et *Eclipse Public License*, deux licences.\n'
    expect(await flagged(foreign)).toEqual([])
    expect(await flagged('Le *sustainable software* est un sujet.\n')).toEqual([])
  })

  it('checks a French word alone in italics, and leaves a foreign one alone', async () => {
    // code.gouv.fr, rencontre LibreOffice 2023: the same slip outside italics was always found.
    const [message, ...rest] = await lint('L’objectif est de favoriser l’*intéropérabilité* des documents bureautiques.\n', { only })
    expect(rest).toEqual([])
    expect(message?.actual).toBe('intéropérabilité')
    expect(message?.expected?.[0]).toBe('interopérabilité')
    expect(await flagged('Un *commit*, un *café*, le *sprint*, une *hackathon* et *perché* en italique.\n')).toEqual([])
  })

  it('reads an opening bracket as the start of a sentence: a capitalised slip there is a typo', async () => {
    const [message, ...rest] = await lint('- son exploitation (Assitance à l’exploitation),\n', { only })
    expect(rest).toEqual([])
    expect(message?.expected?.[0]).toBe('Assistance')
    expect(await flagged('Le projet (Linux Foundation) et la forge (Gitea) avancent.\n')).toEqual([])
  })

  it('takes a capitalised slip of a word the page writes again and again for a typo, even beside a name', async () => {
    // code.gouv.fr, the interministerial support contracts: one `Titualire` among the lots' `Titulaire`.
    const lots = ['- Lot 3 : PostgreSQL – Titulaire Dalibo notifié le 21/03/2025 ;', '- Lot 4 : Openstack – Titulaire Worteks notifié le 23/12/2024 ;', '- Lot 5 : Moodle – Titualire Soprasteria notifié le 15/04/2025 ;', '']
    // (`Openstack` is the name `OpenStack` miscased, as the page writes it.)
    expect(await flagged(lots.join('\n'))).toEqual(['Openstack', 'Titualire'])
    expect(await flagged('- Lot 5 : Moodle – Titualire Soprasteria notifié le 15/04/2025 ;\n')).toEqual([])
  })

  it('wants `bêta` in French prose, and leaves a version’s label alone', async () => {
    // code.gouv.fr, gazette BlueHats n°7.
    const [message, ...rest] = await lint('La plateforme est mise à jour, et passe en version beta. La version 0.4.0-beta.0 est utilisable.\n', { only })
    expect(rest).toEqual([])
    expect([message?.actual, message?.expected?.[0]]).toEqual(['beta', 'bêta'])
  })

  it('writes a name with inner capitals as it is written, and lets it be typed all in lower case', async () => {
    // code.gouv.fr, BSoC contributions: `Javascript`, `Github`, `Postgis`.
    const messages = await lint('Le projet, écrit en Javascript, est publié sur Github avec Postgis.\n', { only })
    expect(messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['Javascript', 'JavaScript'],
      ['Github', 'GitHub'],
      ['Postgis', 'PostGIS'],
    ])
    expect(await flagged('Le projet, écrit en JavaScript, est publié sur GitHub, sur github et sur l’instance GitLab.\n')).toEqual([])
    expect(await lint('Le projet est publié sur Github.\n', { only, settings: { vocabulary: ['Github'] } })).toEqual([])
  })

  it('wants a prefixed word glued where the dictionary glues it, and keeps `co-` hyphenated', async () => {
    const [message, ...rest] = await lint('- Echanges principalement réalisés par visio-conférence (BigBlueButton).\n', { only })
    expect(rest.map((other) => other.actual)).toEqual([])
    expect([message?.actual, message?.expected?.[0]]).toEqual(['visio-conférence', 'visioconférence'])
    expect(await flagged('Un atelier co-organisé avec un co-président, en multi-acteurs.\n')).toEqual([])
  })

  it('takes a capitalised word inside a sentence for a typo when it is a common word with its accents wrong', async () => {
    const sentence = '[Fordj](https://fordj.org/) est une forge développée pour le domaine de l’Architecture, de l’Ingéniérie et de la Construction (AEC).\n'
    const [message, ...rest] = await lint(sentence, { only })
    expect(rest).toEqual([])
    expect(message?.actual).toBe('l’Ingéniérie')
    expect(message?.expected?.[0]).toBe('l’Ingénierie')
    // Names stay names: beside another name, after an initial, far from every word.
    expect(await flagged('- Antoine Riviere : chargé de mission observatoire, développeur.\n')).toEqual([])
    expect(await flagged('Karl Heinz Marbaise, président du comité de gestion du projet Apache.\n')).toEqual([])
  })

  it('takes a long capitalised word one lost letter from a common word for a typo, not a hyphenated place', async () => {
    // bluehats_2, line 12.
    expect(await flagged('Le 13 juin, une journée sur les logiciels libres est organisée par la Commssion européenne à Bruxelles.\n')).toEqual(['Commssion'])
    // bluehats_18: the national park.
    expect(await flagged('Une rencontre au parc national de Port-Cros, en présence des équipes.\n')).toEqual([])
  })

  it('takes a name one letter off the name the page writes beside the same word for a slip of it', async () => {
    // bluehats_17, lines 120 and 122.
    const page = '### Une double séance Eclipse Foundation se tiendra le 23 juin 2022\n\nDeux séances présentées par l\'Exclipse Foundation sont au programme.\n'
    const [message, ...rest] = await lint(page, { only })
    expect(rest).toEqual([])
    expect(message?.actual).toBe("l'Exclipse")
    expect(message?.expected).toEqual(["l'Eclipse"])
    // The form the page writes more often is the name (beta.gouv.fr's acceslibre page); a plural is no slip.
    expect(await flagged('Acceslibre publie les lieux. Acceslibre publie leurs accès.\n\nLe site Accelibre publie ses données.\n')).toEqual(['Accelibre'])
    expect(await flagged('Un Écolieu de Bretagne, et les Écolieux de France.\n')).toEqual([])
  })

  it('takes a long name written once for a slip of the one-letter-off name the page writes twice or the rule knows, camel case too', async () => {
    // beta.gouv.fr: pilotagevoiepro (line 98), mutafriches (line 88), mes-aides (line 54).
    expect(await flagged('Avec Inserjeunes, puis Inserjeunes encore.\n\nLa mission interministérielle Inserjeurnes suit les élèves.\n')).toEqual(['Inserjeurnes'])
    const [message] = await lint('En revanche, seul OpenFisa (le moteur de calculs) permet de créer un simulateur.\n', { only })
    expect(message?.expected).toEqual(['OpenFisca'])
    // Two names written once each, and a camel-case name far from any: names.
    expect(await flagged('Avec Matthieu et Mathieu, sur DataPass et MonComptePro.\n')).toEqual([])
  })

  it('reads a capitalised word without its accents beside another for a slip, not a name', async () => {
    // bluehats_2, line 47: both words lost their accents; the speller names the first.
    expect(await flagged("Dans le cadre du programme Entrepreneur d'Interet General, trois personnes ont rejoint la Cour.\n")).toEqual(["d'Interet"])
    // A first name the dictionary capitalises stays a name (sysma: `Antoine Riviere`).
    expect(await flagged('- Antoine Riviere : chargé de mission observatoire, développeur.\n')).toEqual([])
  })

  it('reports an unknown word without a close correction when nothing marks it as a name', async () => {
    const [message, ...rest] = await lint('* une adresse pageale dans l’[annuaire de l’administration](https://lannuaire.service-public.fr/).\n', { only })
    expect(rest).toEqual([])
    expect(message?.actual).toBe('pageale')
    expect(message?.reason).toMatch(/^`pageale` : mot inconnu/)
    // Capitalised, or in a run of foreign words: a name or a foreign term.
    expect(await flagged('- Participer à l’intégration de logiciel opensource (kubernetes, vault, keycloak, minio)\n')).toEqual([])
    expect(await flagged('Le projet Grommelot avance.\n')).toEqual([])
  })

  it('checks the prose of the front matter at its place in the YAML', async () => {
    const page = [
      '---', 'title: "Les prix BlueHats 2024"', 'image:', '  path: ./bluehats-logo.png', '  alt: "node-oicd-provider remporte le deuxième prix BlueHats"', '---', '',
      'Le mainteneur du logiciel libre node-oidc-provider est récompensé pour son implication de longue date.', '',
      '- [node-oidc-provider remporte le deuxième prix BlueHats](/fr/bluehats/prix/)', '',
    ].join('\n')
    const [message, ...rest] = await lint(page, { only })
    expect(rest).toEqual([])
    // A slip of the package name the page writes again and again.
    expect(message?.actual).toBe('node-oicd-provider')
    expect(message?.expected).toEqual(['node-oidc-provider'])
    expect(summary([message!])).toEqual(['5:9-5:27 offre-spelling node-oicd-provider'])
    // Keys, paths and English titles are not French prose.
    expect(await flagged('---\ntitle: "Interview with Johan Linåker about the Report on software reuse"\nlayout: layouts/post.njk\n---\n\nTexte.\n')).toEqual([])
  })

  it('knows English words in an English context, and still finds misspelt anglicisms', async () => {
    expect(await flagged('- Compétences en machine learning appliqués au son.\n')).toEqual([])
    expect(await flagged('L’accompagnement pourra prendre différentes formes : canaux de discussion slack, visios, présentiel.\n')).toEqual([])
    expect(await flagged('Voir le [Language Server Protocol](https://microsoft.github.io/language-server-protocol/) de publicodes.\n')).toEqual([])
    expect(await flagged('Il s’agit d’un générateur de site statique sous license MIT, basé sur React.\n')).toEqual(['license'])
    expect(await flagged('La diffusion de la video s’effectue en HTML5 (HLS et MP4).\n')).toEqual(['video'])
    expect(await flagged('Par example, les administrations publient leurs codes sources.\n')).toEqual(['example'])
  })

  it('accepts the spellings of the 1990 reform', async () => {
    expect(await flagged('- NodeJS (maitrise syntaxe ES7 avec async / await)\n')).toEqual([])
    expect(await flagged('La mise en œuvre, au partage, à la maitrise voire au dépassement du modèle ; la chaine de production et le boitier, pour connaitre les outils.\n')).toEqual([])
  })

  it('knows the products of the field and names in lower case', async () => {
    expect(await flagged('- Participer au choix de l’outil libre de Business Intelligence : Metabase, Redash ou Superset.\n')).toEqual([])
    expect(await flagged('Un [article sur linkedin](https://www.linkedin.com/) et les fichiers sur nextcloud.\n')).toEqual([])
    // A slip of a known name is a typo of it.
    const [message] = await lint('Compétences : Javascirpt, CSS et HTML.\n', { only })
    expect(message?.expected).toEqual(['JavaScript'])
  })

  it('knows French place names and the administration’s words', async () => {
    // A beta.gouv.fr page: `Collectivité sponsor : Is-sur-Tille`, a commune, at the start of a line.
    expect(await flagged('- Is-sur-Tille, Fontenay-sous-Bois et Saint-Germain-en-Laye.\n- Remplir le cerfa et donner le SIRET.\n')).toEqual([])
    // The parts of an ordinary compound are still checked.
    expect(await flagged('- Is-sur-Tile et une sous-prefécture.\n')).toEqual(['sous-prefécture'])
  })

  it('finds an acronym written with two letters swapped beside the right one', async () => {
    // sysma: `administrateur SGDB, … 20 ans d'expérience dans les SIG/SGBD open-sources`.
    const messages = await lint('- Administrateur SGDB, 20 ans d’expérience dans les SIG/SGBD libres.\n', { only })
    expect(messages.map((m) => [m.actual, m.expected])).toEqual([['SGDB', ['SGBD']]])
    // Acronyms that differ by a letter, or written again and again, are names.
    expect(await flagged('La DGFiP, la DGFP et la DGDDI. Le SGDB et le SGDB.\n')).toEqual([])
    expect(await flagged('L’ANSSI et la DINUM. La DGAL, une direction du ministère de l’Agriculture.\n')).toEqual([])
  })

  it('finds the English `and` between French words', async () => {
    // aboutcode: `outils, librairies, standards ouverts, and données ouvertes`.
    const messages = await lint('Des outils, des standards ouverts, and données ouvertes.\n', { only })
    expect(messages.map((m) => [m.actual, m.expected])).toEqual([['and', ['et']]])
    expect(await flagged('Le projet *Research and Development* et Tom and Jerry, rock and roll.\n')).toEqual([])
  })

  it('understands inclusive writing', async () => {
    const sentence = 'Un laboratoire qui fait travailler ensemble chercheur·se·s en sciences, ingénieur·e·s et développeur·euse·s, avec un·e chef·fe de produit et des étudiant-e-s.\n'
    expect(await flagged(sentence)).toEqual([])
    // In brackets (a beta.gouv.fr page: `permet à tout développeur(euse) d'accéder`).
    expect(await flagged('Une API qui permet à tout développeur(euse) d’accéder aux données des inscrit(e)s.\n')).toEqual([])
    // Fused forms and pronouns (beta.gouv.fr startups: `les agriculteurices`, `inspecteurices`, `tou·te·s`, `toustes`).
    expect(await flagged('Les agriculteurices et les inspecteurices, tou·te·s les utilisateurices ; toustes et iels.\n')).toEqual([])
    // The root is still checked.
    expect(await flagged('Les dévelopeur·euse·s du projet.\n')).toEqual(['dévelopeur·euse·s'])
    expect(await flagged('Les agriculteurices et les inspecteurices et les utilisatteurices.\n')).toEqual(['utilisatteurices'])
  })

  it('decodes HTML entities before checking, and reports at the source', async () => {
    expect(await flagged('Le p&ocirc;le logiciels libres de la DINUM et l&rsquo;&eacute;cole CentraleSupélec&nbsp;: un partenariat.\n')).toEqual([])
    const [message, ...rest] = await lint('Le d&eacute;velopement du logiciel.\n', { only })
    expect(rest).toEqual([])
    expect(message?.actual).toBe('d&eacute;velopement')
    expect(message?.expected?.[0]).toBe('développement')
  })
})

