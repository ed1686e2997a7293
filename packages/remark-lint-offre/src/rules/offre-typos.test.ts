import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { siteContentDir } from '@offre/fixtures'
import { fix, lint, summary, docExamples } from '../testing.js'

const only = ['offre-typos']
const example = docExamples('offre-typos')

describe('offre-typos', () => {
  it('flags a known misspelling with its place, actual and expected', async () => {
    const [message, ...rest] = await lint('Un logciel libre.\n', { only })
    expect(rest).toEqual([])
    expect(message?.reason).toBe('`logciel` : faute de frappe, écrire `logiciel`')
    expect(summary([message!])).toEqual(['1:4-1:11 offre-typos logciel'])
    expect(message?.expected).toEqual(['logiciel'])
    expect(message?.fatal).toBe(true)
    expect(message?.source).toBe('remark-lint')
  })

  it('keeps the case of the word in the correction', async () => {
    expect(await fix('Logciel, LOGCIEL et logciel.\n', { only })).toBe('Logiciel, LOGICIEL et logiciel.\n')
  })

  it('says it in English on request', async () => {
    const [message] = await lint('logciel\n', { only, settings: { locale: 'en' } })
    expect(message?.reason).toBe('Unexpected `logciel`, expected `logiciel`')
  })

  it('matches whole words only, and leaves code, URLs and addresses alone', async () => {
    const markdown = [
      'Les logcielles et prélogciel ne sont pas dans la liste.',
      '',
      'Voir `logciel` et https://example.org/logciel ou logciel@example.org.',
      '',
      '```',
      'logciel',
      '```',
      '',
      '[la page](https://example.org/logciel)',
      '',
    ].join('\n')
    expect(await lint(markdown, { only })).toEqual([])
  })

  it('checks headings, list items and link text', async () => {
    const messages = await lint('## Un logciel\n\n- un logicel\n\n[notament](https://example.org)\n', { only })
    expect(summary(messages)).toEqual(['1:7-1:14 offre-typos logciel', '3:6-3:13 offre-typos logicel', '5:2-5:10 offre-typos notament'])
  })

  it('takes extra misspellings from its options', async () => {
    const messages = await lint('La mision.\n', { only, rules: { 'offre-typos': { extra: { mision: 'mission' } } } })
    expect(messages[0]?.expected).toEqual(['mission'])
  })

  it('is silenced by a lint comment', async () => {
    expect(await lint('<!--lint disable offre-typos-->\n\nUn logciel.\n', { only })).toEqual([])
  })

  it('fixes, and the fixed text lints clean', async () => {
    const fixed = await fix('Un logciel, notament.\n', { only })
    expect(fixed).toBe('Un logiciel, notamment.\n')
    expect(await lint(fixed, { only })).toEqual([])
  })
})

describe('offre-typos: the docs examples', () => {
  it('reports what the failing example says', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
  })

  it('fixes the failing example', async () => {
    expect(await fix(example('md fail'), { only })).toBe(example('md fixed'))
  })

  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})

describe('offre-typos on a page in another language', () => {
  it('says nothing of the English words of the site’s English pages', async () => {
    const page = readFileSync(`${siteContentDir}/en/action-plan-for-free-software-and-digital-commons/index.md`, 'utf8')
    expect(page).toContain('Reference')
    expect(await lint(page, { only, path: 'en/action-plan-for-free-software-and-digital-commons/index.md' })).toEqual([])
    expect(await lint('A secure connection.\n', { only, settings: { contentPath: 'en/lasuite/index.md' } })).toEqual([])
    expect((await lint('Une connection sécurisée.\n', { only, settings: { contentPath: 'fr/lasuite/index.md' } })).map((m) => m.actual)).toEqual(['connection'])
  })
})

describe('offre-typos: misspelt phrases (sentences of code.gouv.fr)', () => {
  it('finds fixed expressions written wrong, and fixes them in the writer’s case', async () => {
    const text = [
      'En terme de coûts, la mise en places du dispositif et les mises à jours suivent.',
      'Le logiciel gère les bases de donnée, etc.',
      'Les rencontres ont lieu les lundi de 17h à 18h, c’est à dire ça et là.',
      'Les intervenants se sont succédés au micro. Félicitation à l’équipe !',
      'Le site du l’éducation, en Hauts de France et en Auvergne Rhône-Alpes.',
      'Des entrevues en présentielles.',
      // code.gouv.fr: a ministry's roadmap, a gazette, a webinar.
      'Des clauses ad-hoc, des Web-conférences, des beta-testeurs et une association de grands-comptes.',
      '',
    ].join('\n')
    const messages = await lint(text, { only: ['offre-typos'] })
    expect(messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['En terme de', 'En termes de'],
      ['mise en places', 'mise en place'],
      ['mises à jours', 'mises à jour'],
      ['bases de donnée', 'bases de données'],
      ['les lundi', 'les lundis'],
      ['c’est à dire', 'c’est-à-dire'],
      ['ça et là', 'çà et là'],
      ['se sont succédés', 'se sont succédé'],
      ['Félicitation à', 'Félicitations à'],
      ['du l’', 'de l’'],
      ['Hauts de France', 'Hauts-de-France'],
      ['Auvergne Rhône-Alpes', 'Auvergne-Rhône-Alpes'],
      ['en présentielles', 'en présentiel'],
      ['ad-hoc', 'ad hoc'],
      ['Web-conférences', 'Webconférences'],
      ['beta-testeurs', 'bêta-testeurs'],
      ['grands-comptes', 'grands comptes'],
    ])
    expect(await fix('Un suivi en terme\nde coûts.\n', { only: ['offre-typos'] })).toBe('Un suivi en termes de coûts.\n')
  })

  it('writes the regions by their official names: spaces in `Grand Est` and `Pays de la Loire`, hyphens in `Nouvelle-Aquitaine`', async () => {
    const text = [
      // code.gouv.fr: a gazette (bluehats_5).
      'Cela a pu être mis en place pour Nextcloud (Versailles) et Peertube (Grand-Est), mais pas ailleurs.',
      // Pages of beta.gouv.fr's startups.
      'Déployé en PACA + Nouvelle Aquitaine, puis en Ile de France et dans les Pays-de-la-Loire.',
      // Already right: nothing to say.
      'La DREAL Grand Est, la région Centre-Val de Loire et l’Île-de-France.',
      '',
    ].join('\n')
    const messages = await lint(text, { only: ['offre-typos'] })
    expect(messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['Grand-Est', 'Grand Est'],
      ['Nouvelle Aquitaine', 'Nouvelle-Aquitaine'],
      ['Ile de France', 'Île-de-France'],
      ['Pays-de-la-Loire', 'Pays de la Loire'],
    ])
    expect(await fix('Peertube (Grand-Est).\n', { only: ['offre-typos'] })).toBe('Peertube (Grand Est).\n')
  })

  it('writes `de` for the article `des` before an adjective that precedes its noun, after a preposition or a verb', async () => {
    const text = [
      // code.gouv.fr: e-combox (line 24), bluehats_21 (line 78); beta.gouv.fr: mobicouts, mes-aides.
      'Monter en compétences sur des nouvelles techniques, utiliser des logiciels libres pour des petites entreprises.',
      'Des déplacements sur des courtes distances, et d’intégrer des nouvelles aides.',
      // The contracted `des` after a noun, compound nouns, `des nouvelles de` (news): left alone.
      'La liste des nouvelles fonctionnalités, pour des petites et moyennes entreprises, avec des grandes écoles, sans des nouvelles de lui.',
      '',
    ].join('\n')
    const messages = await lint(text, { only })
    expect(messages.map((message) => message.reason)).toEqual([
      '`des nouvelles` : devant un adjectif placé avant le nom, l’article `des` devient `de`, écrire `de nouvelles`',
      '`des petites` : devant un adjectif placé avant le nom, l’article `des` devient `de`, écrire `de petites`',
      '`des courtes` : devant un adjectif placé avant le nom, l’article `des` devient `de`, écrire `de courtes`',
      '`des nouvelles` : devant un adjectif placé avant le nom, l’article `des` devient `de`, écrire `de nouvelles`',
    ])
    expect(await fix('Rouler sur des courtes distances.\n', { only })).toBe('Rouler sur de courtes distances.\n')
  })

  it('wants `de` after `millions` and `afin`, `million` below two, `de tous les`, `et demie` after a feminine noun', async () => {
    // beta.gouv.fr: inca (line 30), mes-aides (line 108), rapace (line 46), portail-rse (line 59).
    const text = 'Soit 3,8 millions personnes atteintes, 1,25 millions d’euros en 5 années et demi, afin travailler sur le récapitulatif des tous les indicateurs.\n'
    expect(await fix(text, { only })).toBe('Soit 3,8 millions de personnes atteintes, 1,25 million d’euros en 5 années et demie, afin de travailler sur le récapitulatif de tous les indicateurs.\n')
    expect(await lint('Soit 3 millions d’habitants, 2 millions supplémentaires, 12 millions investis, 1,5 million d’euros, afin de partir, afin qu’il parte, une heure et demie, un an et demi.\n', { only })).toEqual([])
  })

  it('reads a capital `I` before an apostrophe and a vowel as the elided `l`, not English’s `I’m`', async () => {
    // beta.gouv.fr (oilhi, line 27).
    expect(await fix("Le pôle de lutte contre I'Habitat indigne. I'association agit.\n", { only })).toBe("Le pôle de lutte contre l'Habitat indigne. L'association agit.\n")
    expect(await lint("As they say, I'm sure I've seen it and I'll come.\n", { only })).toEqual([])
  })

  it('writes `à moyen terme`, `l’état civil` without a hyphen, and the nouns `savoir-faire`, `mal-logement` with one', async () => {
    // beta.gouv.fr: mes-aides, inventaire.zae, rdv.consulat, rapace, histologe.
    const text = 'À court ou moyen-terme, sur le long-terme, leur état-civil, captif du savoir faire et de la lutte contre le mal logement.\n'
    expect(await fix(text, { only })).toBe('À court ou moyen terme, sur le long terme, leur état civil, captif du savoir-faire et de la lutte contre le mal-logement.\n')
    expect(await lint('Il faut savoir faire des choix, et loger mal logement n’est pas un mot.\n', { only })).toEqual([])
  })

  it('finds expressions that want their own number or gender, and offers both genders of `quel que soit` without choosing', async () => {
    const text = [
      // code.gouv.fr: a gazette (bluehats_5), a blog post (500 logiciels libres au SILL).
      'Cela a pu être mis en place dans le cadre de l’appel à projet lancé à l’automne 2019.',
      'Les informations partagées en privée, notamment sur la sécurité.',
      // Pages of beta.gouv.fr's startups.
      'Cette investigation est, entre autre, une illustration des enjeux.',
      'Faire connaître le dispositif à d’avantage d’enseignants.',
      'Chaque médecin peut bénéficier du matériel quelque soit son mode d’exercice.',
      'Une réunion en distancielle.',
      // bluehats_17 and pages of beta.gouv.fr's startups.
      'Les paramètres par défauts, des fautes de frappes, un groupement de commande.',
      'Un état de lieux grâce un outil, des carnets de bords et la main d’œuvre.',
      // journee-2022: the programme's name.
      'Le « Dites-le nous une fois » européen et l’open source.',
      '',
    ].join('\n')
    const messages = await lint(text, { only: ['offre-typos'] })
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['appel à projet', ['appel à projets']],
      ['en privée', ['en privé']],
      ['entre autre', ['entre autres']],
      ['d’avantage d’', ['davantage d’']],
      ['quelque soit', ['quel que soit', 'quelle que soit']],
      ['en distancielle', ['en distanciel']],
      ['par défauts', ['par défaut']],
      ['fautes de frappes', ['fautes de frappe']],
      ['groupement de commande', ['groupement de commandes']],
      ['état de lieux', ['état des lieux']],
      ['grâce un', ['grâce à un']],
      ['carnets de bords', ['carnets de bord']],
      ['main d’œuvre', ['main-d’œuvre']],
      ['Dites-le nous', ['Dites-le-nous']],
    ])
    expect(messages[4]?.reason).toBe('`quelque soit` : faute dans l’expression, écrire `quel que soit` ou `quelle que soit`')
    expect(await fix('Quelque soit le mode, entre autre.\n', { only: ['offre-typos'] })).toBe('Quelque soit le mode, entre autres.\n')
  })

  it('finds the hyphen of `compte rendu`, `opensource` and `containerisation`, in real sentences', async () => {
    // bsoc-retour-2022, line 42; bluehats_4, line 70; onyxia, line 10.
    expect(await fix('Il fallait remplir un compte-rendu synthétique chaque semaine.\n', { only })).toBe('Il fallait remplir un compte rendu synthétique chaque semaine.\n')
    expect(await fix('Des documents professionnels (comptes-rendus, notes, courriers).\n', { only })).toBe('Des documents professionnels (comptes rendus, notes, courriers).\n')
    expect(await fix('Confirmant le succès de cette application opensource de gestion des sentiers.\n', { only })).toBe('Confirmant le succès de cette application open source de gestion des sentiers.\n')
    expect(await fix('Onyxia est un logiciel de plateforme de traitement de données basé sur la containerisation.\n', { only })).toBe(
      'Onyxia est un logiciel de plateforme de traitement de données basé sur la conteneurisation.\n',
    )
    expect(await lint('Voir https://example.org/opensource et `compte-rendu.md`.\n', { only })).toEqual([])
  })

  it('finds fixed terms written wrong and a calque, in real sentences', async () => {
    // le-sill-et-codegouvfr-font-peau-neuve (line 57), nations-unies-2024 (line 27), bluehats_2 (line 95), bluehats_7 (line 81).
    expect(await fix('Les logiciels et leurs dates de mises à jour.\n', { only })).toBe('Les logiciels et leurs dates de mise à jour.\n')
    expect(await fix('Les objectifs de développement durables des Nations unies.\n', { only })).toBe('Les objectifs de développement durable des Nations unies.\n')
    expect(await fix('Afin de leur faire bénéficier de son expérience.\n', { only })).toBe('Afin de les faire bénéficier de son expérience.\n')
    expect(await fix("Une alternative en plaçant l'emphase sur la simplicité.\n", { only })).toBe("Une alternative en plaçant l'accent sur la simplicité.\n")
  })

  it('writes the side `côté`, not the participle of `coter`, `au-delà` and `a besoin de`', async () => {
    // bluehats_3 (line 86): a blog post's title in the press review.
    expect(await fix('Une balade du coté de Proxmox, à coté du serveur, mis de coté.\n', { only })).toBe('Une balade du côté de Proxmox, à côté du serveur, mis de côté.\n')
    expect(await fix("Aux delà des singularités, l'État à besoin d'elles et la ville à besoin de vous.\n", { only })).toBe("Au-delà des singularités, l'État a besoin d'elles et la ville a besoin de vous.\n")
    // Fixed terms whose complement keeps its number, and expressions written wrong (a beta.gouv.fr reading).
    expect(await fix("Les systèmes d'informations et leurs cas d’usages, jusqu’à lors mis en perspectives, compte tenu que le travail se fait de paires à paires.\n", { only })).toBe(
      "Les systèmes d'information et leurs cas d’usage, jusqu’alors mis en perspective, compte tenu du fait que le travail se fait de pair à pair.\n",
    )
    // The participle, and `au besoin`.
    expect(await lint('Une entreprise cotée, un titre coté en bourse, au besoin de nouveau.\n', { only })).toEqual([])
  })

  it('reads the front matter’s prose too, at its place in the YAML', async () => {
    // codons-2024, its description.
    const page = '---\ntitle: "Garagethon BlueHats"\ndescription: "Compte-rendu du garagethon #BlueHats"\n---\n\nLe texte.\n'
    const messages = await lint(page, { only })
    expect(summary(messages)).toEqual(['3:15-3:27 offre-typos Compte-rendu'])
    expect(await fix(page, { only })).toBe(page.replace('Compte-rendu', 'Compte rendu'))
    expect(await lint('---\ntitle: Un logciel\nslug: logciel-compte-rendu\n---\n\nLe texte.\n', { only })).toHaveLength(1)
  })

  it('finds a fund written `fond`, a welded `socioprofessionnel`, a compound’s plural and `lI`', async () => {
    expect(await fix('Le FSE (Fond social européen) aide les catégories socio-professionnelles.\n', { only })).toBe('Le FSE (Fonds social européen) aide les catégories socioprofessionnelles.\n')
    expect(await fix('Des soutiens-gorges. lI est utilisable, lIs le sont.\n', { only })).toBe('Des soutiens-gorge. Il est utilisable, Ils le sont.\n')
    expect(await lint('Au fond de la salle, le fond du problème, un socio-économiste, li et LI.\n', { only })).toEqual([])
  })

  it('welds a learned prefix to its word, and leaves the prefixes that keep their hyphen alone', async () => {
    // libreoffice-2023 (line 45), bluehats_6 (line 26).
    expect(await fix('Des modules pré-installés et intégrer des correctifs.\n', { only })).toBe('Des modules préinstallés et intégrer des correctifs.\n')
    const [message] = await lint('Une richesse syntaxique que le micro-travail ne donne pas.\n', { only })
    expect(message?.reason).toBe('`micro-travail` : le préfixe `micro-` se soude au mot, écrire `microtravail`')
    expect(await fix('Re-configurer les méta-données.\n', { only })).toBe('Reconfigurer les métadonnées.\n')
    expect(await lint('Une auto-école, la co-construction, le post-partum, un socio-économiste, une visio-conférence.\n', { only })).toEqual([])
  })

  it('takes the hyphen out of `non` before an adjective, welds `multi-` before a consonant, and hyphenates departments', async () => {
    expect(await fix('Une classe non-dédoublée, des accès non-autorisés et les non-initiés.\n', { only })).toBe('Une classe non dédoublée, des accès non autorisés et les non-initiés.\n')
    expect(await fix('Un nouveau multi-détecteur et une authentification multi-facteurs.\n', { only })).toBe('Un nouveau multidétecteur et une authentification multifacteurs.\n')
    expect(await fix('Dans les Côtes d’Armor et en Seine Saint-Denis, d’autres part.\n', { only })).toBe('Dans les Côtes-d’Armor et en Seine-Saint-Denis, d’autre part.\n')
    expect(await lint('Une micro-entreprise, un multi-usage, le non-dit.\n', { only })).toEqual([])
    // beta.gouv.fr: `pré-`, `poly-` weld before a word the dictionary has no welded form of; `pré-salé` is its own word.
    expect(await fix('En pré-cadrant leurs projets, dû à une poly-activité.\n', { only })).toBe('En précadrant leurs projets, dû à une polyactivité.\n')
    expect(await lint('Un agneau de pré-salé, un re-make.\n', { only })).toEqual([])
  })

  it('puts the hyphen in a noun made with `non`, and leaves the adverb alone', async () => {
    // osmose-qa, line 41.
    const [message, ...rest] = await lint('Ajouter une interface pour des non développeurs.\n', { only })
    expect(rest).toEqual([])
    expect(message?.reason).toBe('`non développeurs` : un nom composé avec « non » prend un trait d’union, écrire `non-développeurs`')
    expect(summary([message!])).toEqual(['1:32-1:48 offre-typos non développeurs'])
    expect(await fix('Le non respect des règles et la non\nréponse des services.\n', { only })).toBe('Le non-respect des règles et la non-réponse des services.\n')
    expect(
      await lint('Des données non personnelles, le non moins célèbre outil, un oui ou non, les non-initiés, le non de la commission.\n', { only }),
    ).toEqual([])
  })

  it('leaves the right forms, dates and code alone', async () => {
    expect(await lint('Les appels à projets, entre autres, en privé ; pas d’avantage fiscal, davantage d’agents, quel que soit le mode, en fait.\n', { only: ['offre-typos'] })).toEqual([])
    expect(await lint('En termes de coûts, la mise en place, les mises à jour, les bases de données, les lundis, le lundi 3 et le mardi 4, les lundi 3 et mardi 4 juin, `mise en places`.\n', { only: ['offre-typos'] })).toEqual([])
    expect(await lint('Une clause ad hoc, des grands comptes, un ad-hoc-network et `web-conférence`.\n', { only: ['offre-typos'] })).toEqual([])
    expect(await lint('In terms of the mise en places.\n', { only: ['offre-typos'], path: 'en/page.md' })).toEqual([])
  })
})
