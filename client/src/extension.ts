// Node entry (desktop and remote VS Code): the server runs as a Node process over IPC.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { WorkspaceChecker } from './commands/checkWorkspace';
import { activateExtension, type ExtensionApi } from './common/activate';

let api: ExtensionApi | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const checker = new WorkspaceChecker();
  api = await activateExtension(context, {
    createClient: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
    checkWorkspace: (folder) => checker.run(folder),
    disposables: [checker],
  });
  return api;
}

export async function deactivate(): Promise<void> {
  await api?.server.dispose();
}
