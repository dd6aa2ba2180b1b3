// Browser entry (vscode.dev, VS Code for the Web): the server runs in a web worker.
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { activateExtension, type ExtensionApi } from '../common/activate';

type WorkerLike = Exclude<ServerOptions, () => unknown>;
/** The browser's Worker (the project's type libraries are not the DOM's). */
const WorkerClass = (globalThis as unknown as { Worker: new (url: string) => WorkerLike }).Worker;

let api: ExtensionApi | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  api = await activateExtension(context, {
    createClient: (id, name, options) => new LanguageClient(id, name, new WorkerClass(serverMain.toString(true)), options),
  });
  return api;
}

export async function deactivate(): Promise<void> {
  await api?.server.dispose();
}
