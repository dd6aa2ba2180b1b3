// A minimal JSON-RPC client over a spawned language server's stdio (Content-Length framing),
// enough to drive it the way an editor does and time its answers.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';

type Message = { id?: number; method?: string; params?: any; result?: any; error?: any };

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private listeners: ((m: Message) => void)[] = [];

  constructor(command: string, args: string[]) {
    this.process = spawn(command, args, { stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.resume();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      const message = JSON.parse(body) as Message;
      if (message.id !== undefined && message.method === undefined) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      } else if (message.id !== undefined && message.method) {
        // A request from the server (configuration, registration …): answer emptily.
        this.send({ id: message.id, result: message.method === 'workspace/configuration' ? [{ debounce: 0 }] : null });
      } else for (const l of [...this.listeners]) l(message);
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms`)), timeoutMs);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        if (m.error) reject(new Error(`${method}: ${JSON.stringify(m.error)}`));
        else resolve(m.result as T);
      });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification that satisfies `match`, registered before the call that causes it. */
  waitFor(match: (m: Message) => boolean, timeoutMs = 30_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const listener = (m: Message) => {
        if (!match(m)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(m);
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no matching notification in ${timeoutMs} ms`));
      }, timeoutMs);
      this.listeners.push(listener);
    });
  }

  async shutdown(): Promise<void> {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      // The server is gone or stuck: stop it below.
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.process.kill();
        resolve();
      }, 5000);
      this.process.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/**
 * `node SERVER --stdio`, initialised as the bench's editor: diagnostics at once (debounce 0),
 * versioned publications, hierarchical symbols; a workspace folder and file watching when asked.
 */
export async function startServer(serverPath: string, options: { folder?: string; watchFiles?: boolean } = {}): Promise<LspClient> {
  const client = new LspClient(process.execPath, [serverPath, '--stdio']);
  const folderUri = options.folder ? pathToFileURL(options.folder).href : null;
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: folderUri ? [{ uri: folderUri, name: 'reports' }] : null,
      capabilities: {
        workspace: { workspaceFolders: true, ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) },
        textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
      initializationOptions: { settings: { debounce: 0 } },
    });
  } catch (e) {
    await client.shutdown();
    throw e;
  }
  client.notify('initialized', {});
  return client;
}
