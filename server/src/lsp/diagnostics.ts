// Diagnostics delivery: pulled by clients that can (textDocument/diagnostic), pushed with
// the document version otherwise. Nothing computed for an outdated version goes out.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type DocumentDiagnosticReport,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './analysis';
import type { Settings } from './settings';

export class DiagnosticsDelivery {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents with findings on screen. */
  private readonly shown = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyzer: Analyzer,
    private readonly settings: (uri: string) => Promise<Settings>,
    readonly pull: boolean,
    /** The client accepts workspace/diagnostic/refresh. */
    private readonly refreshSupported: boolean,
  ) {
    if (pull) connection.languages.diagnostics.on((params, token) => this.onPull(params.textDocument.uri, token));
  }

  /** After an open or an edit. */
  async changed(document: TextDocument): Promise<void> {
    if (this.pull) return; // the client pulls after every change
    const { debounce } = await this.settings(document.uri);
    this.cancel(document.uri);
    if (debounce === 0) return void this.push(document.uri, document.version);
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        void this.push(document.uri, document.version);
      }, debounce),
    );
  }

  closed(uri: string): void {
    this.cancel(uri);
    // Clear what the editor shows; a file that never had findings hears nothing.
    if (this.shown.delete(uri) && !this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings changed: every open report again. */
  recheckAll(): void {
    if (this.pull) {
      if (this.refreshSupported) void this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of this.documents.all()) void this.push(document.uri, document.version);
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async push(uri: string, version: number): Promise<void> {
    const document = this.documents.get(uri);
    if (!document || document.version !== version) return;
    const entry = await this.analyzer.analyze(document);
    // An edit or a close while checking: this result is stale, the newer one will follow.
    const current = this.documents.get(uri);
    if (!current || current.version !== entry.version) return;
    // Files that are not reports hear nothing, unless findings shown earlier must be cleared.
    if (entry.analysis.kind === 'ignored' && entry.diagnostics.length === 0 && !this.shown.has(uri)) return;
    if (entry.diagnostics.length > 0) this.shown.add(uri);
    else this.shown.delete(uri);
    await this.connection.sendDiagnostics({ uri, version: entry.version, diagnostics: entry.diagnostics });
  }

  private async onPull(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const document = this.documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version;
    const { debounce } = await this.settings(uri);
    if (debounce > 0) await waitOrCancel(debounce, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const latest = this.documents.get(uri);
    if (!latest || latest.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    const entry = await this.analyzer.analyze(latest);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (this.documents.get(uri)?.version !== entry.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: entry.diagnostics };
  }
}

function waitOrCancel(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = token.onCancellationRequested(done);
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}
