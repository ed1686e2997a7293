import { readFileSync } from 'node:fs'
import { seedPath, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { fix, lint, summary, docExamples } from '../testing.js'

const only = ['offre-typography']
const example = docExamples('offre-typography')
const source = (settings = {}) => ({ only, settings: { nbsp: 'source' as const, ...settings } })

describe('offre-typography: the docs examples', () => {
  it('reports what the failing example says, and fixes it as shown', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
    const fixed = await fix(example('md fail'), { only })
    expect(fixed).toBe(example('md fixed'))
    expect(await lint(fixed, { only })).toEqual([])
  })

  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})

describe('offre-typography: space before ? ! ; : (nbsp: renderer)', () => {
  it('flags a missing space, with its place, message and fix', async () => {
    const [message, ...rest] = await lint('Où publier?\n', { only })
    expect(rest).toEqual([])
    expect(message?.reason).toBe('Il manque une espace avant `?` : écrire `publier ?`')
    expect(summary([message!])).toEqual(['1:11-1:12 offre-typography ?'])
    // The place is the mark (and its spaces): `expected` replaces it, the word before stays in the reason.
    expect(message?.actual).toBe('?')
    expect(message?.expected).toEqual([' ?'])
    expect(await fix('Où publier?\n', { only })).toBe('Où publier ?\n')
  })

  it('accepts an ordinary space, U+00A0, U+202F and &nbsp; before the mark', async () => {
    expect(await lint('Quoi ? Oui\u00a0! Non\u202f; ceci&nbsp;: cela.\n', { only })).toEqual([])
  })

  it('flags a doubled space and keeps the no-break one', async () => {
    expect(await fix('Quoi  ? Ceci \u00a0: cela.\n', { only })).toBe('Quoi ? Ceci\u00a0: cela.\n')
  })

  it('treats ?! and ...? as one mark', async () => {
    expect(summary(await lint('Vraiment?! Et alors...?\n', { only }))).toEqual(['1:9-1:11 offre-typography ?!', '1:23-1:24 offre-typography ?'])
    expect(await fix('Vraiment?! Et alors...?\n', { only })).toBe('Vraiment ?! Et alors... ?\n')
  })

  it('spaces marks after emphasis, links and code', async () => {
    expect(await fix('**Note**: voir [la page](https://example.org)! Et `npm`?\n', { only })).toBe('**Note** : voir [la page](https://example.org) ! Et `npm` ?\n')
  })

  it('leaves times, ratios, schemes, shortcodes, entities, images and code alone', async () => {
    const markdown = [
      'À 10:30, un ratio 1:2, le schéma http: et mailto:x, :smile: et :+1:, AT&amp;T ; Tom &amp; Jerry.',
      '',
      '![une image](image.png) et https://example.org/page?x=1!',
      '',
      'Le code `a?b;c:d` et <span title="x?">HTML</span>.',
      '',
      '```',
      'publier?',
      '```',
      '',
      '- : une liste',
      '',
    ].join('\n')
    expect(await lint(markdown, { only })).toEqual([])
  })

  it('reads the front matter’s prose, not its keys, and fixes it in place', async () => {
    // The gazettes' titles: `title: Gazette BlueHats 🧢 n°11`.
    const page = '---\ntitle: Gazette BlueHats 🧢 n°11\ndescription: Quoi?\nlayout: a:b\n---\n\nTexte.\n'
    expect((await lint(page, { only })).map((message) => [message.line, message.actual])).toEqual([
      [2, 'n°'],
      [3, '?'],
    ])
    expect(await fix(page, { only })).toBe('---\ntitle: Gazette BlueHats 🧢 n° 11\ndescription: Quoi ?\nlayout: a:b\n---\n\nTexte.\n')
  })
})

describe('offre-typography: guillemets', () => {
  it('wants a space inside and outside « »', async () => {
    expect(await fix('Il dit«vite»et part.\n', { only })).toBe('Il dit « vite » et part.\n')
    expect(await lint('Il dit « vite ».\n', { only })).toEqual([])
  })
})

describe('offre-typography: nbsp: source', () => {
  it('requires U+202F before ? ! ; and U+00A0 before : and inside « »', async () => {
    const fixed = await fix('Quoi ? Oui! Ceci : cela ; « mot ».\n', source())
    expect(fixed).toBe('Quoi\u202f? Oui\u202f! Ceci\u00a0: cela\u202f; «\u00a0mot\u00a0».\n')
    expect(await lint(fixed, source())).toEqual([])
  })

  it('names the space found and the space expected', async () => {
    const [message] = await lint('Quoi ?\n', source())
    expect(message?.reason).toBe('Espace ordinaire avant `?` : écrire une espace fine insécable (U+202F)')
    const [english] = await lint('Quoi ?\n', source({ locale: 'en' }))
    expect(english?.reason).toBe('Unexpected ordinary space before `?`, expected a narrow no-break space (U+202F)')
  })
})

describe('offre-typography: spaces between words', () => {
  it('flags and collapses a run of spaces inside a line', async () => {
    const [message] = await lint('Pour entrer  en contact.\n', { only })
    expect(summary([message!])).toEqual(['1:12-1:14 offre-typography'])
    // The place is the spaces, replaced by one; the words around them are in the reason only.
    expect(message?.actual).toBe('  ')
    expect(message?.expected).toEqual([' '])
    expect(message?.reason).toBe('Espaces multiples entre deux mots : écrire `entrer en`')
    expect(await fix('Pour entrer  en contact.\n', { only })).toBe('Pour entrer en contact.\n')
  })

  it('leaves indentation, hard breaks, table padding and code alone', async () => {
    const markdown = 'Une ligne  \nsuivie.\n\n- item\n    suite\n\n| a   | b |\n| --- | - |\n| 1   | 2 |\n\n`a  b`\n'
    expect(await lint(markdown, { only })).toEqual([])
  })
})

describe('offre-typography: ligatures', () => {
  it('writes œ and æ in the words of the list, inflections and case included', async () => {
    const fixed = await fix('Oeuvre, OEUVRE, mises en oeuvres, désoeuvré, coeurs, soeur, noeud, foetus, caecum, et caetera.\n', { only })
    expect(fixed).toBe('Œuvre, ŒUVRE, mises en œuvres, désœuvré, cœurs, sœur, nœud, fœtus, cæcum, et cætera.\n')
  })

  it('leaves words that have no ligature, and Latin, alone', async () => {
    expect(await lint('Coexister, coefficient, moelle, goéland, Noel, poete, ex aequo, ex-aequo, curriculum vitae.\n', { only })).toEqual([])
  })
})

describe('offre-typography: accents on capitals', () => {
  it('accents the capitals of common words', async () => {
    expect(await fix('Etat. Etats. Ecole. Education. Egalement. Electronique.\n', { only })).toBe('État. États. École. Éducation. Également. Électronique.\n')
    // And the towns whose official name has it.
    expect(await fix('À Lille, Evreux, Evry et Epinal.\n', { only })).toBe('À Lille, Évreux, Évry et Épinal.\n')
  })

  it('writes À for the preposition opening a sentence, an item or a heading', async () => {
    expect(await fix('# A propos\n\n- A partir de lundi.\n- A noter : rien.\n', { only })).toBe('# À propos\n\n- À partir de lundi.\n- À noter : rien.\n')
  })

  it('accents any capital the dictionary wants accented, English look-alikes only in French company', async () => {
    // proxmox (line 16), powsybl (line 20), jitsi-meet (line 22), bluehats_3 (line 88).
    const text = 'Etant donné le besoin, la solution a été retenue.\n\n- Evolution des usages et Elimination des doublons.\n\nLe parc national des Ecrins.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['Etant', ['Étant']],
      ['Evolution', ['Évolution']],
      ['Elimination', ['Élimination']],
      ['Ecrins', ['Écrins']],
    ])
    // English beside (`Community Edition`, `Evolution of`), a name (`Eglantine Schmitt`, `Elise, Céline`), `Email`.
    expect(await lint('Datafari Community Edition est libre. Evolution of the web. Avec Eglantine Schmitt ; Elise, Céline et Rémi. Par Email.\n', { only })).toEqual([])
  })

  it('leaves names, Europe, and A as a letter alone', async () => {
    expect(await lint('Europe, Etalab, Etienne. Le plan A la semaine prochaine, la catégorie A, un A4.\n', { only })).toEqual([])
  })
})

describe('offre-typography: euphonic t', () => {
  it('inserts -t- between a verb ending in a vowel and il, elle, on', async () => {
    expect(await fix('Existe-il ? Y a-il ? A-elle ? Va-on ?\n', { only })).toBe('Existe-t-il ? Y a-t-il ? A-t-elle ? Va-t-on ?\n')
  })

  it('leaves correct forms alone', async () => {
    expect(await lint('Convient-il ? Peut-on ? A-t-il ? Prend-elle ?\n', { only })).toEqual([])
  })
})

describe('offre-typography: repeated words', () => {
  it('removes the second word, across a space or a line break', async () => {
    const messages = await lint('Un guide sur sur ce sujet, de\nde la page. Le le texte.\n', { only })
    expect(summary(messages)).toEqual(['1:10-1:17 offre-typography sur sur', '1:28-2:3 offre-typography de\nde', '2:13-2:18 offre-typography Le le'])
    expect(await fix('Un guide sur sur ce sujet, de\nde la page. Le le texte.\n', { only })).toBe('Un guide sur ce sujet, de la page. Le texte.\n')
  })

  it('allows nous nous, vous vous, names, punctuation between, and words from the options', async () => {
    expect(await lint('Nous nous voyons, vous vous taisez. Bora Bora. Oui, oui. Très très bien.\n', { only, rules: { 'offre-typography': { allowRepeated: ['très'] } } })).toEqual([])
  })
})

describe('offre-typography: language and options', () => {
  it('checks only spaces between words on English pages', async () => {
    const markdown = 'What?  Now, the Etat of the oeuvre: Existe-il sur sur.\n'
    expect(summary(await lint(markdown, { only, path: 'en/about.md' }))).toEqual(['1:6-1:8 offre-typography'])
    expect(summary(await lint(markdown, { only, settings: { contentPath: 'en/about/index.md' }, path: 'page.md' }))).toHaveLength(1)
  })

  it('skips English quoted in a French page', async () => {
    expect(await lint('Leur conférence *Now what? How to build on fragile assets* était claire.\n', { only })).toEqual([])
  })

  it('turns sub-checks off with skip', async () => {
    expect(await lint('Etat de l’oeuvre?\n', { only, rules: { 'offre-typography': { skip: ['capitals', 'ligatures', 'punctuation'] } } })).toEqual([])
  })

  it('fails at start-up on a bad option, naming the valid choices', async () => {
    await expect(lint('x\n', { only, rules: { 'offre-typography': { skip: ['accents'] } } })).rejects.toThrow(/`skip` of `offre-typography`: expected a list of `punctuation`, `spaces`/)
    await expect(lint('x\n', { only, rules: { 'offre-typography': { nbps: 'source' } } })).rejects.toThrow('Unknown option `nbps` of `offre-typography`, expected one of: skip, allowRepeated')
  })
})

describe('offre-typography: real pages', () => {
  it('finds the typography defects of the seed page', async () => {
    const messages = await lint(readFileSync(seedPath, 'utf8'), { only, path: 'fr/mission/offre-de-services.md' })
    expect(summary(messages)).toEqual([
      '42:3-42:12 offre-typography Existe-il',
      '71:156-71:162 offre-typography oeuvre',
      '75:188-75:194 offre-typography oeuvre',
      '89:132-89:134 offre-typography',
      '104:42-104:48 offre-typography oeuvre',
    ])
  })

  it('lints the 211 pages of code.gouv.fr without crashing, with the reviewed counts', async () => {
    const counts: Record<string, number> = {}
    for (const path of sitePages()) {
      const contentPath = path.slice(path.indexOf('/content/') + '/content/'.length)
      for (const message of await lint(readFileSync(path, 'utf8'), { only, path: contentPath })) {
        const kind = /`etc\.`|après l’abréviation|sigle est invariable|abréviation prend son point/.test(message.reason) ? 'abbreviations' : /dans une date|deux jours|premier jour du mois/.test(message.reason) ? 'dates' : /ordinal|grand nombre|en tête de phrase s’écrit en lettres|les milliers en chiffres|Il manque une espace avant `(?:%|€|[kM]€|min|[KMGT]o)`/.test(message.reason) ? 'numbers' : /ligature/.test(message.reason) ? 'ligatures' : /accent|après une virgule|nom d’un ministère|développent un sigle/.test(message.reason) ? 'capitals' : /euphonique/.test(message.reason) ? 'euphonic' : /répété/.test(message.reason) ? 'repeated' : /entre deux mots/.test(message.reason) ? 'spaces' : 'punctuation'
        counts[kind] = (counts[kind] ?? 0) + 1
      }
    }
    // Reviewed by reading every finding but the double spaces (sampled): a handful of false
    // positives remain, listed in docs/offre-typography.md. A change here must be reviewed again.
    // The 48 number findings (20 ordinals such as `2ème`, 11 `100%`, 7 units: `10 000€`, `30min`, `7.5Mo`, 10 large numbers: `12000 dépôts`) were all read: every one is true.
    // So were the 56 capitals in names of ministries and bodies (`le Ministère de l'Intérieur`, `Direction Générale`,
    // `Gendarmerie Nationale`, `Cour des Comptes`), the 26 new dates (months after an English link text, `08 novembre`,
    // `les 1 et 2 février`, `novembre prochain` after two days) and the 3 `n°25`.
    // The 14 capitals without their accent beyond the list, all real (`Evolutive`, `Etant`, `Ecrins` ×3, `Emission «`, `Episode 1`, `Biologie Evolutive`, `SIG/Informatique/Evaluation`).
    // The front matter's 37, all real: the gazettes' titles `n°11` (32), `Etat`, `oeuvre`, `3ème`, `Source:`, `l'administration?`.
    // The 40 capitals of words spelling out an acronym, all read, all real (`Socle Interministériel de Logiciels Libres (SILL)`,
    // `Référentiel Général d'Accessibilité pour les Administrations`, `GEMAPI (GEstion des Milieux Aquatiques…)`).
    // The 15 acronyms in the plural (`des OSPOs` ×6, `des APIs` ×6, `des URLs`, `des IDEs`, `des CGUs`), all real by the French norm.
    // The 100 quotations in English or straight quotes (`"Plus petite collectivité"`, `“Argent public, code public”`),
    // 200 marks, read: French typography wants « », English titles quoted in a French sentence too; Grammalecte said
    // 170 of these marks before, and now leaves them to this check, which has fixes.
    // The 2 brackets left open, real: bluehats_21's `(voir [code.gouv.fr/devs/](/fr/devs/) et`, twice.
    // The 31 adjectives with a capital after a common noun opening a name, read: 30 real (`l’Enseignement Supérieur` ×6,
    // `Entrepreneurs d’Intérêt Général` ×6, `l’Éducation Nationale` ×4, `Transformation Publique` ×5, `Transition
    // Écologique et Solidaire` ×5, `Collectivités Territoriales`, `Museum National`, `Sommet International`, `Santé
    // Publique`), 1 a press-review title (`Copie Publique`); `Numérique` is left to bodies' names.
    // The 10 numbers of four digits before a plural noun, all quantities (`1891 utilisateurs`, `5000 dépôts`, `1500 personnes`).
    // The 2 single straight quotes of bluehats_7 (`'repositories'`), which Grammalecte said in English quotes.
    // The 43 capitals on a noun after a noun and its preposition, or in the names these open (`Entrepreneurs d’Intérêt
    // Général`, `Administrateurs de Données`), read: 40 real (`Revue de Presse`, `Chef de Projet`, `Systèmes d'Information`,
    // `l’Agence de la Biomédecine`, `Faculté de Droit`, `l’Université de Technologie`, `l'Education Nationale`…), 3 brands'
    // (`les Chemins de la Transition`, `l'Accélérateur`, `Carnet de Plongées` spelling out CaPeL's name).
    // The 20 missing full stops (paragraphs of several sentences or against the page's usage, list items against their
    // list's, 4 headings ending with one), read: 14 real, 6 a press review's labels (`« Les logiciels libres… »`, `(H/F)`).
    // The 5 connectors without their comma (`Aujourd'hui les`, `Pour ce faire il`, `Toutefois des`), all real.
    // The 3 commas before the `et` ending an enumeration (`mails, et rencontres`, `Scipy, et quelques autres`,
    // `PurlDB, et la "Package-URL"`), real; the 1 `2nd` (`1er et 2nd degrés`), which French writes `2d`; the 2 figures
    // opening a paragraph (`4 projets sont proposés`, `6 étudiants en formation`), real; the 3 `OSPOs`
    // opening a heading or an item (`Des OSPOs pour de bon`), real.
    expect(counts).toEqual({ spaces: 326, punctuation: 351, capitals: 246, numbers: 61, dates: 101, abbreviations: 67, ligatures: 21, repeated: 2, euphonic: 1 })
  })
})

describe('offre-typography: numbers', () => {
  it('writes the ordinals of the real pages as French typography does, with a fix', async () => {
    // code.gouv.fr: gazettes BlueHats n°14 and n°18, the BSoC 2022 presentation, a blog post.
    const text = 'Leur 2ème année. La 1ère édition. Son 20ème anniversaire. Palais des Congrès à Paris (17ème). Le 3ème plan d’action national. Les 3èmes rencontres.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['2ème', ['2e']],
      ['1ère', ['1re']],
      ['20ème', ['20e']],
      ['17ème', ['17e']],
      ['3ème', ['3e']],
      ['3èmes', ['3es']],
    ])
    expect(await fix(text, { only })).toBe('Leur 2e année. La 1re édition. Son 20e anniversaire. Palais des Congrès à Paris (17e). Le 3e plan d’action national. Les 3es rencontres.\n')
    expect(await fix('La 2ieme et la 4eme fois.\n', { only })).toBe('La 2e et la 4e fois.\n')
  })

  it('gives `1er` or `1re` for `1ème`, without a fix, and leaves correct ordinals alone', async () => {
    const [message, ...rest] = await lint('Le 1ème jour.\n', { only })
    expect(rest).toEqual([])
    expect(message?.expected).toEqual(['1er', '1re'])
    expect(await fix('Le 1ème jour.\n', { only })).toBe('Le 1ème jour.\n')
    expect(await lint('Le 1er, la 1re, le 2e, le 2d tour, la 2de, le XIXe siècle, la v2.3ème, `2ème` en code.\n', { only })).toEqual([])
  })

  it('writes `2d` or `2e` for English’s `2nd` (gtt-ll-amdac, line 62), without choosing', async () => {
    const messages = await lint('Le mouvement des enseignants (1er et 2nd degrés), la classe de 2nde et le 22nd.\n', { only })
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['2nd', ['2d', '2e']],
      ['2nde', ['2de', '2e']],
    ])
    expect(await fix('Le 2nd comité.\n', { only })).toBe('Le 2nd comité.\n')
  })

  it('wants a space before `%` after a number, as on the real pages (`100% dédiée`)', async () => {
    const [message, ...rest] = await lint('Une équipe 100% dédiée, 12,5% des agents.\n', { only })
    expect(message?.reason).toBe('Il manque une espace avant `%` : écrire `100 %`')
    expect(rest.map((other) => other.reason)).toEqual(['Il manque une espace avant `%` : écrire `12,5 %`'])
    expect(await fix('Une équipe 100% dédiée, 12,5% des agents.\n', { only })).toBe('Une équipe 100 % dédiée, 12,5 % des agents.\n')
    expect(await fix('Jusqu’à 100% du coût.\n', source())).toBe('Jusqu’à 100\u202f% du coût.\n')
    expect(await lint('Un [lien](https://a.fr/100%25) ou https://a.fr/b%20c, 100 % déjà espacé, `50%` en code.\n', { only })).toEqual([])
  })

  it('wants a space between a number and its unit, as on the real pages', async () => {
    const text = 'Une pause de 15min, un budget de 10000€ puis 21,6M€, un fichier de 7,5Mo.\n'
    expect((await lint('Quatre prix de 10 000€ chacun.\n', { only }))[0]?.reason).toBe('Il manque une espace avant `€` : écrire `10 000 €`')
    // `10000€`: one finding, whose fix groups the number and spaces the unit.
    expect((await lint(text, { only })).map((message) => message.actual)).toEqual(['min', '10000', 'M€', 'Mo'])
    expect(await fix(text, { only })).toBe('Une pause de 15 min, un budget de 10 000 € puis 21,6 M€, un fichier de 7,5 Mo.\n')
    expect(await lint('La 4G, la 5G, le format A4, la version v2Go, 30 min, `8Go` en code, 100 km.\n', { only })).toEqual([])
  })

  it('writes a figure opening a paragraph’s sentence in words, and thousands written `k` in figures', async () => {
    // xwiki (line 33), bluehats_13 (line 21); beta.gouv.fr: onstage (after `**…Armor.**`), teleconsultation-ald, artsducirque.
    const text = '4 projets sont proposés sur différents sujets.\n\nLe partenaire est **le département.**\n3 projets sont en investigation. 1 élève sur 3 répond.\n\nPlus de 714k patients et des élèves (plus de 25K).\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['4', ['Quatre']],
      ['3', ['Trois']],
      ['1', ['Un', 'Une']],
      ['714k', ['714 000']],
      ['25K', ['25 000']],
    ])
    expect(await fix('Le partenaire est connu.\n3 projets sont en investigation.\n', { only })).toBe('Le partenaire est connu.\nTrois projets sont en investigation.\n')
    // A figure in a list, after a bracket, a colon, emphasis, a date, a unit: left alone.
    expect(await lint('- 3 opérateurs accompagnés\n\nSoit en direct (5 entretiens) : 2 polarités, **4 milliards**.\n\n5 mai 2024, le lancement.\n\n3 km plus loin.\n', { only })).toEqual([])
  })

  it('wants a space after a full stop between two sentences, not in a name with a dot', async () => {
    // beta.gouv.fr (gladpourtous, lines 21 and 27).
    expect(await fix('Elle peut être déployée dans d’autres domaines.GLAD POUR TOUS est libre.\n', { only })).toBe('Elle peut être déployée dans d’autres domaines. GLAD POUR TOUS est libre.\n')
    expect(await lint('Les données de Data.Subvention, du site data.gouv.fr et du fichier lisezmoi.Txt.\n', { only })).toEqual([])
  })

  it('spaces degrees Celsius, energy, power and surfaces from their number, not an angle', async () => {
    // beta.gouv.fr: plus-frais-au-travail, tacct, a zones' inventory.
    const text = 'Des températures de 33°C, le patch 4°C, une surface de 1000m², 5kWh par jour, 3ha et 135g par repas.\n'
    expect((await lint(text, { only })).map((message) => message.actual)).toEqual(['°C', '°C', 'm²', 'kWh', 'ha', 'g'])
    expect(await fix('Des maximales dépassant 40°C.\n', { only })).toBe('Des maximales dépassant 40 °C.\n')
    expect(await lint('Un angle de 90°, 20 °C déjà espacé, la version 2ha1.\n', { only })).toEqual([])
  })

  it('gives no capital to months and days inside a date, as the real pages write them', async () => {
    // code.gouv.fr: the mission's interventions, a gazette's press review, a gazette's agenda.
    const text = '- 20 Avril 2021 : Participation à la journée.\n- Un article, lemonde.fr, Décembre 2022.\n- Rendez-vous samedi 4 et Dimanche 5 février.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['Avril', ['avril']],
      ['Décembre', ['décembre']],
      ['Dimanche', ['dimanche']],
    ])
    expect(await fix(text, { only })).toBe('- 20 avril 2021 : Participation à la journée.\n- Un article, lemonde.fr, décembre 2022.\n- Rendez-vous samedi 4 et dimanche 5 février.\n')
    // Opening a sentence, an item or a cell; no date around it (`Mars`, the planet); English.
    expect(await lint('Mai 2023 : la version 2.\n\n- Jeudi 30 juin, à Paris.\n\n| Mars 2024 | x |\n|---|---|\n\nLa planète Mars, la fête de Mai, *2 May 2024*.\n', { only })).toEqual([])
  })

  it('gives no capital to an article, a pronoun or a conjunction after a comma, as the real pages should', async () => {
    // code.gouv.fr: a mission to the United Nations, two gazettes.
    const text = "Avec [le bureau de la communication](https://unite.un.org/), L'Allemagne, le Kenya.\n\nLors de la conférence sur l'avenir de l'Europe, L'Union européenne consulte.\n\n[Un article](https://lemonde.fr/a.html), Une tribune de Roberto Di Cosmo.\n"
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ["L'", ["l'"]],
      ["L'", ["l'"]],
      ['Une', ['une']],
    ])
    expect(await fix(text, { only })).toBe("Avec [le bureau de la communication](https://unite.un.org/), l'Allemagne, le Kenya.\n\nLors de la conférence sur l'avenir de l'Europe, l'Union européenne consulte.\n\n[Un article](https://lemonde.fr/a.html), une tribune de Roberto Di Cosmo.\n")
    // Names (`Le Monde`, `L'Oréal`), a list of labels, a new sentence, English.
    expect(await lint("Lu dans Libération, Le Monde, La Poste et L'Oréal, L'Oréal, L'Usine Nouvelle.\n\n- A, La suite.\n\nFin. La suite.\n\n*Paris, The city of light*.\n", { only })).toEqual([])
  })

  it('takes a space, a comma or a semicolon ending a link text out of the link, as the real pages should', async () => {
    // Press reviews of the gazettes, and a meeting's page.
    const text = '[Le CNRS dévoile sa médiathèque ](https://www.archimag.com/a), archimag.com.\n\n(voir [la liste complète,](https://github.com/DISIC/x) avec liens)\n\n[Dédiée à la science ouverte, ](https://a.org/b), 2023.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      [' ', ['']],
      [',](https://github.com/DISIC/x)', ['](https://github.com/DISIC/x),']],
      [', ](https://a.org/b)', ['](https://a.org/b)']],
    ])
    expect(await fix(text, { only })).toBe('[Le CNRS dévoile sa médiathèque](https://www.archimag.com/a), archimag.com.\n\n(voir [la liste complète](https://github.com/DISIC/x), avec liens)\n\n[Dédiée à la science ouverte](https://a.org/b), 2023.\n')
    // A space before a word, an entity's semicolon, a bare URL, a reference link: nothing to say.
    expect(await lint('[Un lien ](https://a.org) suivi, [OpenID Certified&trade;](https://openid.net/c) et https://a.org/b, [réf][1].\n\n[1]: https://a.org\n', { only })).toEqual([])
  })

  it('wants a slash spaced on both sides or on neither, as the real pages should', async () => {
    // A gazette and a summer-of-code page: `les clients GNU/ Linux`, `Issues/ Pull requests`.
    const text = 'Les clients GNU/ Linux et les Issues/ Pull requests, lecture /écriture.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['/ ', ['/']],
      ['/ ', ['/']],
      [' /', ['/']],
    ])
    expect(await fix(text, { only })).toBe('Les clients GNU/Linux et les Issues/Pull requests, lecture/écriture.\n')
    expect(await lint('GNU/Linux, lecture / écriture, et/ou, 1/ 2, voir https://a.org/ b, `a/ b`.\n', { only })).toEqual([])
  })

  it('wants no space before a comma or a full stop', async () => {
    // marches-interministeriels…, line 122; onyxia, line 19; a beta.gouv.fr startup page.
    const text = 'Le marché a été notifié le 28/03/2025 .\n\nDes conteneurs (containerisation , stockage).\n\nLes transports en **communs** , 9 % des agents.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      [' .', ['.']],
      [' ,', [',']],
      [' ,', [',']],
    ])
    expect(await fix(text, { only })).toBe('Le marché a été notifié le 28/03/2025.\n\nDes conteneurs (containerisation, stockage).\n\nLes transports en **communs**, 9 % des agents.\n')
    expect(await lint('Le fichier .yml, la version 3 ,5 et ... la suite.\n', { only })).toEqual([])
  })

  it('gives two days the plural article, as the real pages should', async () => {
    // Two gazettes: `annoncé cette année le 25 et 26 septembre`, `se tiendra le **19-20 juin**`.
    const text = 'Le salon, annoncé cette année le 25 et 26 septembre.\n\nLa conférence se tiendra le **19-20 juin** à Paris.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['le 25 et 26 septembre', ['les 25 et 26 septembre']],
      ['le **19-20 juin', ['les **19 et 20 juin']],
    ])
    expect(await fix('Annoncé le 25 et 26 septembre.\n', { only })).toBe('Annoncé les 25 et 26 septembre.\n')
    expect(await lint('Les 25 et 26 septembre, le 25 septembre et le 26, du 19 au 20 juin, le 19 juin, le 25 et 26 rue de Paris.\n', { only })).toEqual([])
  })

  it('writes the day of a date without a leading zero, the first as 1er, and agrees the adjective of two days', async () => {
    // bluehats_30 (lines 118 and 141), bluehats_11 (line 91), bluehats_4 (line 68).
    const text = [
      'Les candidatures sont ouvertes jusqu’au 08 novembre 2024.',
      'Les 1 et 2 février 2025 se tiendra le FOSDEM.',
      'Les 9 et 10 novembre prochain à Paris, comme les 7 et 8 novembre dernier à Nîmes.',
      '',
    ].join('\n\n')
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['08', ['8']],
      ['1', ['1er']],
      ['prochain', ['prochains']],
      ['dernier', ['derniers']],
    ])
    expect(await fix('Les 1 et 2 février, jusqu’au 08 novembre prochain.\n', { only })).toBe('Les 1er et 2 février, jusqu’au 8 novembre prochain.\n')
    expect(await lint('Le 1er et le 2 février, le 10 mars, les 9 et 10 novembre prochains, le 8 novembre prochain, la version 1.08 mars, 2021 et 1 février.\n', { only })).toEqual([
      expect.objectContaining({ actual: '1' }),
    ])
  })

  it('writes a month in lower case after an English link text too (the press review of bluehats_30)', async () => {
    const text = '- [The European NGI fund must be renewed](https://example.org/ngi), joinup.ec.europa.eu, Juillet 2024\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([['Juillet', ['juillet']]])
    expect(await lint('- [Mars and the Moon](https://example.org/), Mars 2024\n', { only })).toEqual([])
  })

  it('spaces an issue number from `n°`', async () => {
    // bluehats_7, line 90.
    expect((await lint('Retrouvez la gazette n°25 en ligne.\n', { only })).map((message) => [message.actual, message.expected])).toEqual([['n°', ['n° ']]])
    expect(await fix('La loi n°2016-1321.\n', { only })).toBe('La loi n° 2016-1321.\n')
  })

  it('gives a ministry and a public body’s name a capital on its first word only', async () => {
    const text = [
      // bluehats_2 (lines 81, 89, 47), utiliser/marches-interministeriels…, bluehats_11 (line 34).
      'Les travaux menés par le Ministère de l’Intérieur ont été présentés.',
      'Les équipes de la Gendarmerie Nationale et de la Police Nationale.',
      'Il rejoint la Cour des Comptes en janvier.',
      'La Direction Générale des Finances publiques (DGFiP) est pilote.',
      'L’Institut Géographique National a lancé un appel.',
      '',
    ].join('\n\n')
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['Ministère', ['ministère']],
      ['Nationale', ['nationale']],
      ['Nationale', ['nationale']],
      ['Comptes', ['comptes']],
      ['Générale', ['générale']],
      ['Géographique', ['géographique']],
      ['National', ['national']],
    ])
    expect(await fix('Au Ministère de la Culture.\n', { only })).toBe('Au ministère de la Culture.\n')
    // A sentence's or a heading's first word keeps its capital; English titles and title-case lines are left alone.
    expect(await lint('Ministère de l’Intérieur : la Direction générale, le ministère de la Culture, le Premier ministre.\n\n[National Security Agency and the Office of Public Affairs](https://example.org/)\n', { only })).toEqual([])
  })

  it('gives no capital to a noun after a noun and its preposition, but in streets’, monuments’, ministries’ and institutions’ names', async () => {
    // code.gouv.fr: bluehats_9 (`Revue de Presse`), a gazette's job offer (`Chef de Projet`), bluehats_13 (`Agence de la Biomédecine`).
    const text = 'Nous lisons la Revue de Presse avec un Chef de Projet et l’Agence de la Biomédecine.\n'
    expect((await lint(text, { only })).map((message) => message.actual)).toEqual(['Presse', 'Projet', 'Biomédecine'])
    expect(await fix(text, { only })).toBe('Nous lisons la Revue de presse avec un Chef de projet et l’Agence de la biomédecine.\n')
    const alone = 'Au palais des Congrès, rue de la Paix, le Conseil d’État, le ministère de la Transition écologique, la Cour des comptes, Focus sur la Gendarmerie nationale, le Comptoir du Libre, la Connaissance de Git, le département de la Somme et la Banque des Territoires.\n'
    expect(await lint(alone, { only })).toEqual([])
  })

  it('gives no capital to the adjectives after any common noun opening a name, but in a brand’s or a place’s name', async () => {
    const text = [
      // floss-esr-2022 (line 39), bluehats_5 (line 70), a BlueHats webinar (line 14), a gazette's job offer (bluehats_11, line 82).
      'La publication des codes sources dans l’Enseignement Supérieur et la Recherche.',
      'Le programme Entrepreneurs d’Intérêt Général permet à l’État de recruter.',
      'Les équipes de l’Éducation Nationale, du Service national Universel et du Museum National d’Histoire Naturelle.',
      '',
    ].join('\n\n')
    expect((await lint(text, { only })).map((message) => message.actual)).toEqual(['Supérieur', 'Intérêt', 'Général', 'Nationale', 'Universel', 'National', 'Naturelle'])
    expect(await fix('Le Service National Universel.\n', { only })).toBe('Le Service national universel.\n')
    // A label's or a brand's name (`Territoire Numérique Libre`, `France Université Numérique`, `Démarche Numérique`),
    // a place (`Seine Maritime`, `Pays Basque`), English: left alone.
    expect(await lint('Le label Territoire Numérique Libre, France Université Numérique et Démarche Numérique, la Seine Maritime et le Pays Basque, the Public Digital Service.\n', { only })).toEqual([])
  })

  it('gives the words spelling out an acronym a capital on the first only, before the acronym or after it', async () => {
    const text = [
      // bluehats_7 (line 58), bluehats_2 (line 75), georiviere (line 10).
      'Du côté du Socle Interministériel de Logiciels Libres (SILL), une nouvelle liste est disponible.',
      'L’assistant RGAA (Référentiel Général d’Accessibilité pour les Administrations) est une extension.',
      'Dans le cadre de la GEMAPI (GEstion des Milieux Aquatiques et Préventions des Inondations) sur son territoire.',
      '',
    ].join('\n\n')
    const messages = await lint(text, { only })
    expect(messages.map((message) => message.actual)).toEqual(['Interministériel', 'Logiciels', 'Libres', 'Général', 'Accessibilité', 'Administrations', 'Milieux', 'Aquatiques', 'Préventions', 'Inondations'])
    // The body's adjective is the institutions check's (said once); the others say what the acronym is.
    expect(messages[0]?.reason).toContain('nom d’un ministère ou d’un organisme public')
    expect(messages[1]?.reason).toBe('`Logiciels` : pas de majuscule aux mots qui développent un sigle (`SILL`) hors du premier, écrire `logiciels`')
    expect(await fix('Un Centre de Consultation Médicale Maritime (CCMM) répond.\n', { only })).toBe('Un Centre de consultation médicale maritime (CCMM) répond.\n')
    // A list item in title case (marches-logiciels-libres, line 30), words English writes too but joined by French ones.
    expect(await fix('- Institut National de la Propriété Industrielle (INPI)\n', { only })).toBe('- Institut national de la propriété industrielle (INPI)\n')
    expect(await fix('Demandez le Dossier d’Architecture Technique (DAT).\n', { only })).toBe('Demandez le Dossier d’architecture technique (DAT).\n')
    // Names that keep their capitals, English names, a brand on a name, a ministry's domains, words that spell no acronym:
    // only what other words get (`Informatique`, `Unies`) and the institutions check's adjectives.
    const names = [
      // entretien-avec-johan-linaker (line 30), journee-2019 (line 29), motivation-contributions-open-source (line 14).
      'Y compris les bureaux de programmes Open Source (OSPO), qui sont essentiels.',
      // definition-ospo, its title.
      'Qu’est-ce qu’un Open Source Programme Office (OSPO) ?',
      '- [Serverless : déployer une appli Single Page (SPA)](https://speakerdeck.com/bluehats/)',
      'La production de logiciels libres au Laboratoire d’Informatique Gaspard-Monge (LIGM), voir le support.',
      'Le Conseil d’État (CE) et l’Organisation des Nations Unies (ONU), la Haute Autorité de santé (HAS).',
      'La Direction Générale des Finances Publiques (DGFiP) est pilote.',
      'Il s’inscrit chez France Travail (FT) et ouvre son espace sur Mon Espace Santé (MES).',
      'Les Logiciels Libres (voir le SILL) et la Plateforme Nationale (PN).',
      '',
    ].join('\n\n')
    expect((await lint(names, { only })).map((message) => message.actual)).toEqual(['Informatique', 'Unies', 'Générale', 'Publiques', 'Nationale'])
  })

  it('finds a bracket left open or never opened in its paragraph, not an enumeration nor a smiley', async () => {
    // bluehats_21, line 10: two links' brackets close the links, not the text's.
    const page = "Deux espaces : l'un consacré aux projets libres (voir [code.gouv.fr/devs/](/fr/devs/) et l'autre à la documentation (voir [code.gouv.fr/doc/](/fr/doc/).\n"
    const messages = await lint(page, { only })
    expect(summary(messages)).toEqual(['1:49-1:50 offre-typography (', '1:117-1:118 offre-typography ('])
    expect(messages[0]?.reason).toBe('`(` : parenthèse ouverte qui n’est pas refermée dans le paragraphe, ajouter `)` où elle se termine')
    expect((await lint('Les émissions du transport routier) et les autres, etc.).\n', { only })).map((message) => message.actual)).toEqual([')', ')'])
    // Enumerations, smileys, brackets closed across emphasis and links, a table's cells.
    const fine = ['**IV) Quelles sont les causes ?**', 'Deux étapes : a) lire, b) écrire ; 1) publier.', 'La startup est arrêtée :( mais le code reste :)', 'Le code (*voir [le dépôt](https://example.org/a_(b))*) est libre.', '| Nom (court) | Rôle |\n| --- | --- |\n| Lina (DINUM) | :) |', '']
    expect(await lint(fine.join('\n\n'), { only })).toEqual([])
  })

  it('accents the words of a heading or a label in capitals', async () => {
    expect(await fix('## LE PROBLEME\n\n**LA PROBLEMATIQUE USAGER**\n\n## L’EQUIPE\n', { only })).toBe('## LE PROBLÈME\n\n**LA PROBLÉMATIQUE USAGER**\n\n## L’ÉQUIPE\n')
    // beta.gouv.fr (mediature): after a French elision, a word English spells the same is French.
    expect(await fix('**L’EXPERIMENTATION**\n', { only })).toBe('**L’EXPÉRIMENTATION**\n')
    // An acronym or a name in capitals alone, a compound, English: left alone.
    expect(await lint('La base SIRENE, le réseau PEPITE, la plateforme OPERAT, SEINE SAINT-DENIS, CREATE NEW.\n', { only })).toEqual([])
  })

  it('opens a heading with a capital, writes its marks once, and writes fixed names as they are', async () => {
    expect(await fix('## en chiffres\n\n## ## Vous souhaitez nous aider ?\n', { only })).toBe('## En chiffres\n\n## Vous souhaitez nous aider ?\n')
    expect(await lint('## code.gouv.fr expose de nouvelles données\n\n## e-MJPM : trouver le bon professionnel\n', { only })).toEqual([])
    expect(await fix('À Saint Brieuc et à Sainte Foy, pour la Saint Jean ; saint Louis.\n', { only })).toBe('À Saint-Brieuc et à Sainte-Foy, pour la Saint-Jean ; saint Louis.\n')
    expect(await fix('À Cognac, la Rochelle et au Havre, pendant les jeux olympiques et les Jeux Paralympiques.\n', { only })).toBe(
      'À Cognac, La Rochelle et au Havre, pendant les Jeux olympiques et les Jeux paralympiques.\n',
    )
  })

  it('wants a hyphen spaced on neither side and a dash on both, and mends a word cut at a line’s end', async () => {
    const messages = await lint('La relation demandeur- agent, les travaux- ont été repris (en commun) -Paris, une démarche communau- taire.\n', { only })
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['- ', ['-', ' – ']],
      ['- ', ['-', ' – ']],
      [' -', [' – ']],
      ['- ', ['']],
    ])
    expect(messages[0]?.reason).toBe('`demandeur- agent` : trait d’union espacé d’un seul côté, écrire `demandeur-agent` (mot composé) ou `demandeur – agent` (incise, tiret)')
    expect(await fix('Une démarche communau- taire.\n', { only })).toBe('Une démarche communautaire.\n')
    // A suspended hyphen, a list, a negative number, a dash, code: left alone.
    expect(await lint('La pré- et post-production, les micro- ou macro-entreprises, des entrées-sorties, -15 % et `a- b`.\n\n- Un item – une incise.\n', { only })).toEqual([])
  })

  it('ends a sentence with a full stop where the page shows one is missing, and a heading without one', async () => {
    const text = [
      // Two sentences joined by a line break (the page renders a space between them).
      'Le premier axe est la simplification de la recherche de locaux pour les porteurs de projet\nPour cela, le service propose un outil.',
      // A paragraph of several sentences whose last has no full stop (esup-pod, line 59).
      'Elle est accessible. La plateforme est également prévue pour être multilingue',
      '## Contribuer, ça s’apprend.',
      '- Un premier élément de la liste est écrit ici.',
      '- Un deuxième élément de la liste est écrit ici.',
      '- Un troisième élément de la liste est écrit ici.',
      '- Un quatrième élément de la liste sans son point',
      '',
    ].join('\n\n')
    expect((await lint(text, { only })).map((message) => [message.place && 'start' in message.place ? message.place.start.line : 0, message.actual, message.expected])).toEqual([
      [1, 't', ['t.']],
      [4, 'e', ['e.']],
      [6, '.', ['']],
      [14, 't', ['t.']],
    ])
    expect(await fix(text, { only })).toBe(text.replace('de projet\n', 'de projet.\n').replace('multilingue', 'multilingue.').replace('s’apprend.', 's’apprend').replace('sans son point', 'sans son point.'))
    // Labels, links ending a paragraph, short texts, a quote's own full stop, headings of several sentences, `etc.`,
    // a line going on after a preposition, lists without full stops: left alone.
    const alone = [
      '**Contact**',
      'Téléphone : 09 72 10 10 07',
      'En savoir plus sur le projet dans [l’article du blog](https://example.org/)',
      '« Rendre à la terre, c’est documenter la démarche et rendre au commun. »',
      '## Internet nous rapproche. Les manipulations nous éloignent.',
      '## Rencontre autour de Superset, Metabase, etc.',
      'Le service travaille avec\nLa Poste et les mairies depuis deux ans.',
      '- Un élément sans point final ici\n- Un autre élément sans point final\n- Un troisième élément sans point final',
      '',
    ].join('\n\n')
    expect(await lint(alone, { only })).toEqual([])
  })

  it('ends a paragraph’s last sentence on a line of its own, but not a label and its short value nor an emphasised line', async () => {
    // beta.gouv.fr (sndv_maritime): a paragraph's lines are sentences; the last has lost its full stop.
    const text = 'Le projet a interrogé un grand nombre d’acteurs de l’État dans le milieu maritime.\nProblème identifiés : Les contrôles ne sont pas anticipés par les agents en mer\n'
    expect(await fix(text, { only })).toBe(text.replace('agents en mer\n', 'agents en mer.\n'))
    // beta.gouv.fr (equipements-bio, line 64): a sentence ending with a date is a sentence; a press review's source and date is not.
    const dated = 'Le prototype est en test. La phase de test de ce prototype conduira à une phase de construction à la fin mars 2025\n\nUn article sur les communs numériques, zdnet.fr, novembre 2021\n'
    expect((await lint(dated, { only })).map((message) => message.expected)).toEqual([['5.']])
    const alone = [
      'Une étude de la solution pourrait permettre de structurer la démarche.\nCollectivité sponsor : Agen',
      '**Quels sont les problèmes concrets ? A déterminer sur le terrain.**\n**Les faits**',
      '',
    ].join('\n\n')
    expect(await lint(alone, { only })).toEqual([])
  })

  it('takes out a comma before the `et` ending an enumeration and before a bracket', async () => {
    // asqatasun (line 32), bluehats_17 (line 27); beta.gouv.fr: agreste, guichet-unique-de-la-haie.
    const text = 'Des échanges sur Mattermost, BigBlueButton, mails, et rencontres en présentiel. Pour des chercheurs, enseignants, et étudiants. Restaurer des haies d’ici à 2030, (soit un gain de 6 %).\n'
    expect(await fix(text, { only })).toBe('Des échanges sur Mattermost, BigBlueButton, mails et rencontres en présentiel. Pour des chercheurs, enseignants et étudiants. Restaurer des haies d’ici à 2030 (soit un gain de 6 %).\n')
    // A clause after `et` (libreoffice-2023, line 33), numbered items, a comma after the bracket: left alone.
    expect(await lint('Un fork est créé, LibreOffice, et c’est ce fork qui vit. Il vise (1) la sobriété, (2) la qualité. Le service (voir plus bas), ouvert.\n', { only })).toEqual([])
  })

  it('sets a connector opening a sentence apart with a comma', async () => {
    // bluehats_14 (line 159), bluehats_12 (line 26), esup-pod (line 84).
    const text = 'Aujourd\'hui les administrations publient. Pour ce faire il suffit d’écrire. Toutefois des limites existent.\n'
    expect(await fix(text, { only })).toBe('Aujourd\'hui, les administrations publient. Pour ce faire, il suffit d’écrire. Toutefois, des limites existent.\n')
    // Inside a sentence, with its comma, before a verb, and `Ainsi`, whose comma is optional: left alone.
    expect(await lint('Il écrit aujourd’hui les pages. Par ailleurs, le site évolue. Toutefois existe une limite. Ainsi le projet avance.\n', { only })).toEqual([])
  })

  it('wants French quotes for a quotation, not English or straight ones', async () => {
    expect(await fix('Trouver le “bon” logement, passer au "mieux-manger".\n', { only })).toBe('Trouver le « bon » logement, passer au « mieux-manger ».\n')
    const messages = await lint('Un véritable “parcours du combattant” pour les usagers.\n', { only })
    expect(messages.map((message) => message.reason)).toEqual([
      '`“` : guillemet ouvrant français dans `“parcours du combattant”`, écrire `« parcours du combattant »`',
      '`”` : guillemet fermant français dans `“parcours du combattant”`, écrire `« parcours du combattant »`',
    ])
    // A fix inside the quotation stays apart from the marks' (bluehats_14: `"Scientific Visualization: Python"`).
    expect(await fix('Le livre "Scientific Visualization: Python" est libre.\n', { only })).toBe('Le livre « Scientific Visualization : Python » est libre.\n')
    // A quote inside « », English text, an empty pair, code: left alone.
    expect(await lint('Il dit « le “bon” choix » et `"x"`, puis "" et <a title="x">lien</a>.\n\nShe said “hello” to the world.\n', { only })).toEqual([])
    // bluehats_7 (line 99): single straight quotes too, from outside a word to a word's end; an apostrophe is none.
    expect(await fix("un dépôt réunissant des 'repositories' publics.\n", { only })).toBe('un dépôt réunissant des « repositories » publics.\n')
    expect(await lint("Dépanne ma Rénov' et l'eau, aujourd'hui 'l'art' et l' 'eau.\n", { only })).toEqual([])
    // prix-bluehats-2024 (line 16): a template tag's arguments.
    expect(await lint('{% imageContent "./dependency.png", "Dependency - https://xkcd.com/2347/", [1000] %}\n', { only })).toEqual([])
  })

  it('gives an acronym no plural `s`, as the real pages should', async () => {
    // guide-osor (line 24), ota (line 33), qgeoservices (line 6).
    expect(await fix('Comment les gérer (des OSPOs ?), calcul de la lisibilité des CGUs et 3 APIs.\n', { only })).toBe('Comment les gérer (des OSPO ?), calcul de la lisibilité des CGU et 3 API.\n')
    expect(await lint('Les OS, des SMS, les PCs en anglais: the APIs, and `des OSPOs`.\n', { only: ['offre-typography'], path: 'en/page.md' })).toEqual([])
    expect((await lint('Un SAS, les DOS et des JOs.\n', { only })).map((message) => message.actual)).toEqual(['JOs'])
    // mission-logiciels-libres-nations-unies-2024 (a heading); beta.gouv.fr (agreste): a sentence's start, a list after a colon.
    // beta.gouv.fr (zones.irriguees.et.irrigables): in an enumeration and in brackets.
    expect(await fix('Les acteurs (DRAAF, DDT, ASAs, chambres) et les gestionnaires (ASAs).\n', { only })).toBe('Les acteurs (DRAAF, DDT, ASA, chambres) et les gestionnaires (ASA).\n')
    expect(await fix('# Des OSPOs pour de bon\n\nDes formats peu accessibles : PDFs nombreux, tableaux peu conviviaux.\n', { only })).toBe('# Des OSPO pour de bon\n\nDes formats peu accessibles : PDF nombreux, tableaux peu conviviaux.\n')
  })

  it('writes `environ` for a tilde, `et` for an ampersand in a sentence, and no space between an elision and its quote', async () => {
    // beta.gouv.fr: plusfraichemaville (lines 70, 103), equipements-bio (line 37).
    const text = 'Estimé à ~2 300 agents. La prise de hauteur & le diagnostic. Les missions sont d’ « analyser » et d’ « informer ».\n'
    expect(await fix(text, { only })).toBe('Estimé à environ 2 300 agents. La prise de hauteur et le diagnostic. Les missions sont d’« analyser » et d’« informer ».\n')
    // A name's `&` (`Plante & Moi`, `R&D`, `Focus tech & usage`), a tilde in a path or alone: left alone.
    expect(await lint('Plante & Moi, la R&D, Focus tech & usage, le dossier ~/docs et ~ seul. L’« analyse ».\n', { only })).toEqual([])
  })

  it('writes `par ex.` with its full stop and groups thousands by spaces, not commas', async () => {
    expect(await fix('Le secteur industriel (par ex) et 50,000 habitants, 3,500 € ou 1,2,3.\n', { only })).toBe('Le secteur industriel (par ex.) et 50 000 habitants, 3 500 € ou 1,2,3.\n')
    expect(await lint('Par exemple, par ex. ici, version 1,500.2 et 2,5 millions.\n', { only })).toEqual([])
  })

  it('groups large numbers by thousands, as the real pages should', async () => {
    const text = 'Il y a plus de 12000 dépôts et 100000 vues.\n'
    expect((await lint(text, { only })).map((message) => [message.actual, message.expected])).toEqual([
      ['12000', ['12 000']],
      ['100000', ['100 000']],
    ])
    expect(await fix(text, { only })).toBe('Il y a plus de 12 000 dépôts et 100 000 vues.\n')
    expect(await fix('Plus de 500000 postes.\n', source())).toBe('Plus de 500\u202f000 postes.\n')
    expect(await lint('Au 75015 Paris, en 2024, le ticket n° 123456 et le code 12345 ; 12 000 dépôts, v1.12000 est publiée.\n', { only })).toEqual([])
  })

  it('groups a number of four digits before a plural noun or a sum, not a year', async () => {
    // code.gouv.fr: the SILL's 500 (`1891 utilisateurs inscrits`), bluehats_26 (`plus de 1500 personnes`).
    const text = 'Il compte 1891 utilisateurs inscrits, plus de 1500 personnes et 2500 euros HT.\n'
    expect((await lint(text, { only })).map((message) => message.actual)).toEqual(['1891', '1500', '2500'])
    expect(await fix(text, { only })).toBe('Il compte 1 891 utilisateurs inscrits, plus de 1 500 personnes et 2 500 euros HT.\n')
    // Years, before a function word or a singular noun; an identifier, a version.
    expect(await lint('En 2023 les équipes, depuis 2019 auprès des villes, en 2024 plusieurs pages, la norme ISO 9001 et v2.1500 versions.\n', { only })).toEqual([])
  })

  it('writes `etc.` with its full stop and spaces a page number, as the real pages should', async () => {
    // code.gouv.fr: BSoC contributions (`etc)`), a gazette (`etc…`), a blog post (`(p.14)`).
    const text = 'Des formats (kanban, markdown, etc) et les citoyens etc… puis le rapport (p.14).\n'
    expect((await lint(text, { only })).map((message) => message.actual)).toEqual(['etc', 'etc…', 'p.'])
    expect(await fix(text, { only })).toBe('Des formats (kanban, markdown, etc.) et les citoyens etc. puis le rapport (p. 14).\n')
    expect(await lint('Des formats, etc. Et la page p. 14, l’app.14, `etc` en code.\n', { only })).toEqual([])
  })

  it('leaves English pages and the numbers check off alone', async () => {
    expect(await lint('The 2ème year, 100% done.\n', { only, path: 'en/page.md' })).toEqual([])
    expect(await lint('Leur 2ème année, 100% dédiée.\n', { only, rules: { 'offre-typography': ['warn', { skip: ['numbers'] }] } })).toEqual([])
  })
})
