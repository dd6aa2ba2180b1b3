// Edit → diagnostics latency of a report whose prior year is NOT open, with a workspace folder
// of report files on disk: the cost of looking for last year's report on every check.
//
// Three cases: no workspace folder (engine only), a folder without last year's report (the
// whole folder is searched in vain), and a folder with it on disk (sorted last, so found last).
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../lsp/client';
import { digitEdits, openReport } from '../lsp/edits';
import { notAvailable, type Measure } from '../lib/result';
import { percentile } from '../lib/stats';

export interface PriorYearOptions {
  /** Report files copied into the workspace folder. */
  files: number;
  edits: number;
  /** Whether the client offers workspace/didChangeWatchedFiles. */
  watch: boolean;
}

const CASES = [
  { id: 'none', label: 'no workspace folder', withFolder: false, withPrior: false },
  { id: 'miss', label: 'folder without last year’s report', withFolder: true, withPrior: false },
  { id: 'found', label: 'last year’s report on disk', withFolder: true, withPrior: true },
] as const;

/** The three cases over the reports of `corpusDir`; the first report is the one edited. */
export async function priorYearLookup(serverPath: string, corpusDir: string, options: PriorYearOptions): Promise<Measure[]> {
  if (!existsSync(serverPath)) return [notAvailable('lsp.prior', 'server: prior-year lookup', 'ms', `not available: ${serverPath} not built`)];
  const names = readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort();
  const thisYear = readFileSync(join(corpusDir, names[0]), 'utf8');
  const titleLine = thisYear.split('\n', 1)[0];
  const year = /(\d{4})\s*年/.exec(titleLine)!;
  const agency = titleLine.slice(0, year.index).replace(/^[#\s]+/, '').trim();
  const lastYear = thisYear.replace(titleLine, titleLine.replace(year[0], `${Number(year[1]) - 1}年`));
  // The folder holds other agencies' reports only, so that the generated last-year file is the one match.
  const others = names.slice(1).filter((n) => !readFileSync(join(corpusDir, n), 'utf8').split('\n', 1)[0].includes(agency));

  const out: Measure[] = [];
  for (const c of CASES) {
    let folder: string | undefined;
    if (c.withFolder) {
      folder = mkdtempSync(join(tmpdir(), 'ogi-bench-prior-'));
      for (const name of others.slice(0, options.files)) copyFileSync(join(corpusDir, name), join(folder, name));
      if (c.withPrior) writeFileSync(join(folder, 'zz-last-year.txt'), lastYear);
    }
    try {
      const { samples, prior } = await run(serverPath, folder, thisYear, options);
      const expected = c.withPrior ? prior > 0 : prior === 0;
      out.push({
        id: `lsp.prior.${c.id}`,
        label: `server: prior year not open, ${c.label}${c.withFolder ? ` (${options.files} report files)` : ''}, didChange → diagnostics, p50`,
        value: percentile(samples, 50),
        unit: 'ms',
        note: `p99 ${percentile(samples, 99).toFixed(1)} ms${expected ? '' : `; unexpected: ${prior} prior-year findings at open`}`,
      });
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  }
  return out;
}

async function run(serverPath: string, folder: string | undefined, text: string, options: PriorYearOptions): Promise<{ samples: number[]; prior: number }> {
  const client = await startServer(serverPath, { folder, watchFiles: options.watch });
  try {
    const uri = 'file:///elsewhere/this-year.txt';
    const opened = await openReport(client, uri, text);
    const prior = opened.filter((d: { code: string }) => d.code === 'prior-year').length;
    const samples = await digitEdits(client, uri, text, options.edits);
    return { samples, prior };
  } finally {
    await client.shutdown();
  }
}
