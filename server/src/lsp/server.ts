// The language server, whatever the transport: the Node entry and the browser worker
// both hand their connection to startServer.
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type FileEvent,
  type FileSystemWatcher,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine';
import { Analyzer, type PriorYearFinder } from './analysis';
import { codeActionKinds, codeActions } from './codeActions';
import { DiagnosticsDelivery } from './diagnostics';
import { codeLenses, completion, documentSymbols, folding, formatting, hover, workspaceSymbols } from './features';
import { defaultSettings, normalizeSettings, type Settings } from './settings';
import { warmUp } from './warmUp';

export interface ServerHost {
  /** Last year's report of the same agency, given the open documents and the workspace folders. */
  priorYear?: (documents: TextDocuments<TextDocument>, workspaceFolders: () => string[]) => PriorYearSource;
}

/** Finds last year's report, and may keep an index of files on disk up to date with file events. */
export interface PriorYearSource {
  find: PriorYearFinder;
  /** Files to watch, registered with clients that can (workspace/didChangeWatchedFiles). */
  watchers?: FileSystemWatcher[];
  /** The client accepted the watchers: file events will tell of changes from now on. */
  watching?(): void;
  /** Files changed on disk: true when open reports should be checked again. */
  filesChanged?(changes: FileEvent[]): Promise<boolean>;
}

export function startServer(connection: Connection, host: ServerHost = {}): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'en';
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  let pushedSettings: Settings = defaultSettings;
  const settingsCache = new Map<string, Promise<Settings>>();

  const configurationPull = () => capabilities.workspace?.configuration === true;
  const settings = (uri: string): Promise<Settings> => {
    if (!configurationPull()) return Promise.resolve(pushedSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'ogiReport' })
        .then(normalizeSettings, () => defaultSettings);
      settingsCache.set(uri, cached);
    }
    return cached;
  };

  const priorYear = host.priorYear?.(documents, () => folders);
  const analyzer = new Analyzer({
    locale: () => locale,
    settings,
    priorYear: priorYear?.find,
  });
  let delivery: DiagnosticsDelivery | undefined;

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    locale = params.locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    pushedSettings = normalizeSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    const refresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
    delivery = new DiagnosticsDelivery(connection, documents, analyzer, settings, pull, refresh);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: pull ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        completionProvider: { triggerCharacters: [] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'ogi-report' },
    };
  });

  connection.onInitialized(() => {
    const warming = warmUp();
    connection.onShutdown(() => warming.stop());
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        analyzer.invalidate();
        delivery?.recheckAll();
      });
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ogiReport' });
    }
    // With file events, the index of report files on disk is kept instead of scanned per check.
    // A client that cannot watch, or refuses, leaves the source re-scanning now and then.
    const watchers = priorYear?.watchers;
    if (watchers && capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).then(
        () => priorYear?.watching?.(),
        () => undefined,
      );
    }
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    if (!(await priorYear?.filesChanged?.(changes))) return;
    analyzer.invalidate();
    delivery?.recheckAll();
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const pushed = (change.settings as { ogiReport?: unknown } | undefined)?.ogiReport;
    if (pushed !== undefined) pushedSettings = normalizeSettings(pushed);
    analyzer.invalidate();
    delivery?.recheckAll();
    if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type);
  });

  // Fires on open too.
  documents.onDidChangeContent((e) => void delivery?.changed(e.document));
  documents.onDidClose((e) => {
    analyzer.forget(e.document.uri);
    settingsCache.delete(e.document.uri);
    delivery?.closed(e.document.uri);
  });

  /** Runs a feature on the current version of a document, or answers `empty`. */
  /**
   * Runs a feature on the current check of a document: invalid params get InvalidParams, a
   * request cancelled meanwhile gets RequestCancelled, a document that changed meanwhile the empty answer.
   */
  const withEntry = <T>(
    params: { textDocument?: { uri?: unknown } } | undefined,
    token: CancellationToken,
    empty: T,
    run: (document: TextDocument, entry: Awaited<ReturnType<Analyzer['analyze']>>) => T | Promise<T>,
  ) => {
    return async (): Promise<T> => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is required');
      const document = documents.get(uri);
      if (!document) return empty;
      const entry = await analyzer.analyze(document);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (documents.get(uri)?.version !== entry.version) return empty;
      return run(document, entry);
    };
  };

  connection.onDocumentSymbol((p, token) => withEntry(p, token, [], (_, e) => documentSymbols(e, locale))());
  connection.onWorkspaceSymbol(async (p) => {
    const entries = await Promise.all(documents.all().map((d) => analyzer.analyze(d)));
    return workspaceSymbols(entries, p.query, locale);
  });
  connection.onHover((p, token) => withEntry(p, token, null, (_, e) => hover(e, p.position, locale))());
  connection.onCodeLens((p, token) => withEntry(p, token, [], (_, e) => codeLenses(e, locale))());
  connection.onFoldingRanges((p, token) => withEntry(p, token, [], (_, e) => folding(e))());
  connection.onDocumentFormatting((p, token) =>
    withEntry(p, token, [], async (d, e) => formatting(e, await settings(d.uri)))(),
  );
  connection.onCompletion((p, token) =>
    withEntry(p, token, [], (_, e) =>
      completion(e, p.position, locale, capabilities.textDocument?.completion?.completionItem?.snippetSupport === true),
    )(),
  );
  connection.onCodeAction((p, token) =>
    withEntry(p, token, [], (d, e) =>
      codeActions(d, e, p, locale, { documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true }),
    )(),
  );

  documents.listen(connection);
  connection.listen();
}
