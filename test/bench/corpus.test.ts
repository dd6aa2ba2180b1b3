// The corpus generator: deterministic, built from the format data, clean reports pass the
// checker without errors and every injected fault is reported under its rule code.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusEntries, faults, faultsFor, generateReport, layouts } from '../../bench/corpus';
import { Rng } from '../../bench/gen/prng';
import { reportValues, unmetSums } from '../../bench/gen/values';
import { checkText, formats, officialSections as sections, ruleByCode, type FormatVersion } from '../../server/src/engine';
import { overviewTopics, titleWording } from '../../server/src/engine/format/sections';

const versions: FormatVersion[] = ['2019', '2021'];
const categoryOf = (code: string) => ruleByCode(code)?.category;

/**
 * Cases where the engine disagrees with the generator and the engine looks wrong (see the
 * bench report). They run below as `todo` tests with the full property, so they are
 * reported on every run without failing it, and pass once the engine is fixed.
 */
const knownEngineIssues: { layout: (typeof layouts)[number]; version: FormatVersion; seed: number; fault?: string; code: string; note: string }[] = [
  {
    layout: 'collapsed',
    version: '2019',
    seed: 2,
    code: 'cell-value',
    note: 'run-together 2019 procurement row “0”+“87.9001” read as one value 087.9001 (an error) instead of split or cell-split',
  },
  {
    layout: 'collapsed',
    version: '2019',
    seed: 4,
    code: 'cell-value',
    note: 'run-together 2019 procurement row “10”+“28.4411” (or “1”+“028.4411”…) read as one value 1028.4411, an error, instead of a cell-split warning',
  },
  {
    layout: 'tabs',
    version: '2021',
    seed: 4,
    fault: 'misspelled-label',
    code: 'label',
    note: 'a typo inside the unit of 本年收费金额（单位：万元） is accepted silently (prefix alias), tabs',
  },
  {
    layout: 'markdown',
    version: '2021',
    seed: 4,
    fault: 'misspelled-label',
    code: 'label',
    note: 'a typo inside the unit of 本年收费金额（单位：万元） is accepted silently (prefix alias), markdown',
  },
];
const isKnown = (layout: string, version: string, seed: number, fault?: string) =>
  knownEngineIssues.some((k) => k.layout === layout && k.version === version && k.seed === seed && k.fault === fault);

describe('corpus generator', () => {
  it('is deterministic: the same seed and options give the same text', () => {
    for (const layout of layouts) {
      assert.equal(generateReport(7, { layout }).text, generateReport(7, { layout }).text);
      assert.notEqual(generateReport(7, { layout }).text, generateReport(8, { layout }).text);
    }
  });

  it('draws values that satisfy every sum of the format data', () => {
    for (const version of versions)
      for (let seed = 1; seed <= 200; seed++) {
        const values = reportValues(formats[version], new Rng(seed));
        for (const table of formats[version].tables) assert.deepEqual(unmetSums(table, values.get(table.id)!), [], `${version} ${table.id} seed ${seed}`);
      }
  });

  it('writes every layout the way format.md describes it', () => {
    const text = (layout: (typeof layouts)[number]) => generateReport(3, { layout, version: '2021' }).text;
    assert.equal(text('collapsed').trimEnd().split('\n').length, 2, 'collapsed: a title line and one body line');
    assert.match(text('cell-per-line'), /\n\t\d+\n\t\d+\n/, 'cell-per-line: one cell per line');
    assert.match(text('cell-per-line'), /\n\t?\r?\n\t/, 'cell-per-line: blank lines between rows');
    assert.match(text('markdown'), /^(\ufeff)?# /);
    assert.match(text('markdown'), /\n\| [^\n]+ \|\r?\n\| --- \|/);
    assert.match(text('tabs'), /\t\d+\t\d+/);
    assert.match(text('spaces'), / {2,}\d+ {2,}\d+/);
    assert.ok(!/\t/.test(text('spaces')));
  });

  it('writes the tables of the version asked for, and a year in its range', () => {
    for (const version of versions)
      for (let seed = 1; seed <= 10; seed++) {
        const r = generateReport(seed, { layout: 'tabs', version });
        assert.equal(checkText(r.text).formatVersion, version);
        assert.equal(version === '2019' ? r.year <= 2020 : r.year >= 2021, true);
      }
  });

  it('holds no official label as a literal: labels come from the format data', () => {
    const labels = new Set<string>([titleWording, ...overviewTopics.filter((t) => t.length >= 5), ...sections.map((s) => s.heading)]);
    for (const f of Object.values(formats))
      for (const t of f.tables) {
        for (const r of t.rows) if (r.label.length >= 5) labels.add(r.label);
        for (const c of t.columns) if (c.label.length >= 5) labels.add(c.label);
        for (const w of t.headerWords) if (w.length >= 5) labels.add(w);
      }
    const dir = join(import.meta.dirname, '../../bench');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length >= 5);
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const label of labels) assert.ok(!source.includes(label), `${file} holds the official label “${label}”`);
    }
  });

  it('injects about 5 % faults per rule category, every layout and version', () => {
    const entries = corpusEntries(4000, 42, categoryOf);
    const byCategory = new Map<string, number>();
    for (const e of entries) {
      if (!e.options.fault) continue;
      const code = faults.find((f) => f.id === e.options.fault)!.code(e.options.layout!);
      const category = categoryOf(code)!;
      byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    }
    assert.deepEqual([...byCategory.keys()].sort(), ['arithmetic', 'consistency', 'structure']);
    for (const [category, n] of byCategory) assert.ok(n / entries.length > 0.03 && n / entries.length < 0.07, `${category}: ${n}`);
    for (const layout of layouts) assert.ok(entries.some((e) => e.options.layout === layout));
    for (const version of versions) assert.ok(entries.some((e) => e.options.version === version));
  });

  it('names only rule codes the engine has', () => {
    for (const f of faults)
      for (const layout of layouts) {
        assert.ok(ruleByCode(f.code(layout)), `${f.id}: ${f.code(layout)}`);
        for (const alt of f.alternatives?.(layout) ?? []) assert.ok(ruleByCode(alt), `${f.id}: ${alt}`);
      }
  });
});

describe('generated reports through the checker', () => {
  for (const layout of layouts)
    for (const version of versions)
      it(`clean ${layout} reports, ${version} format: no error`, () => {
        for (let seed = 1; seed <= 6; seed++) {
          if (isKnown(layout, version, seed)) continue;
          const r = generateReport(seed, { layout, version });
          const result = checkText(r.text);
          assert.equal(result.isReport, true);
          const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
          assert.deepEqual(errors, [], `seed ${seed}`);
        }
      });

  for (const layout of layouts)
    for (const version of versions)
      it(`faulty ${layout} reports, ${version} format: each fault is reported under its code`, () => {
        for (const fault of faultsFor(layout, version))
          for (const seed of [1, 2, 3, 4]) {
            if (isKnown(layout, version, seed, fault.id)) continue;
            const r = generateReport(seed, { layout, version, fault: fault.id });
            const codes = checkText(r.text).diagnostics.map((d) => d.code);
            assert.ok(r.expectedCodes.some((c) => codes.includes(c)), `${fault.id} seed ${seed}: expected ${r.expectedCodes.join(' or ')}, got ${codes.join(', ')}`);
          }
      });

  for (const k of knownEngineIssues)
    it(`known engine issue: ${k.note}`, { todo: 'engine bug, see the bench report' }, () => {
      const r = generateReport(k.seed, { layout: k.layout, version: k.version, fault: k.fault });
      const d = checkText(r.text).diagnostics;
      if (k.fault) assert.ok(r.expectedCodes.some((c) => d.some((x) => x.code === c)), `no ${r.expectedCodes.join(' or ')}`);
      else assert.deepEqual(d.filter((x) => x.severity === 'error').map((x) => `${x.code} ${x.message}`), []);
    });
});
