// Text conventions the scanner must take in its stride: CRLF, BOM, full-width digits,
// thousands separators, placeholders — with exact positions throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, LineIndex } from '../../server/src/engine';
import { syntheticReport } from '../support/reports';

const cellOf = (text: string, table: string, row: string, column: string) =>
  checkText(text).model.tables.find((t) => t.tableId === table)!.rows.find((r) => r.rowId === row)!.cells.find((c) => c.columnId === column)!;

describe('scanner', () => {
  it('CRLF: same findings, positions on the right lines', () => {
    const lf = syntheticReport({ layout: 'tabs' }).replace('本年制发件数', '本年度发件数');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = checkText(lf).diagnostics;
    const b = checkText(crlf).diagnostics;
    assert.deepEqual(b.map((d) => [d.code, d.range]), a.map((d) => [d.code, d.range]));
  });

  it('a short line of text and a heading (`年度一、总体情况`) holds the heading, trailing blanks or not (the metamorphic fuzzer)', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const title = clean.slice(0, clean.indexOf('\n'));
    assert.ok(title.endsWith('工作年度报告'));
    // The title's last words wrapped onto the heading's line, 报告 lost: eight characters in all.
    const text = clean.replace(`${title}\n\n一、总体情况`, `${title.slice(0, -4)}\n年度一、总体情况`);
    assert.ok(text.includes('\n年度一、总体情况\n'));
    for (const variant of [text, text.replace(/\n/g, ' \n')]) {
      const r = checkText(variant);
      assert.deepEqual(r.model.sections.map((x) => x.number), [1, 2, 3, 4, 5, 6]);
      assert.ok(!r.diagnostics.some((d) => d.code === 'section-missing'));
    }
  });

  it('a BOM does not hide the title', () => {
    const text = '\ufeff' + syntheticReport({ layout: 'tabs' });
    const r = checkText(text);
    assert.equal(r.model.title?.year, 2025);
    assert.deepEqual(r.diagnostics, []);
  });

  it('full-width digits are read as numbers and keep their own text', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const c = cellOf(text, 'article20-5', 'licensing', 'decisions');
    const wide = String(c.value).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const changed = text.slice(0, c.span.start) + wide + text.slice(c.span.end);
    const read = cellOf(changed, 'article20-5', 'licensing', 'decisions');
    assert.equal(read.value, c.value);
    assert.equal(read.raw, wide);
  });

  it('thousands separators: 1,234 is one value', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const c = cellOf(text, 'article20-5', 'licensing', 'decisions');
    const changed = text.slice(0, c.span.start) + '1,234' + text.slice(c.span.end);
    assert.equal(cellOf(changed, 'article20-5', 'licensing', 'decisions').value, 1234);
  });

  it('full-width and half-width brackets in labels are the same label', () => {
    const text = syntheticReport({ layout: 'tabs' }).replace('（一）予以公开', '(一) 予以公开');
    assert.ok(cellOf(text, 'application', 'disclosed', 'total'));
    assert.ok(!checkText(text).diagnostics.some((d) => d.code === 'row-missing'));
  });

  it('labels broken over lines (one cell per line) are recognised', () => {
    const text = syntheticReport({ layout: 'cell-per-line' }).replace('\t商业企业', '\t商业\n企业');
    const r = checkText(text);
    assert.equal(r.model.tables.find((t) => t.tableId === 'application')!.columns.length, 7);
    assert.ok(!r.diagnostics.some((d) => d.severity === 'error'));
  });

  it('positions are UTF-16 based, like LSP', () => {
    const text = '𠀀' + syntheticReport({ layout: 'tabs' }).replace('本年制发件数', '本年度发件数');
    const d = checkText(text).diagnostics.find((x) => x.code === 'label')!;
    const index = new LineIndex(text);
    const span = index.span(d.range);
    assert.equal(text.slice(span.start, span.end), '本年度发件数');
  });

  it('a blank cell between two values is a blank value, not a missing column', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const c = cellOf(text, 'application', 'disclosed', 'commercial');
    const blanked = text.slice(0, c.span.start) + text.slice(c.span.end);
    const d = checkText(blanked).diagnostics;
    const blank = d.find((x) => x.code === 'cell-value')!;
    assert.match(blank.message, /空白/);
    assert.ok(!d.some((x) => x.code === 'column-count'));
  });

  it('a text that is no report gets one clear finding', () => {
    const r = checkText('Hello world\nthis is a shopping list\n');
    assert.equal(r.isReport, false);
    assert.equal(r.diagnostics.length, 1);
    assert.match(r.diagnostics[0].message, /不像政府信息公开工作年度报告/);
  });

  it('binary garbage gets one finding, not a flood', () => {
    let s = '';
    for (let i = 0; i < 20000; i++) s += String.fromCharCode((i * 7919) % 65536);
    const r = checkText(s);
    assert.ok(r.diagnostics.length <= 1);
  });

  it('a large document (5 MB of repeated report) is checked without trouble', () => {
    const one = syntheticReport({ layout: 'tabs' });
    const big = one + ('\n本年度工作稳步推进。'.repeat(2000) + one).repeat(Math.ceil(5e6 / (one.length + 20000)));
    const r = checkText(big);
    assert.equal(r.isReport, true);
    const lines = new LineIndex(big).lineCount;
    assert.ok(r.diagnostics.every((d) => d.range.end.line < lines));
    // The repeated sections are duplicates; nothing else is wrong with the text.
    assert.deepEqual([...new Set(r.diagnostics.map((d) => d.code))], ['section-duplicate']);
  });

  it('the 2019 format is chosen for a 2020 report and read completely', () => {
    const r = checkText(syntheticReport({ layout: 'tabs', year: 2020 }));
    assert.equal(r.formatVersion, '2019');
    assert.deepEqual(r.model.tables.map((t) => t.tableId), ['article20-1', 'article20-5', 'article20-6', 'article20-8', 'article20-9', 'application', 'review']);
  });

  it('numbers read digit by digit keep the value of their digits, long runs and all', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const c = cellOf(text, 'article20-5', 'licensing', 'decisions');
    const at = text.indexOf(c.raw, c.span.start);
    // Small values share their digit strings: the same value written with leading zeros, or
    // in full width, right after it must still keep its own text.
    const cases: [string, number][] = [
      ['7', 7],
      ['07', 7],
      ['007', 7],
      ['７', 7],
      ['70', 70],
      ['0070', 70],
      ['9999', 9999],
      ['10000', 10000],
      ['123456789012345', 123456789012345],
      ['1234567890123456789', Number('1234567890123456789')],
      ['９８７６５４３２１０９８７６５４３２', Number('9876543210987654321'.slice(0, 18))],
      ['-12', -12],
      ['1,234,567', 1234567],
      ['12.50', 12.5],
    ];
    for (const [written, value] of cases) {
      const edited = text.slice(0, at) + written + text.slice(at + c.raw.length);
      const cell = cellOf(edited, 'article20-5', 'licensing', 'decisions');
      assert.equal(cell.value, value, written);
      assert.equal(cell.raw, written);
    }
  });

  it('labels read once are placed right wherever the same text recurs', () => {
    // The second report repeats the first one's label texts at other offsets (and a typo the
    // first had): every label must land where it is written in the text being checked.
    const first = syntheticReport({ layout: 'tabs' }).replace('本年制发件数', '本年度发件数');
    const before = checkText(first);
    const at = first.indexOf('（二）');
    const insert = '插入的一段说明文字。\n';
    const second = first.slice(0, at) + insert + first.slice(at);
    const after = checkText(second);
    const labelsOf = (r: ReturnType<typeof checkText>) => r.model.tables.flatMap((t) => t.rows.map((row) => row.labelSpan));
    const moved = labelsOf(before).map((s) => (s.start >= at ? { start: s.start + insert.length, end: s.end + insert.length } : s));
    assert.deepEqual(labelsOf(after), moved);
    for (const t of after.model.tables) for (const row of t.rows) if (row.labelText) assert.equal(second.slice(row.labelSpan.start, row.labelSpan.end), row.labelText);
    const typo = after.diagnostics.find((d) => d.code === 'label');
    assert.ok(typo, 'the typo is found in the second report too');
    assert.equal(second.split('\n')[typo.range.start.line].slice(typo.range.start.character, typo.range.end.character), '本年度发件数');
  });

  it('table rows numbered like sub-headings are no sub-headings; the prose around the tables keeps its own', () => {
    const text = syntheticReport({ layout: 'tabs' });
    const tableRow = text.indexOf('（一）予以公开');
    assert.ok(tableRow > 0, 'the application table has the row （一）予以公开');
    const r = checkText(text);
    const subheadings = r.model.sections.flatMap((s) => s.subheadings);
    assert.ok(!subheadings.some((h) => h.text.startsWith('（一）予以公开')), 'a table row is not a sub-heading');
    for (const t of r.model.tables) for (const h of subheadings) assert.ok(h.span.start < t.span.start || h.span.start >= t.span.end, `${h.text} lies outside ${t.tableId}`);
    // A sub-heading of §一 written just like a table row is one.
    const section1 = r.model.sections.find((s) => s.number === 1)!;
    const at = section1.heading.span.end + 1;
    const withSub = text.slice(0, at) + '（九）予以公开\n' + text.slice(at);
    const found = checkText(withSub).model.sections.find((s) => s.number === 1)!.subheadings.map((h) => h.text);
    assert.ok(found.includes('（九）予以公开'), `found: ${found.join(', ')}`);
  });
});

describe('no-break spaces in tables (web text that aligns its cells with `&nbsp;`)', () => {
  const valuesOf = (text: string) => checkText(text).model.tables.map((t) => t.rows.map((r) => `${r.rowId}=${r.cells.map((c) => c.value).join(',')}`).join(' '));
  const said = (text: string) =>
    checkText(text)
      .diagnostics.map((d) => `${d.code} ${d.message.replace(/\u00a0/g, ' ')}`)
      .sort();

  it('an item number followed by one (`1.\\u00a0申请人…`) numbers its label, and is no value of the row', () => {
    const clean = syntheticReport({ layout: 'tabs' }).replace(/^(\d)\.(?=[\u4e00-\u9fff])/gm, '$1. ');
    assert.match(clean, /^1\. 申请人/m);
    const spaced = clean.replace(/ /g, '\u00a0');
    assert.deepEqual(valuesOf(spaced), valuesOf(clean));
    assert.deepEqual(said(spaced), said(clean));
  });
});
