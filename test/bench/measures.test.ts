// The bench's own plumbing: measures whose program is not built say "not available"
// instead of failing, sized and pathological reports come out as asked for, and the host's
// speed reaches the performance document; the engine is also timed in plain loops of the host.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateReport } from '../../bench/corpus';
import { checkText } from '../../server/src/engine';
import { reportOfSize } from '../../bench/lib/sized';
import { machine } from '../../bench/lib/machine';
import { CONSTRUCTS, pathologicalText } from '../../bench/lib/pathological';
import { writePerformanceDoc } from '../../bench/lib/report';
import { percentile } from '../../bench/lib/stats';
import { cliEndToEnd } from '../../bench/measures/cli';
import { engineThroughput } from '../../bench/measures/engine';
import { languageServer } from '../../bench/measures/lsp';
import { priorYearLookup } from '../../bench/measures/priorYear';
import { serverPath } from '../lsp/client';

describe('bench plumbing', () => {
  it('CLI and server measures are "not available" when their program is missing', async () => {
    const cli = await cliEndToEnd('/nonexistent/dist/cli.js', '/nonexistent/corpus');
    const lsp = await languageServer('/nonexistent/dist/server.js', { edits: 1, openReports: 1 });
    const prior = await priorYearLookup('/nonexistent/dist/server.js', '/nonexistent/corpus', { files: 1, edits: 1, watch: true });
    for (const m of [...cli, ...lsp, ...prior]) {
      assert.equal(m.value, null, m.id);
      assert.match(m.note ?? '', /^not available/);
    }
    assert.ok(cli.some((m) => m.target) && lsp.some((m) => m.target), 'targets are still shown');
  });

  it('the prior-year lookup finds the last-year file it wrote, and only in the case that has it', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'ogi-bench-prior-test-'));
    try {
      // The edited report's agency again (another year): left out of the folder by the measure.
      const edited = generateReport(1, { layout: 'tabs', version: '2021' }).text;
      const agency = /^[#\s]*(.+?)\s*\d{4}\s*年/.exec(edited)![1];
      writeFileSync(join(corpus, 'report-0.txt'), edited);
      writeFileSync(join(corpus, 'report-1.txt'), edited.replace(/\d{4}(\s*年)/, (_, y) => `2001${y}`));
      for (let seed = 2; seed < 6; seed++) writeFileSync(join(corpus, `report-${seed}.txt`), generateReport(seed, { layout: 'tabs', version: '2021' }).text.replace(agency, '另一个局'));
      const measures = await priorYearLookup(serverPath, corpus, { files: 3, edits: 3, watch: true });
      assert.deepEqual(measures.map((m) => m.id), ['lsp.prior.none', 'lsp.prior.miss', 'lsp.prior.found']);
      for (const m of measures) {
        assert.equal(typeof m.value, 'number', m.id);
        assert.doesNotMatch(m.note ?? '', /unexpected/, m.id);
      }
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  it('grows a report to the size asked for, within 10 %', () => {
    for (const size of [20_000, 100_000, 400_000]) {
      const bytes = Buffer.byteLength(reportOfSize(size), 'utf8');
      assert.ok(Math.abs(bytes - size) / size < 0.1, `${size}: ${bytes}`);
    }
  });

  it('copies the §二 tables after §五 or inside §二, and the table reader takes the copies in its stride', () => {
    const label = '本年制发件数';
    const copiesBetween = (text: string, from: string, to: string) => {
      const body = text.slice(text.indexOf(from), to ? text.indexOf(to) : undefined);
      return body.split(label).length - 1;
    };
    const asProse = reportOfSize(100_000);
    const asTables = reportOfSize(100_000, 'tabs', 11, 2);
    assert.equal(copiesBetween(asProse, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'), 1);
    assert.ok(copiesBetween(asProse, '五、存在的主要问题及改进情况', '六、其他需要报告的事项') > 5);
    assert.ok(copiesBetween(asTables, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况') > 5);
    assert.equal(copiesBetween(asTables, '五、存在的主要问题及改进情况', '六、其他需要报告的事项'), 0);
    // The copies repeat the first tables' labels: the first counts, and the copies' rows are
    // reported as repeated (one finding each, up to the limit per rule), nothing else.
    const checked = checkText(asTables);
    const codes = checked.diagnostics.map((d) => d.code);
    assert.ok(codes.length > 5 && codes.every((c) => c === 'row-duplicate'), codes.join(' '));
    const section2 = checked.model.tables.filter((t) => t.section === 2);
    assert.ok(section2.length >= 4 && section2.every((t) => t.rows.length > 0), 'the §二 tables are read');
  });

  it('records the host speed and states it in the performance document', () => {
    const m = machine();
    for (const ns of [m.characterLoopNs.start, m.characterLoopNs.end]) assert.ok(Number.isFinite(ns) && ns > 0, String(ns));
    const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-doc-test-'));
    try {
      const doc = join(dir, 'performance.md');
      writePerformanceDoc(doc, m, 'quick', []);
      assert.ok(readFileSync(doc, 'utf8').includes(`took ${m.characterLoopNs.start} ns per character at the start, ${m.characterLoopNs.end} at the end`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts each pathological construct on a line of its own, in the section it is meant for, at the length asked for', () => {
    const base = generateReport(11, { layout: 'tabs', version: '2021' }).text;
    const sectionOf = { tables2: 2, tables3: 3, end: 6 } as const;
    for (const c of CONSTRUCTS) {
      const text = pathologicalText(c, 5000);
      assert.equal(text.length, base.length + 5002, c.id);
      // On a line of its own; a construct of several lines (wrapped prose) as one block.
      const line = c.unit.includes('\n') ? text.slice(text.indexOf((c.opening ?? '') + c.unit)).slice(0, 5000) : text.split('\n').find((l) => l.length === 5000);
      assert.ok(line?.startsWith((c.opening ?? '') + c.unit), `${c.id}: the construct's line`);
      const at = text.indexOf(line!);
      assert.equal(text.slice(at - 1, at + 5001), `\n${line}\n`, `${c.id}: between line breaks`);
      const section = checkText(text).model.sections.find((s) => s.span.start <= at && at < s.span.end);
      assert.equal(section?.number, sectionOf[c.place], `${c.id}: in section ${sectionOf[c.place]}`);
    }
  });

  it('times the engine against a plain loop over the same reports, and says what 50 MB/s would be in that unit', () => {
    const texts = Array.from({ length: 20 }, (_, i) => generateReport(i, { layout: 'tabs', version: '2021' }).text);
    const measures = engineThroughput(texts);
    const mbps = measures.find((m) => m.id === 'engine.mbps')!;
    const loops = measures.find((m) => m.id === 'engine.loops')!;
    assert.ok(mbps.value! > 0 && Number.isFinite(mbps.value!), String(mbps.value));
    // checkText reads every character several times over: it cannot cost less than one plain loop.
    assert.ok(loops.value! > 1 && Number.isFinite(loops.value!), String(loops.value));
    assert.match(loops.note!, /^the host's phase weighs on both alike, mostly; 50 MB\/s would be \d+ × on this host \(the loop: [\d.]+ ns per character\)$/);
  });

  it('percentiles pick from the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(samples, 50), 50);
    assert.equal(percentile(samples, 99), 99);
    assert.equal(percentile([5], 99), 5);
  });
});
