// Fixes on real and synthetic reports: every fix removes its finding without a new error;
// applying all preferred fixes twice equals applying them once.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { addedErrors, applyEdits, checkText, nonOverlappingFixes, preferredFixes } from '../../server/src/engine';
import { generateReport } from '../../bench/corpus';
import { layouts, syntheticReport } from '../support/reports';

const dir = join(import.meta.dirname, '../fixtures/real');
const real = readdirSync(dir)
  .filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt'))
  .map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') }));

function fixAll(text: string): string {
  const d = checkText(text).diagnostics;
  const fixes = nonOverlappingFixes(text, preferredFixes(d));
  return applyEdits(text, fixes.flatMap((f) => f.edits));
}

const errorsOf = (text: string) =>
  checkText(text).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);

/** A report with many defects at once, to exercise overlapping fixes. */
function damaged(layout: (typeof layouts)[number]): string {
  let t = syntheticReport({ layout });
  t = t.replace('本年制发件数', '[bookmark: _GoBack]本年度发件数');
  t = t.replace('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况');
  t = t.replace('五、存在的主要问题及改进情况', '');
  t = t.replace('政府信息公开工作年度报告', '政府信息公开 公开工作年度报告');
  return t;
}

describe('new errors, as fixes are verified', () => {
  const error = (message: string) => ({ code: 'column-count', severity: 'error' as const, message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, related: [], fixes: [] });
  it('the same error with another line named, or fewer rows sharing it, is no new error', () => {
    assert.deepEqual(addedErrors([error('第四部分重复出现（首次出现于第 43 行）。')], [error('第四部分重复出现（首次出现于第 51 行）。')]), []);
    assert.deepEqual(addedErrors([error('“3.其他”行应有 7 个数值，实有 0 个（另有 1 行相同）。')], [error('“3.其他”行应有 7 个数值，实有 0 个。')]), []);
    assert.deepEqual(addedErrors([error('Section 4 appears again (first at line 43).')], [error('Section 4 appears again (first at line 51).')]), []);
  });
  it('another error, or the same error for more rows, is new', () => {
    assert.deepEqual(addedErrors([error('“3.其他”行应有 7 个数值，实有 0 个。')], [error('“2.重复申请”行应有 7 个数值，实有 0 个。')]), ['column-count “2.重复申请”行应有 7 个数值，实有 0 个。']);
    assert.deepEqual(addedErrors([], [{ ...error('x'), severity: 'warning' as const }]), []);
    // More rows sharing it: the error stands for one more row.
    assert.deepEqual(addedErrors([error('“3.其他”行应有 7 个数值，实有 0 个（另有 1 行相同）。')], [error('“3.其他”行应有 7 个数值，实有 0 个（另有 2 行相同）。')]), ['column-count “3.其他”行应有 7 个数值，实有 0 个。']);
  });
});

describe('fixes', () => {
  const samples = [
    ...real,
    ...layouts.map((layout) => ({ name: `damaged ${layout}`, text: damaged(layout) })),
  ];
  for (const { name, text } of samples) {
    it(`${name}: every fix removes its finding and creates no error`, () => {
      const before = checkText(text).diagnostics;
      for (const d of before) {
        for (const fix of d.fixes) {
          const after = applyEdits(text, fix.edits);
          const left = checkText(after).diagnostics;
          assert.ok(!left.some((x) => x.code === d.code && x.message === d.message && x.range.start.line === d.range.start.line), `${d.code}: “${fix.title}” leaves its finding`);
          const created = addedErrors(checkText(text).diagnostics, checkText(after).diagnostics);
          assert.deepEqual(created, [], `${d.code}: “${fix.title}” creates errors`);
        }
      }
    });
    it(`${name}: all preferred fixes twice equals once`, () => {
      const once = fixAll(text);
      assert.equal(fixAll(once), once);
      const remaining = checkText(once).diagnostics.filter((d) => d.fixes.some((f) => f.preferred));
      assert.deepEqual(remaining.map((d) => d.code), []);
    });
  }

  it('damaged reports are clean of fixable defects after fix-all', () => {
    for (const layout of layouts) {
      const fixed = fixAll(damaged(layout));
      const codes = checkText(fixed).diagnostics.map((d) => d.code);
      for (const code of ['artifact', 'label', 'heading-text', 'section-missing', 'title']) assert.ok(!codes.includes(code), `${layout}: ${code} left`);
    }
  });

  it('a fix that moves the line a section-duplicate message names is kept (the same error, on a later line)', () => {
    const full = syntheticReport({ layout: 'tabs' });
    // §二 missing, and §四's heading again before §六.
    let text = full.slice(0, full.indexOf('\n二、')) + full.slice(full.indexOf('\n三、'));
    const heading = /\n四、政府信息公开行政复议[^\n]*\n/.exec(text)![0];
    text = text.replace('\n六、', `${heading}本部分重复。\n六、`);
    const result = checkText(text);
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['section-missing', 'section-duplicate']);
    const missing = result.diagnostics[0];
    assert.equal(missing.fixes.length, 1, 'the insertion of §二 is offered');
    const fixed = applyEdits(text, missing.fixes[0].edits);
    assert.deepEqual(checkText(fixed).diagnostics.map((d) => d.code), ['section-duplicate']);
    assert.ok(fixAll(text).includes('二、主动公开政府信息情况'));
  });

  it('fixes keep CRLF line endings', () => {
    const text = damaged('tabs').replace(/\n/g, '\r\n');
    const fixed = fixAll(text);
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
  });
});

describe('fix-all in one round', () => {
  const fixAllOnce = (text: string) => applyEdits(text, nonOverlappingFixes(text, preferredFixes(checkText(text).diagnostics)).flatMap((f) => f.edits));
  it('several sections missing at the same place are inserted together, in order', () => {
    const once = fixAllOnce('某局2025年政府信息公开工作年度报告\n一、总体情况\n');
    assert.equal(fixAllOnce(once), once);
    const headings = checkText(once).model.sections.map((s) => s.number);
    assert.deepEqual(headings, [1, 2, 3, 4, 5, 6]);
  });
  // Found by random edits (scripts/fuzz-fixes.ts): each case needed a second fix-all.
  const seed000 = () => readFileSync(join(dir, real.find((r) => r.name.startsWith('000'))!.name), 'utf8');
  it('a row label with a typo and half-width brackets is put right in one round', () => {
    const text = seed000().replace('(二) 部分公开 (区分处理的, ', '(二) 部分公开 (的, ');
    const codes = checkText(text).diagnostics.filter((d) => d.range.start.line === 52).map((d) => d.code);
    assert.deepEqual(codes.sort(), ['label', 'punctuation']);
    const once = fixAllOnce(text);
    assert.ok(once.includes('\t（二） 部分公开（区分处理的，只计这一情形，不计其他情形）\t'), 'the numbering is full-width too');
    assert.equal(fixAllOnce(once), once);
  });
  it('a missing row is inserted above the next row while that row’s label is corrected', () => {
    const text = seed000().replace('规章\t0\t0\t0\n', '规');
    const once = fixAllOnce(text);
    assert.ok(once.includes('规章\t0\t0\t0\n行政规范性文件\t'), 'row inserted and label restored');
    assert.equal(fixAllOnce(once), once);
  });
  it('a missing row of a table on one line of collapsed text is inserted in that line', () => {
    const full = generateReport(3, { layout: 'collapsed', version: '2021' }).text;
    const row = /第二十条第（五）项信息内容本年处理决定数量(行政许可\d+)/.exec(full)!;
    const text = full.slice(0, row.index + row[0].length - row[1].length) + full.slice(row.index + row[0].length);
    const result = checkText(text);
    assert.equal(result.model.tables.find((t) => t.tableId === 'article20-5')!.layout, 'collapsed');
    assert.ok(result.diagnostics.some((d) => d.code === 'row-missing'));
    const once = fixAllOnce(text);
    assert.ok(once.includes('第二十条第（五）项信息内容本年处理决定数量行政许可0'), 'the row is inserted where the table is');
    assert.ok(!checkText(once).diagnostics.some((d) => d.code === 'row-missing'));
    assert.equal(fixAllOnce(once), once);
  });
  for (const layout of layouts)
    it(`${layout}: a Word bookmark inside a label is removed, the label left whole`, () => {
      const full = syntheticReport({ layout });
      assert.ok(full.includes('商业企业'));
      const text = full.replace('商业企业', '商[bookmark: x]业企业');
      const codes = checkText(text).diagnostics.filter((d) => ['artifact', 'label', 'punctuation'].includes(d.code)).map((d) => d.code);
      assert.deepEqual(codes, ['artifact']);
      const once = fixAllOnce(text);
      assert.equal(once, full);
    });
  for (const layout of ['tabs', 'spaces'] as const)
    it(`${layout}: one row glued into a digit run leaves the table ${layout}, and a missing row is inserted ${layout}-separated`, () => {
      const lines = syntheticReport({ layout }).split('\n');
      const glued = lines.findIndex((l) => l.includes('5.属于三类内部事务信息'));
      lines[glued] = lines[glued].replace(/[ \t]+/g, '');
      const missing = lines.findIndex((l) => l.includes('6.属于四类过程性信息'));
      const row = lines.splice(missing, 1)[0];
      const text = lines.join('\n');
      const result = checkText(text);
      assert.equal(result.model.tables.find((t) => t.tableId === 'application')!.layout, layout);
      const insert = result.diagnostics.find((d) => d.code === 'row-missing')!.fixes[0].edits[0].newText;
      assert.equal(insert, row + '\n', 'the row as the report writes it (its values follow from the column sums)');
    });
  for (const layout of ['tabs', 'spaces', 'markdown'] as const)
    it(`${layout}: two §三 rows missing, each derivable once the other is, come back with their values in one round`, () => {
      const full = syntheticReport({ layout });
      const lines = full.split('\n');
      const drop = (label: string) => lines.splice(lines.findIndex((l) => l.includes(label)), 1)[0];
      const secret = drop('1.属于国家秘密');
      const total = drop('（七）总计');
      assert.ok(/[1-9]/.test(total), 'the total row holds values to derive');
      const text = lines.join('\n');
      const fixes = checkText(text).diagnostics.filter((d) => d.code === 'row-missing').map((d) => d.fixes[0]);
      assert.deepEqual(fixes.map((f) => f.preferred), [true, true]);
      assert.equal(fixAllOnce(text), full, `${secret.trim()} and ${total.trim()} restored`);
    });
  for (const layout of ['tabs', 'spaces', 'markdown'] as const)
    it(`${layout}: a leftover between two values is replaced by a space, not deleted (which joined them)`, () => {
      const full = syntheticReport({ layout });
      const cells = /（一）予以公开[^\n]*?(\d)([\t |]+)(\d)/.exec(full)!;
      const at = cells.index + cells[0].length - 1;
      const text = full.slice(0, at - cells[2].length) + '[bookmark: x]' + full.slice(at);
      const [leftover] = checkText(text).diagnostics.filter((d) => d.code === 'artifact');
      assert.equal(leftover.fixes[0].edits[0].newText, ' ');
      const once = fixAllOnce(text);
      assert.deepEqual(errorsOf(once), []);
      assert.equal(checkText(once).model.tables.find((t) => t.tableId === 'application')!.rows[2].cells[1].raw, cells[3]);
    });
  // A Word bookmark beside a value or in a Markdown delimiter row: what the table reads is what
  // it reads once the bookmark is deleted, so deleting it (the preferred fix) changes no finding.
  const findingsWithoutArtifact = (t: string) => checkText(t).diagnostics.filter((d) => d.code !== 'artifact').map((d) => `${d.code} ${d.message}`);
  const deletingTheBookmarkChangesNothingElse = (text: string) => {
    const [leftover] = checkText(text).diagnostics.filter((d) => d.code === 'artifact');
    assert.ok(leftover, 'the bookmark is reported');
    assert.deepEqual(findingsWithoutArtifact(applyEdits(text, leftover.fixes[0].edits)), findingsWithoutArtifact(text));
  };
  it('cell-per-line: a bookmark after a value does not glue it (a row a value short is a column-count error)', () => {
    const full = syntheticReport({ layout: 'cell-per-line' });
    const row = /\n\t规章\n\t(\d+)\n\t(\d+)\n\t(\d+)\n/.exec(full)!;
    const text = full.replace(row[0], `\n\t规章\n\t${row[1]}\n\t${row[2]}[bookmark: x]\n`);
    const codes = checkText(text).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('column-count') && !codes.includes('cell-split'), codes.join(' '));
    deletingTheBookmarkChangesNothingElse(text);
  });
  it('tabs: a bookmark between an item number and its mark (2[bookmark: x].没有现成信息…) leaves the label numbered', () => {
    const full = syntheticReport({ layout: 'tabs' });
    const text = full.replace('2.没有现成信息需要另行制作', '2[bookmark: x].没有现成信息需要另行制作');
    assert.notEqual(text, full);
    assert.deepEqual(errorsOf(text), []);
    deletingTheBookmarkChangesNothingElse(text);
    assert.equal(fixAllOnce(text), full);
  });
  it('markdown: a bookmark in a delimiter row leaves it a delimiter row (§四: not fifteen values “---”)', () => {
    const full = syntheticReport({ layout: 'markdown' });
    const delimiter = /\n(\| --- \| --- )((?:\| --- ){13,}\|)\n/.exec(full)!;
    const text = full.replace(delimiter[0], `\n${delimiter[1]}[bookmark: x]${delimiter[2]}\n`);
    assert.deepEqual(errorsOf(text), []);
    deletingTheBookmarkChangesNothingElse(text);
    assert.equal(fixAllOnce(text), full);
  });
  it('markdown: a delimiter row joined with the values row under it (| --- || 0 | 1 |) is still a delimiter row, a bookmark in it or not', () => {
    const full = syntheticReport({ layout: 'markdown' });
    const delimiter = /\n(\| --- \| --- )((?:\| --- ){13,}\|)\n(?=\| \d)/.exec(full)!;
    const joined = full.replace(delimiter[0], `\n${delimiter[1]}${delimiter[2]}`);
    const cellsOf = (t: string) => checkText(t).model.tables.find((x) => x.tableId === 'review')!.rows[0].cells.map((c) => c.value);
    assert.deepEqual(cellsOf(joined), cellsOf(full));
    assert.ok(cellsOf(full).every((v) => typeof v === 'number'));
    assert.deepEqual(errorsOf(joined), []);
    const withBookmark = full.replace(delimiter[0], `\n${delimiter[1]}[bookmark: x]${delimiter[2]}`);
    assert.deepEqual(errorsOf(withBookmark), []);
    deletingTheBookmarkChangesNothingElse(withBookmark);
  });
  it('markdown: a delimiter row with a cell cut short (| --- | - | --- |) is still a delimiter row, a bookmark in it or not', () => {
    const full = syntheticReport({ layout: 'markdown' });
    const delimiter = /\n(\| --- \| --- \| --- )\| --- ((?:\| --- ){11,}\|)\n/.exec(full)!;
    const cut = full.replace(delimiter[0], `\n${delimiter[1]}| - ${delimiter[2]}\n`);
    assert.deepEqual(errorsOf(cut), []);
    const withBookmark = full.replace(delimiter[0], `\n${delimiter[1]}| - ${delimiter[2].replace(/---( \|)$/, '--[bookmark: x]-$1')}\n`);
    assert.ok(withBookmark.includes('--[bookmark: x]- |\n'));
    assert.deepEqual(errorsOf(withBookmark), []);
    deletingTheBookmarkChangesNothingElse(withBookmark);
  });
  it('markdown: a delimiter row with a cell broken by a space (| --- -- |) is still a delimiter row, a bookmark in it or not', () => {
    const full = syntheticReport({ layout: 'markdown' });
    const delimiter = /\n(\| --- \| --- \| --- )\| --- ((?:\| --- ){11,}\|)\n/.exec(full)!;
    const broken = full.replace(delimiter[0], `\n${delimiter[1]}| --- -- ${delimiter[2]}\n`);
    assert.deepEqual(errorsOf(broken), []);
    const withBookmark = full.replace(delimiter[0], `\n${delimiter[1]}| --- -- ${delimiter[2].replace(/---( \|)$/, '---[bookmark: x]$1')}\n`);
    assert.ok(withBookmark.includes('---[bookmark: x] |\n'));
    assert.deepEqual(errorsOf(withBookmark), []);
    deletingTheBookmarkChangesNothingElse(withBookmark);
  });
  it('markdown: a bookmark alone in a cell is read as the empty cell deleting it leaves (the fuzzer: | 0 |[bookmark: x]| 0 |)', () => {
    const full = syntheticReport({ layout: 'markdown' });
    const values = /\n\| (?:\d+ \| ){14}\d+ \|\n/.exec(full)!;
    const row = values[0].replace(/^(\n\| \d+ \| \d+ \| \d+ )\|/, '$1|[bookmark: x]|');
    const text = full.replace(values[0], row);
    assert.notEqual(text, full);
    const cells = checkText(text).model.tables.find((t) => t.tableId === 'review')!.rows[0].cells;
    assert.equal(cells[3].raw, '', 'the fourth cell is the blank one');
    assert.ok(errorsOf(text).some((e) => e.startsWith('column-count')), errorsOf(text).join('\n'));
    deletingTheBookmarkChangesNothingElse(text);
  });
  it('tabs: a section heading run into the table below it stays a heading once its typo is fixed (the fuzzer: §四 and 行政复议 on one line)', () => {
    const full = syntheticReport({ layout: 'tabs' });
    // The heading's line ends after the first header word: the wording plus a few characters.
    const joined = full.replace('四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t', '四、政府信息公开、行政复议、行政诉讼情况\t行政复议\n');
    assert.notEqual(joined, full);
    const [typo] = checkText(joined).diagnostics.filter((d) => d.code === 'heading-text');
    assert.ok(typo, 'the heading is found, its typo reported');
    const fixed = applyEdits(joined, typo.fixes[0].edits);
    assert.ok(fixed.includes('四、政府信息公开行政复议、行政诉讼情况\t行政复议\n'));
    assert.deepEqual(errorsOf(fixed), errorsOf(joined));
    assert.ok(checkText(fixed).model.sections.some((s) => s.number === 4));
  });
  it('markdown: a delimiter row run into the header row above it (| 总计 || --- |) is still a delimiter row, a bookmark in it or not', () => {
    const full = syntheticReport({ layout: 'markdown' });
    const delimiter = /\|\n(\| --- \| --- )((?:\| --- ){13,}\|)\n/.exec(full)!;
    const joined = full.replace(delimiter[0], `|${delimiter[1]}${delimiter[2]}\n`);
    assert.ok(joined.includes('总计 || --- |'), 'the §四 header row and its delimiter row on one line');
    assert.deepEqual(errorsOf(joined), []);
    const withBookmark = full.replace(delimiter[0], `|${delimiter[1]}| [bookmark: x]${delimiter[2].slice(2)}\n`);
    assert.ok(withBookmark.includes('| [bookmark: x]--- |'));
    assert.deepEqual(errorsOf(withBookmark), []);
    deletingTheBookmarkChangesNothingElse(withBookmark);
  });
  for (const [written, raw, where] of [
    ['[bookmark: x]-', '-', 'before a placeholder (| [bookmark: x]- |) leaves it a placeholder'],
    // The cell's text is as written, bookmark included: what the model says is the document's.
    ['-[bookmark: x]-', '-[bookmark: x]-', 'inside a placeholder (| -[bookmark: x]- |) leaves it the placeholder (the fuzzer, seed 106)'],
  ] as const)
    it(`markdown: a bookmark ${where}`, () => {
      const full = syntheticReport({ layout: 'markdown' });
      const values = /\n\| (?:\d+ \| ){14}\d+ \|\n/.exec(full)!;
      const text = full.replace(values[0], values[0].replace(/^(\n\| \d+ \| \d+ \| )\d+/, `$1${written}`));
      assert.notEqual(text, full);
      const cells = checkText(text).model.tables.find((t) => t.tableId === 'review')!.rows[0].cells;
      assert.equal(cells[2].raw, raw);
      assert.equal(cells.length, 15);
      deletingTheBookmarkChangesNothingElse(text);
    });
  it('markdown: a row of - placeholders is no delimiter row', () => {
    const full = syntheticReport({ layout: 'markdown' });
    const values = /\n\| (\d+ \| ){14}\d+ \|\n/.exec(full)!;
    const text = full.replace(values[0], `\n${values[0].slice(1).replace(/\d+/g, '-')}`);
    const cells = checkText(text).model.tables.find((t) => t.tableId === 'review')!.rows[0].cells;
    assert.deepEqual(cells.map((c) => c.raw), new Array(15).fill('-'));
  });
  it('cell-per-line: a stray numbering left above a numbered row label is debris, not the label’s numbering', () => {
    const full = syntheticReport({ layout: 'cell-per-line' });
    const at = full.indexOf('3.危及');
    assert.ok(at > 0);
    const lineEnd = full.lastIndexOf('\n', at - 1);
    const text = full.slice(0, lineEnd) + '三、\n\n\t' + full.slice(lineEnd);
    const result = checkText(text);
    assert.deepEqual(result.diagnostics.filter((d) => d.code === 'label').map((d) => d.message), []);
    const row = result.model.tables.find((t) => t.tableId === 'application')!.rows.find((r) => r.rowId === 'withheld3')!;
    assert.equal(text.slice(row.labelSpan.start, row.labelSpan.end), '3.危及“三安全一稳定”');
  });
  it('tabs: a missing last row of a §二 table whose line runs into the next section’s heading goes before the heading', () => {
    const full = syntheticReport({ layout: 'tabs' });
    const row = /\n(行政事业性收费\t[^\n]*)\n\n?(?=三、)/.exec(full)!;
    // The row dropped and the §三 heading joined to the header line, as a careless deletion leaves them.
    const text = full.slice(0, row.index) + full.slice(row.index + row[0].length);
    assert.ok(/本年收费金额（单位：万元）三、收到和处理/.test(text));
    const missing = checkText(text).diagnostics.find((d) => d.code === 'row-missing')!;
    assert.equal(missing.fixes[0].edits[0].newText, `\n${row[1].replace(/\d+(\.\d+)?/g, '0')}\n`);
    const once = fixAllOnce(text);
    assert.ok(once.includes(`本年收费金额（单位：万元）\n${row[1].replace(/\d+(\.\d+)?/g, '0')}\n三、收到和处理`));
    assert.ok(!checkText(once).diagnostics.some((d) => d.code === 'row-missing'));
  });
  it('collapsed: a table with no row left and a stray tab in its heading is still collapsed, its row inserted in the line', () => {
    const full = generateReport(3, { layout: 'collapsed', version: '2021' }).text;
    const text = full.replace(/第二十条第（八）项(信息内容本年收费金额（单位：万元）)行政事业性收费[\d.]+/, '第二\t十条第（八）项$1');
    assert.notEqual(text, full);
    const result = checkText(text);
    assert.equal(result.model.tables.find((t) => t.tableId === 'article20-8')!.layout, 'collapsed');
    const once = fixAllOnce(text);
    assert.ok(once.includes('本年收费金额（单位：万元）行政事业性收费0'));
    assert.ok(!checkText(once).diagnostics.some((d) => d.code === 'row-missing'));
  });
  for (const layout of ['tabs', 'collapsed'] as const)
    it(`${layout}: a bookmark between a section numeral and its 、 leaves the heading a heading`, () => {
      const full = syntheticReport({ layout });
      const text = full.replace('五、存在的主要问题', '五[bookmark: x]、存在的主要问题');
      assert.notEqual(text, full);
      const codes = checkText(text).diagnostics.map((d) => d.code);
      assert.ok(!codes.includes('section-missing') && codes.includes('artifact'), codes.join(' '));
      deletingTheBookmarkChangesNothingElse(text);
      assert.equal(fixAllOnce(text), full);
    });
  it('spaces: a decimal run into the next row’s item number (2.04.保护…) leaves that digit to the label', () => {
    const full = syntheticReport({ layout: 'spaces' });
    const row = /\n(3\.危及“三安全一稳定”[^\n]*?)(\d+)\n(4\.保护第三方合法权益)/.exec(full)!;
    // The two rows joined, and the total damaged into a decimal that runs into the next item number.
    const text = full.replace(row[0], `\n${row[1]}2.0${row[3]}`);
    const result = checkText(text);
    const rows = result.model.tables.find((t) => t.tableId === 'application')!.rows;
    assert.equal(rows.find((r) => r.rowId === 'withheld3')!.cells.at(-1)!.raw, '2.0');
    assert.equal(text.slice(rows.find((r) => r.rowId === 'withheld4')!.labelSpan.start).slice(0, 4), '4.保护');
    const total = result.diagnostics.find((d) => d.code === 'row-total')!;
    assert.deepEqual(addedErrors(result.diagnostics, checkText(applyEdits(text, total.fixes[0].edits)).diagnostics), []);
  });
  it('markdown: a one-digit decimal run into an item number (2.7.属于…) leaves that digit to the label too', () => {
    const full = syntheticReport({ layout: 'markdown' });
    // The row a value short, and `2.` typed before the next row's item number.
    const row = /\n(\|[ |]*6\.属于四类过程性信息(?: \| \d+){6}) \| \d+ \|\n(\|[ |]*)(7\.属于行政执法案卷)/.exec(full)!;
    const text = full.replace(row[0], `\n${row[1]} |\n${row[2]}2.${row[3]}`);
    const result = checkText(text);
    const rows = result.model.tables.find((t) => t.tableId === 'application')!.rows;
    assert.equal(rows.find((r) => r.rowId === 'withheld6')!.cells.at(-1)!.raw, '2.');
    assert.equal(text.slice(rows.find((r) => r.rowId === 'withheld7')!.labelSpan.start).slice(0, 4), '7.属于');
    const total = result.diagnostics.find((d) => d.code === 'row-total')!;
    assert.deepEqual(addedErrors(result.diagnostics, checkText(applyEdits(text, total.fixes[0].edits)).diagnostics), []);
  });
  it('a total written back beside a stray thousands group keeps a space, not read as one number with it', () => {
    const full = syntheticReport({ layout: 'tabs' });
    const row = /\n\t?（七）总计((?:\t\d+)+)\n/.exec(full)!;
    const total = row[1].split('\t').at(-1)!;
    // The total with two digits too many and `,234` run into it: 2621,234 reads as 2621 and a stray 234.
    const text = full.replace(row[0], row[0].replace(`\t${total}\n`, `\t${total}00,234\n`));
    const result = checkText(text);
    const finding = result.diagnostics.find((d) => d.code === 'row-total')!;
    assert.ok(finding, 'the total is wrong');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes(`\t${total} ,234\n`), 'a space keeps the value apart');
    const cells = checkText(fixed).model.tables.find((t) => t.tableId === 'application')!.rows.find((r) => r.rowId === 'resultsTotal')!.cells;
    assert.equal(cells.at(-1)!.value, Number(total));
    assert.deepEqual(addedErrors(result.diagnostics, checkText(fixed).diagnostics), []);
    // Where nothing runs into it, the value is written as is.
    const plain = full.replace(row[0], row[0].replace(`\t${total}\n`, `\t${total}00\n`));
    assert.equal(checkText(plain).diagnostics.find((d) => d.code === 'row-total')!.fixes[0].edits[0].newText, total);
  });
  it('a placeholder with a bookmark among its marks: the cell’s text is as written, the message shows the marks', () => {
    const full = syntheticReport({ layout: 'tabs' });
    const at = full.indexOf('\t0\t', full.indexOf('收到和处理政府信息公开申请情况'));
    const text = `${full.slice(0, at)}\t-[bookmark: x]-\t${full.slice(at + 3)}`;
    const result = checkText(text);
    const cell = result.model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.span.start === at + 1)!;
    assert.equal(cell.raw, '-[bookmark: x]-');
    assert.equal(text.slice(cell.span.start, cell.span.end), cell.raw);
    const finding = result.diagnostics.find((d) => d.code === 'cell-value')!;
    assert.match(finding.message, /而不是“--”/);
  });
  it('an invisible character inside a number is deleted', () => {
    const full = syntheticReport({ layout: 'tabs' });
    const text = full.replace('\t1\t', '\t1\u200b0\t');
    const [leftover] = checkText(text).diagnostics.filter((d) => d.code === 'artifact');
    assert.equal(leftover.fixes[0].edits[0].newText, '');
  });
  const collapsed = () => generateReport(3, { layout: 'collapsed', version: '2021' }).text;
  it('debris before a label in collapsed text is not a typo of the label, eaten one character per round', () => {
    const text = collapsed().replace(/(行政许可\d+)第二十条第（六）(项信息内容)/, '行政许可1）$2');
    assert.ok(text.includes('行政许可1）项信息内容'));
    const once = fixAllOnce(text);
    assert.ok(once.includes('行政许可1）信息内容'), 'the typo 项信息内容 is fixed, the debris ） left alone');
    assert.ok(!checkText(once).diagnostics.some((d) => d.code === 'label'));
    assert.equal(fixAllOnce(once), once);
  });
  it('collapsed text: a label cut short at its start, run on from the label before, gets its numbering back, so its fix removes its finding', () => {
    // `…其政府信息公开申请0000000` + `2.申请人逾期…` with `开申请00000002.申` deleted (the fuzzer, seed 127).
    const full = collapsed();
    assert.ok(full.includes('其政府信息公开申请0000000'));
    const text = full.replace(/其政府信息公开申请0000000\d?2\.申请人逾期/, '其政府信息公请人逾期');
    assert.ok(text.includes('其政府信息公请人逾期'));
    const labelFindings = (t: string) => checkText(t).diagnostics.filter((d) => d.code === 'label');
    const cut = labelFindings(text).find((d) => d.message.includes('“人逾期未按收费通知'));
    assert.ok(cut, 'the label cut short is reported');
    const fix = cut.fixes.find((f) => f.preferred)!;
    assert.equal(fix.edits[0].newText, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    // Without its numbering the label before read the restored 申请 as its own, and the finding moved on.
    assert.ok(!labelFindings(applyEdits(text, fix.edits)).some((d) => d.message.includes('“人逾期未按收费通知')));
  });
  it('a table of collapsed text whose rows have lost their values is collapsed, its missing row inserted in the line', () => {
    const text = collapsed().replace(/行政处罚\d+行政强制\d+第二十条第（八）项/, '行政处（八）项');
    const result = checkText(text);
    assert.equal(result.model.tables.find((t) => t.tableId === 'article20-6')!.layout, 'collapsed');
    const once = fixAllOnce(text);
    assert.ok(!once.includes('行政强制    0'), 'no row in the space-separated layout');
    assert.equal(fixAllOnce(once), once);
  });
  for (const layout of layouts)
    it(`${layout}: every row of a §二 table missing, both rows are inserted together, in order`, () => {
      const full = generateReport(3, { layout, version: '2021' }).text;
      const table = checkText(full).model.tables.find((t) => t.tableId === 'article20-6')!;
      const next = checkText(full).model.tables.find((t) => t.tableId === 'article20-8')!;
      // From the first row's line to the next table's heading (mid-line in collapsed text).
      const lineStart = (at: number) => (layout === 'collapsed' ? at : full.lastIndexOf('\n', at - 1) + 1);
      const from = lineStart(table.rows[0].labelSpan.start);
      const to = lineStart(next.span.start);
      const text = full.slice(0, from) + full.slice(to);
      const missing = checkText(text).diagnostics.filter((d) => d.code === 'row-missing');
      assert.equal(missing.length, 2);
      const once = fixAllOnce(text);
      const rows = checkText(once).model.tables.find((t) => t.tableId === 'article20-6')!.rows;
      assert.deepEqual(rows.map((r) => r.rowId), ['penalty', 'enforcement']);
      assert.equal(fixAllOnce(once), once);
    });
  it('conversion debris before the title does not hide it', () => {
    const text = '[bookmark: _GoBack]\n' + readFileSync(join(dir, real.find((r) => r.name.startsWith('003'))!.name), 'utf8');
    assert.ok(checkText(text).diagnostics.some((d) => d.code === 'title'));
    const once = fixAllOnce(text);
    assert.equal(fixAllOnce(once), once);
  });
});
