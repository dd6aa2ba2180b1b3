// The browser build (dist/web/server.js) in a worker: the same handlers answer over the
// worker's message port, as in vscode.dev's web-worker extension host.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { repo, seeds, withTimeout } from './client';
import { essentials, expectedDiagnostics } from './helpers';

const bundle = join(repo, 'dist/web/server.js');

/** A worker whose `self` is a browser-style message port onto the parent. */
const shim = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = {
  set onmessage(fn) { parentPort.on('message', (data) => fn({ data })); },
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener() {},
};
require(workerData.bundle);
`;

describe('the browser build', () => {
  let worker: Worker;
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const notifications: { method: string; params: unknown }[] = [];
  const listeners: (() => void)[] = [];

  const request = <R>(method: string, params: unknown) =>
    withTimeout(
      new Promise<R>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve as (r: unknown) => void);
        worker.postMessage({ jsonrpc: '2.0', id, method, params });
      }),
      20_000,
      `${method} unanswered`,
    );
  const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const waitFor = (accept: (n: { method: string; params: unknown }) => boolean) =>
    withTimeout(
      new Promise<{ method: string; params: unknown }>((resolve) => {
        const check = () => {
          const found = notifications.find(accept);
          if (found) resolve(found);
          else listeners.push(check);
        };
        check();
      }),
      20_000,
      'notification not received',
    );

  before(() => {
    assert.ok(existsSync(bundle), `Build first: ${bundle} is missing`);
    worker = new Worker(shim, { eval: true, workerData: { bundle } });
    worker.on('message', (m: { id?: number; method?: string; params?: unknown; result?: unknown }) => {
      if (m.method && m.id === undefined) {
        notifications.push({ method: m.method, params: m.params });
        listeners.splice(0).forEach((l) => l());
      } else if (m.method && m.id !== undefined) {
        worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null }); // requests from the server
      } else if (m.id !== undefined) pending.get(m.id)?.(m.result);
    });
  });
  after(() => worker.terminate());

  it('initializes, checks a seed like checkText, and answers the outline', async () => {
    const init = await request<{ capabilities: { documentSymbolProvider?: boolean } }>('initialize', {
      processId: null,
      rootUri: null,
      locale: 'zh-cn',
      capabilities: {},
    });
    assert.equal(init.capabilities.documentSymbolProvider, true);
    notify('initialized', {});
    const seed = seeds()[3];
    const uri = 'vscode-vfs://github/report.txt';
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ogi-report', version: 1, text: seed.text } });
    const published = await waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri);
    assert.deepEqual(essentials((published.params as PublishDiagnosticsParams).diagnostics), expectedDiagnostics(seed.text, { locale: 'zh-CN' }));
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].children?.filter((c) => c.kind === 2).length, 6);
  });
});
