// Digits typed in a Chinese input mode come out full-width (２０２５年, ２０起). The table reader
// always read them as numbers; the title year, the statistics period and the prose rules read
// only ASCII digits, so a report written that way had "no year" in its title and its prose claims
// went unchecked. Each case asserts what the user sees, and that a fix keeps the width typed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, readModel } from '../../server/src/engine';
import { syntheticReport } from '../support/reports';

/** `text` with its ASCII digits written full-width. */
const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const clean = syntheticReport({ layout: 'tabs' });
const codesOf = (text: string) => checkText(text).diagnostics.map((d) => d.code);
const written = (text: string, d: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
  text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);

describe('full-width digits', () => {
  it('the title year is read, and the title draws no finding', () => {
    assert.match(clean, /2025年政府信息公开/);
    const text = clean.replace('2025年政府信息公开', '２０２５年政府信息公开');
    assert.equal(readModel(text).title?.year, 2025);
    assert.deepEqual(codesOf(text), codesOf(clean));
  });

  it('the statistics period is read and checked against the title', () => {
    const period = '\n本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n';
    const said = (text: string) => checkText(text).diagnostics.filter((d) => d.code === 'year').map((d) => d.message);
    const ascii = said(clean + period);
    assert.deepEqual(ascii, ['统计期限（2024 年至 2024 年）与标题年份 2025 不符。']);
    assert.deepEqual(said(clean + fullWidth(period)), ascii);
  });

  it('a count stated in the prose is checked against the tables, at the digits that state it', () => {
    const text = clean.replace('本机关认真贯彻', '本年度作出行政处罚２０起。本机关认真贯彻');
    const found = checkText(text).diagnostics.filter((d) => d.code === 'text-table');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '正文称行政处罚为 20，但表格中为 4。');
    assert.equal(written(text, found[0]), '２０');
  });

  it('parts after 其中 are added up', () => {
    const text = clean.replace('本机关认真贯彻', '共公开信息２１３条，其中政策文件１４１条、工作动态７１条。本机关认真贯彻');
    const found = checkText(text).diagnostics.filter((d) => d.code === 'text-table');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '“其中”各项之和为 212（141+71），与总数 213 不符。');
  });

  it('a sentence opening with last year is flagged, and the fix writes the report year full-width', () => {
    assert.match(clean, /2025年，本机关/);
    const text = clean.replace('2025年，本机关', '２０２４年，本机关');
    const found = checkText(text).diagnostics.filter((d) => d.code === 'year');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '正文称“2024年”，但本报告是 2025 年度报告。');
    assert.equal(written(text, found[0]), '２０２４');
    assert.equal(applyEdits(text, found[0].fixes[0].edits), clean.replace('2025年，本机关', '２０２５年，本机关'));
  });

  it('a wrong total typed full-width is corrected in full-width digits', () => {
    // The first row of §二's first table, its values full-width, one of them wrong.
    const text = fullWidth(clean);
    assert.deepEqual(codesOf(text), codesOf(clean), 'the whole report full-width reads as the ASCII one');
    const model = readModel(text);
    const total = model.tables.find((t) => t.tableId === 'application')!.rows.find((r) => r.rowId === 'received')!.cells.at(-1)!;
    assert.ok(total.value !== null && total.value > 0);
    const wrong = String(total.value + 1);
    const broken = text.slice(0, total.span.start) + fullWidth(wrong) + text.slice(total.span.end);
    const finding = checkText(broken).diagnostics.find((d) => d.code === 'row-total');
    assert.ok(finding, 'the wrong total is found');
    const fixed = applyEdits(broken, finding.fixes[0].edits);
    assert.equal(fixed, text, 'the fix writes the total back in full-width digits');
  });

  it('a missing table or section of a report typed full-width is inserted with full-width zeros', () => {
    const text = fullWidth(clean);
    const four = text.indexOf('四、政府信息公开行政复议');
    const five = text.indexOf('五、存在的主要问题');
    const heading = '四、政府信息公开行政复议、行政诉讼情况\n\n';
    assert.ok(text.slice(four).startsWith(heading));
    for (const [broken, code] of [
      [text.slice(0, four + heading.length) + text.slice(five), 'table-missing'],
      [text.slice(0, four) + text.slice(five), 'section-missing'],
    ] as const) {
      const finding = checkText(broken).diagnostics.find((d) => d.code === code);
      assert.ok(finding, code);
      const inserted = finding.fixes[0].edits.map((e) => e.newText).join('');
      const values = inserted.split('\n').filter((l) => /^[\d０-９\t]+$/.test(l));
      assert.ok(values.length > 0, code);
      for (const line of values) assert.match(line, /^[０\t]+$/, `${code}: ${JSON.stringify(line)}`);
    }
  });

  it('a missing row of a table typed full-width is inserted with full-width values', () => {
    const text = fullWidth(clean);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('２.重复申请'));
    assert.ok(at > 0);
    const broken = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
    const finding = checkText(broken).diagnostics.find((d) => d.code === 'row-missing');
    assert.equal(finding?.message, '“收到和处理政府信息公开申请情况”表缺少“2.重复申请”行。');
    const fixed = applyEdits(broken, finding.fixes[0].edits);
    // The label in its official wording, the values as the table types them (the sums give them back).
    assert.equal(fixed.split('\n')[at], '2.重复申请\t' + lines[at].split('\t').slice(1).join('\t'));
    assert.match(lines[at], /\t[０-９]+$/);
    assert.deepEqual(codesOf(fixed), codesOf(text));
  });
});
