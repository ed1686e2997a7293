/**
 * `offre lsp` driven by a real LSP client: the built server (`bin/offre.js`, the
 * bundle) started the way the VS Code extension starts it (`serverLaunch` and
 * `initializationOptions` of packages/vscode/src/client-options.ts), JSON-RPC over its
 * stdio with vscode-languageserver-protocol, `workspace/applyEdit` answered by editing
 * the files on disk as an editor would. Its diagnostics and fixes are compared with
 * `offre lint --format json` and `offre lint --fix` on the same files.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { locateGrammalecte } from '../grammalecte/locate.js'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { seedPath, siteContentDir, sitePages } from '@offre/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TextDocument } from 'vscode-languageserver-textdocument'
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js'

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))

/** What the test uses of packages/vscode/src/client-options.ts (see there). */
interface ExtensionSettings {
  path: string
  locale: '' | 'fr' | 'en'
  debounce: number
  lintOutsideContentRoot: boolean
}
interface ClientOptions {
  DEFAULT_SETTINGS: ExtensionSettings
  serverLaunch(settings: ExtensionSettings, workspaceFolder: string | undefined): unknown
  launchArgv(launch: unknown, node: string): string[]
  initializationOptions(settings: ExtensionSettings): Record<string, unknown>
}
// The extension's own module, loaded by path: it belongs to another package (CommonJS,
// type-checked there), so this package's type check does not take it in.
const clientOptionsFile = path.join(repoRoot, 'packages/vscode/src/client-options.ts')
const { DEFAULT_SETTINGS, initializationOptions, launchArgv, serverLaunch } = (await import(pathToFileURL(clientOptionsFile).href)) as ClientOptions
export const offreBin = path.join(repoRoot, 'packages/cli/bin/offre.js')
const bundle = path.join(repoRoot, 'packages/cli/dist/bundle/offre.js')

export function requireBuilt(): void {
  if (!existsSync(bundle)) throw new Error(`offre lsp: the CLI is not built (${path.relative(repoRoot, bundle)} missing): run \`npx turbo run build --filter=@offre/cli\` first`)
}

export interface Linted {
  uri: string
  version: number
  lints: number
  ms: number
}

export interface Client {
  connection: ProtocolConnection
  process: ChildProcess
  /** Every publishDiagnostics, in order. */
  published: PublishDiagnosticsParams[]
  linted: Linted[]
  registrations: Array<{ method: string; registerOptions?: unknown }>
  messages: string[]
  open(file: string, text?: string): Promise<Diagnostic[]>
  change(file: string, text: string, wait?: boolean): Promise<Diagnostic[]>
  close(file: string): void
  text(file: string): string
  version(file: string): number
  /** The next publish for `uri` that `accept` accepts (checked against the publishes from `since` on). */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, since?: number): Promise<Diagnostic[]>
  codeActions(file: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>
  filesChanged(files: string[], type?: 1 | 2 | 3): void
  stop(): Promise<void>
}

export async function startClient(overrides: Partial<ExtensionSettings> & { reportLints?: boolean; locale?: '' | 'fr' | 'en'; watch?: boolean; env?: Record<string, string> } = {}, timeoutMs = 20_000): Promise<Client> {
  requireBuilt()
  const extraEnv = overrides.env ?? {}
  const settings: ExtensionSettings = { ...DEFAULT_SETTINGS, ...overrides }
  const launch = serverLaunch(settings, repoRoot)
  const [command, ...args] = launchArgv(launch, process.execPath) as [string, ...string[]]
  // Grammar has tests of its own (grammalecte/): these compare with `offre lint` without it.
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, OFFRE_GRAMMALECTE: 'off', ...extraEnv } })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout as NodeJS.ReadableStream), new StreamMessageWriter(child.stdin as NodeJS.WritableStream))
  const published: PublishDiagnosticsParams[] = []
  const linted: Linted[] = []
  const registrations: Client['registrations'] = []
  const messages: string[] = []
  const waiters: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }> = []
  const docs = new Map<string, TextDocument>()
  const lastVersion = new Map<string, number>()

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params)
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(params.diagnostics)
      }
    }
  })
  connection.onNotification('$/offre/linted', (params: Linted) => linted.push(params))
  connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message))
  connection.onNotification('window/logMessage', (params: { message: string }) => messages.push(params.message))
  connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
    registrations.push(...params.registrations)
    return null
  })
  connection.onRequest('client/unregisterCapability', () => null)
  connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
    applyToDisk(params.edit)
    return { applied: true }
  })
  connection.listen()

  const rootUri = pathToFileURL(repoRoot).href
  await withTimeout(
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'offre' }],
      initializationOptions: { ...initializationOptions(settings), ...(overrides.reportLints ? { reportLints: true } : {}) },
      capabilities: {
        workspace: {
          applyEdit: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          didChangeWatchedFiles: { dynamicRegistration: overrides.watch !== false, relativePatternSupport: true },
          executeCommand: { dynamicRegistration: false },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] } },
        },
      },
    }),
    timeoutMs,
    () => `initialize timed out; stderr: ${stderr}`,
  )
  await connection.sendNotification('initialized', {})

  const uriOf = (file: string) => pathToFileURL(file).href

  function diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, since = published.length): Promise<Diagnostic[]> {
    const already = published.slice(since).find((params) => params.uri === uri && accept(params))
    if (already) return Promise.resolve(already.diagnostics)
    return withTimeout(
      new Promise<Diagnostic[]>((resolve) => waiters.push({ uri, accept, resolve })),
      timeoutMs,
      () => `no diagnostics for ${uri}; stderr: ${stderr}`,
    )
  }

  const client: Client = {
    connection,
    process: child,
    published,
    linted,
    registrations,
    messages,
    async open(file, text = readFileSync(file, 'utf8')) {
      const uri = uriOf(file)
      // Versions go on rising when a page is opened again: a late publish of its previous life is not taken for this one.
      const version = (lastVersion.get(uri) ?? 0) + 1
      lastVersion.set(uri, version)
      docs.set(uri, TextDocument.create(uri, 'markdown', version, text))
      const since = published.length
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } })
      return diagnostics(uri, (p) => p.version === version, since)
    },
    async change(file, text, wait = true) {
      const uri = uriOf(file)
      const doc = docs.get(uri) as TextDocument
      const version = doc.version + 1
      lastVersion.set(uri, version)
      docs.set(uri, TextDocument.update(doc, [{ text }], version))
      const since = published.length
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] })
      return wait ? diagnostics(uri, (p) => p.version === version, since) : []
    },
    close(file) {
      const uri = uriOf(file)
      docs.delete(uri)
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
    },
    text: (file) => (docs.get(uriOf(file)) as TextDocument).getText(),
    version: (file) => (docs.get(uriOf(file)) as TextDocument).version,
    diagnostics,
    async codeActions(file, diagnosticsOf, only) {
      const uri = uriOf(file)
      const doc = docs.get(uri) as TextDocument
      const range = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }
      const result = await withTimeout(connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: diagnosticsOf, ...(only ? { only } : {}) } }), timeoutMs, () => `codeAction timed out; stderr: ${stderr}`)
      return (result ?? []) as CodeAction[]
    },
    filesChanged(files, type = 2) {
      void connection.sendNotification('workspace/didChangeWatchedFiles', { changes: files.map((file) => ({ uri: uriOf(file), type })) })
    },
    async stop() {
      try {
        await withTimeout(connection.sendRequest('shutdown'), 5000, () => 'shutdown timed out')
        await connection.sendNotification('exit')
      } catch {
        // Killed below.
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill()
          resolve()
        }, 3000)
        child.on('exit', () => {
          clearTimeout(timer)
          resolve()
        })
      })
      connection.dispose()
    },
  }
  return client
}

/** Applies a workspace edit to the files on disk, as an editor does for files it has not open. */
export function applyToDisk(edit: WorkspaceEdit): void {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create') {
        const file = fileURLToPath(change.uri)
        if (!existsSync(file) || change.options?.overwrite) writeFileSync(file, '')
        continue
      }
      throw new Error(`unexpected resource operation ${change.kind}`)
    }
    editFile(fileURLToPath(change.textDocument.uri), change.edits as TextEdit[])
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) editFile(fileURLToPath(uri), edits)
}

function editFile(file: string, edits: TextEdit[]): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  writeFileSync(file, applyEdits(text, edits))
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), edits)
}

/** The edits of a set of actions for one document. */
export function editsOf(actions: CodeAction[], uri: string): TextEdit[] {
  return actions.flatMap((action) => action.edit?.changes?.[uri] ?? action.edit?.documentChanges?.flatMap((change) => ('textDocument' in change && change.textDocument.uri === uri ? (change.edits as TextEdit[]) : [])) ?? [])
}

export interface JsonFinding {
  file: string
  rule: string
  severity: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

/** `offre lint … --format json`, run in `cwd`. */
export function lintJson(args: string[], cwd: string): JsonFinding[] {
  const result = spawnSync(process.execPath, [offreBin, 'lint', ...args, '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, OFFRE_GRAMMALECTE: 'off' } })
  if (result.status !== 0 && result.status !== 1) throw new Error(`offre lint failed (${result.status}): ${result.stderr}`)
  return JSON.parse(result.stdout) as JsonFinding[]
}

export function runOffre(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [offreBin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, OFFRE_GRAMMALECTE: 'off' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' }

/** A diagnostic in the terms of `--format json`: 1-based lines and columns, end exclusive. */
export function asFinding(diagnostic: Diagnostic): Omit<JsonFinding, 'file'> {
  return {
    rule: String(diagnostic.code),
    severity: SEVERITY[diagnostic.severity ?? 1] as string,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
    message: diagnostic.message,
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms)))])
  } finally {
    clearTimeout(timer)
  }
}

// ---- the tests -------------------------------------------------------------------------

const SEED_PAGE = 'content/fr/mission/offre-de-services.md'
const temps: string[] = []
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'offre-lsp-')))
  temps.push(dir)
  return dir
}

/** A project with the repository's configuration, its lists and the seed page. */
function seedProject(): { dir: string; page: string } {
  const dir = tempDir()
  mkdirSync(path.join(dir, 'content/fr/mission'), { recursive: true })
  for (const name of ['offre.config.yml', 'front-matter.schema.json', 'pages-du-site.txt', 'vocabulaire.txt']) cpSync(path.join(repoRoot, 'content', name), path.join(dir, 'content', name))
  cpSync(seedPath, path.join(dir, SEED_PAGE))
  return { dir, page: path.join(dir, SEED_PAGE) }
}

/** `offre lint --fix` of a copy of the project: the fixed page's text. */
function fixedByCli(dir: string, relative: string): string {
  const copy = tempDir()
  cpSync(dir, copy, { recursive: true })
  runOffre(['lint', 'content', '--fix', '--format', 'json'], copy)
  return readFileSync(path.join(copy, relative), 'utf8')
}

/** Applies every preferred quick fix, pass after pass (as `--fix` does), until none is left. */
async function applyPreferredFixes(client: Client, file: string, first: Diagnostic[]): Promise<string> {
  const uri = pathToFileURL(file).href
  let diagnostics = first
  for (let pass = 0; pass < 10; pass++) {
    const actions = await client.codeActions(file, diagnostics, ['quickfix'])
    const edits = editsOf(actions.filter((action) => action.isPreferred === true), uri)
    if (edits.length === 0) break
    const text = applyEdits(client.text(file), edits)
    if (text === client.text(file)) break
    diagnostics = await client.change(file, text)
  }
  return client.text(file)
}

async function fixAll(client: Client, file: string, diagnostics: Diagnostic[]): Promise<string> {
  const actions = await client.codeActions(file, diagnostics, ['source.fixAll'])
  const uri = pathToFileURL(file).href
  const fixAllActions = actions.filter((action) => action.kind === 'source.fixAll.offre')
  expect(fixAllActions.length).toBeLessThanOrEqual(1)
  return applyEdits(client.text(file), editsOf(fixAllActions, uri))
}

describe('the VS Code client options', () => {
  it('start `offre lsp --stdio` from the workspace\'s @offre/cli with VS Code\'s Node, or the offre.path setting', () => {
    const launch = serverLaunch(DEFAULT_SETTINGS, repoRoot) as { kind: string; module: string; args: string[] }
    expect(launch.kind).toBe('node')
    expect(launch.module).toBe(path.join(repoRoot, 'node_modules/@offre/cli/bin/offre.js'))
    expect(launch.args).toEqual(['lsp', '--stdio'])
    expect(launchArgv(launch, '/usr/bin/node')).toEqual(['/usr/bin/node', launch.module, 'lsp', '--stdio'])
    expect(serverLaunch({ ...DEFAULT_SETTINGS, path: '/opt/offre', locale: 'en' }, repoRoot)).toEqual({ kind: 'command', command: '/opt/offre', args: ['lsp', '--stdio', '--locale', 'en'] })
    expect(serverLaunch(DEFAULT_SETTINGS, path.join(repoRoot, 'absent-folder'))).toEqual({ kind: 'command', command: 'offre', args: ['lsp', '--stdio'] })
    expect(initializationOptions({ ...DEFAULT_SETTINGS, locale: 'en' })).toEqual({ locale: 'en', debounce: 150, lintOutsideContentRoot: false })
  })
})

describe('offre lsp on the seed page', () => {
  let client: Client
  let project: { dir: string; page: string }
  beforeAll(async () => {
    project = seedProject()
    client = await startClient({ debounce: 0, reportLints: true })
  })
  afterAll(async () => client?.stop())

  it('publishes the diagnostics of `offre lint --format json`, in French, with codes, docs and data', async () => {
    const diagnostics = await client.open(project.page)
    const expected = lintJson([SEED_PAGE], project.dir).map(({ file: _file, ...finding }) => finding)
    expect(expected.length).toBeGreaterThan(5)
    expect(diagnostics.map(asFinding)).toEqual(expected.map(({ rule, severity, line, column, endLine, endColumn, message }) => ({ rule, severity, line, column, endLine, endColumn, message })))
    expect(diagnostics.every((d) => d.source === 'offre')).toBe(true)
    const withUrl = diagnostics.find((d) => d.codeDescription !== undefined)
    expect(withUrl?.codeDescription?.href).toMatch(/^https?:\/\//)
    expect(diagnostics[0]?.data).toHaveProperty('expected')
    client.close(project.page)
  })

  it('converts places exactly: UTF-16 columns past an emoji, and CRLF lines', async () => {
    const page = path.join(project.dir, 'content/fr/mission/emoji.md')
    const text = '---\r\ntitle: Essai\r\n---\r\n\r\n🙂 Pour l’administraton 🙂, le logiciel est formidabel.\r\n'
    writeFileSync(page, text)
    const diagnostics = await client.open(page, text)
    const expected = lintJson([path.relative(project.dir, page)], project.dir)
    expect(diagnostics.map(asFinding)).toEqual(expected.map(({ rule, severity, line, column, endLine, endColumn, message }) => ({ rule, severity, line, column, endLine, endColumn, message })))
    const doc = TextDocument.create('file:///x', 'markdown', 1, text)
    // Each place holds its `actual` (the rules' convention): the ranges land on the very characters.
    const placed = diagnostics.filter((d) => typeof (d.data as { actual: unknown }).actual === 'string' && (d.data as { actual: string }).actual !== '')
    expect(placed.map((d) => (d.data as { actual: string }).actual)).toEqual(expect.arrayContaining(['formidabel', 'l’administraton']))
    for (const d of placed) expect(doc.getText(d.range)).toBe((d.data as { actual: string }).actual)
    expect(await fixAll(client, page, diagnostics)).toBe(fixedByCli(project.dir, path.relative(project.dir, page)))
    client.close(page)
    rmSync(page)
  })

  it('every preferred quick fix, pass after pass, and the fix-all action give `offre lint --fix`', async () => {
    const expected = fixedByCli(project.dir, SEED_PAGE)
    const original = readFileSync(project.page, 'utf8')
    expect(expected).not.toBe(original)
    const diagnostics = await client.open(project.page)
    expect(await fixAll(client, project.page, diagnostics)).toBe(expected)
    // The light bulb (no `only`): the fix-all action comes without its edit, resolved when chosen.
    const offered = (await client.codeActions(project.page, diagnostics)).find((a) => a.kind === 'source.fixAll.offre')
    expect(offered?.edit).toBeUndefined()
    const resolved = (await client.connection.sendRequest('codeAction/resolve', offered)) as CodeAction
    expect(applyEdits(client.text(project.page), editsOf([resolved], pathToFileURL(project.page).href))).toBe(expected)
    const actions = await client.codeActions(project.page, diagnostics, ['quickfix'])
    expect(actions.some((a) => a.isPreferred === true && /^Remplacer|^Supprimer|^Insérer/.test(a.title))).toBe(true)
    expect(await applyPreferredFixes(client, project.page, diagnostics)).toBe(expected)
    client.close(project.page)
  })

  it('watches the configuration: a rule turned off in offre.config.yml goes away from the open page', async () => {
    const diagnostics = await client.open(project.page)
    const rule = String(diagnostics.find((d) => d.code !== 'offre-spelling')?.code)
    expect(rule).toMatch(/^offre-/)
    const watched = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles')
    expect(JSON.stringify(watched)).toContain('offre.config.yml')
    const config = path.join(project.dir, 'content/offre.config.yml')
    const before = readFileSync(config, 'utf8')
    const uri = pathToFileURL(project.page).href
    const since = client.published.length
    writeFileSync(config, `${before}\nrules:\n  ${rule}: off\n`)
    client.filesChanged([config])
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === rule), since)
    expect(after.length).toBeGreaterThan(0)
    // A configuration error: a diagnostic of the configuration file at its line; the page is still linted.
    const configUri = pathToFileURL(config).href
    const broken = `${before}\nrules:\n  ${rule}: off\n  offre-nope: error\n`
    const since2 = client.published.length
    writeFileSync(config, broken)
    client.filesChanged([config])
    const problems = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0, since2)
    expect(problems[0]?.range.start.line).toBe(broken.split('\n').findIndex((line) => line.includes('offre-nope')))
    expect(problems[0]?.severity).toBe(1)
    const page = await client.diagnostics(uri, () => true, since2)
    expect(page.length).toBeGreaterThan(0)
    // Repaired: the configuration's diagnostics are cleared.
    const since3 = client.published.length
    writeFileSync(config, before)
    client.filesChanged([config])
    await client.diagnostics(configUri, (p) => p.diagnostics.length === 0, since3)
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === rule), since3)
    client.close(project.page)
  })

  // The seed's misspellings are known typos (offre-typos, with a fix): one more word for the speller.
  const withMisspelling = () => `${readFileSync(project.page, 'utf8')}\nCe service est vraiment formidible.\n`

  it('a page created under the root is in the site map at once: the link to it is no longer dead', async () => {
    const page = path.join(project.dir, 'content/fr/mission/essai.md')
    const text = '---\ntitle: Essai\n---\n\nVoir [la nouvelle page de la mission](/fr/mission/nouvelle-page/).\n'
    const dead = (d: Diagnostic) => d.code === 'offre-links' && d.message.includes('/fr/mission/nouvelle-page/')
    expect((await client.open(page, text)).some(dead)).toBe(true)
    expect(JSON.stringify(client.registrations)).toContain('**/*.md')
    const created = path.join(project.dir, 'content/fr/mission/nouvelle-page.md')
    const since = client.published.length
    writeFileSync(created, '---\ntitle: Nouvelle page\n---\n\nTexte.\n')
    client.filesChanged([created], 1)
    await client.diagnostics(pathToFileURL(page).href, (p) => !p.diagnostics.some(dead), since)
    client.close(page)
    rmSync(created)
  })

  it('adds a word to the project vocabulary (workspace/applyEdit), and the finding goes away', async () => {
    const diagnostics = await client.open(project.page, withMisspelling())
    const spelling = diagnostics.find((d) => d.code === 'offre-spelling')
    expect(spelling, 'a spelling finding on the seed').toBeDefined()
    const word = (spelling?.data as { actual: string }).actual
    const actions = await client.codeActions(project.page, [spelling as Diagnostic], ['quickfix'])
    const add = actions.find((a) => a.command?.command === 'offre.addToVocabulary')
    expect(add?.title).toBe(`Ajouter « ${word} » au vocabulaire du projet`)
    expect(actions.some((a) => a.title === `Ignorer « ${word} » dans cette page`)).toBe(true)
    const uri = pathToFileURL(project.page).href
    const since = client.published.length
    const result = (await client.connection.sendRequest('workspace/executeCommand', add?.command)) as { applied: boolean; files: string[] }
    expect(result.applied).toBe(true)
    const vocabulary = path.join(project.dir, 'content/vocabulaire.txt')
    expect(readFileSync(vocabulary, 'utf8').split('\n')).toContain(word)
    client.filesChanged([vocabulary])
    await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'offre-spelling' && (d.data as { actual: string }).actual === word), since)
    client.close(project.page)
  })

  it('ignores a word in the page with a `<!--spell ignore-->` comment after the front matter', async () => {
    const diagnostics = await client.open(project.page, withMisspelling().replace('formidible', 'formidabel'))
    const spelling = diagnostics.find((d) => d.code === 'offre-spelling')
    expect(spelling).toBeDefined()
    const word = (spelling?.data as { actual: string }).actual
    const actions = await client.codeActions(project.page, [spelling as Diagnostic], ['quickfix'])
    // The speller's suggestions, as other choices replacing the word.
    const suggestions = actions.filter((a) => a.title.startsWith('Remplacer par') && a.diagnostics?.[0]?.message === spelling?.message)
    const expectedWords = (spelling?.data as { expected: string[] }).expected
    expect(suggestions.map((a) => a.title)).toEqual(expectedWords.map((w) => `Remplacer par « ${w} »`))
    expect(suggestions.every((a) => a.isPreferred === false)).toBe(true)
    expect(applyEdits(client.text(project.page), editsOf(suggestions.slice(0, 1), pathToFileURL(project.page).href))).toContain(`vraiment ${expectedWords[0]}.`)
    const ignore = actions.find((a) => a.title.startsWith('Ignorer'))
    const text = applyEdits(client.text(project.page), editsOf([ignore as CodeAction], pathToFileURL(project.page).href))
    expect(text).toContain(`<!--spell ignore ${word}-->`)
    const after = await client.change(project.page, text)
    expect(after.some((d) => d.code === 'offre-spelling' && (d.data as { actual: string }).actual === word)).toBe(false)
    expect(after.length).toBe(diagnostics.length - diagnostics.filter((d) => d.code === 'offre-spelling' && (d.data as { actual: string }).actual === word).length)
    client.close(project.page)
  })
})

describe('offre lsp, a project without a vocabulary', () => {
  it('creates vocabulaire.txt and declares it in offre.config.yml', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'content'), { recursive: true })
    writeFileSync(path.join(dir, 'content/offre.config.yml'), 'locale: fr\n')
    const page = path.join(dir, 'content/page.md')
    writeFileSync(page, '---\ntitle: Essai\n---\n\nCe logiciel est vraiment formidible pour les administrations.\n')
    const client = await startClient({ debounce: 0 })
    try {
      const diagnostics = await client.open(page)
      const spelling = diagnostics.find((d) => d.code === 'offre-spelling')
      expect(spelling).toBeDefined()
      const actions = await client.codeActions(page, [spelling as Diagnostic], ['quickfix'])
      const add = actions.find((a) => a.command?.command === 'offre.addToVocabulary')
      const since = client.published.length
      await client.connection.sendRequest('workspace/executeCommand', add?.command)
      expect(readFileSync(path.join(dir, 'content/offre.config.yml'), 'utf8')).toBe('locale: fr\nvocabulary: vocabulaire.txt\n')
      expect(readFileSync(path.join(dir, 'content/vocabulaire.txt'), 'utf8')).toMatch(/\nformidible\n$/)
      client.filesChanged([path.join(dir, 'content/offre.config.yml'), path.join(dir, 'content/vocabulaire.txt')])
      await client.diagnostics(pathToFileURL(page).href, (p) => !p.diagnostics.some((d) => d.code === 'offre-spelling'), since)
    } finally {
      await client.stop()
    }
  })
})

describe('offre lsp, options', () => {
  it('in English with the locale option, as `offre lint --locale en`', async () => {
    const project = seedProject()
    const client = await startClient({ debounce: 0, locale: 'en' })
    try {
      const diagnostics = await client.open(project.page)
      const expected = lintJson([SEED_PAGE, '--locale', 'en'], project.dir)
      expect(diagnostics.map((d) => d.message)).toEqual(expected.map((f) => f.message))
      const actions = await client.codeActions(project.page, diagnostics, ['source.fixAll'])
      expect(actions[0]?.title).toBe('Fix all safe problems (offre)')
    } finally {
      await client.stop()
    }
  })

  it('without file watching, the project files\' size and time, checked before each lint, reload the project', async () => {
    const project = seedProject()
    const client = await startClient({ debounce: 0, watch: false })
    try {
      const diagnostics = await client.open(project.page)
      expect(client.registrations).toEqual([])
      const rule = String(diagnostics[0]?.code)
      const config = path.join(project.dir, 'content/offre.config.yml')
      writeFileSync(config, `${readFileSync(config, 'utf8')}\nrules:\n  ${rule}: off\n`)
      const after = await client.change(project.page, `${client.text(project.page)}\n`)
      expect(after.some((d) => d.code === rule)).toBe(false)
    } finally {
      await client.stop()
    }
  })

  it('debounces typing: 10 edits 50 ms apart cost at most 2 lints', async () => {
    const project = seedProject()
    const client = await startClient({ reportLints: true })
    try {
      await client.open(project.page)
      const before = client.linted.length
      let text = client.text(project.page)
      for (let index = 0; index < 10; index++) {
        text = text.replace('Ceci', `Ceci${index % 2 === 0 ? '' : ' '}`)
        await client.change(project.page, `${text}\nmot${index}\n`, false)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const last = client.version(project.page)
      await client.diagnostics(pathToFileURL(project.page).href, (p) => p.version === last, 0)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const lints = client.linted.length - before
      expect(lints).toBeGreaterThanOrEqual(1)
      expect(lints).toBeLessThanOrEqual(2)
    } finally {
      await client.stop()
    }
  })

  it('stays responsive while a large page is linted (the lint runs on a thread of its own)', async () => {
    const project = seedProject()
    const seed = readFileSync(project.page, 'utf8')
    const body = seed.replace(/^---\n[\s\S]*?\n---\n/, '')
    const large = seed + Array.from({ length: 150 }, (_, index) => `\n## Partie ${index}\n${body}`).join('')
    expect(large.length).toBeGreaterThan(500_000)
    const client = await startClient({ debounce: 0, reportLints: true })
    try {
      await client.open(project.page)
      const largeFile = path.join(project.dir, 'content/fr/mission/grande-page.md')
      const events: string[] = []
      const linted = client.open(largeFile, large).then((diagnostics) => {
        events.push('large page linted')
        return diagnostics
      })
      // Asked right after: answered by the connection while the lint thread works.
      await client.codeActions(project.page, [], ['source.organizeImports'])
      events.push('answered')
      const diagnostics = await linted
      expect(events).toEqual(['answered', 'large page linted'])
      expect(client.messages.filter((message) => message.includes('lint thread'))).toEqual([])
      // Edits during a long lint do not pile up: one more lint, of the latest version.
      const before = client.linted.length
      let text = large
      for (let edit = 0; edit < 5; edit++) {
        text = `${text}\nmot${edit}\n`
        await client.change(largeFile, text, false)
      }
      const last = client.version(largeFile)
      await client.diagnostics(pathToFileURL(largeFile).href, (p) => p.version === last, 0)
      expect(client.linted.length - before).toBeLessThanOrEqual(2)
      // The cap of `offre lint`: 1,000 findings, then one that says how many more.
      expect(diagnostics.length).toBe(1001)
      expect(diagnostics.at(-1)?.code).toBe('too-many-findings')
    } finally {
      await client.stop()
    }
  })

  it('a page outside any content root gets no diagnostics, unless lintOutsideContentRoot', async () => {
    const dir = tempDir()
    const page = path.join(dir, 'notes.md')
    writeFileSync(page, '# Notes\n\nUn logiciel formidible.\n')
    const client = await startClient({ debounce: 0 })
    try {
      expect(await client.open(page)).toEqual([])
    } finally {
      await client.stop()
    }
    const outside = await startClient({ debounce: 0, lintOutsideContentRoot: true })
    try {
      expect((await outside.open(page)).length).toBeGreaterThan(0)
    } finally {
      await outside.stop()
    }
  })
})

describe.skipIf(locateGrammalecte(process.env) === undefined)('offre lsp with Grammalecte', () => {
  it('publishes offre-grammar’s diagnostics, as `offre lint` with Grammalecte does', async () => {
    const project = seedProject()
    const page = path.join(project.dir, 'content/fr/mission/accompagnement.md')
    writeFileSync(page, '---\ntitle: Accompagnement\n---\n\nNous accompagnons les administrations autour de leur questions.\n')
    const client = await startClient({ debounce: 0, env: { OFFRE_GRAMMALECTE: '' } })
    try {
      const diagnostics = await client.open(page)
      const grammar = diagnostics.filter((d) => d.code === 'offre-grammar')
      expect(grammar.map((d) => [d.range.start, d.range.end, (d.data as { expected: string[] }).expected])).toEqual([[{ line: 4, character: 48 }, { line: 4, character: 62 }, ['leurs questions', 'leur question']]])
      const cli = spawnSync(process.execPath, [offreBin, 'lint', 'content/fr/mission/accompagnement.md', '--format', 'json'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, OFFRE_GRAMMALECTE: '' } })
      expect((JSON.parse(cli.stdout) as Array<{ message: string }>).map((f) => f.message)).toEqual(diagnostics.map((d) => d.message))
    } finally {
      await client.stop()
    }
  })
})

describe('offre lsp on the 211 real pages', () => {
  it('the diagnostics are `offre lint --format json`\'s, and the preferred quick fixes and the fix-all action give `offre lint --fix`, on every page', { timeout: 600_000 }, async () => {
    const pages = sitePages()
    expect(pages.length).toBe(211)
    const dir = tempDir()
    cpSync(siteContentDir, path.join(dir, 'content'), { recursive: true })
    const fixed = tempDir()
    cpSync(siteContentDir, path.join(fixed, 'content'), { recursive: true })
    runOffre(['lint', 'content', '--fix', '--format', 'json'], fixed)
    const json = new Map<string, Array<Omit<JsonFinding, 'file'>>>()
    for (const { file, ...finding } of lintJson(['content'], dir)) json.set(file, [...(json.get(file) ?? []), finding])
    expect(json.size).toBeGreaterThan(100)
    const client = await startClient({ debounce: 0 })
    const differ: string[] = []
    let changed = 0
    try {
      for (const original of pages) {
        const relative = path.relative(siteContentDir, original)
        const file = path.join(dir, 'content', relative)
        const expected = readFileSync(path.join(fixed, 'content', relative), 'utf8')
        if (expected !== readFileSync(original, 'utf8')) changed++
        const diagnostics = await client.open(file)
        const shown = (json.get(path.join('content', relative)) ?? []).map(({ rule, severity, line, column, endLine, endColumn, message }) => ({ rule, severity, line, column, endLine, endColumn, message }))
        if (JSON.stringify(diagnostics.map(asFinding)) !== JSON.stringify(shown)) differ.push(`${relative} (diagnostics)`)
        if ((await fixAll(client, file, diagnostics)) !== expected) differ.push(`${relative} (fix-all)`)
        if ((await applyPreferredFixes(client, file, diagnostics)) !== expected) differ.push(`${relative} (quick fixes)`)
        client.close(file)
      }
    } finally {
      await client.stop()
    }
    expect(differ).toEqual([])
    // Not a vacuous comparison: `--fix` changes many of these pages.
    expect(changed).toBeGreaterThan(20)
  })
})
