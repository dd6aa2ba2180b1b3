// The server under abuse: a thousand rapid edits mixed with requests and cancellations,
// malformed JSON-RPC on the wire, and small requests while huge or binary documents open.
// Waits are for events, each with a timeout; timings are printed, never asserted.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  DocumentSymbol,
  LogMessageParams,
  PublishDiagnosticsParams,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { checkText, LineIndex } from '../../server/src/engine';
import { documentSymbols } from '../../server/src/lsp/features';
import { seeds, serverPath, TestClient, withTimeout } from './client';
import { essentials, expectedDiagnostics } from './helpers';

const seed = seeds().find((s) => s.name === '000_3ec79e02cf78507f.txt') ?? seeds()[0];
const ERROR = 1; // MessageType.Error

/** What the server's own check of `text` gives for documentSymbol. */
function expectedSymbols(text: string, locale: 'en' | 'zh-CN'): DocumentSymbol[] {
  const result = checkText(text, { locale });
  const entry = { uri: 'file:///x', version: 0, analysis: { kind: 'checked' as const, result, index: new LineIndex(text), options: { locale } }, diagnostics: [] };
  return JSON.parse(JSON.stringify(documentSymbols(entry, locale)));
}

/** Error-level window/logMessage and window/showMessage notifications of a TestClient. */
function captureErrors(client: TestClient) {
  const logged: LogMessageParams[] = [];
  const shown: ShowMessageParams[] = [];
  client.connection.onNotification('window/logMessage', (p: LogMessageParams) => void logged.push(p));
  client.connection.onNotification('window/showMessage', (p: ShowMessageParams) => void shown.push(p));
  return {
    errors: () => [...logged, ...shown].filter((m) => m.type === ERROR).map((m) => m.message),
  };
}

/** Nothing on stderr that looks like an exception or a stack trace. */
function assertNoExceptions(stderr: string) {
  assert.doesNotMatch(stderr, /error|exception|unhandled|^\s+at .*:\d+:\d+/im, `stderr:\n${stderr}`);
}

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seedValue: number) {
  let x = seedValue >>> 0;
  return (n: number) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x % n;
  };
}

type Settled = { ok: true; value: unknown } | { ok: false; error: { code?: number; message?: string } };
const settle = (p: Promise<unknown>): Promise<Settled> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: { code?: number; message?: string }) => ({ ok: false as const, error }),
  );

describe('a thousand rapid edits, with requests and cancellations in between', () => {
  for (const [label, debounce] of [
    ['debounce 0', 0],
    ['the default debounce', undefined],
  ] as const) {
    it(`${label}: versions only go forward and the last publication is the check of the final text`, async () => {
      // `debounce: undefined` is dropped on the wire, so the server uses its default.
      const client = await TestClient.start({ locale: 'en', settings: { debounce } });
      const capture = captureErrors(client);
      const uri = `file:///abuse/edits-${debounce ?? 'default'}.txt`;
      let mirror = TextDocument.create(uri, 'ogi-report', 1, seed.text);
      const texts = new Map<number, string>([[1, seed.text]]);
      await client.open(uri, seed.text, 'ogi-report', 1);
      await client.waitForDiagnostics(uri, (p) => p.version === 1);

      const random = prng(debounce === 0 ? 20240601 : 19491001);
      const pool = ['1', '0', '7', '、', '年', '件', '\n', ' ', '（', '一', '。'];
      /** An offset that splits neither a CRLF nor a surrogate pair. */
      const offsetIn = (text: string) => {
        let offset = random(text.length + 1);
        while (offset > 0 && offset < text.length && ((text[offset - 1] === '\r' && text[offset] === '\n') || /[\udc00-\udfff]/.test(text[offset]))) offset--;
        return offset;
      };
      const oneChange = (doc: TextDocument): TextDocumentContentChangeEvent => {
        const text = doc.getText();
        const start = offsetIn(text);
        const op = random(10);
        let end = start;
        let inserted = '';
        if (op < 4) inserted = pool[random(pool.length)];
        else if (op < 7) end = Math.min(text.length, start + 1 + random(3));
        else {
          end = Math.min(text.length, start + random(6));
          inserted = String(random(1000));
        }
        while (end > start && end < text.length && ((text[end - 1] === '\r' && text[end] === '\n') || /[\udc00-\udfff]/.test(text[end]))) end--;
        return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: inserted };
      };

      const requests: { method: string; cancelled: boolean; result: Promise<Settled> }[] = [];
      const methods = ['textDocument/documentSymbol', 'textDocument/hover', 'textDocument/codeAction', 'textDocument/foldingRange'];
      const EDITS = 1000;
      let version = 1;
      for (let i = 0; i < EDITS; i++) {
        // Mostly one change per notification, sometimes two applied in order.
        const changes: TextDocumentContentChangeEvent[] = [];
        const count = random(8) === 0 ? 2 : 1;
        let next = mirror;
        for (let c = 0; c < count; c++) {
          const change = oneChange(next);
          changes.push(change);
          next = TextDocument.update(next, [change], version + 1);
        }
        version++;
        mirror = next;
        texts.set(version, mirror.getText());
        await client.change(uri, version, changes);

        if (i % 5 === 2) {
          const method = methods[requests.length % methods.length];
          const position = mirror.positionAt(offsetIn(mirror.getText()));
          const params = {
            textDocument: { uri },
            position,
            range: { start: position, end: position },
            context: { diagnostics: [] },
          };
          const cancelled = requests.length % 3 === 0;
          const source = new CancellationTokenSource();
          const result = settle(client.connection.sendRequest(method, params, source.token));
          if (cancelled) source.cancel(); // $/cancelRequest right after the request
          requests.push({ method, cancelled, result });
        }
      }

      const final = await client.waitForDiagnostics(uri, (p) => p.version === version, 0, 45_000);
      const settled = await withTimeout(Promise.all(requests.map((r) => r.result)), 30_000, 'some requests were never answered');
      // A round trip after everything: nothing published after the final version.
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });

      // Every request was answered: a result, or RequestCancelled for a cancelled one.
      settled.forEach((s, i) => {
        const { method, cancelled } = requests[i];
        if (!s.ok) {
          assert.ok(cancelled, `${method} #${i} failed without being cancelled: ${JSON.stringify(s.error)}`);
          assert.equal(s.error.code, -32800, `${method} #${i}: ${s.error.message}`);
          return;
        }
        if (method === 'textDocument/hover') assert.ok(s.value === null || typeof s.value === 'object', method);
        else assert.ok(Array.isArray(s.value), `${method} #${i} answers an array`);
      });

      const published: PublishDiagnosticsParams[] = client.publishedFor(uri);
      let last = 0;
      for (const p of published) {
        assert.equal(typeof p.version, 'number', 'every publication carries a version');
        assert.ok(p.version! >= last, `versions never go back (${p.version} after ${last})`);
        assert.ok(texts.has(p.version!), `version ${p.version} was sent`);
        last = p.version!;
      }
      assert.equal(published.at(-1), final, 'the last publication is the final version');
      assert.equal(published.filter((p) => p.version === version).length, 1);

      // Findings of the final text, and of a sample of the versions published on the way.
      assert.deepEqual(essentials(final.diagnostics), expectedDiagnostics(mirror.getText(), { locale: 'en' }));
      const step = Math.max(1, Math.floor(published.length / 20));
      for (let i = 0; i < published.length; i += step) {
        const p = published[i];
        assert.deepEqual(essentials(p.diagnostics), expectedDiagnostics(texts.get(p.version!)!, { locale: 'en' }), `version ${p.version}`);
      }
      const cancelledCount = requests.filter((r) => r.cancelled).length;
      console.log(
        `${label}: ${EDITS} edits, ${requests.length} requests (${cancelledCount} cancelled, ` +
          `${settled.filter((s) => !s.ok).length} answered RequestCancelled), ${published.length} publications`,
      );

      assert.deepEqual(capture.errors(), [], 'no error logged or shown');
      assert.equal(await client.stop(), 0);
      assertNoExceptions(client.stderr);
    });
  }
});

/** The server spoken to in raw LSP framing, for bytes no well-behaved client would send. */
class RawServer {
  readonly child: ChildProcess;
  readonly messages: Record<string, unknown>[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private readonly waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.child.stdout!.on('data', (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) break;
        const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (this.buffer.length < headerEnd + 4 + length) break;
        const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        this.messages.push(JSON.parse(body));
      }
      this.waiters.splice(0).forEach((w) => w());
    });
  }

  /** One frame with exactly these body bytes. */
  writeBody(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  send(message: Record<string, unknown>): void {
    this.writeBody(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  waitFor(accept: (m: Record<string, unknown>) => boolean, what: string, timeoutMs = 15_000): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        const found = this.messages.find(accept);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  response(id: number): Promise<Record<string, unknown>> {
    return this.waitFor((m) => m.id === id && !('method' in m), `response ${id}`);
  }
}

describe('malformed JSON-RPC on the wire', () => {
  let server: RawServer;
  before(() => (server = new RawServer()));
  after(async () => {
    if (server.child.exitCode === null) server.child.kill();
  });

  it('bad frames, an invalid message, unknown methods and bad params are survived; a normal request is still answered', async () => {
    const uri = 'file:///raw/report.txt';
    server.send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, locale: 'en', capabilities: {}, initializationOptions: { settings: { debounce: 0 } } } });
    const init = await server.response(1);
    assert.ok(init.result, 'initialized');
    server.send({ method: 'initialized', params: {} });
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'ogi-report', version: 1, text: seed.text } } });
    const firstPublication = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics', 'diagnostics after the open');
    const count = server.messages.length;

    // A frame whose body is not JSON.
    server.writeBody('this is {not json at all');
    // JSON, but not a request: no method.
    server.writeBody('{"jsonrpc":"2.0","id":2,"params":{}}');
    // JSON of the wrong kind altogether.
    server.writeBody('[1,2,3]');
    server.writeBody('"just a string"');
    // An unknown request method.
    server.send({ id: 3, method: 'ogi/noSuchMethod', params: {} });
    // Known requests with invalid params, or a document that is not open.
    server.send({ id: 4, method: 'textDocument/hover', params: {} });
    server.send({ id: 5, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///raw/not-open.txt' }, position: { line: 0, character: 0 } } });
    server.send({ id: 6, method: 'textDocument/documentSymbol', params: { textDocument: {} } });
    server.send({ id: 7, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: 'nonsense' } });
    server.send({ id: 8, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: -5, character: 1e9 } } });
    // Unknown notifications, with and without the optional `$/` prefix.
    server.send({ method: 'ogi/noSuchNotification', params: { x: 1 } });
    server.send({ method: '$/noSuchNotification', params: {} });
    // A notification we know, with params that make no sense.
    server.send({ method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///raw/not-open.txt', version: 2 }, contentChanges: [{ text: 'x' }] } });

    const unknown = await server.response(3);
    assert.equal((unknown.error as { code: number }).code, -32601, 'MethodNotFound');
    for (const id of [4, 5, 6, 7, 8]) {
      const response = await server.response(id);
      assert.ok('result' in response || 'error' in response, `response ${id} is a result or an error: ${JSON.stringify(response)}`);
      if ('error' in response) assert.equal(typeof (response.error as { code: unknown }).code, 'number');
    }
    assert.equal((await server.response(5)).result, null, 'hover on a document that is not open: null');
    for (const id of [4, 6]) {
      const response = await server.response(id);
      assert.equal((response.error as { code: number } | undefined)?.code, -32602, `request ${id} without a uri: InvalidParams`);
    }

    // After all that, a normal request on the open report is answered as before.
    server.send({ id: 9, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
    const symbols = await server.response(9);
    assert.deepEqual(symbols.result, expectedSymbols(seed.text, 'en'));
    // And the document still gets its findings on an edit.
    server.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: seed.text + '\n' }] } });
    const republished = await server.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === 2,
      'diagnostics for version 2',
    );
    const params = republished.params as PublishDiagnosticsParams;
    assert.deepEqual(essentials(params.diagnostics), expectedDiagnostics(seed.text + '\n', { locale: 'en' }));
    assert.deepEqual(
      essentials((firstPublication.params as PublishDiagnosticsParams).diagnostics),
      expectedDiagnostics(seed.text, { locale: 'en' }),
    );

    // What came back: only answers to ids that were sent (the bad frames get none, or id null).
    const replies = server.messages.slice(count);
    const responseIds = replies.filter((m) => !('method' in m)).map((m) => m.id);
    for (const id of responseIds) assert.ok(id === null || [3, 4, 5, 6, 7, 8, 9].includes(id as number), `unexpected response id ${String(id)}`);
    const logged = replies.filter((m) => m.method === 'window/logMessage' || m.method === 'window/showMessage');
    console.log(
      'malformed input: responses',
      JSON.stringify(replies.filter((m) => !('method' in m)).map((m) => ({ id: m.id, error: m.error ?? undefined, result: m.error ? undefined : '…' }))),
    );
    console.log('malformed input: logged', JSON.stringify(logged.map((m) => m.params)));

    server.send({ id: 10, method: 'shutdown' });
    await server.response(10);
    server.send({ method: 'exit' });
    assert.equal(await withTimeout(server.exited, 10_000, 'server did not exit'), 0);
    assertNoExceptions(server.stderr);
  });
});

describe('responsiveness while huge and binary documents open', () => {
  let client: TestClient;
  before(async () => (client = await TestClient.start({ locale: 'zh-CN' })));
  after(async () => {
    if (client.child.exitCode === null) assert.equal(await client.stop(), 0);
  });

  it('small requests every few milliseconds are all answered while a 10 MB report and 1 MB of binary garbage open', async () => {
    const capture = captureErrors(client);
    const small = 'file:///busy/small.txt';
    await client.open(small, seed.text);
    await client.waitForDiagnostics(small);
    const smallSymbols = expectedSymbols(seed.text, 'zh-CN');

    const pending: Promise<void>[] = [];
    const answers: unknown[] = [];
    let longest = 0;
    let sent = 0;
    const tick = () => {
      const started = performance.now();
      sent++;
      pending.push(
        client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: small } }).then((symbols) => {
          longest = Math.max(longest, performance.now() - started);
          answers.push(symbols);
        }),
      );
    };
    const timer = setInterval(tick, 4);
    try {
      const huge = seed.text.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed.text)));
      const bytes = Buffer.alloc(1024 * 1024);
      for (let i = 0, x = 11; i < bytes.length; i++) bytes[i] = x = (x * 1103515245 + 12345) & 0xff;
      const garbage = bytes.toString('latin1');

      const from = client.published.length;
      await client.open('file:///busy/huge.txt', huge);
      await client.open('file:///busy/garbage.bin', garbage);
      const hugePublished = await client.waitForDiagnostics('file:///busy/huge.txt', () => true, from, 40_000);
      const garbagePublished = await client.waitForDiagnostics('file:///busy/garbage.bin', () => true, from, 40_000);
      assert.deepEqual(hugePublished.diagnostics.map((d) => d.code), ['size-limit']);
      assert.deepEqual(essentials(garbagePublished.diagnostics), expectedDiagnostics(garbage, { locale: 'zh-CN' }));
      // A few more requests once the big work is done.
      const until = sent + 5;
      await new Promise<void>((resolve) => {
        const check = setInterval(() => sent >= until && (clearInterval(check), resolve()), 4);
      });
    } finally {
      clearInterval(timer);
    }
    await withTimeout(Promise.all(pending), 30_000, 'some small requests were never answered');
    console.log(`longest blocked interval: ${Math.round(longest)} ms (${sent} requests)`);
    assert.equal(answers.length, sent, 'every request answered');
    for (const symbols of answers) assert.deepEqual(symbols, smallSymbols);
    assert.equal(client.child.exitCode, null, 'the server is alive');
    assert.deepEqual(capture.errors(), [], 'no error logged or shown');
    assert.equal(await client.stop(), 0);
    assertNoExceptions(client.stderr);
  });
});
