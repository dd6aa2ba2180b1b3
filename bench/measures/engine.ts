// Engine, one thread: throughput over the corpus, latency of a typical 20 KB report, and
// the share of time per phase measured from outside (the engine exposes no phases).
import type { RuleSetting } from '../../server/src/engine';
import { engine } from '../lib/engine';
import { characterLoop } from '../lib/machine';
import type { Measure } from '../lib/result';
import { reportOfSize } from '../lib/sized';
import { bestOf, bytes, cpuMs, percentile, timeMs } from '../lib/stats';

const { checkText, LineIndex, rules, parseReport } = engine;

export function engineThroughput(texts: string[]): Measure[] {
  // Warm-up: V8 keeps optimising the engine for its first ~1,500 reports (a quick run measured
  // after 300 got 2.4 MB/s, the same reports measured again 5.7).
  for (let i = 0; i < 2000; i++) checkText(texts[i % texts.length]);
  const total = texts.reduce((a, t) => a + bytes(t), 0);
  // Chunk by chunk, the better of two passes: other work on the machine inflates single runs.
  // Beside each chunk, a plain loop over the same texts: the host's speed at that moment.
  let ms = 0;
  let loopMs = 0;
  let sink = 0;
  for (let i = 0; i < texts.length; i += 250) {
    const chunk = texts.slice(i, i + 250);
    ms += bestOf(2, () => chunk.forEach((t) => checkText(t)));
    loopMs += bestOf(2, () => chunk.forEach((t) => (sink += characterLoop(t))));
  }
  const mbps = total / 2 ** 20 / (ms / 1000);
  // What 50 MB/s would take here, in the same unit: the target's time over the loop's.
  const targetLoops = total / 2 ** 20 / 50 / (loopMs / 1000);
  return [
    {
      id: 'engine.mbps',
      label: `engine: checkText over ${texts.length} reports (${(total / 2 ** 20).toFixed(1)} MB), one thread (CPU time)`,
      value: mbps,
      unit: 'MB/s',
      target: '≥ 50',
      met: mbps >= 50,
      note: 'CPU time of the whole process: the garbage collector’s and compiler’s helper threads count too',
    },
    { id: 'engine.reportsPerSecond', label: 'engine: reports per second, one thread', value: texts.length / (ms / 1000), unit: 'reports/s' },
    {
      id: 'engine.loops',
      label: 'engine: checkText time in plain character loops over the same reports, timed beside each chunk',
      value: sink > 0 ? ms / loopMs : NaN,
      unit: '×',
      note: `the host's phase weighs on both alike, mostly; 50 MB/s would be ${targetLoops.toFixed(0)} × on this host (the loop: ${((loopMs * 1e6) / texts.reduce((a, t) => a + t.length, 0)).toFixed(2)} ns per character)`,
    },
  ];
}

/**
 * The same over the real reports kept as test fixtures, for comparison: they carry the same
 * tables as the generated ones with more prose around them (6.2 KB on average against 4.5 KB).
 */
export function engineOnRealReports(texts: string[], rounds: number): Measure[] {
  for (let i = 0; i < 2000 / texts.length; i++) texts.forEach((t) => checkText(t)); // warm-up, as above
  const total = texts.reduce((a, t) => a + bytes(t), 0) * rounds;
  const ms = bestOf(3, () => {
    for (let i = 0; i < rounds; i++) texts.forEach((t) => checkText(t));
  });
  return [
    {
      id: 'engine.mbps.real',
      label: `engine: checkText over the ${texts.length} real reports of test/fixtures/real, ${rounds} times, one thread (CPU time)`,
      value: total / 2 ** 20 / (ms / 1000),
      unit: 'MB/s',
    },
  ];
}

export function engineLatency(iterations: number): Measure[] {
  const text = reportOfSize(20_000);
  for (let i = 0; i < 50; i++) checkText(text);
  const samples: number[] = [];
  // Latency as an editor sees it: the wall clock of each call (the median shrugs off preemption).
  for (let i = 0; i < iterations; i++) samples.push(timeMs(() => checkText(text)));
  const p50 = percentile(samples, 50);
  return [
    { id: 'engine.p50.20k', label: `engine: 20 KB report (${(bytes(text) / 1024).toFixed(1)} KB), p50 (wall time)`, value: p50, unit: 'ms', target: '≤ 0.5', met: p50 <= 0.5 },
    { id: 'engine.p99.20k', label: 'engine: 20 KB report, p99 (wall time)', value: percentile(samples, 99), unit: 'ms' },
  ];
}

/**
 * Shares of checkText's time: the line index (scanning), parseReport (parsing, internal),
 * and each rule category as the extra time of checkText with only that category on over
 * checkText with every rule off (which still parses and builds the model).
 */
export function enginePhases(texts: string[], sampleSize: number, runs: number): Measure[] {
  const sample = texts.slice(0, Math.min(texts.length, sampleSize));
  const off: Record<string, RuleSetting> = Object.fromEntries(rules.map((r) => [r.code, 'off']));
  const only = (category: string): Record<string, RuleSetting> =>
    Object.fromEntries(rules.filter((r) => r.category !== category).map((r) => [r.code, 'off' as const]));
  const categories = [...new Set(rules.map((r) => r.category))];
  const variants: [string, (t: string) => void][] = [
    ['all', (t) => checkText(t)],
    ['scan', (t) => new LineIndex(t)],
    ['parse', (t) => parseReport(t)],
    ['off', (t) => checkText(t, { rules: off })],
    ...categories.map((c): [string, (t: string) => void] => [c, (t) => checkText(t, { rules: only(c) })]),
    // Each rule alone, to name the costly ones in the notes.
    ...rules.map((rule): [string, (t: string) => void] => {
      const settings = { ...off, [rule.code]: rule.defaultSeverity };
      return [`rule:${rule.code}`, (t) => checkText(t, { rules: settings })];
    }),
  ];
  // Report by report, every variant in turn, the best of the runs per report and variant:
  // drift of a shared machine hits all variants alike, and one slow run does not count.
  sample.slice(0, 20).forEach((t) => variants.forEach(([, fn]) => fn(t)));
  const best = new Map<string, number>(variants.map(([name]) => [name, 0]));
  for (const text of sample) {
    const perReport = new Map<string, number>(variants.map(([name]) => [name, Infinity]));
    for (let r = 0; r < runs; r++)
      for (const [name, fn] of variants) perReport.set(name, Math.min(perReport.get(name)!, cpuMs(() => fn(text))));
    for (const [name, t] of perReport) best.set(name, best.get(name)! + t);
  }
  const all = best.get('all')!;
  const rulesOff = best.get('off')!;
  const out: Measure[] = [
    { id: 'engine.share.scan', label: 'engine: share of time, scanning (line index)', value: (100 * best.get('scan')!) / all, unit: '%' },
    { id: 'engine.share.parse', label: 'engine: share of time, parsing (parseReport)', value: (100 * best.get('parse')!) / all, unit: '%' },
    {
      id: 'engine.share.model',
      label: 'engine: share of time, checkText with all rules off',
      value: (100 * rulesOff) / all,
      unit: '%',
      note: 'parse + model; measured from outside through the `rules` option',
    },
  ];
  const share = (name: string) => (100 * Math.max(0, best.get(name)! - rulesOff)) / all;
  for (const c of categories) {
    const costly = rules
      .filter((r) => r.category === c)
      .map((r) => ({ code: r.code, share: share(`rule:${r.code}`) }))
      .sort((a, b) => b.share - a.share)
      .slice(0, 3);
    out.push({
      id: `engine.share.rules.${c}`,
      label: `engine: share of time, ${c} rules`,
      value: share(c),
      unit: '%',
      note: 'costliest alone: ' + costly.map((x) => `${x.code} ${x.share.toFixed(0)} %`).join(', '),
    });
  }
  return out;
}
