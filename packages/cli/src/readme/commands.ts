/**
 * Test helper (not published): the shell commands of a README, as a newcomer would
 * type them. Every ```sh, ```bash and ```console block is read (```console: only its
 * `$ ` lines, the others being output, unless it has none); a block is split into
 * commands, one a line, `\` continuations joined, `#` comments stripped (a `#` at the
 * start of a word, outside quotes). A trailing comment may say which exit code the
 * command has: `# → exit 1` (or `-> exit 1`, anywhere in the comment); 0 otherwise.
 */

export interface ReadmeCommand {
  /** The README, as given by the caller (a path relative to the repository root). */
  file: string
  /** 1-based line of the command's first line in the README. */
  line: number
  /** 0-based index of its block in the README, and of the command in the block. */
  block: number
  /** The command, comment stripped, whitespace runs kept as written but trimmed. */
  command: string
  /** The comment after it, without `#`, or '' */
  comment: string
  /** Exit code the README says it has: `# → exit N`, else 0. */
  expectedCode: number
}

const SHELL_FENCE = /^(\s*)(`{3,}|~{3,})\s*(sh|bash|shell|console|shell-session)\b.*$/
const ANY_FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/
const EXIT = /(?:→|->)\s*exit\s+(\d+)/

/** The commands of every shell block of a README, in order. */
export function readmeCommands(markdown: string, file: string): ReadmeCommand[] {
  const lines = markdown.split(/\r?\n/)
  const commands: ReadmeCommand[] = []
  let block = -1
  for (let i = 0; i < lines.length; i++) {
    const open = ANY_FENCE.exec(lines[i] ?? '')
    if (!open) continue
    const fence = open[2] ?? '```'
    const shell = SHELL_FENCE.exec(lines[i] ?? '')
    // Find the closing fence (same character, at least as long).
    let end = i + 1
    while (end < lines.length && !new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lines[end] ?? '')) end++
    if (shell) {
      block++
      const body = lines.slice(i + 1, end)
      const isConsole = /console|shell-session/.test(shell[3] ?? '')
      commands.push(...blockCommands(body, i + 2, isConsole).map((c) => ({ ...c, file, block })))
    }
    i = end
  }
  return commands
}

function blockCommands(body: string[], firstLine: number, isConsole: boolean): Omit<ReadmeCommand, 'file' | 'block'>[] {
  const prompted = isConsole && body.some((line) => /^\s*\$ /.test(line))
  const out: Omit<ReadmeCommand, 'file' | 'block'>[] = []
  for (let i = 0; i < body.length; i++) {
    let text = body[i] ?? ''
    const line = firstLine + i
    if (prompted) {
      const match = /^\s*\$ (.*)$/.exec(text)
      if (!match) continue
      text = match[1] ?? ''
    }
    // `\` at the end of the line (outside a comment): the command goes on.
    while (/\\\s*$/.test(splitComment(text).code) && i + 1 < body.length) {
      text = `${splitComment(text).code.replace(/\s*\\\s*$/, '')} ${(body[++i] ?? '').replace(/^\s*(> )?/, '')}`
    }
    const { code, comment } = splitComment(text)
    const command = code.trim()
    if (command === '') continue
    const exit = EXIT.exec(comment)
    out.push({ line, command, comment: comment.trim(), expectedCode: exit ? Number(exit[1]) : 0 })
  }
  return out
}

/** The code and the comment of a shell line: `#` starts a comment at the start of a word, outside quotes. */
export function splitComment(text: string): { code: string; comment: string } {
  let quote: '"' | "'" | null = null
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quote) {
      if (char === '\\' && quote === '"') i++
      else if (char === quote) quote = null
      continue
    }
    if (char === '\\') {
      i++
      continue
    }
    if (char === '"' || char === "'") quote = char
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) return { code: text.slice(0, i).trimEnd(), comment: text.slice(i + 1) }
  }
  return { code: text, comment: '' }
}

/** A command as the table of exceptions names it: whitespace runs made one space. */
export function normalize(command: string): string {
  return command.trim().replace(/\s+/g, ' ')
}
