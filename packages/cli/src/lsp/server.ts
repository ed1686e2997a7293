/**
 * `offre lsp`: the language server of offre, over stdio. One lint kernel for the
 * command line and the editors: each open page is linted with `createLinter`'s
 * `lintSource` under its content root's project (`loadProjectConfig`, cached per
 * root, reloaded when the configuration, vocabulary or site-pages file changes), and
 * its findings are `offre lint --format json`'s (`toFinding`, page order, the cap of
 * `MAX_FINDINGS_PER_FILE`), as diagnostics. Quick fixes are the safe fixes that one
 * pass of `applyFixes` applies (those of `--format rdjson`), the fix-all action is
 * `fixSource`'s output (`offre lint --fix`), and spelling findings offer to add the
 * word to the project vocabulary or to ignore it in the page.
 *
 * Edits are debounced (150 ms by default), one lint runs at a time per page, and a
 * lint whose document changed meanwhile is not published. The lint itself runs on a
 * thread of its own (`lint-backend.ts`), so the connection answers meanwhile; the
 * light bulb's fix-all action is computed only when chosen (`codeAction/resolve`).
 * Pages created or deleted under a root reload its site map. A project whose configuration has problems gets them as
 * diagnostics of the configuration file, at their lines; its pages are still linted,
 * with the configuration's valid part when the preset accepts it, else the defaults.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseConfig, vocabularyPath, type OffreSettings } from 'remark-lint-offre'
import { sessionGrammar } from '../grammalecte/session.js'
import { findContentRoot, loadProjectConfig, stampOf, type ProjectConfig, type ProjectProblem } from 'remark-lint-offre/project'
import { TextDocument } from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  WatchKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
  type MessageReader,
  type MessageWriter,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js'
import { appendLine, bareWord, ignoreWordEdit, minimalEdit, titles, type Locale, type OffsetEdit } from './edits.js'
import { localBackend, workerBackend, type LintBackend } from './lint-backend.js'
import { diagnosticOf, type Entry, type LinterSpec } from './lint-text.js'

export const FIX_ALL_KIND = 'source.fixAll.offre'
export const ADD_TO_VOCABULARY = 'offre.addToVocabulary'
/** Sent after each lint when `initializationOptions.reportLints` is true (tests, the benchmark); `$/`: clients may ignore it. */
export const LINTED_NOTIFICATION = '$/offre/linted'
const DEFAULT_DEBOUNCE_MS = 150
const VOCABULARY_FILE = 'vocabulaire.txt'
const CONFIG_FILE = 'offre.config.yml'
/** Replacements offered per finding, besides its safe fix. */
const SUGGESTIONS_PER_FINDING = 5

export interface ServerOptions {
  locale?: Locale | undefined
  /** The `offre` executable, run as `offre lsp --worker` on a thread that lints; without it, the server's own thread lints. */
  workerScript?: string | undefined
  reader?: MessageReader
  writer?: MessageWriter
}

export interface InitializationOptions {
  locale?: Locale
  /** Milliseconds of quiet after an edit before the page is linted again (default 150). */
  debounce?: number
  /** Lint markdown files that are under no content root, with the default configuration (default false). */
  lintOutsideContentRoot?: boolean
  /** Send `$/offre/linted` after each lint (`{ uri, version, lints, ms }`). */
  reportLints?: boolean
}

interface Project {
  root: string | undefined
  config: ProjectConfig | undefined
  /** The root and its generation: the lint thread keeps one linter per key. */
  key: string
  spec: LinterSpec
  settings: OffreSettings
  stamp: string
  /** The URIs that hold this project's configuration problems, as published. */
  problemUris: string[]
  /** Whether `spec` holds the session's Grammalecte (by the configuration's `grammar:`), once asked. */
  grammarAsked?: boolean
}

interface Linted {
  version: number
  text: string
  entries: Entry[]
}

interface DocState {
  timer: NodeJS.Timeout | undefined
  linted: Linted | undefined
  root: string | undefined
  /** A lint of this page is running: the next one waits for it (one at a time per page). */
  running: boolean
  /** A lint was asked for while one was running. */
  again: boolean
}

export function startServer(options: ServerOptions = {}): Connection {
  const connection = options.reader && options.writer ? createConnection(options.reader, options.writer) : createConnection(process.stdin, process.stdout)
  const documents = new TextDocuments(TextDocument)
  const projects = new Map<string, Project>()
  const states = new Map<string, DocState>()
  let init: InitializationOptions = {}
  let locale: Locale | undefined = options.locale
  let debounce = DEFAULT_DEBOUNCE_MS
  let lints = 0
  let dynamicWatch = false
  let relativePatterns = false
  let createFiles = false
  let versionedEdits = false
  let resolveEdits = false
  let applyEdits = false
  let watchRegistration: Promise<Disposable> | undefined
  let watchedKey = ''
  let outside: Project | undefined
  let generation = 0
  const backend: LintBackend =
    options.workerScript === undefined ? localBackend() : workerBackend(options.workerScript, (message) => connection.console.warn(message))
  const grammar = sessionGrammar((text, error) => void (error ? connection.window.showErrorMessage(text) : connection.window.showWarningMessage(text)))
  connection.onShutdown(() => {
    grammar.stop()
    return backend.close()
  })

  /** The project's spec with the session's Grammalecte, asked once per project before its first lint. */
  async function withGrammar(project: Project): Promise<LinterSpec> {
    if (project.grammarAsked !== true) {
      const setup = await grammar.setupFor(project.config?.grammar ?? 'auto')
      // The spec goes to the lint thread with the key's first request: set before it.
      if (setup !== undefined) project.spec = { ...project.spec, grammar: setup }
      project.grammarAsked = true
    }
    return project.spec
  }

  const uiLocale = (project?: Project): Locale => (project?.settings.locale as Locale | undefined) ?? locale ?? 'fr'

  connection.onInitialize((params: InitializeParams) => {
    init = (params.initializationOptions ?? {}) as InitializationOptions
    locale = options.locale ?? (init.locale === 'en' || init.locale === 'fr' ? init.locale : undefined)
    if (typeof init.debounce === 'number' && init.debounce >= 0) debounce = init.debounce
    const watch = params.capabilities?.workspace?.didChangeWatchedFiles
    dynamicWatch = watch?.dynamicRegistration === true
    relativePatterns = watch?.relativePatternSupport === true
    createFiles = params.capabilities?.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true
    versionedEdits = params.capabilities?.workspace?.workspaceEdit?.documentChanges === true
    resolveEdits = params.capabilities?.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true
    applyEdits = params.capabilities?.workspace?.applyEdit === true
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        executeCommandProvider: { commands: [ADD_TO_VOCABULARY] },
      },
      serverInfo: { name: 'offre' },
    }
  })

  connection.onInitialized(() => updateWatchers())

  // ---- projects ----------------------------------------------------------------------

  function loadProject(root: string): Project {
    const config = loadProjectConfig({ root, locale })
    const previous = projects.get(root)
    const spec: LinterSpec = { presetOptions: config.presetOptions, settings: config.settings }
    const project: Project = { root, config, key: `${root}\u0000${++generation}`, spec, settings: config.settings, stamp: stampOf(config.watched), problemUris: [] }
    projects.set(root, project)
    publishProblems(project, previous?.problemUris ?? [])
    updateWatchers()
    return project
  }

  function outsideProject(): Project {
    const settings: OffreSettings = { locale: locale ?? 'fr' }
    outside ??= { root: undefined, config: undefined, key: '\u0000outside', spec: { presetOptions: { settings }, settings }, settings, stamp: '', problemUris: [] }
    return outside
  }

  /** The project of a page, loaded again when one of its files changed on disk (the fallback of the file watcher). */
  function projectOf(root: string | undefined): Project | undefined {
    if (root === undefined) return init.lintOutsideContentRoot === true ? outsideProject() : undefined
    const known = projects.get(root)
    if (known !== undefined && stampOf(known.config?.watched ?? []) === known.stamp) return known
    const project = loadProject(root)
    // The other open pages of the root were linted with the old project.
    if (known !== undefined) for (const [uri, state] of states) if (state.root === root && state.linted !== undefined) schedule(uri, 0)
    return project
  }

  function publishProblems(project: Project, before: string[]): void {
    const byUri = new Map<string, Diagnostic[]>()
    for (const problem of project.config?.problems ?? []) {
      const uri = pathToFileURL(problem.file).href
      const list = byUri.get(uri) ?? []
      list.push(problemDiagnostic(problem))
      byUri.set(uri, list)
    }
    for (const uri of before) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] })
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics })
    project.problemUris = [...byUri.keys()]
  }

  /** Watches the files of every loaded project, and any `offre.config.yml` (a new one makes a new content root). */
  function updateWatchers(): void {
    if (!dynamicWatch) return
    const files = [...new Set([...projects.values()].flatMap((project) => project.config?.watched ?? []))].sort()
    const key = files.join('\n')
    if (key === watchedKey && watchRegistration !== undefined) return
    watchedKey = key
    // The pages created or deleted: the site map of their root (the link checker's) changes.
    const watchers: FileSystemWatcher[] = [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/*.md', kind: WatchKind.Create | WatchKind.Delete }]
    for (const file of files) {
      if (path.basename(file) === CONFIG_FILE) continue
      watchers.push({ globPattern: relativePatterns ? { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) } : `**/${path.basename(file)}` })
    }
    const previous = watchRegistration
    watchRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers })
    void previous?.then((registration) => registration.dispose()).catch(() => undefined)
  }

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const changed = new Set(changes.map((change) => filePathOf(change.uri)).filter((file): file is string => file !== undefined))
    const newRoots = [...changed].some((file) => path.basename(file) === CONFIG_FILE)
    const affected = new Set<string>()
    const pages = changes.filter((change) => change.type !== FileChangeType.Changed).map((change) => filePathOf(change.uri)).filter((file): file is string => file !== undefined && file.endsWith('.md'))
    for (const [root, project] of projects) {
      const inRoot = pages.some((page) => page.startsWith(root + path.sep))
      if (inRoot || (project.config?.watched ?? []).some((file) => changed.has(file))) {
        affected.add(root)
        loadProject(root)
      }
    }
    for (const [uri, state] of states) {
      const file = filePathOf(uri)
      const root = file === undefined ? undefined : findContentRoot(file)
      if (newRoots || (state.root !== undefined && affected.has(state.root)) || root !== state.root) schedule(uri, 0)
    }
  })

  // ---- lint --------------------------------------------------------------------------

  documents.onDidOpen(({ document }) => {
    states.set(document.uri, { timer: undefined, linted: undefined, root: undefined, running: false, again: false })
    schedule(document.uri, 0)
  })
  documents.onDidChangeContent(({ document }) => {
    const state = states.get(document.uri)
    // The open itself is linted at once (onDidOpen); an edit waits for a pause in the typing.
    if (state === undefined || (state.linted === undefined && state.timer !== undefined)) return
    schedule(document.uri, debounce)
  })
  documents.onDidClose(({ document }) => {
    const state = states.get(document.uri)
    if (state?.timer !== undefined) clearTimeout(state.timer)
    states.delete(document.uri)
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
  })

  function schedule(uri: string, delay: number): void {
    const state = states.get(uri)
    if (state === undefined) return
    if (state.timer !== undefined) clearTimeout(state.timer)
    state.timer = setTimeout(() => {
      state.timer = undefined
      lintAndPublish(uri).catch((error: unknown) => connection.console.error(`offre: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
    }, delay)
  }

  async function lintAndPublish(uri: string): Promise<void> {
    const document = documents.get(uri)
    const state = states.get(uri)
    if (document === undefined || state === undefined) return
    // One lint at a time per page: a page edited during a long lint is linted once more after it, at its latest version.
    if (state.running) {
      state.again = true
      return
    }
    state.running = true
    const started = performance.now()
    let linted: Linted
    try {
      linted = await lintDocument(document, state)
    } finally {
      state.running = false
      if (state.again && states.get(uri) === state) {
        state.again = false
        schedule(uri, 0)
      }
    }
    // Stale: the page changed during the lint; the edit scheduled another one.
    if (documents.get(uri)?.version !== linted.version || states.get(uri) !== state) return
    state.linted = linted
    // Before the diagnostics: a client that waits for them has the count already.
    if (init.reportLints === true) await connection.sendNotification(LINTED_NOTIFICATION, { uri, version: linted.version, lints, ms: performance.now() - started })
    await connection.sendDiagnostics({ uri, version: linted.version, diagnostics: linted.entries.map((entry) => entry.diagnostic) })
  }

  async function lintDocument(document: TextDocument, state: DocState | undefined): Promise<Linted> {
    const version = document.version
    const text = document.getText()
    const file = filePathOf(document.uri)
    const root = file === undefined ? undefined : findContentRoot(file)
    if (state !== undefined) state.root = root
    const project = projectOf(root)
    if (project === undefined) return { version, text, entries: [] }
    lints++
    const entries = await backend.lint(project.key, await withGrammar(project), text, file ?? document.uri, settingsFor(project, file))
    return { version, text, entries }
  }

  function settingsFor(project: Project, file: string | undefined): OffreSettings {
    if (project.root === undefined || file === undefined) return project.settings
    return { ...project.settings, contentPath: path.relative(project.root, file).split(path.sep).join('/') }
  }

  // ---- code actions ------------------------------------------------------------------

  connection.onCodeAction(async (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri)
    const state = states.get(params.textDocument.uri)
    if (document === undefined) return []
    const only = params.context.only
    const wants = (kind: string) => only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
    const file = filePathOf(document.uri)
    const project = projectOf(file === undefined ? undefined : findContentRoot(file))
    if (project === undefined) return []
    const ui = uiLocale(project)
    const actions: CodeAction[] = []
    if (wants(CodeActionKind.QuickFix)) {
      // Fixes are offsets of the linted text: lint the current one when the page changed since.
      let linted = state?.linted
      if (linted === undefined || linted.version !== document.version) linted = await lintDocument(document, undefined)
      // The edits are of that text (the page may change while the lint thread works): versioned, a client refuses them once stale.
      const snapshot = TextDocument.create(document.uri, document.languageId, linted.version, linted.text)
      const hasRoot = project.root !== undefined
      for (const entry of linted.entries) {
        if (!intersects(entry.diagnostic.range, params.range) && !params.context.diagnostics.some((d) => sameDiagnostic(d, entry.diagnostic))) continue
        actions.push(...quickFixes(entry, snapshot, ui, hasRoot))
      }
    }
    if (only !== undefined && wants(FIX_ALL_KIND)) {
      // Asked for (a source action, fix on save): the edit, computed now.
      const action = await fixAllAction(document, project, ui)
      if (action !== undefined) actions.push(action)
    } else if (only === undefined && resolveEdits && state?.linted?.entries.some((entry) => entry.fix !== undefined)) {
      // The light bulb asks at every move of the cursor: the fix-all edit (several lints) only when chosen.
      actions.push({ title: titles.fixAll(ui), kind: FIX_ALL_KIND, data: { uri: document.uri, version: document.version } })
    }
    return actions
  })

  connection.onCodeActionResolve(async (action) => {
    const { uri, version } = (action.data ?? {}) as { uri?: string; version?: number }
    const document = uri === undefined ? undefined : documents.get(uri)
    if (action.kind !== FIX_ALL_KIND || document === undefined || document.version !== version) return action
    const file = filePathOf(document.uri)
    const project = projectOf(file === undefined ? undefined : findContentRoot(file))
    if (project === undefined) return action
    const resolved = await fixAllAction(document, project, uiLocale(project))
    return resolved === undefined ? { ...action, edit: { changes: {} } } : { ...action, edit: resolved.edit }
  })

  /** Every safe fix, pass after pass, as `offre lint --fix`: one edit of the page at its version, none when nothing changes. */
  async function fixAllAction(document: TextDocument, project: Project, ui: Locale): Promise<CodeAction | undefined> {
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, document.getText())
    const text = snapshot.getText()
    const file = filePathOf(document.uri)
    const output = await backend.fix(project.key, await withGrammar(project), text, file ?? document.uri, settingsFor(project, file))
    const edit = output === undefined ? undefined : minimalEdit(text, output)
    return edit === undefined ? undefined : { title: titles.fixAll(ui), kind: FIX_ALL_KIND, edit: editOf(snapshot, [edit]) }
  }

  /** A workspace edit of one document at its version (`documentChanges`), or plain `changes` for a client without them. */
  function editOf(document: TextDocument, edits: OffsetEdit[]): WorkspaceEdit {
    const textEdits = edits.map((edit) => textEdit(document, edit))
    return versionedEdits
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: textEdits }] }
      : { changes: { [document.uri]: textEdits } }
  }

  function quickFixes(entry: Entry, document: TextDocument, ui: Locale, hasRoot: boolean): CodeAction[] {
    const { diagnostic, finding } = entry
    const uri = document.uri
    const actions: CodeAction[] = []
    if (entry.fix !== undefined) {
      const before = document.getText().slice(entry.fix.start, entry.fix.end)
      actions.push({ title: titles.fix(ui, before, entry.fix.text), kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic], edit: editOf(document, [entry.fix]) })
    }
    // The rules' convention (remark-lint-offre's report.ts): the place covers exactly
    // `actual`, and each `expected` value is the text to write there. Offered as other
    // choices (spelling suggestions, link-text proposals…) when the place holds `actual`;
    // with a safe fix, `expected[0]` is that fix, already offered.
    const range = diagnostic.range
    const current = document.getText(range)
    if (finding.expected !== null && finding.actual !== null && current === finding.actual) {
      const start = document.offsetAt(range.start)
      const end = document.offsetAt(range.end)
      const offered = new Set<string>([finding.actual])
      const text = document.getText()
      for (const [index, suggestion] of finding.expected.entries()) {
        if (offered.size > SUGGESTIONS_PER_FINDING || offered.has(suggestion)) continue
        offered.add(suggestion)
        if (index === 0 && entry.fix !== undefined && sameResult(text, entry.fix, { start, end, text: suggestion })) continue
        actions.push({ title: titles.suggestion(ui, suggestion), kind: CodeActionKind.QuickFix, isPreferred: false, diagnostics: [diagnostic], edit: editOf(document, [{ start, end, text: suggestion }]) })
      }
    }
    if (finding.rule === 'offre-spelling' && finding.actual !== null) {
      const word = bareWord(finding.actual)
      if (hasRoot) {
        actions.push({ title: titles.addToVocabulary(ui, word), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: titles.addToVocabulary(ui, word), command: ADD_TO_VOCABULARY, arguments: [{ uri, word }] } })
      }
      actions.push({ title: titles.ignoreInPage(ui, word), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: editOf(document, [ignoreWordEdit(document.getText(), word)]) })
    }
    return actions
  }

  // ---- the vocabulary ----------------------------------------------------------------

  connection.onExecuteCommand(async (params) => {
    if (params.command !== ADD_TO_VOCABULARY) return undefined
    const { uri, word } = (params.arguments?.[0] ?? {}) as { uri?: string; word?: string }
    const file = uri === undefined ? undefined : filePathOf(uri)
    const root = file === undefined ? undefined : findContentRoot(file)
    if (root === undefined || typeof word !== 'string' || word === '') return { applied: false, files: [] }
    const current = projectOf(root) as Project
    const ui = uiLocale(current)
    const plan = vocabularyPlan(root, word)
    if (plan.creates.length > 0 && (!createFiles || !applyEdits)) {
      const configFile = path.join(root, CONFIG_FILE)
      void connection.window.showWarningMessage(
        ui === 'en'
          ? `The project has no vocabulary: create ${path.join(root, VOCABULARY_FILE)} with one word a line, and declare it in ${configFile} with \`vocabulary: ${VOCABULARY_FILE}\``
          : `Le projet n’a pas de vocabulaire : créez ${path.join(root, VOCABULARY_FILE)}, un mot par ligne, et déclarez-le dans ${configFile} avec \`vocabulary: ${VOCABULARY_FILE}\``,
      )
      return { applied: false, files: [] }
    }
    if (!applyEdits) {
      const vocabulary = plan.files[0] as string
      void connection.window.showWarningMessage(ui === 'en' ? `Add “${word}” on a line of its own to ${vocabulary}` : `Ajoutez « ${word} » sur une ligne de ${vocabulary}`)
      return { applied: false, files: [] }
    }
    const result = await connection.workspace.applyEdit({ label: titles.addToVocabulary(ui, word), edit: plan.edit })
    if (!result.applied) return { applied: false, files: [] }
    // The watcher (or, without one, the stamps checked before each lint) reloads the project.
    for (const [docUri, state] of states) if (state.root === root) schedule(docUri, 0)
    return { applied: true, files: plan.files }
  })

  /**
   * The edit that adds `word` to the root's vocabulary: a line appended to the file the
   * configuration names; without one, `vocabulaire.txt` beside the configuration
   * (created unless it exists) and declared in it (`vocabulary: vocabulaire.txt`,
   * the configuration created when the root has none).
   */
  function vocabularyPlan(root: string, word: string): { edit: WorkspaceEdit; files: string[]; creates: string[] } {
    const configFile = projects.get(root)?.config?.configFile ?? path.join(root, CONFIG_FILE)
    const configText = readOrUndefined(configFile)
    const named = configText === undefined ? undefined : vocabularyPath(parseConfig(configText, configFile).config, configFile)
    const vocabulary = named === undefined ? path.join(path.dirname(configFile), VOCABULARY_FILE) : path.resolve(named)
    const words = readOrUndefined(vocabulary)
    const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = []
    const creates: string[] = []
    const files = [vocabulary]
    const vocabularyUri = pathToFileURL(vocabulary).href
    if (words === undefined) {
      creates.push(vocabulary)
      documentChanges.push({ kind: 'create', uri: vocabularyUri, options: { ignoreIfExists: true } })
      documentChanges.push({ textDocument: { uri: vocabularyUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `# Les mots du projet que le dictionnaire ne connaît pas, un par ligne.\n${word}\n` }] })
    } else {
      const end = TextDocument.create(vocabularyUri, 'plaintext', 0, words).positionAt(words.length)
      documentChanges.push({ textDocument: { uri: vocabularyUri, version: null }, edits: [{ range: { start: end, end }, newText: appendLine(words, word) }] })
    }
    if (named === undefined) {
      const configUri = pathToFileURL(configFile).href
      files.push(configFile)
      if (configText === undefined) {
        creates.push(configFile)
        documentChanges.push({ kind: 'create', uri: configUri, options: { ignoreIfExists: true } })
        documentChanges.push({ textDocument: { uri: configUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `# La configuration d’offre (voir la référence de remark-lint-offre).\nvocabulary: ${VOCABULARY_FILE}\n` }] })
      } else {
        const end = TextDocument.create(configUri, 'yaml', 0, configText).positionAt(configText.length)
        documentChanges.push({ textDocument: { uri: configUri, version: null }, edits: [{ range: { start: end, end }, newText: appendLine(configText, `vocabulary: ${VOCABULARY_FILE}`) }] })
      }
    }
    return { edit: { documentChanges }, files, creates }
  }

  documents.listen(connection)
  connection.listen()
  return connection
}

// ---- conversions -------------------------------------------------------------------


function problemDiagnostic(problem: ProjectProblem): Diagnostic {
  return diagnosticOf({ ...problem, severity: 'error', actual: null, expected: null, fixable: false })
}

/** Whether two edits of `text` give the same text (compared over the span they touch, not the whole text). */
function sameResult(text: string, a: OffsetEdit, b: OffsetEdit): boolean {
  const from = Math.min(a.start, b.start)
  const to = Math.max(a.end, b.end)
  const local = (edit: OffsetEdit) => text.slice(from, edit.start) + edit.text + text.slice(edit.end, to)
  return local(a) === local(b)
}

function textEdit(document: TextDocument, edit: OffsetEdit): TextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.text }
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character)
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

