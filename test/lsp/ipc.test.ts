// The Node server over `--node-ipc`, the transport VS Code's desktop client uses.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { describe, it } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { seeds, serverPath, withTimeout } from './client';
import { essentials, expectedDiagnostics } from './helpers';

describe('node-ipc transport', () => {
  it('initializes, publishes checkText’s findings, shuts down and exits', async () => {
    const child = fork(serverPath, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const seed = seeds()[1];
    const uri = 'file:///ipc/report.txt';
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'zh-Hans', capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ogi-report', version: 1, text: seed.text } });
    const p = await withTimeout(published, 20_000, 'no diagnostics over IPC');
    assert.deepEqual(essentials(p.diagnostics), expectedDiagnostics(seed.text, { locale: 'zh-CN' }));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await withTimeout(exited, 10_000, 'no exit'), 0);
    connection.dispose();
  });
});
