// Edit → diagnostics latency of a report whose prior year is NOT open, with a workspace folder
// of report files on disk: the cost of looking for last year's report on every check.
//
//   node --import tsx bench/lsp/prior-year.ts [--server dist/server.js] [--files 300] [--edits 100]
//        [--corpus bench/corpus] [--no-watch]
//
// The corpus is the one `npm run bench` writes to bench/corpus.
//
// Three cases: no workspace folder (engine only), a folder without last year's report (the
// whole folder is searched in vain), and a folder with it on disk (sorted last, so found last).
// --no-watch: a client without workspace.didChangeWatchedFiles.dynamicRegistration.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { percentile } from '../lib/stats';
import { LspClient } from './client';
import { digitEdits, openReport } from './edits';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'dist/server.js' },
    files: { type: 'string', default: '300' },
    edits: { type: 'string', default: '100' },
    corpus: { type: 'string', default: join(import.meta.dirname, '../corpus') },
    'no-watch': { type: 'boolean', default: false },
  },
});
const serverPath = resolve(values.server!);
const files = Number(values.files);
const edits = Number(values.edits);
const watch = !values['no-watch'];

const names = readdirSync(values.corpus!).filter((n) => n.endsWith('.txt')).sort();
// The edited report: the first of the corpus. Its workspace copies are left out of the folder,
// so that only the generated last-year file can match.
const thisYear = readFileSync(join(values.corpus!, names[0]), 'utf8');
const titleLine = thisYear.split('\n', 1)[0];
const year = Number(/(\d{4})年/.exec(titleLine)![1]);
const lastYear = thisYear.replace(titleLine, titleLine.replace(`${year}年`, `${year - 1}年`));

function makeFolder(withPrior: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-prior-'));
  for (const name of names.slice(1, files + 1)) copyFileSync(join(values.corpus!, name), join(dir, name));
  if (withPrior) writeFileSync(join(dir, 'zz-last-year.txt'), lastYear);
  return dir;
}

async function run(folder: string | undefined): Promise<{ samples: number[]; prior: number }> {
  const client = new LspClient(process.execPath, [serverPath, '--stdio']);
  const folderUri = folder ? pathToFileURL(folder).href : null;
  await client.request('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'reports' }] : null,
    capabilities: {
      workspace: { workspaceFolders: true, ...(watch ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
    initializationOptions: { settings: { debounce: 0 } },
  });
  client.notify('initialized', {});
  const uri = 'file:///elsewhere/this-year.txt';
  const opened = await openReport(client, uri, thisYear);
  const prior = opened.filter((d: { code: string }) => d.code === 'prior-year').length;
  const samples = await digitEdits(client, uri, thisYear, edits);
  await client.shutdown();
  return { samples, prior };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
async function main(): Promise<void> {
  console.log(`server ${serverPath}, ${files} report files, ${edits} edits, client ${watch ? 'with' : 'without'} file watching`);
  for (const [label, withFolder, withPrior] of [
    ['no workspace folder', false, false],
    ['folder, no prior year', true, false],
    ['folder, prior year on disk', true, true],
  ] as const) {
    const folder = withFolder ? makeFolder(withPrior) : undefined;
    try {
      const { samples, prior } = await run(folder);
      console.log(`${label.padEnd(28)} p50 ${ms(percentile(samples, 50))}  p99 ${ms(percentile(samples, 99))}  (prior-year findings at open: ${prior})`);
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  }
}

void main();
