// Document text in messages: short text is quoted whole; a digit run or a list that fills a
// long line is shown by its opening and its length, so a finding stays a sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/engine';
import { excerpt, list, quote } from '../../server/src/engine/rules/quote';
import { layouts, syntheticReport } from '../support/reports';

describe('quoting document text in messages', () => {
  it('quotes short text whole and cuts long text after 40 characters, saying how long it is', () => {
    assert.deepEqual(quote('行政规范性文件693665'), { zh: '“行政规范性文件693665”', en: '“行政规范性文件693665”' });
    const long = '7'.repeat(5000);
    assert.deepEqual(quote(long), { zh: `“${'7'.repeat(40)}…”（共 5000 个字符）`, en: `“${'7'.repeat(40)}…” (5000 characters)` });
    assert.deepEqual(excerpt('-12'), { zh: '-12', en: '-12' });
    assert.equal(excerpt(long).en, `${'7'.repeat(40)}… (5000 characters)`);
  });

  it('leaves out invisible characters, which nobody can read and the tables read past', () => {
    assert.deepEqual(quote('总\u200b计'), { zh: '“总计”', en: '“总计”' });
    assert.deepEqual(excerpt('1\u200b0'), { zh: '10', en: '10' });
    assert.deepEqual(list(['0\u2060', '7'], '、'), { zh: '0、7', en: '0、7' });
  });

  it('never cuts a surrogate pair in half', () => {
    const text = 'a'.repeat(39) + '😀' + 'b'.repeat(10);
    assert.equal(quote(text).en, `“${'a'.repeat(39)}…” (${text.length} characters)`);
  });

  it('lists up to ten items whole, and longer lists by their first ten and their count', () => {
    assert.deepEqual(list([1, 2, 3], '+'), { zh: '1+2+3', en: '1+2+3' });
    const eleven = Array.from({ length: 11 }, (_, i) => i + 1);
    assert.deepEqual(list(eleven, '+'), { zh: '1+2+3+4+5+6+7+8+9+10+…，共 11 项', en: '1+2+3+4+5+6+7+8+9+10+…, 11 in all' });
  });
});

describe('messages about long runs stay short', () => {
  const clean = syntheticReport({ layout: layouts[0] });
  const insertAfter = (anchor: string, line: string) => {
    const at = clean.indexOf('\n', clean.indexOf(anchor)) + 1;
    assert.ok(at > 0, anchor);
    return clean.slice(0, at) + line + '\n' + clean.slice(at);
  };

  it('cell-split shows the opening of a 5,000-digit run and its length', () => {
    const text = insertAfter('三、收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量' + '7'.repeat(5000));
    for (const locale of ['zh-CN', 'en'] as const) {
      const d = checkText(text, { locale }).diagnostics.find((x) => x.code === 'cell-split');
      assert.ok(d, 'the run is reported');
      assert.ok(d.message.length < 300, `${locale}: ${d.message.length} characters`);
      assert.ok(d.message.includes(locale === 'en' ? '(5000 characters)' : '（共 5000 个字符）'), d.message);
    }
  });

  it('punctuation shows the opening of a heading with 5,000 half-width colons, and still fixes every one', () => {
    const text = clean.replace('一、总体情况', '一、总体情况' + ':'.repeat(5000));
    const d = checkText(text).diagnostics.find((x) => x.code === 'punctuation');
    assert.ok(d, 'the colons are reported');
    assert.equal(d.message, `“一、总体情况${':'.repeat(34)}…”（共 5006 个字符）中的半角标点应改为全角：“一、总体情况${'：'.repeat(34)}…”（共 5006 个字符）。`);
    assert.equal(d.fixes[0].edits.length, 5000);
  });

  it('text-table lists the first ten parts of a long 其中 and their count', () => {
    const text = insertAfter('一、总体情况', `全年共公开信息12条，其中${'1条、'.repeat(300)}。`);
    const d = checkText(text).diagnostics.find((x) => x.code === 'text-table' && x.message.includes('其中'));
    assert.ok(d, 'the parts are reported');
    assert.equal(d.message, '“其中”各项之和为 300（1+1+1+1+1+1+1+1+1+1+…，共 300 项），与总数 12 不符。');
  });

  it('text-table shows a number too long to be a count as written, not as Infinity', () => {
    const digits = '9'.repeat(400);
    const text = insertAfter('一、总体情况', `全年共收到政府信息公开申请${digits}件。`);
    const d = checkText(text, { locale: 'en' }).diagnostics.find((x) => x.code === 'text-table');
    assert.ok(d, 'the claim is reported');
    assert.ok(!/Infinity|e\+/.test(d.message), d.message);
    assert.ok(d.message.includes(`${'9'.repeat(40)}… (400 characters)`), d.message);
  });
});

describe('document text in messages is one line', () => {
  it('shows a line break, with the blanks around it, as one space', () => {
    assert.deepEqual(quote('0\r\n\t0\n0'), { zh: '“0 0 0”', en: '“0 0 0”' });
    assert.deepEqual(excerpt('1\r2'), { zh: '1 2', en: '1 2' });
    assert.deepEqual(list(['其\n他', '7'], '、'), { zh: '其 他、7', en: '其 他、7' });
  });

  it('a label typed over two lines gives one message, the same with CRLF and LF line endings', () => {
    const official = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
    const clean = syntheticReport({ layout: layouts[0] });
    assert.ok(clean.includes(official));
    const text = clean.replace(official, '（二）部分\n公开（区分处理的，只计这一情形，不计其他情、形）');
    const messages = (t: string) => checkText(t).diagnostics.filter((d) => d.code === 'label').map((d) => d.message);
    assert.deepEqual(messages(text), [`标签“（二）部分 公开（区分处理的，只计这一情形，不计其他情、形）”与官方表述不符，应为“${official}”。`]);
    assert.deepEqual(messages(text.replace(/\n/g, '\r\n')), messages(text));
  });
});
