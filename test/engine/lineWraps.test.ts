// Text from a PDF wraps its paragraphs at the page's width, anywhere in a sentence. Read as
// sentence ends, those breaks cut numbers and words apart: `工作动态7⏎2条` made a 其中 split that
// did not add up, `另有1⏎2件结转` stated 2, `行政诉⏎讼` no lawsuit at all. A wrap is now read as
// no break; a heading, a blank line, an indented or numbered line still starts anew.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText } from '../../server/src/engine';
import { isLineWrap, wrapEnd } from '../../server/src/engine/parse/lineWraps';
import { syntheticReport } from '../support/reports';

const clean = syntheticReport({ layout: 'tabs' });
const overview = '2025年，本机关认真贯彻《中华人民共和国政府信息公开条例》。全年共收到政府信息公开申请39件，均已依法办理。';

/** The report with §一's paragraph followed by `added`, and its text-table findings. */
function withSentence(added: string, lineEnd = '\n') {
  assert.ok(clean.includes(overview));
  const text = clean.replace(overview, overview + added).replace(/\n/g, lineEnd);
  return { text, found: checkText(text).diagnostics.filter((d) => d.code === 'text-table') };
}

describe('lines wrapped at a page’s width (text from a PDF)', () => {
  it('a number cut by a wrap is read whole: the parts after 其中 add up', () => {
    for (const lineEnd of ['\n', '\r\n'])
      for (const cut of ['工作动态7\n2条', '工作动态7 \n2条', '工作动\n态72条'])
        assert.deepEqual(withSentence(`\n共公开信息213条，其中政策文件141条、${cut}。`, lineEnd).found, [], JSON.stringify({ cut, lineEnd }));
    // And a split that does not add up is still found across the wrap.
    const { found } = withSentence('\n共公开信息213条，其中政策文件141条、工作动态7\n1条。');
    assert.deepEqual(found.map((d) => d.message), ['“其中”各项之和为 212（141+71），与总数 213 不符。']);
  });

  it('a count cut by a wrap is checked whole, at the digits on both lines', () => {
    const { text, found } = withSentence('另有1\n2件结转至下一年度办理。');
    assert.deepEqual(found.map((d) => d.message), ['正文称结转下年度的申请为 12，但表格中为 2。']);
    const lines = text.split('\n');
    const { start, end } = found[0].range;
    assert.equal(lines[start.line].slice(start.character), '1');
    assert.equal(end.line, start.line + 1);
    assert.equal(lines[end.line].slice(0, end.character), '2');
  });

  it('a page number between the two lines of a wrap (the page ended there) is looked past', () => {
    for (const lineEnd of ['\n', '\r\n']) {
      const { found } = withSentence('另有1\n- 2 -\n2件结转至下一年度办理。', lineEnd);
      assert.deepEqual(found.map((d) => d.message), ['正文称结转下年度的申请为 12，但表格中为 2。'], JSON.stringify(lineEnd));
    }
    const spanning = '另有1\n第2页 共9页\n8件';
    assert.equal(wrapEnd(spanning, 3, 0, spanning.length), spanning.lastIndexOf('\n'));
    const after = '办理完毕。\n- 2 -\n另有';
    assert.equal(wrapEnd(after, after.indexOf('\n'), 0, after.length), -1, 'a sentence ended before the page number');
  });

  it('a bare page number after a line of the page’s width is looked past; after a short line it is text', () => {
    for (const lineEnd of ['\n', '\r\n'])
      for (const page of ['35', ' 35 ', '　３５'])
        assert.deepEqual(withSentence(`另有1\n${page}\n2件结转至下一年度办理。`, lineEnd).found.map((d) => d.message), ['正文称结转下年度的申请为 12，但表格中为 2。'], JSON.stringify({ page, lineEnd }));
    // A page ending after a sentence: the number does not join the sentence after it.
    assert.deepEqual(withSentence('\n1\n2件结转至下一年度办理。').found, []);
    // After a short line, a number alone on its line is part of the sentence (a table's cell, not a page's number).
    assert.deepEqual(withSentence('\n另有\n12\n件结转至下一年度办理。').found.map((d) => d.message), ['正文称结转下年度的申请为 12，但表格中为 2。']);
    const full = '全年共收到政府信息公开申请，均已依法办理完毕并按时答复';
    assert.equal(wrapEnd(`${full}\n12\n39件`, full.length, 0, full.length + 7), full.length + 3);
    assert.equal(wrapEnd(`${full}\n1234\n39件`, full.length, 0, full.length + 9), full.length, 'four digits are no page number: joined as text');
    assert.equal(wrapEnd('共收到\n12\n39件', 3, 0, 10), 3, 'after a short line the number is joined as text');
  });

  it('a bare page number looked past is reported, and deleting it gives the paragraph back', () => {
    const { text } = withSentence('另有1\n35\n2件结转至下一年度办理。');
    const found = checkText(text).diagnostics.filter((d) => d.code === 'artifact');
    assert.deepEqual(found.map((d) => d.message), ['PDF 页码“35”应删除。']);
    assert.equal(applyEdits(text, found[0].fixes[0].edits), withSentence('另有1\n2件结转至下一年度办理。').text);
    // A number alone on a line of a table written one cell per line is a cell: never reported.
    const cells = syntheticReport({ layout: 'cell-per-line' });
    assert.deepEqual(checkText(cells).diagnostics.filter((d) => d.code === 'artifact'), []);
  });

  it('a keyword cut by a wrap is read', () => {
    for (const lineEnd of ['\n', '\r\n']) {
      const { found } = withSentence('因政府信息公开引起的行政诉\n讼9件。', lineEnd);
      assert.deepEqual(found.map((d) => d.message), ['正文称行政诉讼为 9，但表格中为 4。']);
    }
  });

  it('§六 reads a fee statement wrapped inside 信息处理费', () => {
    const text = clean.replace('本年度未收取信息处理费。', '本年度信息处\n理费为零。');
    assert.ok(text !== clean);
    assert.deepEqual(checkText(text).diagnostics.filter((d) => d.code === 'fee-report'), []);
  });

  it('a statistics period wrapped between its parts is read, and checked against the title', () => {
    const said = (period: string) =>
      checkText(clean.replace(overview, overview + '\n' + period))
        .diagnostics.filter((d) => d.code === 'year')
        .map((d) => d.message);
    const expected = ['统计期限（2024 年至 2024 年）与标题年份 2025 不符。'];
    assert.deepEqual(said('本报告所列数据统计期限为2024年1月1日至2024年12月31日。'), expected);
    for (const cut of ['2024年1月1日至2024年12\n月31日', '2024年1月1日至\n2024年12月31日', '2024\n年1月1日至2024年12月31日', '2024年1月1日 \r\n至2024年12月31日'])
      assert.deepEqual(said(`本报告所列数据统计期限为${cut}。`), expected, JSON.stringify(cut));
    // Two breaks between two parts is no wrap: a paragraph ended there.
    assert.deepEqual(said('本报告所列数据统计期限为2024年1月1日至\n\n2024年12月31日。'), []);
  });

  it('tells a wrap from a break that starts anew', () => {
    const wrapAt = (text: string) => isLineWrap(text, text.indexOf('\n'), 0, text.length);
    const wraps = ['另有1\n8件', '另有1\r\n8件', '另有1 \n8件', '（一）本机关认真贯彻条例，\n全年', '　　本机关认真\n贯彻'];
    const breaks = [
      '办理完毕。\n另有', // a sentence ends
      '情况如下：\n全年', // a list opens
      '（一）主动公开情况\n本机关', // a heading
      '一、总体情况\n2025年，',
      '## 一、总体情况\n2025年，',
      '本机关认真\n\n贯彻', // a blank line
      '本机关认真\n　　贯彻', // an indented line
      '本机关认真\n （二）',
      '本机关认真\n（二）改进',
      '本机关认真\n二、改进',
      '本机关认真\n3.其他',
      '本机关认真\n| 规章 |',
      '本机关认真\n- 贯彻',
      '本'.repeat(250) + '\n贯彻', // a paragraph of its own, longer than a page is wide
    ];
    for (const text of wraps) assert.equal(wrapAt(text), true, JSON.stringify(text));
    for (const text of breaks) assert.equal(wrapAt(text), false, JSON.stringify(text));
  });
});
