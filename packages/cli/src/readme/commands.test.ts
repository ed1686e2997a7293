import { describe, expect, it } from 'vitest'
import { normalize, readmeCommands, splitComment } from './commands.js'

describe('the commands of a README', () => {
  it('reads sh, bash and console blocks, one command a line, comments stripped, continuations joined', () => {
    const markdown = [
      '# Title',
      '',
      '```sh',
      'npm ci && npm start   # lint, then build',
      '',
      '# a comment line',
      'npx offre lint content \\',
      '  --format json  # → exit 1 when a page has errors',
      '```',
      '',
      '```js',
      "import { parseOffer } from '@offre/model'",
      '```',
      '',
      '```yaml',
      'uses: <owner>/offre@v1',
      '```',
      '',
      '```console',
      '$ npx offre --help',
      'Usage: offre <command>',
      '```',
      '',
      '````bash',
      'echo "a # not a comment" \'b#c\' d#e -> exit 3',
      '````',
    ].join('\n')
    expect(readmeCommands(markdown, 'README.md')).toEqual([
      { file: 'README.md', line: 4, block: 0, command: 'npm ci && npm start', comment: 'lint, then build', expectedCode: 0 },
      { file: 'README.md', line: 7, block: 0, command: 'npx offre lint content --format json', comment: '→ exit 1 when a page has errors', expectedCode: 1 },
      { file: 'README.md', line: 20, block: 1, command: 'npx offre --help', comment: '', expectedCode: 0 },
      { file: 'README.md', line: 25, block: 2, command: 'echo "a # not a comment" \'b#c\' d#e -> exit 3', comment: '', expectedCode: 0 },
    ])
  })

  it('splits a comment at a `#` that starts a word, outside quotes', () => {
    expect(splitComment('a # b')).toEqual({ code: 'a', comment: ' b' })
    expect(splitComment('echo "#x" # y')).toEqual({ code: 'echo "#x"', comment: ' y' })
    expect(splitComment('echo \\# x')).toEqual({ code: 'echo \\# x', comment: '' })
    expect(splitComment('# only')).toEqual({ code: '', comment: ' only' })
  })

  it('names a command with its whitespace runs made one space', () => {
    expect(normalize('  npx offre lint content    --format json ')).toBe('npx offre lint content --format json')
  })
})
