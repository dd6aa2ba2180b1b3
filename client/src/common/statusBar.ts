// Status bar item for an active report: `年报 2021 · 3 错误`; a click opens the Problems panel.
import * as vscode from 'vscode';
import { readModel } from '../../../server/src/engine';
import { ACTIVE_IS_REPORT, DIAGNOSTIC_SOURCE } from './constants';
import { Debounced } from './debounce';
import { isReportDocument } from './reportDocument';

/** Only the head of the text is read for the title: cheap on every keystroke. */
const TITLE_HEAD = 3000;
const TYPING_PAUSE_MS = 200;

export class ReportStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('ogiReport.status', vscode.StatusBarAlignment.Left, 100);
  /** Typing: detection reads the text, so wait for a pause. */
  private readonly afterTyping = new Debounced(() => this.update(), TYPING_PAUSE_MS);
  private readonly disposables: vscode.Disposable[] = [this.item, this.afterTyping];

  constructor() {
    this.item.name = vscode.l10n.t('OGI Report');
    this.item.command = 'workbench.actions.view.problems';
    this.item.tooltip = vscode.l10n.t('Show the findings in the Problems panel');
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.afterTyping.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('ogiReport') && this.update()),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const isReport = document !== undefined && isReportDocument(document);
    void vscode.commands.executeCommand('setContext', ACTIVE_IS_REPORT, isReport);
    if (!document || !isReport) {
      this.item.hide();
      return;
    }
    const year = readModel(document.getText().slice(0, TITLE_HEAD)).year;
    const errors = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.severity === vscode.DiagnosticSeverity.Error).length;
    const label = year === undefined ? vscode.l10n.t('Report') : vscode.l10n.t('Report {0}', year);
    this.item.text = errors === 0 ? `$(check) ${label}` : vscode.l10n.t('{0} · {1} errors', label, errors);
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
