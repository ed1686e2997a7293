/**
 * Known French misspellings of phrases, with their correction: fixed expressions
 * written wrong (`mise en places`, `en terme de`), a noun that the expression wants
 * in the plural (`base de donnée`, `tous les lundi`) or a participle that never
 * agrees (`se sont succédés`). Each was checked: the misspelt phrase is never correct
 * French, the correction always is. Matched as whole words, the spaces between them
 * of any kind (a line break too), the case of the first letter kept. Written with `’`:
 * either apostrophe matches, and the correction takes the writer's.
 */
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']

/** A phrase's correction; several when only the editor can choose (no fix then). */
export const TYPO_PHRASES: Readonly<Record<string, string | readonly string[]>> = {
  'en terme de': 'en termes de',
  'mise en places': 'mise en place',
  'mises en places': 'mises en place',
  'mise à jours': 'mise à jour',
  'mises à jours': 'mises à jour',
  'mis à jours': 'mis à jour',
  'mettre à jours': 'mettre à jour',
  'base de donnée': 'base de données',
  'bases de donnée': 'bases de données',
  'ça et là': 'çà et là',
  'c’est à dire': 'c’est-à-dire',
  'au delà': 'au-delà',
  'aux delà': 'au-delà',
  // `coté` is the participle of `coter` (`coté en bourse`); the side is `côté`.
  'du coté': 'du côté',
  'à coté': 'à côté',
  'de coté': 'de côté',
  // `avoir besoin de`: the verb, never the preposition (`l'État à besoin d'elles`).
  'à besoin de': 'a besoin de',
  'à besoin d’': 'a besoin d’',
  // Fixed terms whose complement keeps its number (a beta.gouv.fr reading): the information system, a use case.
  'système d’informations': 'système d’information',
  'systèmes d’informations': 'systèmes d’information',
  'cas d’usages': 'cas d’usage',
  'poursuite d’étude': 'poursuite d’études',
  'cumul d’emploi': 'cumul d’emplois',
  'en charges de': 'en charge de',
  'tout domaine confondu': 'tous domaines confondus',
  'mis en perspectives': 'mis en perspective',
  'mise en perspectives': 'mise en perspective',
  'mettre en perspectives': 'mettre en perspective',
  // Fixed expressions written wrong.
  'compte tenu que': 'compte tenu du fait que',
  'jusqu’à lors': 'jusqu’alors',
  'de paires à paires': 'de pair à pair',
  'de paire à paire': 'de pair à pair',
  'vis à vis': 'vis-à-vis',
  'en temps que': 'en tant que',
  'au fur à mesure': 'au fur et à mesure',
  'se sont succédés': 'se sont succédé',
  'se sont succédées': 'se sont succédé',
  'félicitation à': 'félicitations à',
  'en présentielle': 'en présentiel',
  'en présentielles': 'en présentiel',
  'en présentiels': 'en présentiel',
  'en distancielle': 'en distanciel',
  'en distancielles': 'en distanciel',
  'en distanciels': 'en distanciel',
  'en privée': 'en privé',
  'en privées': 'en privé',
  'en faite': 'en fait',
  'en revanches': 'en revanche',
  'par défauts': 'par défaut',
  'fautes de frappes': 'fautes de frappe',
  'faute de frappes': 'faute de frappe',
  'état de lieux': 'état des lieux',
  'états de lieux': 'états des lieux',
  'carnet de bords': 'carnet de bord',
  'carnets de bords': 'carnets de bord',
  'tableau de bords': 'tableau de bord',
  'tableaux de bords': 'tableaux de bord',
  'main d’œuvre': 'main-d’œuvre',
  'main d’oeuvre': 'main-d’œuvre',
  'aller-retours': 'allers-retours',
  'divers variés': 'divers et variés',
  'diverses variées': 'diverses et variées',
  'groupement de commande': 'groupement de commandes',
  'groupements de commande': 'groupements de commandes',
  // `grâce à`: the preposition is a phrase of two words.
  'grâce un': 'grâce à un',
  'grâce une': 'grâce à une',
  'grâce le': 'grâce au',
  'grâce les': 'grâce aux',
  'grâce la': 'grâce à la',
  'grâce l’': 'grâce à l’',
  // The imperative's two pronouns take a hyphen each (`Dites-le-nous une fois`, the State's programme).
  'dites-le nous': 'dites-le-nous',
  'dites-la nous': 'dites-la-nous',
  'dites-les nous': 'dites-les-nous',
  'entre autre': 'entre autres',
  'appel à projet': 'appel à projets',
  'appels à projet': 'appels à projets',
  // `davantage` (more) before its complement; `d’avantage` is `de avantage` (`pas d’avantage fiscal`).
  'd’avantage de': 'davantage de',
  'd’avantage des': 'davantage des',
  'd’avantage d’': 'davantage d’',
  // `quel que soit`: `quel` agrees with the subject that follows, which only the editor reads.
  'quelque soit': ['quel que soit', 'quelle que soit'],
  'quelques soient': ['quels que soient', 'quelles que soient'],
  'quelque soient': ['quels que soient', 'quelles que soient'],
  // `du` is `de le`: never before an elided `l’`.
  'du l’': 'de l’',
  // Noun phrases and loan phrases written with a hyphen that French does not put there.
  'ad-hoc': 'ad hoc',
  'bas-niveau': 'bas niveau',
  'haut-niveau': 'haut niveau',
  'hautes-études': 'hautes études',
  'grands-comptes': 'grands comptes',
  'mise-à-jour': 'mise à jour',
  'mises-à-jour': 'mises à jour',
  'logiciel-libre': 'logiciel libre',
  'logiciels-libres': 'logiciels libres',
  'web-conférence': 'webconférence',
  'web-conférences': 'webconférences',
  'beta-testeur': 'bêta-testeur',
  'beta-testeurs': 'bêta-testeurs',
  'beta-test': 'bêta-test',
  'beta-tests': 'bêta-tests',
  // `mise à jour` stays singular in `date de mise à jour`; `développement durable` is one term.
  'date de mises à jour': 'date de mise à jour',
  'dates de mises à jour': 'dates de mise à jour',
  'de développement durables': 'de développement durable',
  // `faire bénéficier quelqu’un de`: the person is the direct object (`les`), not `leur`.
  'leur faire bénéficier': 'les faire bénéficier',
  // `put emphasis on`, calqued: French puts the accent (`mettre l’accent sur`).
  'l’emphase sur': 'l’accent sur',
  // `soutien-gorge`: the second noun is a complement, it stays singular.
  'soutiens-gorges': 'soutiens-gorge',
  // `socioprofessionnel` is one word (its prefix is welded, unlike `socio-économique`, which usage keeps).
  'socio-professionnel': 'socioprofessionnel',
  'socio-professionnelle': 'socioprofessionnelle',
  'socio-professionnels': 'socioprofessionnels',
  'socio-professionnelles': 'socioprofessionnelles',
  // A fund is a `fonds` (`Fonds social européen`); `fond` is the bottom of something.
  ...Object.fromEntries(
    ['social', 'sociaux', 'européen', 'national', 'départemental', 'régional', 'mondial', 'monétaire', 'souverain', 'spécial', 'de dotation', 'de garantie', 'de solidarité', 'de concours', 'd’investissement', 'd’innovation', 'de roulement'].map((rest) => [`fond ${rest}`, `fonds ${rest}`]),
  ),
  // `compte rendu` takes no hyphen (the Académie, Larousse), though dictionaries list `compte-rendu`.
  'compte-rendu': 'compte rendu',
  // `à court, moyen, long terme`, `l’état civil`: no hyphen (the Académie, Larousse).
  'moyen-terme': 'moyen terme',
  'long-terme': 'long terme',
  'court-terme': 'court terme',
  'état-civil': 'état civil',
  // The nouns `savoir-faire` and `mal-logement` take their hyphen (after a determiner: `savoir faire` is also a verb's).
  ...Object.fromEntries(['du', 'le', 'leur', 'son', 'notre', 'votre', 'un', 'ce'].flatMap((determiner) => [[`${determiner} savoir faire`, `${determiner} savoir-faire`], [`${determiner} mal logement`, `${determiner} mal-logement`]])),
  'comptes-rendus': 'comptes rendus',
  // `open source` is two words; the dictionary's `opensource` is a brand's way, not French usage.
  'opensource': 'open source',
  // Regions, hyphenated.
  'hauts de france': 'Hauts-de-France',
  'auvergne rhône-alpes': 'Auvergne-Rhône-Alpes',
  'auvergne rhône alpes': 'Auvergne-Rhône-Alpes',
  'bourgogne franche-comté': 'Bourgogne-Franche-Comté',
  'bourgogne franche comté': 'Bourgogne-Franche-Comté',
  'provence alpes côte d’azur': 'Provence-Alpes-Côte d’Azur',
  'provence-alpes-côte-d’azur': 'Provence-Alpes-Côte d’Azur',
  'nouvelle aquitaine': 'Nouvelle-Aquitaine',
  // `Grand Est`, `Pays de la Loire`, `Centre-Val de Loire`: the official names (the regions' law of 2016) keep spaces.
  'grand-est': 'Grand Est',
  'pays-de-la-loire': 'Pays de la Loire',
  'centre-val-de-loire': 'Centre-Val de Loire',
  'centre val de loire': 'Centre-Val de Loire',
  'ile de france': 'Île-de-France',
  'île de france': 'Île-de-France',
  // Departments, hyphenated.
  'côtes d’armor': 'Côtes-d’Armor',
  'seine saint-denis': 'Seine-Saint-Denis',
  'seine saint denis': 'Seine-Saint-Denis',
  'val de marne': 'Val-de-Marne',
  'val d’oise': 'Val-d’Oise',
  'hauts de seine': 'Hauts-de-Seine',
  'seine et marne': 'Seine-et-Marne',
  'bouches du rhône': 'Bouches-du-Rhône',
  'alpes maritimes': 'Alpes-Maritimes',
  'alpes de haute-provence': 'Alpes-de-Haute-Provence',
  'pyrénées atlantiques': 'Pyrénées-Atlantiques',
  'ille et vilaine': 'Ille-et-Vilaine',
  'indre et loire': 'Indre-et-Loire',
  'maine et loire': 'Maine-et-Loire',
  'loire atlantique': 'Loire-Atlantique',
  'meurthe et moselle': 'Meurthe-et-Moselle',
  'puy de dôme': 'Puy-de-Dôme',
  'haute garonne': 'Haute-Garonne',
  'haute savoie': 'Haute-Savoie',
  'seine maritime': 'Seine-Maritime',
  'pas-de calais': 'Pas-de-Calais',
  // `récapitulatif de tous les indicateurs`: `tous` is a determiner already; `des` would make two.
  'des tous les': 'de tous les',
  'des toutes les': 'de toutes les',
  // `et demi` agrees with a feminine noun before it: `une heure et demie`, `5 années et demie`.
  ...Object.fromEntries(['heure', 'heures', 'année', 'années', 'semaine', 'semaines', 'journée', 'journées', 'minute', 'minutes', 'seconde', 'secondes'].map((noun) => [`${noun} et demi`, `${noun} et demie`])),
  // `d’autre part` has one other side.
  'd’autres part': 'd’autre part',
  // `les lundis de 17 h à 18 h`; `le lundi 3 et le mardi 4` (a date) is not matched: see PHRASE_NOT_BEFORE.
  ...Object.fromEntries(DAYS.map((day) => [`les ${day}`, `les ${day}s`])),
}

/** What may not follow a phrase for it to be the misspelling: `les lundi 3 et mardi 4 juin` names dates. */
export const PHRASE_NOT_BEFORE: Readonly<Record<string, RegExp>> = Object.fromEntries(DAYS.map((day) => [`les ${day}`, /^\s+(?:\d|et\s+\p{L}+\s+\d)/u]))
