/** Test helpers (not published): run `offre` in-process with captured output, in a temp folder. */
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Io } from './io.js'
import { main } from './main.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export async function run(args: string[], cwd: string, env: Record<string, string> = {}, stdin?: string): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env,
    stdin: stdin === undefined ? undefined : [Buffer.from(stdin, 'utf8')],
  }
  const code = await main(args, io)
  return { code, stdout, stderr }
}

/** A temporary project folder with the given files (path → content or a file to copy). */
export function project(files: Record<string, string | { copy: string }>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'offre-cli-'))
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative)
    mkdirSync(path.dirname(target), { recursive: true })
    if (typeof content === 'string') writeFileSync(target, content)
    else cpSync(content.copy, target)
  }
  return root
}
