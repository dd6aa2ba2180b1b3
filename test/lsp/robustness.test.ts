// Which documents are checked, settings applied without restart, huge and binary input,
// last year's report from the workspace, and a clean shutdown.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../server/src/engine';
import { renderReport } from '../../server/src/engine/render/report';
import type { DocumentSymbol, FullDocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { seeds, TestClient, withTimeout } from './client';
import { essentials, expectedDiagnostics } from './helpers';

describe('which documents are checked', () => {
  let client: TestClient;
  before(async () => (client = await TestClient.start()));
  after(async () => assert.equal(await client.stop(), 0));
  const seed = seeds()[2];

  it('a plain-text or Markdown file that looks like a report is checked', async () => {
    for (const languageId of ['plaintext', 'markdown']) {
      const uri = `file:///detect/report.${languageId}`;
      await client.open(uri, seed.text, languageId);
      const published = await client.waitForDiagnostics(uri);
      assert.deepEqual(essentials(published.diagnostics), expectedDiagnostics(seed.text, { locale: 'en' }));
    }
  });

  it('other plain text, other languages, and detection turned off get nothing', async () => {
    await client.open('file:///detect/notes.txt', 'Shopping list: milk, eggs.\n', 'plaintext');
    await client.open('file:///detect/code.js', seed.text, 'javascript');
    // The sentinel goes through the same queue: once it is answered, the others were handled.
    await client.open('file:///detect/sentinel.txt', seed.text, 'ogi-report');
    await client.waitForDiagnostics('file:///detect/sentinel.txt');
    assert.equal(client.publishedFor('file:///detect/notes.txt').length, 0);
    assert.equal(client.publishedFor('file:///detect/code.js').length, 0);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///detect/notes.txt' } });
    assert.deepEqual(symbols, []);

    await client.changeSettings({ detect: false });
    const from = client.published.length;
    await client.open('file:///detect/off.txt', seed.text, 'plaintext');
    await client.open('file:///detect/sentinel2.txt', seed.text, 'ogi-report');
    await client.waitForDiagnostics('file:///detect/sentinel2.txt', () => true, from);
    const off = client.published.slice(from).filter((p) => p.uri === 'file:///detect/off.txt');
    assert.deepEqual(off, [], 'nothing with detection off');
    await client.changeSettings({});
  });
});

describe('settings', () => {
  let client: TestClient;
  before(async () => (client = await TestClient.start({ settings: { rules: { punctuation: 'off' } } })));
  after(async () => assert.equal(await client.stop(), 0));

  it('rules and formatVersion are passed to the check, and a change re-checks without restart', async () => {
    const seed = seeds()[0];
    const uri = 'file:///settings/report.txt';
    await client.open(uri, seed.text);
    const first = await client.waitForDiagnostics(uri);
    assert.deepEqual(essentials(first.diagnostics), expectedDiagnostics(seed.text, { locale: 'en', rules: { punctuation: 'off' } }));
    assert.ok(!first.diagnostics.some((d) => d.code === 'punctuation'));

    const settings = { rules: { punctuation: 'warning', label: 'error' }, formatVersion: '2019' } as const;
    const from = client.published.length;
    await client.changeSettings(settings);
    const second = await client.waitForDiagnostics(uri, () => true, from);
    const expected = expectedDiagnostics(seed.text, { locale: 'en', ...settings });
    assert.deepEqual(essentials(second.diagnostics), expected);
    assert.ok(second.diagnostics.some((d) => d.code === 'punctuation' && d.severity === 2));
    assert.notDeepEqual(expected, essentials(first.diagnostics));
  });
});

describe('settings pushed to a server that cannot pull them', () => {
  it('initializationOptions first, then didChangeConfiguration', async () => {
    const client = await TestClient.start({
      configuration: false,
      initializationOptions: { settings: { debounce: 0, rules: { punctuation: 'off' } } },
    });
    const seed = seeds()[0];
    const uri = 'file:///pushed/report.txt';
    await client.open(uri, seed.text);
    const first = await client.waitForDiagnostics(uri);
    assert.deepEqual(essentials(first.diagnostics), expectedDiagnostics(seed.text, { locale: 'en', rules: { punctuation: 'off' } }));
    const from = client.published.length;
    await client.changeSettings({ rules: { label: 'off' } }, true);
    const second = await client.waitForDiagnostics(uri, () => true, from);
    assert.deepEqual(essentials(second.diagnostics), expectedDiagnostics(seed.text, { locale: 'en', rules: { label: 'off' } }));
    assert.equal(await client.stop(), 0);
  });
});

describe('huge and binary documents', () => {
  let client: TestClient;
  before(async () => (client = await TestClient.start({ pull: true, locale: 'zh-CN' })));
  after(async () => assert.equal(await client.stop(), 0));

  it('a 10 MB report gets one size-limit finding, and another document is still answered', async () => {
    const seed = seeds()[0];
    const huge = seed.text.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed.text)));
    await client.open('file:///big/huge.txt', huge);
    await client.open('file:///big/small.txt', seed.text);
    const [hugeReport, symbols] = await withTimeout(
      Promise.all([
        client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: 'file:///big/huge.txt' } }),
        client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///big/small.txt' } }),
      ]),
      20_000,
      'the server blocked',
    );
    assert.equal(hugeReport.items.length, 1);
    const [finding] = hugeReport.items;
    assert.equal(finding.code, 'size-limit');
    assert.equal(finding.severity, 3);
    assert.match(String(finding.message), /已跳过/);
    assert.match(String(finding.message), /skipped/);
    assert.equal(symbols.length, 1);
    const hugeSymbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///big/huge.txt' } });
    assert.deepEqual(hugeSymbols, []);
  });

  it('binary garbage neither crashes nor blocks the server', async () => {
    const bytes = Buffer.alloc(1024 * 1024);
    for (let i = 0, x = 7; i < bytes.length; i++) bytes[i] = x = (x * 1103515245 + 12345) & 0xff;
    const garbage = bytes.toString('latin1');
    await client.open('file:///big/garbage.bin', garbage);
    const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: 'file:///big/garbage.bin' } });
    assert.deepEqual(essentials(report.items), expectedDiagnostics(garbage, { locale: 'zh-CN' }));
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens', 'textDocument/formatting']) {
      await client.request(method, { textDocument: { uri: 'file:///big/garbage.bin' }, options: { tabSize: 4, insertSpaces: true } });
    }
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///big/garbage.bin' }, position: { line: 3, character: 2 } });
    assert.equal(hover, null);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///big/small.txt' } });
    assert.equal(symbols.length, 1);
    assert.equal(client.child.exitCode, null);
  });
});

describe('last year’s report', () => {
  const seed = seeds()[0];
  const title = checkText(seed.text).model.title!;
  const folder = mkdtempSync(join(tmpdir(), 'ogi-prior-'));
  const carriedForward = [3, 0, 0, 0, 0, 0, 3];
  writeFileSync(
    join(folder, 'last-year.txt'),
    renderReport({ agency: title.agency!, year: title.year! - 1, values: new Map([['application', new Map([['carriedForward', carriedForward]])]]) }),
  );

  it('found among the workspace files, it is compared with this year’s carried-over figures', async () => {
    const client = await TestClient.start({ workspaceFolders: [pathToFileURL(folder).href] });
    const uri = 'file:///elsewhere/this-year.txt';
    await client.open(uri, seed.text);
    const published = await client.waitForDiagnostics(uri);
    const prior = published.diagnostics.filter((d) => d.code === 'prior-year');
    assert.equal(prior.length, 2, 'the natural-person column and the total');
    assert.equal(await client.stop(), 0);
  });

  it('a workspace folder added later is searched too', async () => {
    const client = await TestClient.start();
    const uri = 'file:///later/this-year.txt';
    await client.open(uri, seed.text);
    const first = await client.waitForDiagnostics(uri);
    assert.equal(first.diagnostics.filter((d) => d.code === 'prior-year').length, 0);
    const from = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: pathToFileURL(folder).href, name: 'reports' }], removed: [] },
    });
    const second = await client.waitForDiagnostics(uri, () => true, from);
    assert.equal(second.diagnostics.filter((d) => d.code === 'prior-year').length, 2);
    assert.equal(await client.stop(), 0);
  });

  it('open in the editor, it counts too', async () => {
    const client = await TestClient.start();
    await client.open('file:///open/last-year.txt', renderReport({ agency: title.agency!, year: title.year! - 1, values: new Map([['application', new Map([['carriedForward', carriedForward]])]]) }));
    const uri = 'file:///open/this-year.txt';
    await client.open(uri, seed.text);
    const published = await client.waitForDiagnostics(uri);
    assert.equal(published.diagnostics.filter((d) => d.code === 'prior-year').length, 2);
    assert.equal(await client.stop(), 0);
  });

  it('without it, no such finding', async () => {
    const client = await TestClient.start();
    const uri = 'file:///elsewhere/this-year.txt';
    await client.open(uri, seed.text);
    const published = await client.waitForDiagnostics(uri);
    assert.equal(published.diagnostics.filter((d) => d.code === 'prior-year').length, 0);
    assert.equal(await client.stop(), 0);
  });
});
