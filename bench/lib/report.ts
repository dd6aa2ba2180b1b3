// The bench's one table, for the terminal, results.json and docs/performance.md.
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { faults, faultsFor, layouts } from '../corpus';
import type { Machine } from './machine';
import type { Measure } from './result';

const shown = (m: Measure) => (m.value === null ? 'not available' : `${m.value >= 100 ? m.value.toFixed(0) : m.value >= 1 ? m.value.toFixed(2) : m.value.toFixed(3)} ${m.unit}`);
const metText = (m: Measure) => (m.met === undefined ? (m.target ? '—' : '') : m.met ? 'yes' : 'NO');

export function printTable(measures: Measure[]): void {
  const rows = [['measure', 'value', 'target', 'met?'], ...measures.map((m) => [m.label, shown(m), m.target ? `${m.target} ${m.unit}` : '', metText(m)])];
  const width = (s: string) => [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i]))));
  for (const r of rows) console.log(r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  '));
}

export function writeResults(path: string, machine: Machine, mode: string, measures: Measure[]): void {
  writeFileSync(path, JSON.stringify({ machine, mode, measures }, null, 2) + '\n');
}

/** What profiling found: hand-written in bench/profiling.md, carried into every regenerated doc. */
function profilingNotes(): string[] {
  const file = join(import.meta.dirname, '../profiling.md');
  return existsSync(file) ? [readFileSync(file, 'utf8').trim(), ''] : [];
}

export function writePerformanceDoc(path: string, machine: Machine, mode: string, measures: Measure[]): void {
  const lines = [
    '# Performance',
    '',
    'Measured by `npm run bench` (bench/run.ts) on generated reports (bench/corpus.ts: every layout, both',
    'format versions, about 5 % injected faults per rule category). Regenerate with `npm run bench`;',
    '`npm run bench:quick` runs smaller counts for a smoke test. Tests never assert timings.',
    '',
    `- Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGB} GB memory`,
    `- Node ${machine.node}; run ${machine.date}; mode: ${mode}; 1-minute load average ${machine.loadAtStart} at the start, ${machine.load} at the end (2 cores shared with other work inflate wall times)`,
    `- Host speed: a loop reading each character of a 100 KB text took ${machine.characterLoopNs.start} ns per character at the start, ${machine.characterLoopNs.end} at the end (best of 30; compare runs by it — the targets are absolute)`,
    '',
    '| measure | value | target | met? | note |',
    '|---|---|---|---|---|',
    ...measures.map((m) => `| ${m.label} | ${shown(m)} | ${m.target ? `${m.target} ${m.unit}` : ''} | ${metText(m)} | ${m.note ?? ''} |`),
    '',
    ...profilingNotes(),
    '## How the measures are taken',
    '',
    '- Engine: the engine as shipped — bundled by esbuild like the CLI and the server (bench/lib/engine.ts),',
    '  not the TypeScript sources through tsx — in this process, one thread, over the generated corpus',
    '  (texts made beforehand, generation not timed). MB are UTF-8 bytes of the report text. Throughput',
    '  and the shares are CPU time of this process (`process.cpuUsage`), best of a few runs: the machine',
    '  is shared, and wall time would count the time other processes hold the cores. The 20 KB latency',
    '  is wall time per call (what an editor waits for). CLI and server times are wall time; the CLI note',
    '  gives its CPU time (children\'s time from `/proc/self/stat`).',
    '- Shares of time: the engine exposes no phases, so they are measured from outside on 500 reports:',
    '  the line index alone (scanning), the internal `parseReport` (parsing), `checkText` with every rule',
    '  turned off through the `rules` option (parse + model), and for each rule category the extra time',
    '  of `checkText` with only that category on. Shares need not add up to 100 %.',
    '- Scaling: one report grown two ways, with prose and copies of the §二 tables placed after §五 (read',
    '  as prose) or inside §二 (read by the table reader); each size is timed in a process of its own',
    '  (bench/lib/timeReport.cjs: warm-up, then the best of several runs in wall time), 15 processes per',
    '  size, all reports taking turns round by round; each size is its best process (the host only adds time).',
    '- Pathological inputs (bench/lib/pathological.ts): the base report with one construct repeated over',
    '  0.1 and 1 million characters on a line of its own, where it reaches label matching (§二, §三), digit',
    '  splitting (a §三 row) or the patterns run on long lines (after §六): labels run together or with',
    '  typos, item numbers, digit runs, Markdown rows, inline headings, long sentences, unclosed debris.',
    '  In this process, wall time per million characters: one warm-up check of each size, then five rounds',
    '  in which the two sizes take turns, the best of each; the ratio of the two would be about 10 for a',
    '  quadratic path.',
    '- CLI: `node dist/cli.js check --format json --jobs N bench/corpus` as a child process, wall time.',
    '- Server: `node dist/server.js --stdio` driven over JSON-RPC with `ogiReport.debounce` = 0; an edit',
    '  replaces one digit (incremental `didChange`); the time runs to the `publishDiagnostics` of that',
    '  version. The first 20 edits after the server starts (V8 still optimising) are reported apart; p50',
    '  and p99 are over the edits after them. RSS is `VmRSS` from `/proc/<pid>/status` after the reports',
    '  are open and checked.',
    '- markdownlint 0.40: `lint` from `markdownlint/sync`, default rules, in this process, same texts.',
    '',
    '## The corpus',
    '',
    '`bench/corpus.ts` exports `generateReport(seed, {layout, version, fault})` → `{text, expectedCodes}`:',
    'a seeded, deterministic report built from the format data (server/src/engine/format): labels, headings',
    'and the identities of every table come from there; values satisfy every `sums` entry; the prose',
    'states the figures of the tables. Layouts: ' + layouts.map((l) => '`' + l + '`').join(', ') + '; the 2019 tables for',
    'the years 2019–2020, the 2021 tables from 2021. `corpusEntries(count, seed, categoryOf)` gives each rule',
    'category a fault in about 5 % of the reports. The faults and the rule codes that must report them:',
    '',
    '| fault | rule code | also accepted | layouts |',
    '|---|---|---|---|',
    ...faults.map((f) => {
      const where = layouts.filter((l) => faultsFor(l, '2021').includes(f));
      const alternatives = where.flatMap((l) => f.alternatives?.(l).map((a) => `${a} (${l})`) ?? []);
      const codes = [...new Set(where.map((l) => f.code(l)))];
      const only2021 = !layouts.some((l) => faultsFor(l, '2019').includes(f));
      const scope = (where.length === layouts.length ? 'all' : where.join(', ')) + (only2021 ? '; 2021 format only' : '');
      return `| ${f.id} | ${codes.map((c) => (c === f.code('tabs') ? c : `${c} (collapsed)`)).join(', ')} | ${alternatives.join(', ')} | ${scope} |`;
    }),
    '',
  ];
  writeFileSync(path, lines.join('\n'));
}
