// Diagnostics over the real protocol: push and pull, locales, incremental edits, versions.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkText, LineIndex } from '../../server/src/engine';
import type { DocumentDiagnosticReport, FullDocumentDiagnosticReport, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { seeds, TestClient } from './client';
import { essentials, expectedDiagnostics } from './helpers';

describe('diagnostics pushed to a client without pull support', () => {
  let client: TestClient;
  before(async () => (client = await TestClient.start({ locale: 'en' })));
  after(async () => assert.equal(await client.stop(), 0));

  it('announces incremental sync and the features, and no pull diagnostics', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.diagnosticProvider, undefined);
    for (const feature of ['documentSymbolProvider', 'workspaceSymbolProvider', 'hoverProvider', 'foldingRangeProvider', 'documentFormattingProvider'] as const) {
      assert.equal(caps[feature], true, feature);
    }
    assert.ok(caps.codeLensProvider && caps.completionProvider && caps.codeActionProvider);
  });

  for (const seed of seeds()) {
    it(`${seed.name}: the published findings are checkText's, with code links, source and fixes as data`, async () => {
      const uri = `file:///seeds/${seed.name}`;
      await client.open(uri, seed.text, 'ogi-report', 7);
      const published = await client.waitForDiagnostics(uri);
      assert.equal(published.version, 7);
      const expected = expectedDiagnostics(seed.text, { locale: 'en' });
      assert.ok(expected.length > 0, 'each seed has findings');
      assert.deepEqual(essentials(published.diagnostics), expected);
      const engine = checkText(seed.text, { locale: 'en' }).diagnostics;
      published.diagnostics.forEach((d, i) => {
        assert.equal(d.source, 'ogi-report');
        assert.equal(d.codeDescription?.href, `https://github.com/ogi-report/ogi-report/blob/main/docs/rules.md#${d.code}`);
        assert.deepEqual((d.data as { fixes: unknown }).fixes, engine[i].fixes);
        assert.deepEqual(
          d.relatedInformation?.map((r) => ({ range: r.location.range, message: r.message, uri: r.location.uri })),
          engine[i].related.map((r) => ({ range: r.range, message: r.message, uri })),
        );
      });
      await client.close(uri);
    });
  }

  it('an edit that breaks a total raises a finding for that version; restoring it clears it', async () => {
    const seed = seeds()[0];
    const uri = 'file:///edit/break.txt';
    await client.open(uri, seed.text, 'ogi-report', 1);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const arithmetic = (ds: { code?: unknown }[]) => ds.filter((d) => ['row-total', 'outcome-total', 'balance'].includes(String(d.code)));
    assert.equal(arithmetic(first.diagnostics).length, 0);

    const { cell, range } = firstValueCell(seed.text);
    const broken = String(Number(cell.raw) + 5);
    const texts = new Map<number, string>([[1, seed.text]]);
    const edit = (version: number, text: string, change: TextDocumentContentChangeEvent) => {
      texts.set(version, text);
      return client.change(uri, version, [change]);
    };
    const brokenText = seed.text.slice(0, cell.span.start) + broken + seed.text.slice(cell.span.end);
    await edit(2, brokenText, { range, text: broken });
    const second = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(arithmetic(second.diagnostics).length > 0, 'the broken total is reported');

    const brokenRange = { start: range.start, end: { line: range.start.line, character: range.start.character + broken.length } };
    await edit(3, seed.text, { range: brokenRange, text: cell.raw });
    const third = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(essentials(third.diagnostics), expectedDiagnostics(seed.text, { locale: 'en' }));

    // A burst of edits: whatever is published belongs to the version it names.
    let text = seed.text;
    for (let v = 4; v <= 12; v++) {
      const value = String(v);
      const current = new LineIndex(text);
      const start = firstValueCell(text).cell.span;
      await edit(v, (text = text.slice(0, start.start) + value + text.slice(start.end)), {
        range: current.range(start),
        text: value,
      });
    }
    await client.waitForDiagnostics(uri, (p) => p.version === 12);
    let last = 0;
    for (const p of client.publishedFor(uri)) {
      assert.ok(p.version !== undefined && p.version >= last, `versions never go back (${p.version} after ${last})`);
      last = p.version!;
      assert.deepEqual(essentials(p.diagnostics), expectedDiagnostics(texts.get(p.version!)!, { locale: 'en' }), `version ${p.version}`);
    }
    await client.close(uri);
  });
});

describe('diagnostics pulled by a client that supports it', () => {
  let client: TestClient;
  before(async () => (client = await TestClient.start({ pull: true, locale: 'zh-CN' })));
  after(async () => assert.equal(await client.stop(), 0));

  it('announces pull diagnostics', () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
  });

  for (const seed of seeds()) {
    it(`${seed.name}: the pulled report is checkText's, in Chinese`, async () => {
      const uri = `file:///pull/${seed.name}`;
      await client.open(uri, seed.text);
      const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.deepEqual(essentials((report as FullDocumentDiagnosticReport).items), expectedDiagnostics(seed.text, { locale: 'zh-CN' }));
      assert.equal(client.publishedFor(uri).length, 0, 'nothing is pushed to a pull client');
      await client.close(uri);
    });
  }

  it('a request for a version that changed meanwhile is cancelled for a retrigger, never answered stale', async () => {
    await client.changeSettings({ debounce: 200 });
    const seed = seeds()[1];
    const uri = 'file:///pull/stale.txt';
    await client.open(uri, seed.text);
    const pending = client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    await client.change(uri, 2, [{ text: '' }]);
    await assert.rejects(pending, (e: { code?: number; data?: { retriggerRequest?: boolean } }) => e.code === -32802 && e.data?.retriggerRequest === true);
    const fresh = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(essentials(fresh.items), expectedDiagnostics('', { locale: 'zh-CN' }));
    await client.changeSettings({});
    await client.close(uri);
  });

  it('a settings change asks the client to pull again, and the new pull follows the settings', async () => {
    const seed = seeds()[0];
    const uri = 'file:///pull/settings.txt';
    await client.open(uri, seed.text);
    const seen = client.refreshes;
    await client.changeSettings({ rules: { punctuation: 'off' } });
    await client.waitForRefresh(seen);
    const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(essentials(report.items), expectedDiagnostics(seed.text, { locale: 'zh-CN', rules: { punctuation: 'off' } }));
    await client.changeSettings({});
    await client.close(uri);
  });

  it('a cancelled request is answered with RequestCancelled', async () => {
    await client.changeSettings({ debounce: 300 });
    const uri = 'file:///pull/cancel.txt';
    await client.open(uri, seeds()[0].text);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    await client.changeSettings({});
    await client.close(uri);
  });
});

/** The first value cell of the application table, with its LSP range. */
function firstValueCell(text: string) {
  const result = checkText(text);
  const table = result.model.tables.find((t) => t.tableId === 'application')!;
  const cell = table.rows[0].cells.find((c) => c.value !== null)!;
  return { cell, range: new LineIndex(text).range(cell.span) };
}
