// The language server as an editor sees it: edit → fresh diagnostics latency, outline and
// code action latency, and resident memory with many open reports.
import { existsSync, readFileSync } from 'node:fs';
import { checkText } from '../../server/src/engine';
import { generateReport } from '../corpus';
import { startServer, type LspClient } from '../lsp/client';
import { digitEdits, openReport } from '../lsp/edits';
import { notAvailable, type Measure } from '../lib/result';
import { reportOfSize } from '../lib/sized';
import { percentile } from '../lib/stats';

const COLD_EDITS = 20;

/** Opens a document, then times single-character edits of it. */
async function editLatency(client: LspClient, uri: string, text: string, edits: number): Promise<number[]> {
  await openReport(client, uri, text);
  return digitEdits(client, uri, text, edits);
}

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

export async function languageServer(serverPath: string, options: { edits: number; openReports: number }): Promise<Measure[]> {
  const targets = { p99: '≤ 10', rss: '≤ 200' };
  if (!existsSync(serverPath)) {
    const why = `not available: ${serverPath} not built`;
    return [
      notAvailable('lsp.edit.p50.20k', 'server: 20 KB report, didChange → diagnostics, p50', 'ms', why),
      notAvailable('lsp.edit.p99.20k', 'server: 20 KB report, didChange → diagnostics, p99', 'ms', why, targets.p99),
      notAvailable('lsp.rss.open', `server: RSS with ${options.openReports} open reports`, 'MB', why, targets.rss),
    ];
  }
  const out: Measure[] = [];
  const client = await startServer(serverPath);
  try {
    // The first edits after start-up run while V8 is still optimising the engine (and the
    // server's own warm-up): reported apart, so the steady state is not hidden behind them.
    const all = await editLatency(client, 'file:///bench/report-20k.txt', reportOfSize(20_000), COLD_EDITS + options.edits);
    const cold = all.slice(0, COLD_EDITS);
    const small = all.slice(COLD_EDITS);
    out.push({
      id: 'lsp.edit.cold.20k',
      label: `server: 20 KB report, first ${COLD_EDITS} edits after start-up, p50 / max`,
      value: percentile(cold, 50),
      unit: 'ms',
      note: `max ${Math.max(...cold).toFixed(1)} ms`,
    });
    const p99 = percentile(small, 99);
    out.push({ id: 'lsp.edit.p50.20k', label: `server: 20 KB report, ${options.edits} edits after those, didChange → diagnostics, p50`, value: percentile(small, 50), unit: 'ms' });
    out.push({ id: 'lsp.edit.p99.20k', label: 'server: 20 KB report, didChange → diagnostics, p99', value: p99, unit: 'ms', target: targets.p99, met: p99 <= 10 });
    // A report being written: cut after the start of §三, so sections, tables and rows are
    // missing and many findings carry fixes that would each cost a full check to verify.
    const full = reportOfSize(20_000);
    const draft = full.slice(0, full.indexOf('三、') + 200);
    const drafting = await editLatency(client, 'file:///bench/draft.txt', draft, options.edits);
    out.push({
      id: 'lsp.edit.draft',
      label: `server: half-written report (${(draft.length / 1000).toFixed(1)} K chars), ${options.edits} edits, p50 / p99`,
      value: percentile(drafting, 50),
      unit: 'ms',
      note: `p99 ${percentile(drafting, 99).toFixed(1)} ms`,
    });
    const bigText = reportOfSize(1_000_000);
    const big = await editLatency(client, 'file:///bench/report-1m.txt', bigText, options.edits);
    out.push({ id: 'lsp.edit.p50.1m', label: `server: 1 MB report, ${options.edits} edits, didChange → diagnostics, p50`, value: percentile(big, 50), unit: 'ms' });
    out.push({ id: 'lsp.edit.p99.1m', label: 'server: 1 MB report, didChange → diagnostics, p99', value: percentile(big, 99), unit: 'ms' });

    const uri = 'file:///bench/report-20k.txt';
    const symbols: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = process.hrtime.bigint();
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      symbols.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    out.push({ id: 'lsp.documentSymbol.p50', label: 'server: documentSymbol on 20 KB, p50', value: percentile(symbols, 50), unit: 'ms' });

    // A code action where the report has a finding: a faulty report with a wrong total.
    const faultyUri = 'file:///bench/faulty.txt';
    const faulty = generateReport(5, { layout: 'tabs', version: '2021', fault: 'misspelled-heading' }).text;
    const diagnostics = await openReport(client, faultyUri, faulty);
    const target = diagnostics[0] ?? { range: checkText(faulty).diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    const actions: number[] = [];
    let count = 0;
    for (let i = 0; i < 50; i++) {
      const start = process.hrtime.bigint();
      const result = await client.request<unknown[]>('textDocument/codeAction', {
        textDocument: { uri: faultyUri },
        range: target.range,
        context: { diagnostics: diagnostics.filter((d: any) => d.range.start.line === target.range.start.line) },
      });
      actions.push(Number(process.hrtime.bigint() - start) / 1e6);
      count = result?.length ?? 0;
    }
    out.push({ id: 'lsp.codeAction.p50', label: `server: codeAction at a finding (${count} actions), p50`, value: percentile(actions, 50), unit: 'ms' });

    for (const u of ['file:///bench/report-1m.txt', faultyUri]) client.notify('textDocument/didClose', { textDocument: { uri: u } });
    for (let i = 0; i < options.openReports; i++) await openReport(client, `file:///bench/open/${i}.txt`, generateReport(1000 + i).text);
    const rss = rssMB(client.process.pid!);
    out.push({ id: 'lsp.rss.open', label: `server: RSS with ${options.openReports} open reports`, value: rss, unit: 'MB', target: targets.rss, met: rss <= 200 });
  } finally {
    await client.shutdown();
  }
  return out;
}
