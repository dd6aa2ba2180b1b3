// `npm run bench`: the performance measures of ogi-report in one table, written to
// bench/results.json and docs/performance.md. `--quick` runs smaller counts (CI smoke).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleByCode } from '../server/src/engine';
import { corpusEntries, generateReport } from './corpus';
import { machine } from './lib/machine';
import { printTable, writePerformanceDoc, writeResults } from './lib/report';
import type { Measure } from './lib/result';
import { cliEndToEnd, writeCorpus } from './measures/cli';
import { engineOnRealReports, enginePhases, engineLatency, engineThroughput } from './measures/engine';
import { languageServer } from './measures/lsp';
import { SEED_001, versusMarkdownlint } from './measures/markdownlint';
import { pathological } from './measures/pathological';
import { priorYearLookup } from './measures/priorYear';
import { scaling } from './measures/scaling';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const counts = quick
  ? { reports: 500, latency: 300, phaseSample: 40, phaseRuns: 2, sizes: [100_000, 1_000_000], pathological: [30_000, 300_000], edits: 40, open: 50, markdown: 10, seedCopies: 10, priorFiles: 100 }
  : { reports: 10_000, latency: 2000, phaseSample: 150, phaseRuns: 3, sizes: [100_000, 1_000_000, 10_000_000], pathological: [100_000, 1_000_000], edits: 200, open: 200, markdown: 60, seedCopies: 50, priorFiles: 1000 };

const started = Date.now();
function step(name: string): void {
  process.stderr.write(`bench: ${((Date.now() - started) / 1000).toFixed(1)} s: ${name}…\n`);
}

async function main(): Promise<void> {
  const measures: Measure[] = [];
  step(`generating ${counts.reports} reports`);
  const entries = corpusEntries(counts.reports, 2025, (code) => ruleByCode(code)?.category);
  const reports = entries.map((e) => generateReport(e.seed, e.options));
  const texts = reports.map((r) => r.text);

  step('engine throughput');
  measures.push(...engineThroughput(texts));
  const realDir = join(root, 'test/fixtures/real');
  const real = readdirSync(realDir).filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt')).map((n) => readFileSync(join(realDir, n), 'utf8'));
  measures.push(...engineOnRealReports(real, quick ? 20 : 200));
  step('engine latency');
  measures.push(...engineLatency(counts.latency));
  step('engine phases');
  measures.push(...enginePhases(texts, counts.phaseSample, counts.phaseRuns));
  step('scaling');
  measures.push(...scaling(counts.sizes));
  step('pathological inputs');
  measures.push(...pathological(counts.pathological[0], counts.pathological[1]));

  step('CLI');
  const corpusDir = join(root, 'bench/corpus');
  writeCorpus(corpusDir, texts);
  try {
    measures.push(...(await cliEndToEnd(join(root, 'dist/cli.js'), corpusDir)));
  } catch (e) {
    measures.push({ id: 'cli.default', label: 'CLI', value: null, unit: 's', note: `failed: ${(e as Error).message}` });
  }

  step('language server');
  try {
    measures.push(...(await languageServer(join(root, 'dist/server.js'), { edits: counts.edits, openReports: counts.open })));
  } catch (e) {
    measures.push({ id: 'lsp', label: 'server', value: null, unit: 'ms', note: `failed: ${(e as Error).message}` });
  }

  step('prior-year lookup');
  try {
    measures.push(...(await priorYearLookup(join(root, 'dist/server.js'), corpusDir, { files: counts.priorFiles, edits: counts.edits / 2, watch: true })));
  } catch (e) {
    measures.push({ id: 'lsp.prior', label: 'server: prior-year lookup', value: null, unit: 'ms', note: `failed: ${(e as Error).message}` });
  }

  step('markdownlint');
  const markdown = reports.filter((r) => r.layout === 'markdown').map((r) => r.text).slice(0, counts.markdown);
  measures.push(...(await versusMarkdownlint(markdown, SEED_001, counts.seedCopies)));

  const m = machine();
  const mode = quick ? 'quick' : 'full';
  console.log(`ogi-report bench (${mode}) — ${m.cores} cores, ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, ${m.date}`);
  console.log(`host speed: ${m.characterLoopNs.start} ns per character at the start, ${m.characterLoopNs.end} at the end (a plain character loop, best of 30)`);
  printTable(measures);
  // The committed results and document record a full run; a quick run writes its own file.
  writeResults(join(root, quick ? 'bench/results-quick.json' : 'bench/results.json'), m, mode, measures);
  if (!quick) writePerformanceDoc(join(root, 'docs/performance.md'), m, mode, measures);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
