// The language services on synthetic reports in every layout, both format versions and
// both line-ending styles: pure functions, no server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, checkText, formats, LineIndex, type FormatVersion } from '../../server/src/engine';
import { reviewGroups } from '../../server/src/engine/format/reviewTable';
import { rowLabel } from '../../server/src/engine/render/tables';
import {
  canonicalTableEdit,
  canonicalTableText,
  cellsKey,
  completions,
  flatten,
  foldingRanges,
  formatEdits,
  hoverAt,
  outline,
  skeletonSnippet,
  skeletonText,
  tableStatuses,
} from '../../server/src/engine/services';
import { layouts, syntheticReport } from '../support/reports';
import { generateReport } from '../../bench/corpus';

const versions: FormatVersion[] = ['2021', '2019'];

describe('canonical tables and formatting', () => {
  for (const version of versions) {
    for (const layout of layouts) {
      for (const eol of ['\n', '\r\n']) {
        const name = `${version} ${layout} ${eol === '\n' ? 'LF' : 'CRLF'}`;
        it(`${name}: formatting keeps every cell, ends in canonical tables and is idempotent`, () => {
          const text = syntheticReport({ layout, version, year: version === '2021' ? 2025 : 2020, eol });
          const before = checkText(text);
          const formatted = applyEdits(text, formatEdits(before));
          const after = checkText(formatted);
          assert.deepEqual(after.model.tables.map(cellsKey), before.model.tables.map(cellsKey));
          assert.equal(after.formatVersion, before.formatVersion);
          for (const t of after.model.tables) assert.equal(t.layout, 'tabs', `${t.tableId} in tabs`);
          // No pipe of a Markdown table is left on the first or last line of its rewrite.
          assert.deepEqual(formatted.split(/\r?\n/).filter((line) => line.includes('|')), []);
          assert.deepEqual(formatEdits(after), []);
          // A clean report stays clean.
          assert.deepEqual(after.diagnostics.map((d) => d.code), before.diagnostics.map((d) => d.code));
          if (layout !== 'collapsed') assert.ok(!/\r(?!\n)|[^\r]\n/.test(eol === '\r\n' ? formatted : ''), 'line endings kept');
        });
      }
    }
  }

  it('a table that cannot be re-read with the same cells is left alone', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const result = checkText(text);
    const table = result.model.tables.find((t) => t.tableId === 'application')!;
    // A cell the spec does not know cannot be placed in the canonical layout.
    const tampered = { ...table, rows: [{ ...table.rows[0], cells: [...table.rows[0].cells, { ...table.rows[0].cells[0], columnId: 'unknown' }] }, ...table.rows.slice(1)] };
    assert.equal(canonicalTableEdit({ ...result, model: { ...result.model, tables: [tampered] } }, tampered), undefined);
  });

  it('the canonical text of a table uses the official labels, one row per line', () => {
    const text = syntheticReport({ layout: 'cell-per-line' });
    const result = checkText(text);
    const table = result.model.tables.find((t) => t.tableId === 'application')!;
    const canonical = canonicalTableText(result, table)!;
    for (const row of formats['2021'].tables.find((t) => t.id === 'application')!.rows) {
      assert.ok(canonical.split('\n').some((line) => line.startsWith(rowLabel(row))), rowLabel(row));
    }
  });

  // The rewrite carries cells; values no cell holds would be lost with it.
  const formatted = (text: string) => applyEdits(text, formatEdits(checkText(text)));
  const tableOf = (text: string, id: string) => {
    const result = checkText(text);
    return { result, table: result.model.tables.find((t) => t.tableId === id)! };
  };
  it('a digit run that cannot be split is kept: no rewrite of its table, and formatting leaves it', () => {
    // A clean collapsed 2019 report: §二's tables have no sums to split their runs by.
    const text = generateReport(23, { layout: 'collapsed', version: '2019' }).text;
    const { result, table } = tableOf(text, 'article20-1');
    assert.deepEqual(table.unread.map((v) => [v.raw, text.slice(v.span.start, v.span.end)]), [['5814721160', '5814721160']]);
    assert.equal(canonicalTableEdit(result, table), undefined);
    assert.ok(formatted(text).includes('规范性文件5814721160'));
  });
  it('a digit typed into a heading’s wording is kept: formatting leaves the heading, its finding keeps the fix', () => {
    for (const layout of ['tabs', 'markdown'] as const) {
      const text = syntheticReport({ layout }).replace('主动公开政府信息情况', '主动公开政府信1息情况');
      const headingFinding = checkText(text).diagnostics.find((d) => d.code === 'heading-text')!;
      assert.match(headingFinding.message, /主动公开政府信1息情况/);
      const after = formatted(text);
      assert.ok(after.includes('二、主动公开政府信1息情况'), `${layout}: the digit is still there`);
      assert.ok(checkText(after).model.tables.every((t) => t.layout === 'tabs'), `${layout}: the tables are still laid out`);
      // Chosen by the user, the finding's own fix restores the wording.
      const fixed = applyEdits(text, headingFinding.fixes[0].edits);
      assert.ok(fixed.includes('二、主动公开政府信息情况\n'), `${layout}: the quick fix restores the heading`);
    }
  });
  it('a digit typed before 、 or . inside wording is no item number: formatting keeps it', () => {
    for (const layout of ['tabs', 'markdown'] as const)
      for (const digit of ['0', '０', '1', '１']) {
        const clean = syntheticReport({ layout });
        const inHeading = clean.replace('行政复议、行政诉讼情况', `行政复议${digit}、行政诉讼情况`);
        assert.ok(formatted(inHeading).includes(`行政复议${digit}、行政诉讼情况`), `${layout}: ${digit} in a heading is kept`);
        const inLabel = clean.replace('缴纳费用、行政机关', `缴纳费用${digit}、行政机关`);
        assert.notEqual(inLabel, clean);
        assert.ok(formatted(inLabel).includes(`缴纳费用${digit}、行政机关`), `${layout}: ${digit} in a row label is kept`);
      }
  });
  it('a bracketed note after a heading on its line is no typo of the heading: formatting keeps it', () => {
    for (const layout of ['tabs', 'markdown'] as const) {
      const text = syntheticReport({ layout }).replace('收到和处理政府信息公开申请情况\n', '收到和处理政府信息公开申请情况（本列\n');
      assert.ok(text.includes('情况（本列\n'));
      const result = checkText(text);
      const heading = result.model.sections.find((s) => s.number === 3)!.heading;
      assert.equal(text.slice(heading.span.start, heading.span.end), '三、收到和处理政府信息公开申请情况');
      assert.ok(!result.diagnostics.some((d) => d.code === 'heading-text'), `${layout}: no typo in the heading`);
      assert.ok(formatted(text).includes('（本列'), `${layout}: formatting keeps the note`);
    }
  });
  it('a note written between the rows is kept: no rewrite of its table, in any layout', () => {
    for (const layout of layouts) {
      if (layout === 'collapsed') continue; // no line to put a note on
      const full = syntheticReport({ layout });
      const at = full.indexOf('\n', full.indexOf('3.危及“三安全一稳定”'));
      const text = `${full.slice(0, at)}\n（含涉密件）${full.slice(at)}`;
      const { result, table } = tableOf(text, 'application');
      assert.ok(table.span.start < at && at < table.span.end, `${layout}: the note is inside the table`);
      assert.equal(canonicalTableEdit(result, table), undefined, `${layout}: no rewrite`);
      assert.ok(formatted(text).includes('\n（含涉密件）'), `${layout}: formatting keeps the note`);
      // The same table without the note is laid out again, as before.
      const plain = tableOf(full, 'application');
      if (layout !== 'tabs') assert.ok(canonicalTableEdit(plain.result, plain.table), `${layout}: rewritten without the note`);
    }
  });
  it('a value beyond the columns, and the values of a repeated row, are kept', () => {
    const full = syntheticReport({ layout: 'tabs' });
    const row = /\n规章\t[^\n]*/.exec(full)!;
    const text = full.replace(row[0], `${row[0]}\t9${row[0].replace(/\d+/g, '4')}`);
    const { result, table } = tableOf(text, 'article20-1');
    assert.deepEqual(table.unread.map((v) => v.raw), ['9', '4', '4', '4']);
    assert.equal(canonicalTableEdit(result, table), undefined);
    assert.equal(formatted(text).split(`${row[0]}\t9`).length, 2);
    assert.deepEqual(tableOf(full, 'article20-1').table.unread, []);
  });
  it('a table whose span overlaps another’s unread values is not laid out over them', () => {
    // §二's (五) heading cut away with the end of the row above, the row doubled: the (五) table
    // starts at its column label, inside the (一) table, whose repeated row is unread.
    const full = syntheticReport({ layout: 'tabs' });
    const m = /\n(行政规范性文件\t\d+\t\d+)\t\d+\n\n第二十条第（五）项\n信息内(容\t本年处理决定数量)\n/.exec(full)!;
    const line = `${m[1]}${m[2]}\n`;
    const text = full.replace(m[0], `\n${line}${line}`);
    const { table } = tableOf(text, 'article20-1');
    assert.equal(table.unread.length, 4);
    assert.equal(formatted(text).split(line).length - 1, 2, 'both copies of the row are kept');
  });
  it('edits that hold one by one but not together are applied one by one', () => {
    // Collapsed text with a stray / after (五)'s value: each table's rewrite alone is fine, but
    // the line breaks after (五) and before (六) leave the / on a line of its own, a value of (五).
    const full = syntheticReport({ layout: 'collapsed' });
    const text = full.replace(/(行政许可\d+)(第二十条第（六）项)/, '$1/$2');
    assert.notEqual(text, full);
    const errors = (t: string) => checkText(t).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    const after = formatted(text);
    assert.deepEqual(errors(after), errors(text));
    assert.ok(checkText(after).model.tables.some((t) => t.layout === 'tabs'), 'some tables are still laid out again');
  });
  it('a rewrite that would add an error is not offered: a header without 其他, rows of five values', () => {
    // Real report 004: laid out in the official columns, its rows' missing values become blank cells.
    const text = readFileSync(join(import.meta.dirname, '../fixtures/real/004_9bb8fdc409908855.txt'), 'utf8');
    const { result, table } = tableOf(text, 'application');
    assert.ok(canonicalTableText(result, table));
    const errors = (t: string) => checkText(t).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
    const rewritten = text.slice(0, table.span.start) + canonicalTableText(result, table) + text.slice(table.span.end);
    assert.ok(errors(rewritten).some((e) => !errors(text).includes(e) && e.startsWith('cell-value')), 'the plain rewrite adds cell-value errors');
    assert.equal(canonicalTableEdit(result, table), undefined);
    const after = formatted(text);
    assert.deepEqual(errors(after).filter((e) => !errors(text).includes(e)), []);
  });
  it('a table run into the text around it (collapsed web text) is laid out on lines of its own', () => {
    const text = syntheticReport({ layout: 'collapsed' });
    const after = formatted(text);
    assert.ok(after.includes('二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t'));
    assert.ok(/\n四、结转下年度继续办理(\t\d+){7}\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t/.test(after));
    assert.equal(formatted(after), after);
  });
});

describe('outline, folding, lenses', () => {
  it('every section and table appears once, sections carry finding counts in either language', () => {
    const text = syntheticReport({ layout: 'markdown' });
    const result = checkText(text);
    const nodes = flatten(outline(result, 'zh-CN'));
    assert.equal(nodes.filter((n) => n.kind === 'section').length, 6);
    assert.deepEqual(nodes.filter((n) => n.kind === 'table').map((n) => n.name), formats['2021'].tables.map((t) => t.heading ?? t.name));
    assert.ok(nodes.filter((n) => n.kind === 'section').every((n) => n.detail === '无问题'));
    assert.ok(flatten(outline(result, 'en')).filter((n) => n.kind === 'section').every((n) => n.detail === '0 findings'));
  });

  it('without a title, the sections are the roots', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const body = text.slice(text.indexOf('\n') + 1);
    const roots = outline(checkText(body));
    assert.ok(roots.length >= 6 && roots.every((n) => n.kind !== 'title'));
  });

  it('folds each section and table', () => {
    const result = checkText(syntheticReport({ layout: 'tabs' }));
    const folds = foldingRanges(result.model);
    assert.equal(folds.filter((f) => f.kind === 'section').length, 6);
    assert.equal(folds.filter((f) => f.kind === 'table').length, result.model.tables.length);
  });

  it('lenses count the arithmetic findings of their table', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const result = checkText(text);
    assert.ok(tableStatuses(result, 'zh-CN').every((s) => s.title === '勾稽关系：全部相符'));
    const review = result.model.tables.find((t) => t.tableId === 'review')!;
    const cell = review.rows[0].cells[0];
    const broken = text.slice(0, cell.span.start) + String(Number(cell.raw) + 1) + text.slice(cell.span.end);
    const statuses = tableStatuses(checkText(broken), 'zh-CN');
    assert.equal(statuses.find((s) => s.tableId === 'review')!.title, '勾稽关系：1 处不符');
    assert.equal(tableStatuses(checkText(broken), 'en').find((s) => s.tableId === 'review')!.title, 'Arithmetic: 1 mismatch');
  });
});

describe('hover', () => {
  const text = syntheticReport({ layout: 'tabs' });
  const result = checkText(text);
  const table = (id: string) => result.model.tables.find((t) => t.tableId === id)!;
  const spec = (id: string) => formats['2021'].tables.find((t) => t.id === id)!;

  it('a §四 value: group and column', () => {
    const cell = table('review').rows[0].cells[7];
    const hover = hoverAt(result, cell.span.start, 'zh-CN')!;
    const column = spec('review').columns[7];
    const litigation = spec('review').headerWords[1];
    assert.ok(hover.contents.includes(`${formats['2021'].sections[3].heading} › ${litigation} › ${reviewGroups[1].label} › ${column.label}`), hover.contents);
    const review = hoverAt(result, table('review').rows[0].cells[0].span.start, 'zh-CN')!;
    assert.ok(review.contents.includes(`${formats['2021'].sections[3].heading} › ${reviewGroups[0].label} › ${spec('review').columns[0].label}`), review.contents);
  });

  it('a §四 total: its group identity with the numbers', () => {
    const cell = table('review').rows[0].cells[4];
    const values = table('review').rows[0].cells.slice(0, 4).map((c) => c.value);
    const hover = hoverAt(result, cell.span.end, 'en')!;
    assert.ok(hover.contents.includes(`${cell.value} = ${values.join(' + ')} ✓`), hover.contents);
  });

  it('a §二 value: sub-table, row and column', () => {
    const cell = table('article20-1').rows[1].cells[2];
    const s = spec('article20-1');
    const hover = hoverAt(result, cell.span.start)!;
    assert.ok(hover.contents.includes(`${s.heading} › ${rowLabel(s.rows[1])} · ${s.columns[2].label}`), hover.contents);
  });

  it('a balance cell shows both of its identities, and a broken one says so', () => {
    const cell = table('application').rows.find((r) => r.rowId === 'carriedForward')!.cells[0];
    const broken = text.slice(0, cell.span.start) + '99' + text.slice(cell.span.end);
    const again = checkText(broken);
    const hover = hoverAt(again, new LineIndex(broken).offsetAt(new LineIndex(text).positionAt(cell.span.start)), 'en')!;
    assert.match(hover.contents, /✗/);
  });

  it('a row label: its path', () => {
    const row = table('application').rows.find((r) => r.rowId === 'notProcessed2')!;
    const s = spec('application');
    const hover = hoverAt(result, row.labelSpan.start + 1)!;
    const label = (id: string) => rowLabel(s.rows.find((r) => r.id === id)!);
    assert.ok(hover.contents.endsWith(`${formats['2021'].sections[2].heading} › ${label('notProcessed')} › ${label('notProcessed2')}`), hover.contents);
  });

  it('nothing on plain prose', () => {
    const offset = text.indexOf('认真贯彻');
    assert.equal(hoverAt(result, offset), undefined);
  });
});

describe('skeleton and completion', () => {
  it('the skeleton checks clean and its snippet has tab stops on agency and year', () => {
    assert.deepEqual(checkText(skeletonText(2025, '某某局')).diagnostics, []);
    const snippet = skeletonSnippet(2025, '单位名称');
    assert.ok(snippet.startsWith('${1:单位名称}${2:2025}年'));
  });

  it('the skeleton is offered only in an empty document', () => {
    assert.equal(completions(checkText(''), 0, 'zh-CN', new Date(2026, 0, 10))[0].label.includes('2025'), true);
    const text = syntheticReport({ layout: 'tabs' });
    assert.deepEqual(completions(checkText(text), text.indexOf('认真贯彻')), []);
  });

  it('inside a table with rows missing: exactly those rows, in the table’s layout', () => {
    const text = syntheticReport({ layout: 'markdown' });
    const result = checkText(text);
    const table = result.model.tables.find((t) => t.tableId === 'article20-6')!;
    const row = table.rows[1];
    const lineStart = text.lastIndexOf('\n', row.labelSpan.start) + 1;
    const lineEnd = text.indexOf('\n', row.labelSpan.start);
    const without = text.slice(0, lineStart) + text.slice(lineEnd + 1);
    const items = completions(checkText(without), lineStart);
    const s = formats['2021'].tables.find((t) => t.id === 'article20-6')!;
    assert.deepEqual(items.map((i) => i.label), [rowLabel(s.rows[1])]);
    assert.ok(items[0].insertText.startsWith('|'));
  });
});
