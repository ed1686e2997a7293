import { readFileSync } from 'node:fs'
import { historyPages, seedPath, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { fix, lint, summary, docExamples } from '../testing.js'
import { questionWords, similarity } from './offre-faq.js'

const only = ['offre-faq']
const example = docExamples('offre-faq')
const faq = (...questions: string[]) => `## Section\n\nLes questions courantes sont :\n\n${questions.map((q) => `- ${q}`).join('\n')}\n`

describe('offre-faq: the docs examples', () => {
  it('reports what the failing example says, and fixes it as shown', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
    const fixed = await fix(example('md fail'), { only })
    expect(fixed).toBe(example('md fixed'))
    expect(summary(await lint(fixed, { only }))).toEqual(['7:3-7:47 offre-faq Sous quelle licence publier un code source ?'])
  })

  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})

describe('offre-faq: near-duplicate questions', () => {
  it('compares significant words, without accents, stop words or plurals', () => {
    expect([...questionWords('Sous quelle licence libre publier mes codes sources ?')]).toEqual(['quel', 'licence', 'libre', 'publier', 'code', 'source'])
    expect(similarity(questionWords('Où publier un code source ?'), questionWords('Ou publier des codes sources'))).toBe(1)
    expect(similarity(questionWords('Où publier un code source ?'), questionWords('Comment publier un code source ?'))).toBe(0)
    expect(similarity(questionWords('Quels outils utiliser ?'), questionWords('Quel outil utiliser ?'))).toBe(1)
    expect(similarity(questionWords('Le ?'), questionWords('Un ?'))).toBe(0)
  })

  it('reports the later question, naming the earlier one and its line', async () => {
    const [message] = await lint(faq('Sous quelle licence libre publier mon code source ?', 'Sous quelle licence publier un code source ?'), { only })
    expect(message?.reason).toBe('`Sous quelle licence publier un code source ?` : question presque identique à celle de la ligne 5 (`Sous quelle licence libre publier mon code source ?`), les fusionner ou les distinguer')
    // The earlier question is named in the reason; it is no replacement (the two would be the same): no `expected`.
    expect(message?.expected).toBeUndefined()
    expect(summary([message!])).toEqual(['6:3-6:47 offre-faq Sous quelle licence publier un code source ?'])
    expect(message && 'fix' in message).toBe(false)
  })

  it('names the closest earlier question when several are close', async () => {
    const messages = await lint(faq('Où publier mon code ?', 'Quelle licence pour mon code source ?', 'Quelle licence libre pour mon code source ?'), { only })
    expect(messages.map((m) => m.reason)).toEqual([expect.stringContaining('`Quelle licence pour mon code source ?`')])
  })

  it('compares questions within one section or subsection only', async () => {
    const markdown = `${faq('Quelle licence pour mon code source ?')}\n### Sous-section\n\nLes questions courantes sont :\n\n- Quelle licence pour mon code source ?\n`
    expect(await lint(markdown, { only })).toEqual([])
  })

  it('takes its threshold from the options, and refuses a bad one at start-up', async () => {
    const markdown = faq('Où publier un code source ?', 'Où trouver un code source ?')
    expect(await lint(markdown, { only })).toEqual([])
    expect(await lint(markdown, { only, rules: { 'offre-faq': { threshold: 0.5 } } })).toHaveLength(1)
    await expect(lint(markdown, { only, rules: { 'offre-faq': { threshold: 60 } } })).rejects.toThrow('Invalid option `threshold` of `offre-faq`: expected a number above 0 and at most 1, such as `0.6`, received `60`')
  })
})

describe('offre-faq: question marks', () => {
  it('appends ` ?` to a question ending with a letter, before an inline answer', async () => {
    const markdown = faq('Puis-je publier mon code', 'Ai-je le droit (Réponse : oui.)')
    const messages = await lint(markdown, { only })
    expect(messages[0]?.reason).toBe('`Puis-je publier mon code` : question sans point d’interrogation, écrire `Puis-je publier mon code ?`')
    // The place is the question as written; `expected` is it with its mark, what the fix gives.
    expect(messages[0]?.actual).toBe('Puis-je publier mon code')
    expect(messages[0]?.expected).toEqual(['Puis-je publier mon code ?'])
    expect(await fix(markdown, { only })).toBe(faq('Puis-je publier mon code ?', 'Ai-je le droit ? (Réponse : oui.)'))
  })

  it('writes a narrow no-break space with nbsp: source', async () => {
    expect(await fix(faq('Puis-je publier mon code'), { only, settings: { nbsp: 'source' } })).toBe(faq('Puis-je publier mon code\u202f?'))
  })

  it('reports without a fix when the end is not a letter', async () => {
    const messages = await lint(faq('Comment publier mon code.', 'Où publier **mon code**'), { only })
    expect(messages).toHaveLength(2)
    expect(messages.some((m) => 'fix' in m)).toBe(false)
    // Where the mark goes is the editor's call: no `expected` either; `actual` is the source (`**mon code**`).
    expect(messages.map((m) => [m.actual, m.expected])).toEqual([['Comment publier mon code.', undefined], ['Où publier **mon code**', undefined]])
  })

  it('finds no question in a list that only follows a sentence about questions', async () => {
    // beta.gouv.fr, a startup's page: people met, listed after `…la question de la sécurité et de la santé des marins :`.
    const markdown = '## Stratégie\n\nNous avons mené des entretiens avec de nombreux acteurs concernés par la question de la sécurité et de la santé des marins :\n\n* le service de santé des gens de mer\n* le BEA Mer\n* le centre de sécurité des navires\n'
    expect(await lint(markdown, { only })).toEqual([])
    // A list of questions, one without its mark: reported.
    expect(await lint(faq('Comment publier mon code ?', 'Où trouver la licence ?', 'Puis-je publier mon code'), { only })).toHaveLength(1)
  })

  it('leaves `publier?` to offre-typography, and closing quotes after the mark alone', async () => {
    expect(await lint(faq('Où publier?', '« Pourquoi publier ? »', '**Comment publier ?**'), { only })).toEqual([])
  })

  it('says it in English on request', async () => {
    const [message] = await lint(faq('Puis-je publier mon code'), { only, settings: { locale: 'en' } })
    expect(message?.reason).toBe('Missing question mark in `Puis-je publier mon code`, expected `Puis-je publier mon code ?`')
  })
})

describe('offre-faq: real pages', () => {
  it('finds the near-duplicate questions of the seed page', async () => {
    const messages = await lint(readFileSync(seedPath, 'utf8'), { only })
    expect(summary(messages)).toEqual(['21:3-21:47 offre-faq Sous quelle licence publier un code source\u00a0?'])
    expect(messages[0]?.reason).toContain('ligne 18 (`Sous quelle licence libre publier mon code source ?`)')
  })

  it('lints the 211 pages and the 12 versions of the offer page without crashing', async () => {
    let site = 0
    for (const path of sitePages()) site += (await lint(readFileSync(path, 'utf8'), { only })).length
    const history: string[][] = []
    for (const path of historyPages()) history.push(summary(await lint(readFileSync(path, 'utf8'), { only })))
    // Reviewed: the licence pair is in every version from 2023-09-01 to 2025-05-02; the rewrite
    // of 2025-05-07 dropped it, and the current page (in the site) has no duplicate left.
    expect(site).toBe(0)
    const pair = ['21:3-21:47 offre-faq Sous quelle licence publier un code source\u00a0?']
    expect(history).toEqual([...Array(10).fill(pair), [], []])
  })
})
