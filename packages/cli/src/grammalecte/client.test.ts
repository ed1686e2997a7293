/**
 * The Grammalecte client against a stand-in server that answers as Grammalecte's does
 * (`POST /gc_text/fr`, one paragraph a line): what it sends, and what it sends again.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { grammalecteChecker } from './client.js'

describe('the Grammalecte client', () => {
  const asked: string[][] = []
  let server: Server
  let url = ''
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      request.on('end', () => {
        const paragraphs = (new URLSearchParams(body).get('text') ?? '').split('\n')
        asked.push(paragraphs)
        // An error on every `leur questions`, as Grammalecte reports it.
        const data = paragraphs.map((text, index) => {
          const at = text.indexOf('leur questions')
          return { iParagraph: index + 1, lGrammarErrors: at === -1 ? [] : [{ nStart: at, nEnd: at + 4, sType: 'gn', sRuleId: 'g3__gn_leur_1m__b2_a1_1', sLineId: '#24566', sMessage: 'Accord de nombre erroné.', aSuggestions: ['leurs'] }] }
        })
        response.setHeader('content-type', 'application/json')
        response.end(JSON.stringify({ data }))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => server.close())

  it('sends a paragraph once per run, however many pages repeat it, and answers each page in full', async () => {
    const checker = grammalecteChecker({ url, options: {} })
    const first = await checker.check(['Missions proposées', 'Autour de leur questions.', 'Missions proposées'])
    const second = await checker.check(['Missions proposées', 'Une autre page.'])
    expect(asked).toEqual([['Missions proposées', 'Autour de leur questions.'], ['Une autre page.']])
    expect(first.map((errors) => errors.length)).toEqual([0, 1, 0])
    expect(first[1]?.[0]).toMatchObject({ start: 10, end: 14, family: 'gn', suggestions: ['leurs'] })
    expect(second).toEqual([[], []])
  })
})
