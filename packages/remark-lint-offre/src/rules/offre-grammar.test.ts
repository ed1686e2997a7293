import { readFileSync } from 'node:fs'
import { siteContentDir } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import type { GrammarChecker, GrammarError } from '../grammar/checker.js'
import { docExamples, fix, lint, summary } from '../testing.js'

const only = ['offre-grammar']
const example = docExamples('offre-grammar')

/**
 * A checker that answers as Grammalecte does for the words it is given: an error on
 * each occurrence of a key in a paragraph (the whole key, or the word at `at`), and records what it was asked. What the rule
 * does with the answers (places, merging, filters) is what these tests check; the real
 * Grammalecte is tested by the CLI (`packages/cli/src/grammalecte`).
 */
function scripted(answers: Record<string, Array<Omit<GrammarError, 'start' | 'end'> & { at?: number }>>): GrammarChecker & { asked: string[][] } {
  const asked: string[][] = []
  return {
    asked,
    async check(paragraphs) {
      asked.push([...paragraphs])
      return paragraphs.map((text) =>
        Object.entries(answers).flatMap(([key, errors]) => {
          const found: GrammarError[] = []
          for (let index = text.indexOf(key); index !== -1; index = text.indexOf(key, index + 1)) {
            for (const { at, ...error } of errors) found.push({ ...error, start: index + (at ?? 0), end: index + (at === undefined ? key.length : at + wordAt(key, at)) })
          }
          return found
        }),
      )
    },
  }
}

/** The length of the word at `at` in `key`. */
function wordAt(key: string, at: number): number {
  return (/^\S+/u.exec(key.slice(at))?.[0] ?? '').length
}

const leur = {
  'leur questions': [
    { at: 0, family: 'gn', rule: 'g3__gn_leur_1m__b2_a1_1', line: '#24566', message: 'Accord de nombre erroné avec « questions ».', suggestions: ['leurs'] },
    { at: 5, family: 'gn', rule: 'g3__gn_leur_1m__b2_a2_1', line: '#24566', message: 'Accord de nombre erroné : « questions » devrait être au singulier.', suggestions: ['question'] },
  ],
}

describe('offre-grammar: the docs examples', () => {
  it('reports the failing example', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
  })
  it('fixes it', async () => {
    expect(await fix(example('md fail'), { only })).toBe(example('md fixed'))
  })
  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})

describe('offre-grammar: an elision before a consonant', () => {
  it('finds the real one of the site, and nothing else on its 211 pages', async () => {
    const page = readFileSync(`${siteContentDir}/fr/about/index.md`, 'utf8')
    const messages = await lint(page, { only, path: 'fr/about/index.md' })
    expect(messages.map((m) => [m.line, m.actual, m.expected])).toEqual([[26, "d'", ['de ']]])
  })
  it('offers both articles for l’, and fixes neither', async () => {
    const [message] = await lint('Il a lu l’bonne version.', { only })
    expect(message?.expected).toEqual(['le ', 'la '])
    expect(await fix('Il a lu l’bonne version.', { only })).toBe('Il a lu l’bonne version.')
  })
})

describe('offre-grammar: a participle after avoir that agrees with nothing', () => {
  // bluehats_3, line 81: Grammalecte, which does not know `DGFiP`, says nothing there.
  const dgfip = 'La direction générale des finances publiques (DGFiP) a publiée le code source utilisé pour le calcul de la taxe foncière.\n'

  it('finds the real one of the site, with or without Grammalecte, and offers the masculine without fixing', async () => {
    for (const grammar of [undefined, scripted({})]) {
      const messages = await lint(dgfip, { only, ...(grammar ? { grammar } : {}) })
      expect(messages.map((m) => [m.actual, m.expected])).toEqual([['publiée', ['publié']]])
      expect(messages[0]?.reason).toBe('`publiée` : participe passé avec « avoir » suivi de son complément : il ne s’accorde pas, rien ne le précède pour l’accorder, vouliez-vous dire `publié` ?')
    }
    expect(await fix(dgfip, { only })).toBe(dgfip)
  })

  it('finds the other agreed endings, an adverb between, and the infinitive', async () => {
    const found = async (text: string) => (await lint(text, { only })).map((m) => m.actual)
    expect(await found('Les équipes ont changés leur façon de travailler.')).toEqual(['changés'])
    expect(await found('La mission a déjà présentées ses priorités.')).toEqual(['présentées'])
    expect(await found('Après avoir écrites des lignes directrices, elle publie.')).toEqual(['écrites'])
  })

  it('says nothing where an object may come first, nor where `a` is `à`', async () => {
    for (const text of [
      // `beta.gouv.fr` startups: right, the object (`que`) before the verb.
      'Une cartographie que nous avons déjà réalisée des lieux de connexions existants sur le territoire.',
      'La moyenne que nous avons observée des surcoûts et retards à la clef est de 7 000 € par projet.',
      'Il les a publiées la semaine dernière.',
      'Elle la lui a donnée le lendemain.',
      'Il nous a invités le 3 mai.',
      'Vous nous avez invitées la semaine dernière.',
      'Le code est a portée de main.',
      'Nous avons publié le code source.',
      'Elle a publié la liste.',
    ]) {
      expect(await lint(text, { only }), text).toEqual([])
    }
  })

  it('leaves the defect to Grammalecte where it speaks: one finding', async () => {
    const checker = scripted({ publiée: [{ family: 'ppas', rule: 'gv1__ppas_pronom_avoir__b3_a1_1', line: '#31932', message: 'Ce verbe devrait être un participe passé au masculin singulier.', suggestions: ['publié'] }] })
    const messages = await lint('Elle a publiée le code source.', { only, grammar: checker })
    expect(messages.map((m) => m.reason)).toEqual(['`publiée` : ce verbe devrait être un participe passé au masculin singulier, vouliez-vous dire `publié` ? (Grammalecte)'])
  })
})

describe('offre-grammar: with a grammar checker', () => {
  const page = '#### Nous accompagnons les administrations autour de leur questions sur l’Open Source\n'

  it('sends the prose a paragraph a line, and says nothing without a checker', async () => {
    const checker = scripted(leur)
    await lint('Un **texte** avec [un lien](/fr/) et `du code`.\n\n> Une citation\n> sur deux lignes.\n\n| a | b |\n|---|---|\n| une cellule | deux |\n', { only, grammar: checker })
    expect(checker.asked).toEqual([['Un texte avec un lien et du code.', 'Une citation   sur deux lignes.', 'a', 'b', 'une cellule', 'deux']])
    expect(await lint(page, { only })).toEqual([])
  })

  it('reads character references as their values, and reports at the source', async () => {
    // beta.gouv.fr, Écobalyse's page: `anciennement&nbsp;*Wikicarbone*&nbsp;—`; bluehats_12: `, &#x2026;`.
    const checker = scripted({ ', …': [{ family: 'typo', rule: 'typo_virgule_points_de_suspension', line: '#9', message: 'Typographie : pas de virgule avant les points de suspension.', suggestions: [' …'] }] })
    const messages = await lint('Écobalyse, anciennement&nbsp;*Wikicarbone*&nbsp;: des clés de déterminations, &#x2026;\n', { only, grammar: checker })
    expect(checker.asked[0]).toEqual(['Écobalyse, anciennement\u00a0Wikicarbone\u00a0: des clés de déterminations, …'])
    expect(messages.map((message) => [message.column, message.actual])).toEqual([[77, ', &#x2026;']])
  })

  it('takes a dotted name the page writes again and again for a name, not a missing space', async () => {
    // beta.gouv.fr, the page of Data.Subvention (7 times).
    const checker = scripted({ Subvention: [{ family: 'typo', rule: 'typo_espace_manquant_après3', line: '#981p', message: 'Il manque un espace.', suggestions: [' Subvention'] }] })
    expect(await lint('## La valeur de Data.Subvention\n\nData.Subvention aide les agents.\n', { only, grammar: checker })).toEqual([])
    expect(await lint('Le texte continue.Subvention ensuite.\n', { only, grammar: checker })).toHaveLength(1)
  })

  it('makes one finding of two ways to fix one defect, each expected value the whole place rewritten', async () => {
    const messages = await lint(page, { only, grammar: scripted(leur) })
    expect(summary(messages)).toEqual(['1:54-1:68 offre-grammar leur questions'])
    expect(messages[0]?.expected).toEqual(['leurs questions', 'leur question'])
    expect(messages[0]?.reason).toBe('`leur questions` : accord de nombre erroné avec « questions », vouliez-vous dire `leurs questions` ou `leur question` ? (Grammalecte)')
    // A guess, not a fix.
    expect(await fix(page, { only, grammar: scripted(leur) })).toBe(page)
  })

  it('maps places back through markup, emoji and line breaks, and offers no replacement across markup', async () => {
    const markdown = 'Le 🧢 de **leur** questions,\nsur deux lignes.\n'
    const messages = await lint(markdown, { only, grammar: scripted(leur) })
    expect(messages.map((m) => m.actual)).toEqual(['leur** questions'])
    expect(messages[0]?.expected).toBeUndefined()
  })

  it('never reports on code, URLs or across links, and leaves out template tags', async () => {
    const checker = scripted({
      'npm ci': [{ family: 'conj', rule: 'x', line: '#1', message: 'Conjugaison.', suggestions: ['npm cis'] }],
      'x.fr': [{ family: 'typo', rule: 'typo_espace_manquant_après1', line: '#2', message: 'Il manque un espace.', suggestions: ['x. fr'] }],
      'et et': [{ family: 'typo', rule: 'doublon', line: '#3', message: 'Doublon.', suggestions: ['et'] }],
    })
    const messages = await lint('Lancez `npm ci` sur https://x.fr puis {% imageContent "a.png", "b" %} voir [a et](/fr/) et fin.\n', { only, grammar: checker })
    expect(messages).toEqual([])
    expect(checker.asked[0]?.[0]).toBe('Lancez npm ci sur https://x.fr puis  voir a et et fin.')
  })

  it('reports a word doubled across the end of a link, not two links whose texts repeat', async () => {
    // bluehats_18: `identifiés par l'[ADULLACT et](https://adullact.org) et par le [CNLL]`.
    const checker = scripted({ 'et et': [{ family: 'notype', rule: 'doublon', line: '#3', message: 'Doublon.', suggestions: [] }] })
    const messages = await lint("Ceux identifiés par l'[ADULLACT et](https://adullact.org) et par le CNLL.\n", { only, grammar: checker })
    expect(messages.map((m) => [m.reason, m.actual])).toEqual([['`et et` : doublon (Grammalecte)', 'et](https://adullact.org) et']])
    const twoLinks = scripted({ 'commit commit': [{ family: 'notype', rule: 'doublon', line: '#3', message: 'Doublon.', suggestions: [] }] })
    expect(await lint('Voir [commit](https://a.org/1) [commit](https://a.org/2).\n', { only, grammar: twoLinks })).toEqual([])
  })

  it('takes acronyms for names: their gender is their own', async () => {
    // bluehats_11: `à la demande de conseil de la CPU` (the conference of university presidents).
    const checker = scripted({
      'la': [{ family: 'gn', rule: 'g3__gn_la', line: '#1', message: 'Accord de genre erroné : « CPU » est masculin.', suggestions: ['le'] }],
      'la CI': [{ family: 'gn', rule: 'g3__gn_la_2', line: '#2', message: 'Accord de genre erroné : « CI » est masculin.', suggestions: ['le CI'] }],
      'ETAT': [{ family: 'maj', rule: 'g2__maj_accents', line: '#3', message: 'Accentuez les majuscules.', suggestions: ['ÉTAT'] }],
    })
    const messages = await lint('À la demande de la CPU, la CI tourne. Le logiciel de l’ETAT.\n', { only, grammar: checker })
    expect(messages.map((m) => m.actual)).toEqual(['ETAT'])
  })

  it('leaves typography to offre-typography where it speaks, and keeps grammar there', async () => {
    const checker = scripted({
      'Etat': [{ family: 'maj', rule: 'g2__maj_accents_', line: '#9', message: 'Accentuez les majuscules.', suggestions: ['État'] }],
      'ces  données': [{ family: 'gn', rule: 'g3__gn_ces', line: '#10', message: 'Accord.', suggestions: ['ce'] }],
    })
    const messages = await lint('L’Etat publie ces  données.\n', { only: ['offre-typography', 'offre-grammar'], grammar: checker })
    expect(messages.map((m) => `${m.ruleId} ${m.actual}`)).toEqual(['offre-typography Etat', 'offre-typography   ', 'offre-grammar ces  données'])
  })

  it('drops style, the site’s conventions, names of the field and of the vocabulary', async () => {
    const checker = scripted({
      'mission logiciels': [{ at: 8, family: 'gn', rule: 'g3__gn_la_mission', line: '#4', message: 'Accord de genre erroné.', suggestions: ['logicielle'] }],
      'Atelier Numérique Libre': [{ at: 8, family: 'gn', rule: 'g3__gn_atelier', line: '#5', message: 'Accord.', suggestions: ['Numériques'] }],
      '1er': [{ family: 'typo', rule: 'g2__typo_ordinaux_chiffres_exposants_1', line: '#6', message: 'Nombre ordinal.', suggestions: ['1ᵉʳ'] }],
    })
    const markdown = 'La mission logiciels libres et l’Atelier Numérique Libre, le 1er janvier.\n'
    expect(await lint(markdown, { only, grammar: checker, settings: { vocabulary: ['Atelier Numérique Libre', 'BlueHats'] } })).toEqual([])
    expect((await lint(markdown, { only, grammar: checker })).map((m) => m.actual)).toEqual(['Numérique'])
  })

  it('checks the front matter’s prose at its place in the YAML', async () => {
    const markdown = '---\ntitle: Autour de leur questions\nlayout: leur questions\n---\n\nTexte.\n'
    const messages = await lint(markdown, { only, grammar: scripted(leur) })
    expect(summary(messages)).toEqual(['2:18-2:32 offre-grammar leur questions'])
  })

  it('reads a front-matter value without its HTML tags, and reports at the YAML', async () => {
    // The webinar pages: `description: … (<a href="https://www.economie.gouv.fr/dgfip" target="_blank">DGFiP</a>)`.
    const checker = scripted(leur)
    const markdown = '---\ndescription: Autour de leur questions (<a href="https://www.economie.gouv.fr/dgfip" target="_blank">DGFiP</a>).\n---\n\nTexte.\n'
    const messages = await lint(markdown, { only, grammar: checker })
    expect(checker.asked[0]?.[0]).toBe('Autour de leur questions (DGFiP).')
    expect(summary(messages)).toEqual(['2:24-2:38 offre-grammar leur questions'])
  })

  it('says once that grammar was not checked when the checker fails, and keeps the other rules’ findings', async () => {
    const failing: GrammarChecker = { check: () => Promise.reject(new Error('Grammalecte ne répond plus (fetch failed)')) }
    const messages = await lint('Un logciel libre.\n', { only: ['offre-typos', 'offre-grammar'], grammar: failing })
    expect(messages.map((m) => `${m.ruleId} ${m.reason}`)).toEqual(['offre-typos `logciel` : faute de frappe, écrire `logiciel`', 'offre-grammar Grammaire non vérifiée sur cette page : Grammalecte ne répond plus (fetch failed)'])
  })

  it('fixes only a certain elision', async () => {
    const checker = scripted({ 'que il': [{ family: 'eleu', rule: 'eleu_que', line: '#7', message: 'Élision.', suggestions: ['qu’il'] }] })
    expect(await fix('Je pense que il viendra.\n', { only, grammar: checker })).toBe('Je pense qu’il viendra.\n')
  })

  it('checks no page under en/, nor a block written in English', async () => {
    const checker = scripted(leur)
    await lint('The state of the art is here with leur questions.\n', { only, grammar: checker })
    expect(checker.asked).toEqual([])
    await lint('Texte.\n', { only, grammar: checker, path: 'en/page.md' })
    expect(checker.asked).toEqual([])
  })
})
