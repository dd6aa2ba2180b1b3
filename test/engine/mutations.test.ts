// Every rule, in every layout: a clean synthetic report gives nothing; one mutation gives
// the rule's finding; every fix of that finding removes it and creates no new error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, type CheckOptions, type Diagnostic } from '../../server/src/engine';
import type { CellModel, TableLayout } from '../../server/src/engine/types';
import { layouts, syntheticReport } from '../support/reports';

type Mutation = (text: string, layout: TableLayout) => string | undefined;

function cell(text: string, table: string, row: string, column: string): CellModel {
  const t = checkText(text).model.tables.find((x) => x.tableId === table)!;
  return t.rows.find((r) => r.rowId === row)!.cells.find((c) => c.columnId === column)!;
}
function setCell(text: string, c: CellModel, value: string): string {
  return text.slice(0, c.span.start) + value + text.slice(c.span.end);
}
function bump(text: string, table: string, row: string, column: string): string {
  const c = cell(text, table, row, column);
  return setCell(text, c, String((c.value ?? 0) + 5));
}
function replaceOnce(text: string, from: string, to: string): string | undefined {
  const i = text.indexOf(from);
  return i < 0 ? undefined : text.slice(0, i) + to + text.slice(i + from.length);
}

/** Mutations that break one rule; undefined where the layout cannot carry that defect. */
const mutations: Record<string, Mutation> = {
  title: (t) => replaceOnce(t, '政府信息公开工作年度报告', '政府信息公开 公开工作年度报告'),
  'section-missing': (t) => replaceOnce(t, '五、存在的主要问题及改进情况', ''),
  'section-order': (t) => replaceOnce(t, '三、收到和处理政府信息公开申请情况', '四、收到和处理政府信息公开申请情况'),
  'section-duplicate': (t, layout) => (layout === 'collapsed' ? t + '五、存在的主要问题及改进情况' : t + '\n五、存在的主要问题及改进情况\n'),
  'heading-text': (t) => replaceOnce(t, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况'),
  'heading-level': (t, layout) => (layout === 'markdown' ? replaceOnce(t, '## 三、', '### 三、') : undefined),
  'table-missing': (t) => {
    const from = t.indexOf('第二十条第（八）项');
    const to = t.indexOf('三、收到和处理政府信息公开申请情况');
    return from < 0 || to < 0 ? undefined : t.slice(0, from) + t.slice(to);
  },
  'row-missing': (t) => {
    const row = checkText(t).model.tables.find((x) => x.tableId === 'application')!.rows.find((r) => r.rowId === 'notProcessed2')!;
    const next = checkText(t).model.tables.find((x) => x.tableId === 'application')!.rows.find((r) => r.rowId === 'notProcessed3')!;
    let start = row.labelSpan.start;
    while (start > 0 && t[start - 1] === '\t') start--;
    if (t[start - 1] === ' ' && t[start - 2] === '|') start -= 2;
    let end = next.labelSpan.start;
    while (end > start && (t[end - 1] === '\t' || t[end - 1] === ' ' || t[end - 1] === '|')) end--;
    return t.slice(0, start) + t.slice(end);
  },
  'row-duplicate': (t, layout) => {
    // The row 规章 written twice: its line pasted again (in collapsed text, its label and values).
    const row = checkText(t).model.tables.find((x) => x.tableId === 'article20-1')!.rows.find((r) => r.rowId === 'rules')!;
    const lastEnd = row.cells.at(-1)!.span.end;
    const start = layout === 'collapsed' ? row.labelSpan.start : t.lastIndexOf('\n', row.labelSpan.start) + 1;
    const end = layout === 'collapsed' ? lastEnd : t.indexOf('\n', lastEnd) + 1;
    return t.slice(0, end) + t.slice(start, end) + t.slice(end);
  },
  'column-count': (t, layout) => {
    if (layout === 'collapsed') return undefined;
    const c = cell(t, 'review', 'cases', 'afterReview.total');
    const sep = layout === 'cell-per-line' ? '\n\t' : layout === 'markdown' ? ' | ' : layout === 'spaces' ? '    ' : '\t';
    return t.slice(0, c.span.end) + sep + '0' + t.slice(c.span.end);
  },
  label: (t) => replaceOnce(t, '本年制发件数', '本年度发件数'),
  'cell-value': (t, layout) => (layout === 'collapsed' ? undefined : setCell(t, cell(t, 'article20-6', 'enforcement', 'decisions'), '/')),
  'cell-split': (t, layout) => (layout === 'collapsed' ? bump(t, 'application', 'disclosed', 'total') : undefined),
  'format-version': (t) => t.replace(/2025年/g, '2019年'),
  artifact: (t) => replaceOnce(t, '本年制发件数', '[bookmark: _GoBack]本年制发件数'),
  punctuation: (t) => replaceOnce(t, '（一）存在的主要问题', '(一)存在的主要问题'),
  'row-total': (t, layout) => (layout === 'collapsed' ? undefined : bump(t, 'application', 'disclosed', 'total')),
  'outcome-total': (t, layout) => {
    if (layout === 'collapsed') return undefined;
    // Change a whole row consistently so only the column identities break.
    let out = bump(t, 'application', 'withheld1', 'natural');
    return bump(out, 'application', 'withheld1', 'total');
  },
  balance: (t, layout) => {
    if (layout === 'collapsed') return undefined;
    let out = bump(t, 'application', 'carriedForward', 'natural');
    return bump(out, 'application', 'carriedForward', 'total');
  },
  'group-total': (t, layout) => (layout === 'collapsed' ? undefined : bump(t, 'review', 'cases', 'review.total')),
  'text-table': (t) => replaceOnce(t, '本机关认真贯彻', '本年度共作出行政处罚999起。本机关认真贯彻'),
  year: (t) => replaceOnce(t, '（一）存在的主要问题。', '（一）存在的主要问题。2019年，公开内容不够丰富。'),
  'fee-report': (t) => replaceOnce(t, '本年度未收取信息处理费。', '无其他需要报告的事项。'),
};

const fixable = new Set(['title', 'section-missing', 'section-order', 'heading-text', 'heading-level', 'table-missing', 'row-missing', 'label', 'artifact', 'punctuation', 'row-total', 'group-total', 'cell-value']);

const errors = (d: Diagnostic[]) => d.filter((x) => x.severity === 'error').map((x) => `${x.code} ${x.message}`);

function checkFixes(text: string, code: string, options: CheckOptions = {}): void {
  const before = checkText(text, options).diagnostics;
  const targets = before.filter((d) => d.code === code);
  for (const d of targets) {
    for (const fix of d.fixes) {
      const fixed = applyEdits(text, fix.edits);
      const after = checkText(fixed, options).diagnostics;
      assert.ok(
        !after.some((x) => x.code === code && x.message === d.message),
        `fix “${fix.title}” leaves “${d.message}”`,
      );
      const newErrors = errors(after).filter((e) => !errors(before).includes(e));
      assert.deepEqual(newErrors, [], `fix “${fix.title}” creates errors`);
    }
  }
}

describe('row-duplicate: the fix', () => {
  // Deleting is offered for a copy with the first row's values that has its lines to itself.
  for (const layout of layouts)
    it(`${layout}: ${layout === 'collapsed' ? 'none in a line shared with other text' : 'deletes the copy, lines and all'}`, () => {
      const clean = syntheticReport({ layout, year: 2025 });
      const mutated = mutations['row-duplicate'](clean, layout)!;
      const finding = checkText(mutated).diagnostics.find((d) => d.code === 'row-duplicate')!;
      assert.match(finding.message, /“规章”行重复出现（首次出现于第 \d+ 行）；只计第一行，这一行的数值 .+ 未计入。/);
      if (layout === 'collapsed') return assert.deepEqual(finding.fixes, []);
      assert.equal(applyEdits(mutated, finding.fixes[0].edits), clean);
    });
  it('a copy with other values has no fix, and a line holding more than the row has none', () => {
    const clean = syntheticReport({ layout: 'tabs', year: 2025 });
    const line = /\n(规章\t[^\n]*)/.exec(clean)![1];
    const other = clean.replace(`\n${line}`, `\n${line}\n${line.replace(/\d+$/, '99')}`);
    assert.deepEqual(checkText(other).diagnostics.find((d) => d.code === 'row-duplicate')!.fixes, []);
    const shared = clean.replace(`\n${line}`, `\n${line}\n${line}\t行政规范性文件`);
    assert.deepEqual(checkText(shared).diagnostics.find((d) => d.code === 'row-duplicate')?.fixes ?? [], []);
  });
  it('CRLF: the copy is deleted with its CRLF; a copy that a lone CR joins to the next row has no fix (the fuzzer, seed 102)', () => {
    const clean = syntheticReport({ layout: 'tabs', year: 2025 }).replace(/\n/g, '\r\n');
    const [line, next] = /\r\n(规章\t[^\r]*)\r\n([^\r]*)\r\n/.exec(clean)!.slice(1);
    const doubled = clean.replace(`\r\n${line}\r\n`, `\r\n${line}\r\n${line}\r\n`);
    const fix = checkText(doubled).diagnostics.find((d) => d.code === 'row-duplicate')!.fixes[0];
    assert.equal(applyEdits(doubled, fix.edits), clean);
    // `规章…\r行政规范性文件…` pasted twice: deleting the first copy up to its CR leaves the
    // second row's copy, whose place no label can then tell.
    const joined = clean.replace(`\r\n${line}\r\n${next}\r\n`, `\r\n${line}\r${next}\r\n${line}\r${next}\r\n`);
    const finding = checkText(joined).diagnostics.find((d) => d.code === 'row-duplicate')!;
    assert.ok(finding, 'the copy is reported');
    assert.deepEqual(finding.fixes, []);
  });
});

describe('a clean synthetic report gives no finding', () => {
  for (const layout of layouts)
    for (const year of [2020, 2025])
      it(`${layout}, ${year}`, () => {
        const d = checkText(syntheticReport({ layout, year })).diagnostics;
        assert.deepEqual(d.map((x) => `${x.code} ${x.message}`), []);
      });
});

describe('every rule fires on its mutation, and its fixes work', () => {
  for (const [code, mutate] of Object.entries(mutations)) {
    for (const layout of layouts) {
      const clean = syntheticReport({ layout, year: 2025 });
      const mutated = mutate(clean, layout);
      if (mutated === undefined) continue;
      it(`${code} in ${layout}`, () => {
        const d = checkText(mutated).diagnostics;
        assert.ok(d.some((x) => x.code === code), `no ${code} in ${JSON.stringify(d.map((x) => x.code + ' ' + x.message))}`);
        if (fixable.has(code)) assert.ok(d.find((x) => x.code === code)!.fixes.length > 0, `${code} has no fix`);
        checkFixes(mutated, code);
      });
    }
  }

  it('prior-year: this year’s 上年结转 against last year’s 结转下年度', () => {
    const thisYear = syntheticReport({ layout: 'tabs', year: 2025 });
    // Last year's report: the same agency, its 结转下年度 equal to this year's 上年结转.
    let lastYear = syntheticReport({ layout: 'tabs', year: 2024 });
    const columns = checkText(thisYear).model.tables.find((t) => t.tableId === 'application')!.columns;
    for (const column of [...columns].reverse()) {
      lastYear = setCell(lastYear, cell(lastYear, 'application', 'carriedForward', column), String(cell(thisYear, 'application', 'carriedOver', column).value));
    }
    const priorYear = (text: string) => checkText(thisYear, { priorYearText: text }).diagnostics.filter((x) => x.code === 'prior-year');
    assert.equal(priorYear(lastYear).length, 0);
    const changed = setCell(lastYear, cell(lastYear, 'application', 'carriedForward', 'natural'), '9');
    const d = priorYear(changed);
    assert.equal(d.length, 1);
    assert.match(d[0].message, /上年结转应为 9（2024 年度报告的结转下年度）/);
    assert.equal(priorYear(changed.replace('某某市某某局', '另一个局')).length, 0, 'another agency is not compared');
    // The last prior-year parse is remembered: the same text again, then a changed one, are both read right.
    assert.equal(priorYear(changed).length, 1);
    assert.equal(priorYear(changed).length, 1);
    assert.equal(priorYear(lastYear).length, 0);
  });
});

describe('sum findings carry the numbers, the addends and the right fix', () => {
  it('row total: 总计应为 N（a+b+…），实为 M, on the total cell, addends related', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const total = cell(clean, 'application', 'disclosed', 'total');
    const mutated = setCell(clean, total, String((total.value ?? 0) + 5));
    const d = checkText(mutated).diagnostics.find((x) => x.code === 'row-total')!;
    assert.match(d.message, new RegExp(`总计应为 ${total.value}（[0-9+]+），实为 ${(total.value ?? 0) + 5}`));
    assert.equal(d.related.length, 6);
    // The wrong total also breaks its column; fixing it settles both, so it is preferred.
    assert.equal(d.fixes[0].preferred, true);
    assert.equal(d.fixes[0].edits[0].newText, String(total.value));
  });

  it('a wrong addend gets no fix that would move the total away from its column', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const mutated = bump(clean, 'application', 'disclosed', 'natural');
    const d = checkText(mutated).diagnostics.find((x) => x.code === 'row-total')!;
    assert.deepEqual(d.fixes, []);
  });

  it('English messages with --locale en', () => {
    const mutated = bump(syntheticReport({ layout: 'tabs' }), 'review', 'cases', 'review.total');
    const d = checkText(mutated, { locale: 'en' }).diagnostics.find((x) => x.code === 'group-total')!;
    assert.match(d.message, /^The total of “行政复议” should be \d+ \(\d\+\d\+\d\+\d\), not \d+\.$/);
  });
});

describe('settings', () => {
  const mutated = bump(syntheticReport({ layout: 'tabs' }), 'review', 'cases', 'review.total');
  it('a rule can be turned off', () => {
    assert.ok(!checkText(mutated, { rules: { 'group-total': 'off' } }).diagnostics.some((d) => d.code === 'group-total'));
  });
  it('a rule severity can be changed', () => {
    const d = checkText(mutated, { rules: { 'group-total': 'warning' } }).diagnostics.find((x) => x.code === 'group-total')!;
    assert.equal(d.severity, 'warning');
  });
  it('the format version can be forced', () => {
    assert.equal(checkText(syntheticReport({ layout: 'tabs' }), { formatVersion: '2019' }).formatVersion, '2019');
  });
});
