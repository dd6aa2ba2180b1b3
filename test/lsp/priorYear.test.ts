// Last year's report on disk, kept track of with file events rather than a scan per check:
// what the server registers, what each event changes, and what a client without events gets.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { checkText } from '../../server/src/engine';
import { renderReport } from '../../server/src/engine/render/report';
import { seeds, TestClient } from './client';

const seed = seeds()[0];
const title = checkText(seed.text).model.title!;
/** Last year's report; each column carried forward that this year's report does not carry over is one finding, and the total another. */
const lastYear = (carriedForward: number[], agency = title.agency!) =>
  renderReport({ agency, year: title.year! - 1, values: new Map([['application', new Map([['carriedForward', carriedForward]])]]) });
const TWO = [3, 0, 0, 0, 0, 0, 3];
const THREE = [3, 3, 0, 0, 0, 0, 6];

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-prior-watch-'));
  folders.push(dir);
  // Other reports around it, as in a real folder of reports.
  writeFileSync(join(dir, 'notes.md'), '# notes\n');
  writeFileSync(join(dir, 'other-agency.txt'), lastYear(THREE, '另一个局'));
  return dir;
}

const uri = 'file:///elsewhere/this-year.txt';
const priorFindings = (diagnostics: { code?: unknown }[]) => diagnostics.filter((d) => d.code === 'prior-year').length;

const lines = seed.text.split('\n');
const end = { line: lines.length - 1, character: lines[lines.length - 1].length };

/** Edits this year's report (a space added at the end, then taken away) and answers its prior-year findings. */
async function edit(client: TestClient, version: number): Promise<number> {
  const from = client.published.length;
  const change = version % 2 === 0 ? { range: { start: end, end }, text: ' ' } : { range: { start: end, end: { ...end, character: end.character + 1 } }, text: '' };
  await client.change(uri, version, [change]);
  return priorFindings((await client.waitForDiagnostics(uri, (p) => p.version === version, from)).diagnostics);
}

const fileUri = (path: string) => pathToFileURL(path).href;

/** Sends one file event and answers the prior-year findings of the re-check it causes. */
async function afterEvent(client: TestClient, path: string, type: FileChangeType): Promise<number> {
  const from = client.published.length;
  await client.filesChanged([{ uri: fileUri(path), type }]);
  return priorFindings((await client.waitForDiagnostics(uri, () => true, from)).diagnostics);
}

/** A client with file watching, the server's watchers registered, this year's report open. */
async function start(dir: string, options: { watchFiles?: boolean; env?: Record<string, string> } = { watchFiles: true }) {
  const client = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href], ...options });
  if (options.watchFiles) await client.waitForRegistration('workspace/didChangeWatchedFiles');
  await client.open(uri, seed.text);
  const opened = priorFindings((await client.waitForDiagnostics(uri)).diagnostics);
  return { client, opened };
}

/** `start` with last year's report (two carried forward) written first as last-year.txt of a fresh folder. */
async function startWithLastYear(options?: Parameters<typeof start>[1]) {
  const dir = folder();
  const path = join(dir, 'last-year.txt');
  writeFileSync(path, lastYear(TWO));
  return { path, ...(await start(dir, options)) };
}

describe('last year’s report on disk, with file events', () => {
  it('the server asks the client to watch report files, and folders coming and going', async () => {
    const { client } = await start(folder());
    const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!;
    const watchers = (registration.registerOptions as { watchers: { globPattern: string; kind?: number }[] }).watchers;
    assert.deepEqual(watchers.map((w) => w.globPattern), ['**/*.{txt,md,markdown,ogi}', '**/*']);
    assert.equal(watchers[1].kind, 1 | 4, 'created and deleted only');
    assert.equal(await client.stop(), 0);
  });

  it('without the capability, nothing is registered', async () => {
    const { client } = await start(folder(), {});
    assert.equal(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), false);
    assert.equal(await client.stop(), 0);
  });

  it('found on disk; a change on disk is used once the event arrives, and not before', async () => {
    const { path, client, opened } = await startWithLastYear();
    assert.equal(opened, 2, 'the natural-person column and the total');
    assert.equal(await edit(client, 2), 2);

    // Changed on disk, no event yet: the text read before is still the one used.
    writeFileSync(path, lastYear(THREE));
    assert.equal(await edit(client, 3), 2);

    assert.equal(await afterEvent(client, path, FileChangeType.Changed), 3, 're-checked on the event, with the new text');
    assert.equal(await edit(client, 4), 3);
    assert.equal(await client.stop(), 0);
  });

  it('deleted: no longer used', async () => {
    const { path, client, opened } = await startWithLastYear();
    assert.equal(opened, 2);
    rmSync(path);
    assert.equal(await afterEvent(client, path, FileChangeType.Deleted), 0);
    assert.equal(await edit(client, 2), 0);
    assert.equal(await client.stop(), 0);
  });

  it('the folder is not scanned again per check: a file added without an event is not seen until one arrives', async () => {
    const dir = folder();
    const { client, opened } = await start(dir);
    assert.equal(opened, 0);
    const path = join(dir, 'sub', 'last-year.md');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(path, lastYear(TWO));
    assert.equal(await edit(client, 2), 0);
    assert.equal(await edit(client, 3), 0);
    assert.equal(await afterEvent(client, path, FileChangeType.Created), 2);
    assert.equal(await client.stop(), 0);
  });

  it('changes the editor never reports (folders excluded from watching) are seen once the listing ages', async () => {
    const dir = folder();
    const { client, opened } = await start(dir, { watchFiles: true, env: { OGI_REPORT_WATCHED_RESCAN_MS: '0' } });
    assert.equal(opened, 0);
    const path = join(dir, 'excluded', 'last-year.md');
    mkdirSync(join(dir, 'excluded'));
    writeFileSync(path, lastYear(TWO));
    assert.equal(await edit(client, 2), 2, 'added without an event: found by the next scan');
    writeFileSync(path, lastYear(THREE) + '\n');
    assert.equal(await edit(client, 3), 3, 'changed without an event: read again');
    assert.equal(await client.stop(), 0);
  });

  it('a folder moved away and back, reported as the folder alone', async () => {
    const dir = folder();
    const sub = join(dir, 'archive');
    mkdirSync(sub);
    writeFileSync(join(sub, 'last-year.txt'), lastYear(TWO));
    const { client, opened } = await start(dir);
    assert.equal(opened, 2);

    const away = join(dir, '.trash');
    renameSync(sub, away);
    assert.equal(await afterEvent(client, sub, FileChangeType.Deleted), 0);

    renameSync(away, sub);
    assert.equal(await afterEvent(client, sub, FileChangeType.Created), 2);
    assert.equal(await client.stop(), 0);
  });

  it('open documents still come first, and saving one re-checks nothing else', async () => {
    const { path, client, opened } = await startWithLastYear();
    assert.equal(opened, 2);
    // Last year's report opened and edited in the editor: its text, not the file's, counts.
    await client.open(fileUri(path), lastYear(THREE));
    assert.equal(await edit(client, 2), 3);
    // Saved: the file's event must not trigger a re-check of the others.
    writeFileSync(path, lastYear(THREE));
    const before = client.publishedFor(uri).length;
    await client.filesChanged([{ uri: fileUri(path), type: FileChangeType.Changed }]);
    // A later edit's publication is the next one for this year's report.
    assert.equal(await edit(client, 3), 3);
    assert.equal(client.publishedFor(uri).length, before + 1);
    // Closed: the file on disk is read again (it changed since it was last read).
    await client.close(fileUri(path));
    assert.equal(await edit(client, 4), 3);
    assert.equal(await client.stop(), 0);
  });
});

describe('last year’s report on disk, without file events', () => {
  it('a file added on disk is seen at the next check once the re-scan interval has passed', async () => {
    const dir = folder();
    const { client, opened } = await start(dir, { env: { OGI_REPORT_RESCAN_MS: '0' } });
    assert.equal(opened, 0);
    writeFileSync(join(dir, 'last-year.txt'), lastYear(TWO));
    assert.equal(await edit(client, 2), 2);
    assert.equal(await client.stop(), 0);
  });

  it('within the interval the folder is not scanned again', async () => {
    const dir = folder();
    // An interval far longer than the test: deterministic, whatever the machine's speed.
    const { client, opened } = await start(dir, { env: { OGI_REPORT_RESCAN_MS: '3600000' } });
    assert.equal(opened, 0);
    writeFileSync(join(dir, 'last-year.txt'), lastYear(TWO));
    assert.equal(await edit(client, 2), 0);
    assert.equal(await edit(client, 3), 0);
    assert.equal(await client.stop(), 0);
  });

  it('the found file is stat-ed per check, and read again once it changed', async () => {
    const { path, client, opened } = await startWithLastYear({ env: { OGI_REPORT_RESCAN_MS: '3600000' } });
    assert.equal(opened, 2);
    writeFileSync(path, lastYear(THREE));
    assert.equal(await edit(client, 2), 3);
    rmSync(path);
    assert.equal(await edit(client, 3), 0, 'gone: not used');
    assert.equal(await client.stop(), 0);
  });
});
