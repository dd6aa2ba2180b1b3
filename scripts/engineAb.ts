// The engine of the working tree against the engine of a git revision, for performance work:
// first the output — every generated report checked by both, and any difference named — then
// the speed, with the two bundles in one process taking turns chunk by chunk (on a shared host
// separate runs differ by ±30 %, which hides the few per cent a change is usually worth).
// Even so, V8 optimises each copy its own way: the same engine measured −1.0 to +6.5 % apart in
// single runs, and a change that cannot matter once +21.9 % (+1.2 % as the median of four
// processes). Time 2,000 reports or more in several processes (`--processes 4`), and run it with
// no change first.
//
//   node --import tsx scripts/engineAb.ts [--rev HEAD] [--reports 3000] [--rounds 2] [--processes 1]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusEntries, generateReport } from '../bench/corpus';
import { bundleAndLoad } from '../bench/lib/bundle';
import { ruleByCode } from '../server/src/engine';
import type { CheckResult } from '../server/src/engine/types';

/** What the A/B needs of an engine. */
export interface CheckingEngine {
  checkText(text: string): CheckResult;
}

export interface OutputComparison {
  compared: number;
  /** Indices of the texts whose results differ, and the first of them in full. */
  different: number[];
  first?: { index: number; before: string; after: string };
}

/** Checks every text with both engines and compares the results as JSON. */
export function compareOutput(before: CheckingEngine, after: CheckingEngine, texts: string[]): OutputComparison {
  const out: OutputComparison = { compared: texts.length, different: [] };
  texts.forEach((text, index) => {
    const a = JSON.stringify(before.checkText(text));
    const b = JSON.stringify(after.checkText(text));
    if (a === b) return;
    out.different.push(index);
    out.first ??= { index, before: a, after: b };
  });
  return out;
}

/** Where two JSON texts part, with some context: what a reader needs to see first. */
export function firstDifference(a: string, b: string, context = 120): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return `at character ${i}:\n  before …${a.slice(from, i + context)}…\n  after  …${b.slice(from, i + context)}…`;
}

/** CPU time of fn, in ms. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * µs per check of each engine over `rounds` passes of the texts, in chunks of 250 reports, the
 * engines taking turns per chunk and swapping who goes first from chunk to chunk.
 */
export function timeBoth(before: CheckingEngine, after: CheckingEngine, texts: string[], rounds: number): { before: number; after: number } {
  // V8 keeps optimising for the first ~1,500 checks.
  for (let i = 0; i < 2000; i++) {
    before.checkText(texts[i % texts.length]);
    after.checkText(texts[i % texts.length]);
  }
  const total = { before: 0, after: 0 };
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < texts.length; i += 250, turn++) {
      const chunk = texts.slice(i, i + 250);
      const order: ('before' | 'after')[] = turn % 2 ? ['before', 'after'] : ['after', 'before'];
      for (const which of order) {
        const engine = which === 'before' ? before : after;
        total[which] += cpuMs(() => chunk.forEach((t) => engine.checkText(t)));
      }
    }
  }
  const checks = texts.length * rounds;
  return { before: (total.before * 1000) / checks, after: (total.after * 1000) / checks };
}

/** Bundles the engine at `root` (a checkout or an extracted revision) into `outfile`, and loads it. */
function bundle(root: string, outfile: string): CheckingEngine {
  return bundleAndLoad<CheckingEngine>(join(root, 'server/src/engine/index.ts'), outfile);
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** The generated corpus the A/B runs on. */
function corpusTexts(reports: number): string[] {
  return corpusEntries(reports, 2025, (code) => ruleByCode(code)?.category).map((e) => generateReport(e.seed, e.options).text);
}

const percent = (ratio: number) => `${ratio > 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;
/** The middle value; for an even count, the mean of the two middle ones. */
export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `--time DIR`: one timing process over bundles already built (prints one JSON line). */
function timeOnly(work: string, reports: number, rounds: number, afterFirst: boolean): void {
  const load = (name: string) => createRequire(import.meta.url)(join(work, name)) as CheckingEngine;
  // Which copy is loaded first alternates between processes: load order must not decide.
  let before: CheckingEngine;
  let after: CheckingEngine;
  if (afterFirst) {
    after = load('after.cjs');
    before = load('before.cjs');
  } else {
    before = load('before.cjs');
    after = load('after.cjs');
  }
  console.log(JSON.stringify(timeBoth(before, after, corpusTexts(reports), rounds)));
}

function main(): void {
  const repo = join(import.meta.dirname, '..');
  const rev = option('rev', 'HEAD');
  const reports = Number(option('reports', '3000'));
  const rounds = Number(option('rounds', '2'));
  const processes = Number(option('processes', '1'));
  if (process.argv.includes('--time')) return timeOnly(option('time', ''), reports, rounds, process.argv.includes('--after-first'));
  const work = mkdtempSync(join(tmpdir(), 'ogi-engine-ab-'));
  try {
    // The revision's engine alone: it imports nothing outside server/src/engine.
    const archive = execFileSync('git', ['-C', repo, 'archive', rev, 'server/src/engine']);
    execFileSync('tar', ['-x', '-C', work], { input: archive });
    const before = bundle(work, join(work, 'before.cjs'));
    const after = bundle(repo, join(work, 'after.cjs'));
    const texts = corpusTexts(reports);

    const output = compareOutput(before, after, texts);
    if (output.first) {
      console.log(`output: DIFFERENT in ${output.different.length} of ${output.compared} reports (the first: report ${output.first.index})`);
      console.log(firstDifference(output.first.before, output.first.after));
      process.exitCode = 1;
    } else console.log(`output: identical in all ${output.compared} reports`);

    const runs: { before: number; after: number }[] = [];
    if (processes <= 1) runs.push(timeBoth(before, after, texts, rounds));
    else {
      // Each process optimises its two copies its own way: the median of several evens that out.
      for (let k = 0; k < processes; k++) {
        const args = ['--import', 'tsx', import.meta.filename, '--time', work, '--reports', String(reports), '--rounds', String(rounds)];
        const out = execFileSync(process.execPath, k % 2 ? [...args, '--after-first'] : args, { encoding: 'utf8' });
        runs.push(JSON.parse(out.trim().split('\n').pop()!));
      }
    }
    const ratios = runs.map((r) => r.after / r.before);
    const counts = `CPU time, ${rounds} rounds of ${reports} reports`;
    if (runs.length === 1) {
      const [run] = runs;
      console.log(`time: ${rev} ${run.before.toFixed(1)} µs per report, working tree ${run.after.toFixed(1)} µs (${percent(ratios[0])}; ${counts})`);
    } else {
      console.log(`time: working tree against ${rev}: ${percent(median(ratios))}, the median of ${runs.length} processes (each: ${ratios.map(percent).join(', ')}; ${counts})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
