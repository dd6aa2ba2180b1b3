// A JSON-RPC client that drives the BUILT server (`node dist/server.js --stdio`) the way
// an editor does. Waits are for events, each with a timeout.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  FileEvent,
  Registration,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const repo = join(import.meta.dirname, '../..');
export const serverPath = join(repo, 'dist/server.js');
const seedsDir = join(repo, 'test/fixtures/real');

/**
 * Servers not stopped yet. A test that fails between start and stop would otherwise leave its
 * server running, and the test file would wait for it instead of reporting the failure. This hook
 * runs before the test files' own `after` hooks, which stop their servers: killing at once raced
 * with those (a killed server never answers `shutdown`, and a file hung under load). So it only
 * arms a timer that does not keep the process alive: servers stopped as they should be let the
 * file end at once, and one left running is killed after the grace period.
 */
const running = new Set<ChildProcess>();
after(() => {
  setTimeout(() => running.forEach((child) => child.kill()), 30_000).unref();
});

/** The seed reports: name → text. */
export function seeds(): { name: string; text: string }[] {
  return readdirSync(seedsDir)
    .filter((n) => /^\d{3}_.*\.txt$/.test(n) && !n.includes('.expected'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
}

export interface StartOptions {
  /** Pull diagnostics (textDocument/diagnostic) instead of push. */
  pull?: boolean;
  locale?: string;
  /** `ogiReport` settings served through workspace/configuration. */
  settings?: Record<string, unknown>;
  workspaceFolders?: string[];
  /** false: a client that cannot answer workspace/configuration (settings are pushed). */
  configuration?: boolean;
  initializationOptions?: unknown;
  /** The client can watch files for the server (workspace.didChangeWatchedFiles.dynamicRegistration). */
  watchFiles?: boolean;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  settings: Record<string, unknown>;
  exited: Promise<number | null>;
  stderr = '';

  private constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = { debounce: 0, ...options.settings };
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr?.on('data', (d) => (this.stderr += String(d)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'ogiReport' ? this.settings : null)),
    );
    connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      this.waiters.splice(0).forEach((w) => w());
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.waiters.splice(0).forEach((w) => w());
      return null;
    });
    connection.onRequest('workspace/codeLens/refresh', () => null);
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!existsSync(serverPath)) throw new Error(`Build first: ${serverPath} is missing (npm run build)`);
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    running.add(child);
    child.on('exit', () => running.delete(child));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child, options);
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration ?? true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
        diagnostics: { refreshSupport: true },
        ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        completion: { completionItem: { snippetSupport: true } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    };
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0] ?? null,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? null,
      locale: options.locale ?? 'en',
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  initializeResult!: InitializeResult;

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async open(uri: string, text: string, languageId = 'ogi-report', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** New settings: pulled by the server, or pushed in the notification to a client without pull. */
  async changeSettings(settings: Record<string, unknown>, push = false): Promise<void> {
    this.settings = { debounce: 0, ...settings };
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: push ? { ogiReport: this.settings } : null });
  }

  /** The first publication for `uri` (after `from`) that satisfies `accept`. */
  waitForDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    from = 0,
    timeoutMs = 20_000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        const found = this.published.slice(from).find((p) => p.uri === uri && accept(p));
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Capabilities the server registered (client/registerCapability), in order. */
  readonly registrations: Registration[] = [];

  /** Resolves with the first registration for `method`, answered before it resolves. */
  waitForRegistration(method: string, timeoutMs = 20_000): Promise<Registration> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No registration of ${method} within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        const found = this.registrations.find((r) => r.method === method);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** workspace/didChangeWatchedFiles, as a client's file watcher sends it. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** workspace/diagnostic/refresh requests received. */
  refreshes = 0;

  /** Resolves once the server has asked for a re-pull more than `seen` times. */
  waitForRefresh(seen: number, timeoutMs = 20_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No diagnostic refresh within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        if (this.refreshes > seen) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Publications seen for `uri`. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  async stop(): Promise<number | null> {
    // Bounded, and failing with what the server said if it is gone: a request to a server that
    // has exited is never answered, and the test file would hang instead of failing.
    const gone = this.exited.then((code) => {
      throw new Error(`the server exited (code ${code}) before shutdown; its stderr:\n${this.stderr}`);
    });
    await withTimeout(Promise.race([this.connection.sendRequest('shutdown'), gone]), 20_000, `no answer to shutdown; the server's stderr:\n${this.stderr}`);
    gone.catch(() => undefined); // it exits right after this, as it should
    await this.connection.sendNotification('exit');
    const code = await withTimeout(this.exited, 10_000, 'server did not exit');
    this.connection.dispose();
    return code;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]);
}
