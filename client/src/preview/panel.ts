// 预览表格: a webview beside the editor showing §二, §三 and §四 as tables. It follows edits
// (debounced) and the active editor; a click on a cell selects that cell in the editor.
import * as vscode from 'vscode';
import { checkText } from '../../../server/src/engine';
import { Debounced } from '../common/debounce';
import { activeReportEditor, isReportDocument } from '../common/reportDocument';
import { checkOptions, readSettings } from '../common/settings';
import { bodyHtml, newNonce, pageHtml, type PreviewTexts } from './html';
import { previewModel, type PreviewModel } from './tablesModel';

const UPDATE_DELAY_MS = 250;

export interface PreviewState {
  uri: string;
  version: number;
  model: PreviewModel;
}

export class TablePreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private readonly afterChange = new Debounced(() => this.render(), UPDATE_DELAY_MS);
  private readonly disposables: vscode.Disposable[] = [this.afterChange];
  private readonly updated = new vscode.EventEmitter<PreviewState>();
  /** Fires after each render (tests wait on it instead of sleeping). */
  readonly onDidUpdate = this.updated.event;
  state: PreviewState | undefined;

  constructor() {
    this.disposables.push(
      this.updated,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.afterChange.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document !== this.document && isReportDocument(editor.document)) {
          this.document = editor.document;
          this.render();
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.panel && e.affectsConfiguration('ogiReport')) this.afterChange.schedule();
      }),
    );
  }

  show(uri?: vscode.Uri): PreviewState | undefined {
    const document =
      (uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined) ??
      activeReportEditor()?.document;
    if (!document) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open an annual report first.'));
      return undefined;
    }
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('ogiReport.preview', vscode.l10n.t('Report tables'), {
        viewColumn: vscode.ViewColumn.Beside,
        preserveFocus: true,
      }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.state = undefined;
      }, null, this.disposables);
      this.panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m), null, this.disposables);
      // A hidden webview is discarded; when it shows again, give it the whole page.
      this.panel.onDidChangeViewState((e) => e.webviewPanel.visible && this.setPage(), null, this.disposables);
      const state = this.render(false);
      this.setPage();
      return state;
    }
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.render();
  }

  /** Selects a span of the previewed document in its editor (what a click on a cell does). */
  async select(start: number, end: number): Promise<vscode.TextEditor | undefined> {
    const document = this.document;
    if (!document || document.isClosed) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private onMessage(message: unknown): void {
    const m = message as { type?: string; start?: unknown; end?: unknown };
    if (m?.type === 'select' && Number.isInteger(m.start) && Number.isInteger(m.end)) void this.select(m.start as number, m.end as number);
  }

  private lastBody = '';

  private setPage(): void {
    if (this.panel) this.panel.webview.html = pageHtml(this.lastBody, newNonce(), this.panel.webview.cspSource, vscode.env.language);
  }

  private render(post = true): PreviewState | undefined {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document || document.isClosed) return undefined;
    const settings = readSettings(document.uri);
    const text = document.getText();
    const texts: PreviewTexts = {
      notFound: vscode.l10n.t('This table was not found in the report.'),
      empty: vscode.l10n.t('No tables to show.'),
    };
    panel.title = vscode.l10n.t('Tables: {0}', document.uri.path.split('/').pop() ?? '');
    // The same size limit as the server's: a huge file must not stall the extension host.
    const tooLarge = new TextEncoder().encode(text).byteLength > settings.maxFileSize;
    const model = previewModel(checkText(tooLarge ? '' : text, checkOptions(settings)));
    if (tooLarge) texts.empty = vscode.l10n.t('The file is larger than ogiReport.maxFileSize ({0} bytes) and is not checked.', settings.maxFileSize);
    this.lastBody = tooLarge ? bodyHtml({ ...model, sections: [], title: undefined }, texts) : bodyHtml(model, texts);
    if (post) void panel.webview.postMessage({ type: 'update', html: this.lastBody });
    this.state = { uri: document.uri.toString(), version: document.version, model };
    this.updated.fire(this.state);
    return this.state;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
