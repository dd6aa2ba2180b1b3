// The prose rules read the report's sentences: counts stated in them against the tables
// (text-table) and the year a sentence opens with (year). Each case changes one sentence of a
// clean synthetic report and asserts the finding — and where it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, readModel, type Diagnostic } from '../../server/src/engine';
import { layouts, syntheticReport } from '../support/reports';

/** Inside the first sentence of §一; and the start of a sentence of §五. */
const inFirstSentence = '本机关认真贯彻';
const sentenceStart = '公开内容有待丰富';

function findingsWith(sentence: string, code: string, before = inFirstSentence) {
  const clean = syntheticReport({ layout: layouts[0] });
  const at = clean.indexOf(before);
  assert.ok(at > 0);
  const text = clean.slice(0, at) + sentence + clean.slice(at);
  const found = checkText(text).diagnostics.filter((d) => d.code === code);
  return { text, found };
}

/** The text a finding's range covers (findings here stay on one line). */
function written(text: string, d: Diagnostic): string {
  return text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

describe('prose claims against the tables (text-table)', () => {
  it('a clean report states what its tables say', () => {
    for (const layout of layouts) {
      const d = checkText(syntheticReport({ layout })).diagnostics.filter((x) => x.code === 'text-table');
      assert.deepEqual(d, [], layout);
    }
  });

  it('"none received" against a table that received some is flagged, at the words that say it', () => {
    // A sentence of its own, without a digit: 未 alone makes it a claim.
    const { text, found } = findingsWith('本年度未收到政府信息公开申请。', 'text-table', sentenceStart);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /正文称收到的政府信息公开申请为 没有，但表格中为 \d+/);
    assert.equal(written(text, found[0]), '未收到政府信息公开申请');
  });

  it('a count in a sentence without a keyword is no claim; with one it is checked', () => {
    assert.equal(findingsWith('全年共召开会议999次。', 'text-table').found.length, 0);
    const { text, found } = findingsWith('全年共作出行政处罚999起。', 'text-table');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /行政处罚为 999/);
    // The span is the number as written.
    assert.equal(written(text, found[0]), '999');
  });

  it('parts after 其中 that do not add up to the whole are flagged with their sum', () => {
    const { found } = findingsWith('共办理建议提案10件，其中人大代表建议3件、政协委员提案4件。', 'text-table');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“其中”各项之和为 7（3\+4），与总数 10 不符/);
  });

  it('a sentence about another year is left alone', () => {
    assert.equal(findingsWith('2019年全年共作出行政处罚999起。', 'text-table').found.length, 0);
  });
});

describe('the year a sentence opens with (year)', () => {
  it('an earlier year at a sentence start is flagged at its four digits; a later one is a plan', () => {
    const { text, found } = findingsWith('2019年，本机关公开信息100条。', 'year', sentenceStart);
    assert.equal(found.length, 1);
    assert.equal(written(text, found[0]), '2019');
    assert.equal(findingsWith('2026年，本机关将继续推进公开。', 'year', sentenceStart).found.length, 0);
  });
});

describe('what §六 says about fees (fee-report)', () => {
  const clean = syntheticReport({ layout: layouts[0] });
  const withStatement = (statement: string) => clean.replace('本年度未收取信息处理费。', statement);
  const feeFindings = (text: string) => checkText(text).diagnostics.filter((d) => d.code === 'fee-report');

  it('a statement over lines reads the same with CRLF and LF line endings, wrapped at a page’s width or not', () => {
    // Wrapped as a PDF wraps it, even inside 信息处理费: read as one line.
    const wrapped = withStatement('本机关未收取\n申请人的任何一笔信息处理\n费。');
    assert.deepEqual(feeFindings(wrapped), []);
    assert.deepEqual(feeFindings(wrapped.replace(/\n/g, '\r\n')), [], 'with CRLF');
    // Indented lines are paragraphs of their own: 收取 … 费 with ten characters between, a line
    // break counted as one, states the fee; with fourteen it says nothing about fees.
    const near = withStatement('本机关未收取\n　　信息处理\n　　费。');
    assert.deepEqual(feeFindings(near), []);
    assert.deepEqual(feeFindings(near.replace(/\n/g, '\r\n')), [], 'with CRLF');
    const far = withStatement('本机关未收取\n　　申请人的信息处理\n　　费。');
    assert.equal(feeFindings(far).length, 1);
    assert.equal(feeFindings(far.replace(/\n/g, '\r\n')).length, 1, 'with CRLF');
  });

  it('invisible characters inside the words are read as deleted, as the artifact fix leaves them', () => {
    assert.deepEqual(feeFindings(withStatement('本年度未收\u200b取信息处\u200b理费。')), []);
  });

  it('"none charged" against applications stopped over unpaid fees is flagged at the words that say it', () => {
    const unpaid = /\n(2\.申请人逾期未按收费通知要求缴纳费用[^\t\n]*)\t0\t0\t0\t0\t0\t0\t0\n/;
    assert.match(clean, unpaid);
    const text = withStatement('本年度\u200b未\u200b收取信息处理费。').replace(unpaid, '\n$1\t1\t0\t0\t0\t0\t0\t1\n');
    const found = feeFindings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /有 1 件申请因逾期未缴费而终止/);
    assert.equal(written(text, found[0]), '未\u200b收取信息处理费');
  });
});

describe('the statistics period', () => {
  it('gives the report year when the title has none, read the same with CRLF and LF line endings', () => {
    // 统计期限 … 2025年1月1日 with eleven characters between when a line break counts as one.
    const head = '某局政府信息公开工作年度报告\n本报告所列数据的统计期限\n为本报告年度即\n自\n2025年1月1日至2025年12月31日。\n';
    const text = head + syntheticReport({ layout: layouts[0] }).split('\n').slice(1).join('\n');
    assert.equal(readModel(text).year, 2025);
    assert.equal(readModel(text.replace(/\n/g, '\r\n')).year, 2025, 'with CRLF');
  });
});

describe('no-break spaces (`&nbsp;` from a web page) in the title year, the period and a sentence’s opening year', () => {
  const NBSP = '\u00a0';
  const yearFindings = (text: string) => checkText(text).diagnostics.filter((d) => d.code === 'year').map((d) => d.message);

  it('the title year is read with one before 年', () => {
    const text = syntheticReport({ layout: 'tabs' }).replace('2025年政府信息公开', `2025${NBSP}年政府信息公开`);
    assert.equal(readModel(text).title?.year, 2025);
    assert.ok(!checkText(text).diagnostics.some((d) => d.code === 'title'));
  });

  it('the statistics period is read with them between its parts', () => {
    const clean = syntheticReport({ layout: 'tabs' }) + '\n本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n';
    const spaced = clean.replace('2024年1月1日至2024年12月31日', `2024${NBSP}年${NBSP}1${NBSP}月${NBSP}1${NBSP}日${NBSP}至${NBSP}2024${NBSP}年${NBSP}12${NBSP}月${NBSP}31${NBSP}日`);
    assert.equal(yearFindings(clean).length, 1, 'the period disagrees with the title');
    assert.deepEqual(yearFindings(spaced), yearFindings(clean));
  });

  it('a sentence opening with last year is read with one before 年', () => {
    const clean = syntheticReport({ layout: 'tabs' }).replace('2025年，本机关', '2024年，本机关');
    assert.equal(yearFindings(clean).length, 1, 'the prose names last year');
    assert.deepEqual(yearFindings(clean.replace('2024年，本机关', `2024${NBSP}年，本机关`)), yearFindings(clean));
  });
});
