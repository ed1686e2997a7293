/**
 * The VS Code extension of offre: a thin client of `offre lsp --stdio` for markdown
 * documents. Everything it decides (which server, its arguments, the documents, the
 * initialization options) is in `client-options.ts`, which the server's tests use to
 * start the server the same way; this file only wires it to VS Code.
 */
import * as vscode from 'vscode'
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'
import { ADD_TO_VOCABULARY, DOCUMENT_SELECTOR, initializationOptions, readSettings, serverLaunch, type ServerLaunch } from './client-options'

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('offre.restart', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('offre')) void restart(context)
    }),
  )
  await start(context)
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await deactivate()
  await start(context)
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = readSettings((key, fallback) => vscode.workspace.getConfiguration('offre').get(key, fallback))
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath
  const launch = serverLaunch(settings, folder)
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: initializationOptions(settings),
    middleware: {
      // The vocabulary is edited through workspace/applyEdit: VS Code leaves the files
      // it edits unsaved; save them so that the project is reloaded and the page re-linted.
      async executeCommand(command, args, next) {
        const result = (await next(command, args)) as { applied?: boolean; files?: string[] } | undefined
        if (command === ADD_TO_VOCABULARY && result?.applied === true) {
          for (const file of result.files ?? []) {
            const document = vscode.workspace.textDocuments.find((doc) => doc.uri.fsPath === file)
            if (document?.isDirty) await document.save()
          }
        }
        return result
      },
    },
  }
  client = new LanguageClient('offre', 'offre', toServerOptions(launch, folder), clientOptions)
  context.subscriptions.push(client)
  try {
    await client.start()
  } catch (error) {
    void vscode.window.showErrorMessage(
      `offre : le serveur ne démarre pas (${launch.kind === 'node' ? launch.module : launch.command}) : installez @offre/cli dans l’espace de travail (npm install --save-dev @offre/cli) ou réglez « offre.path ». ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** The launch as vscode-languageclient's options: it adds `--stdio` itself (transport stdio). */
function toServerOptions(launch: ServerLaunch, cwd: string | undefined): ServerOptions {
  const args = launch.args.filter((arg) => arg !== '--stdio')
  const options = cwd === undefined ? {} : { cwd }
  return launch.kind === 'node'
    ? { module: launch.module, args, transport: TransportKind.stdio, options }
    : { command: launch.command, args, transport: TransportKind.stdio, options: { ...options, shell: process.platform === 'win32' } }
}
