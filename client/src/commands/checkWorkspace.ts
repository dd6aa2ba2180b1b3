// 检查全部年报: checks every report in the workspace folders, closed files included. Findings of
// closed files go into a DiagnosticCollection (open files are the server's); a summary follows.
import * as vscode from 'vscode';
import { checkText, looksLikeReport } from '../../../server/src/engine';
import { DIAGNOSTIC_SOURCE } from '../common/constants';
import { toVscodeDiagnostic } from '../common/diagnostics';
import { checkOptions, readSettings } from '../common/settings';
import { decodeText } from './decode';

/** Report files are text or Markdown; folders of dependencies and builds are skipped. */
const INCLUDE = '**/*.{txt,md,TXT,MD}';
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**}';
const MAX_FILES = 5000;
const REPORT_NAME = /政府信息公开.*年度报告/;

export interface WorkspaceSummary {
  reports: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
}

export class WorkspaceChecker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('ogi-report-workspace');
  private readonly disposables: vscode.Disposable[] = [
    this.collection,
    // Once a file is shown the server reports on it; drop the copy so nothing is listed twice.
    vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of [...e.opened, ...e.changed]) {
        if (tab.input instanceof vscode.TabInputText) this.collection.delete(tab.input.uri);
      }
    }),
  ];

  /** `folder`: from the Explorer's context menu, check only that folder. */
  async run(folder?: vscode.Uri): Promise<WorkspaceSummary | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to check the reports in it.'));
      return undefined;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking annual reports'), cancellable: true },
      (progress, token) => this.checkAll(progress, token, folder instanceof vscode.Uri ? folder : undefined),
    );
    const message = vscode.l10n.t('{0} reports: {1} errors, {2} warnings', summary.reports, summary.errors, summary.warnings);
    void vscode.window.showInformationMessage(summary.cancelled ? vscode.l10n.t('Cancelled. {0}', message) : message);
    return summary;
  }

  private async checkAll(
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
    folder?: vscode.Uri,
  ): Promise<WorkspaceSummary> {
    const include = folder ? new vscode.RelativePattern(folder, INCLUDE) : INCLUDE;
    const files = await vscode.workspace.findFiles(include, EXCLUDE, MAX_FILES, token);
    // The server's findings cover the documents shown in tabs; the others are checked here.
    const shown = new Set(
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri.toString()] : [])),
    );
    const open = new Map(vscode.workspace.textDocuments.filter((d) => shown.has(d.uri.toString())).map((d) => [d.uri.toString(), d]));
    const summary: WorkspaceSummary = { reports: 0, errors: 0, warnings: 0, cancelled: false };
    this.collection.clear();
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
      const diagnostics = await this.checkFile(uri, open.get(uri.toString()));
      if (!diagnostics) continue;
      summary.reports++;
      summary.errors += diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
      summary.warnings += diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
      // Let the extension host breathe between files.
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return summary;
  }

  /** The findings of one file, or undefined when it is not a report or cannot be read. */
  private async checkFile(uri: vscode.Uri, openDocument?: vscode.TextDocument): Promise<vscode.Diagnostic[] | undefined> {
    const settings = readSettings(uri);
    let text: string | undefined;
    try {
      if (openDocument) text = openDocument.getText();
      else {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > settings.maxFileSize) return undefined;
        text = decodeText(bytes);
      }
    } catch {
      return undefined;
    }
    if (text === undefined) return undefined;
    const named = REPORT_NAME.test(uri.path.split('/').pop() ?? '');
    if (!named && !(settings.detect && looksLikeReport(text))) return undefined;
    if (openDocument) {
      // The server already reports on open documents: count what it published.
      return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    }
    const result = checkText(text, checkOptions(settings));
    const diagnostics = result.diagnostics.map((d) => toVscodeDiagnostic(d, uri));
    this.collection.set(uri, diagnostics);
    return diagnostics;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
