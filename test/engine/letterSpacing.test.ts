// A justified line taken from a PDF comes out with its letters spaced (`全 年 共 收 到 申 请 41 件`).
// The prose rules read such a sentence as if the blanks between Chinese characters were not there
// — Chinese puts none between words — while digits keep theirs (`4 1` may be two values). Each
// case asserts what the user sees.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/engine';
import { syntheticReport } from '../support/reports';

const clean = syntheticReport({ layout: 'tabs' });
const stated = '全年共收到政府信息公开申请39件';
/** `text` with `blank` between its letters, its numbers kept whole. */
const spacedOut = (text: string, blank = ' ') => [...text].join(blank).replace(new RegExp(`(\\d)${blank}(?=\\d)`, 'g'), '$1');
const found = (text: string, code: string) => checkText(text).diagnostics.filter((d) => d.code === code);

describe('prose spaced out letter by letter (a justified PDF line)', () => {
  it('a count in a spaced-out sentence is checked, at its digits', () => {
    assert.ok(clean.includes(stated));
    for (const blank of [' ', '\u3000', '\u00a0']) {
      const sentence = spacedOut('全年共收到政府信息公开申请41件', blank);
      const text = clean.replace(stated, sentence);
      const [finding, ...more] = found(text, 'text-table');
      assert.equal(finding?.message, '正文称收到的政府信息公开申请为 41，但表格中为 39 或 42 或 40。', JSON.stringify(blank));
      assert.equal(more.length, 0);
      const line = text.split('\n')[finding.range.start.line];
      assert.equal(line.slice(finding.range.start.character, finding.range.end.character), '41');
    }
  });

  it('digits spaced apart are not read as one number', () => {
    const text = clean.replace(stated, '全 年 共 收 到 政 府 信 息 公 开 申 请 4 1 件');
    assert.deepEqual(found(text, 'text-table'), []);
  });

  it('a spaced-out §六 that states no fee was charged draws no fee-report warning', () => {
    assert.ok(clean.includes('本年度未收取信息处理费。'));
    assert.deepEqual(found(clean, 'fee-report'), []);
    const text = clean.replace('本年度未收取信息处理费。', spacedOut('本年度未收取信息处理费。'));
    assert.deepEqual(found(text, 'fee-report'), []);
  });

  it('a report spaced out throughout — title, headings, tables — reads as written unspaced', () => {
    for (const blank of [' ', '\u3000', '\u00a0']) {
      // Between Chinese characters and marks only: numbers stay whole.
      const spaced = (text: string) => text.replace(/([\u4e00-\u9fff（）、，。：；])(?=[\u4e00-\u9fff（）、，。：；])/g, `$1${blank}`);
      const titled = clean.replace('2025年政府信息公开', '2025年度政府信息公开');
      assert.deepEqual(checkText(spaced(titled)).diagnostics.map((d) => d.message), [], `${JSON.stringify(blank)}: the title's 年 度, the headings and the tables`);
      // 2021 tables in a 2019 report: the version is told by the labels, spaced out or not.
      const older = syntheticReport({ layout: 'tabs', year: 2019, version: '2021' });
      const said = found(older, 'format-version').map((d) => d.message);
      assert.deepEqual(said, ['2019 年度报告应使用 2019 版格式（国办公开办函〔2019〕60号），但表格是 2021 版（国办公开办函〔2021〕30号）。']);
      assert.deepEqual(checkText(spaced(older)).diagnostics.map((d) => d.message), checkText(older).diagnostics.map((d) => d.message), JSON.stringify(blank));
    }
  });

  it('a section heading inside collapsed web text with blanks before its 、 (三 、) is found', () => {
    const collapsed = syntheticReport({ layout: 'collapsed' });
    assert.ok(collapsed.includes('三、收到和处理'));
    for (const blank of [' ', '\u3000', '\u00a0', '  ']) {
      const text = collapsed.replace('三、收到和处理', `三${blank}、收到和处理`);
      assert.deepEqual(found(text, 'section-missing'), [], JSON.stringify(blank));
      assert.deepEqual(checkText(text).diagnostics.map((d) => d.message), checkText(collapsed).diagnostics.map((d) => d.message), JSON.stringify(blank));
    }
  });

  it('a spaced-out sub-heading is one, its colon part of the punctuation fix', () => {
    const text = clean.replace('（一）存在的主要问题。', '( 一 ) 存 在 的 主 要 问 题 : ');
    assert.notEqual(text, clean);
    const [finding] = found(text, 'punctuation');
    assert.equal(finding?.message, '“( 一 ) 存 在 的 主 要 问 题 :”中的半角标点应改为全角：“（ 一 ） 存 在 的 主 要 问 题 ：”。');
  });

  it('a spaced-out statistics period is read and checked against the title', () => {
    const period = spacedOut('本报告所列数据统计期限为2024年1月1日至2024年12月31日。');
    const text = clean.replace('本机关认真贯彻', `${period}\n本机关认真贯彻`);
    assert.deepEqual(found(text, 'year').map((d) => d.message), ['统计期限（2024 年至 2024 年）与标题年份 2025 不符。']);
  });
});
