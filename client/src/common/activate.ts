// Everything the Node and the browser entries share: the server, commands, status bar,
// preview. The entries differ only in how the server starts and in the workspace check.
import * as vscode from 'vscode';
import { canonicalTables, fixAll } from '../commands/fixAll';
import { newReport, type NewReportArgs } from '../commands/newReport';
import { openExample } from '../commands/openExample';
import type { WorkspaceSummary } from '../commands/checkWorkspace';
import { TablePreview } from '../preview/panel';
import { ServerController, type ClientFactory } from './serverController';
import { ReportStatusBar } from './statusBar';

export interface Platform {
  createClient: ClientFactory;
  /** Absent in the browser: there the command says so. */
  checkWorkspace?: (folder?: vscode.Uri) => Promise<WorkspaceSummary | undefined>;
  disposables?: vscode.Disposable[];
}

/** What activate returns: used by the tests inside the editor. */
export interface ExtensionApi {
  server: ServerController;
  statusBar: ReportStatusBar;
  preview: TablePreview;
}

export async function activateExtension(context: vscode.ExtensionContext, platform: Platform): Promise<ExtensionApi> {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('OGI Report'), { log: true });
  const server = new ServerController(platform.createClient, output);
  const statusBar = new ReportStatusBar();
  const preview = new TablePreview();
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    output,
    statusBar,
    preview,
    { dispose: () => void server.dispose() },
    ...(platform.disposables ?? []),
    command('ogiReport.newReport', (args?: NewReportArgs) => newReport(args)),
    command('ogiReport.openExample', () => openExample()),
    command('ogiReport.fixAll', (uri?: vscode.Uri) => fixAll(uri)),
    command('ogiReport.canonicalTables', (uri?: vscode.Uri) => canonicalTables(uri)),
    command('ogiReport.previewTables', (uri?: vscode.Uri) => preview.show(uri)),
    command('ogiReport.restartServer', () => server.restart()),
    command('ogiReport.showLog', () => output.show(true)),
    command('ogiReport.checkWorkspace', (folder?: vscode.Uri) => {
      if (platform.checkWorkspace) return platform.checkWorkspace(folder);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Checking all reports of a folder needs the desktop (or remote) VS Code; in the browser, open the reports one by one.'),
      );
      return undefined;
    }),
  );
  try {
    await server.start();
  } catch (e) {
    output.appendLine(String(e));
    void vscode.window.showErrorMessage(vscode.l10n.t('The OGI Report language server did not start: {0}', String(e)));
  }
  return { server, statusBar, preview };
}
