// Zero-width characters that a copy from a web page leaves (U+200B and its kin) are read as if
// deleted: the tables read the same with them, and deleting them — the artifact rule's fix —
// changes no other finding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, looksLikeReport } from '../../server/src/engine';
import { layouts, syntheticReport } from '../support/reports';

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufffc'];

/** Every cell's value, table by table and row by row. */
const valuesOf = (text: string) =>
  checkText(text).model.tables.map((t) => `${t.tableId}: ${t.rows.map((r) => `${r.rowId}=${r.cells.map((c) => c.value).join(',')}`).join(' ')}`);

const findingsBesidesArtifacts = (text: string) =>
  checkText(text)
    .diagnostics.filter((d) => d.code !== 'artifact')
    .map((d) => `${d.code} ${d.message}`)
    .sort();

/** The text of §三 (the application table) with `insert` applied to it. */
function inApplicationTable(text: string, insert: (table: string) => string): string {
  const start = text.indexOf('收到和处理政府信息公开申请情况');
  const end = text.indexOf('政府信息公开行政复议、行政诉讼情况', start);
  return text.slice(0, start) + insert(text.slice(start, end)) + text.slice(end);
}

/** Every artifact fix applied at once. */
const deleteArtifacts = (text: string) =>
  applyEdits(text, checkText(text).diagnostics.filter((d) => d.code === 'artifact').flatMap((d) => d.fixes[0].edits));

describe('invisible characters', () => {
  for (const layout of layouts)
    it(`${layout}: before values, inside digit runs and inside labels, they change nothing the tables read`, () => {
      const clean = syntheticReport({ layout });
      let k = 0;
      const text = inApplicationTable(clean, (table) =>
        table
          // Before every value, and between the digits of every run of two or more.
          .replace(/\d/g, (digit) => ZERO_WIDTH[k++ % ZERO_WIDTH.length] + digit)
          .replace(/总计/g, '总\u200b计')
          .replace(/法人或其他组织/g, '法人或\u2060其他组织'),
      );
      assert.ok((text.match(/\u200b/g) ?? []).length > 20, 'the table holds invisible characters');
      assert.deepEqual(valuesOf(text), valuesOf(clean));
      assert.deepEqual(findingsBesidesArtifacts(text), findingsBesidesArtifacts(clean));
      // Deleting them gives the clean report back.
      assert.equal(deleteArtifacts(text), clean);
    });

  it('a zero-width space inside a number joins its digits, as deleting it does', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const text = inApplicationTable(clean, (table) => table.replace('\t1\t', '\t1\u200b0\t'));
    const result = checkText(text);
    const cell = result.model.tables
      .flatMap((t) => t.rows.flatMap((r) => r.cells))
      .find((c) => c.raw === '1\u200b0');
    assert.ok(cell, 'one cell holds the number and the character inside it');
    assert.equal(cell.value, 10);
    assert.equal(text.slice(cell.span.start, cell.span.end), '1\u200b0');
    const fixed = deleteArtifacts(text);
    assert.equal(fixed, inApplicationTable(clean, (table) => table.replace('\t1\t', '\t10\t')));
    assert.deepEqual(findingsBesidesArtifacts(fixed), findingsBesidesArtifacts(text));
    // The row total now fails, and its message shows the value as read: 10, not 1 and 0.
    assert.ok(findingsBesidesArtifacts(text).some((m) => m.startsWith('row-total') && m.includes('（10+0+1+0+1+0）')));
  });

  it('a thousands group with an invisible character before its comma reads as the number it is once deleted', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const grouped = inApplicationTable(clean, (table) => table.replace('\t1\t', '\t1,234\t'));
    const hidden = inApplicationTable(clean, (table) => table.replace('\t1\t', '\t1\u200b,2\u200b34\t'));
    assert.deepEqual(valuesOf(hidden), valuesOf(grouped));
    assert.ok(valuesOf(hidden).some((row) => row.includes('1234')));
    assert.deepEqual(findingsBesidesArtifacts(hidden), findingsBesidesArtifacts(grouped));
    assert.equal(deleteArtifacts(hidden), grouped);
  });

  it('a placeholder with an invisible character inside is the placeholder, its cell’s text as written', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const dashes = inApplicationTable(clean, (table) => table.replace('\t0\t', '\t--\t'));
    const hidden = inApplicationTable(clean, (table) => table.replace('\t0\t', '\t-\u200b-\t'));
    assert.deepEqual(findingsBesidesArtifacts(hidden), findingsBesidesArtifacts(dashes));
    const cell = checkText(hidden).model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.raw.startsWith('-'))!;
    assert.equal(cell.value, null);
    assert.equal(hidden.slice(cell.span.start, cell.span.end), '-\u200b-');
  });

  it('collapsed text: a digit run with invisible characters inside splits as without them, each cell spanning its own digits', () => {
    const clean = syntheticReport({ layout: 'collapsed' });
    const text = inApplicationTable(clean, (table) => table.replace(/\d{2,}/g, (run) => run.split('').join('\u200b')));
    assert.notEqual(text, clean);
    assert.deepEqual(valuesOf(text), valuesOf(clean));
    const application = checkText(text).model.tables.find((t) => t.tableId === 'application')!;
    for (const cell of application.rows.flatMap((r) => r.cells)) {
      assert.equal(text.slice(cell.span.start, cell.span.end), cell.raw);
      assert.equal(Number(cell.raw.replace(/\u200b/g, '')), cell.value);
      assert.ok(/^\d/.test(cell.raw) && /\d$/.test(cell.raw), `the cell ${JSON.stringify(cell.raw)} starts and ends with a digit`);
    }
    assert.equal(deleteArtifacts(text), clean);
  });

  it('prose: a number with invisible characters inside states the same count, its finding spanning the digits', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const claim = /申请(\d+)件/.exec(clean)!;
    const wrong = String(Number(claim[1]) * 10 + 7);
    const said = (digits: string) => clean.replace(claim[0], `申请${digits}件`);
    const [plain] = checkText(said(wrong)).diagnostics.filter((d) => d.code === 'text-table');
    assert.ok(plain, 'the prose disagrees with the table');
    const hidden = said(wrong.split('').join('\u200b') + '\u200c');
    const [found] = checkText(hidden).diagnostics.filter((d) => d.code === 'text-table');
    assert.ok(found, 'the same finding with invisible characters inside the number');
    assert.equal(found.message, plain.message);
    const offset = (text: string, at: { line: number; character: number }) => text.split('\n').slice(0, at.line).join('\n').length + (at.line ? 1 : 0) + at.character;
    const written = hidden.slice(offset(hidden, found.range.start), offset(hidden, found.range.end));
    assert.equal(written, wrong.split('').join('\u200b'));
  });

  it('a byte-order mark between two digits reads as a blank, and its fix leaves a space', () => {
    const text = inApplicationTable(syntheticReport({ layout: 'tabs' }), (table) => table.replace('\t1\t', '\t1\ufeff0\t'));
    const [leftover] = checkText(text).diagnostics.filter((d) => d.code === 'artifact');
    assert.equal(leftover.fixes[0].edits[0].newText, ' ');
    const fixed = applyEdits(text, leftover.fixes[0].edits);
    assert.deepEqual(valuesOf(fixed), valuesOf(text));
  });
});

describe('invisible characters in headings, the title and the prose', () => {
  const Z = '\u200b';
  /** Each section's number and Markdown level, with its sub-headings' ordinals and levels. */
  const outline = (text: string) =>
    checkText(text).model.sections.map((s) => `${s.number}#${s.heading.level}:${s.subheadings.map((h) => `${h.ordinal}#${h.level}`).join(',')}`);
  /** The text and the same text with `hide` applied read alike: outline, title year and findings besides artifacts. */
  const readsAlike = (clean: string, hidden: string) => {
    assert.notEqual(hidden, clean, 'the invisible character went in');
    assert.deepEqual(outline(hidden), outline(clean));
    assert.equal(checkText(hidden).model.year, checkText(clean).model.year);
    assert.deepEqual(findingsBesidesArtifacts(hidden), findingsBesidesArtifacts(clean));
    assert.equal(deleteArtifacts(hidden), clean);
  };

  // A heading written one level too deep, so that its level is what a finding is about.
  const tooDeep = syntheticReport({ layout: 'markdown' }).replace(/^## 三、/m, '### 三、');
  for (const [where, hide] of [
    ['before its # marks', (t: string) => t.replace(/^### 三、/m, `${Z}### 三、`)],
    ['between its # marks', (t: string) => t.replace(/^### 三、/m, `##${Z}# 三、`)],
    ['after its # marks', (t: string) => t.replace(/^### 三、/m, `### ${Z}三、`)],
  ] as const)
    it(`a section heading with one ${where} keeps its level (and its level finding)`, () => {
      assert.ok(findingsBesidesArtifacts(tooDeep).some((m) => m.startsWith('heading-level') && m.includes('实为 3')));
      readsAlike(tooDeep, hide(tooDeep));
    });

  // A sub-heading with a half-width colon, so that the punctuation finding is there to keep.
  const halfWidthColon = (layout: 'tabs' | 'collapsed') => syntheticReport({ layout }).replace('（一）存在的主要问题。', '（一）存在的主要问题:');
  it('a sub-heading with one at its line start, inside its numbering or before its colon is still read', () => {
    const clean = halfWidthColon('tabs').replace('（一）存在的主要问题:', '\n（一）存在的主要问题:\n');
    assert.ok(findingsBesidesArtifacts(clean).some((m) => m.startsWith('punctuation') && m.includes('存在的主要问题')));
    readsAlike(clean, clean.replace('\n（一）存在', `\n${Z}（一）存在`));
    readsAlike(clean, clean.replace('（一）存在', `（${Z}一）存在`));
    readsAlike(clean, clean.replace('存在的主要问题:', `存在的主要问题${Z}:`));
  });

  it('collapsed text: an inline sub-heading with one inside its numbering or before its colon is still read', () => {
    const clean = halfWidthColon('collapsed');
    assert.ok(findingsBesidesArtifacts(clean).some((m) => m.startsWith('punctuation') && m.includes('存在的主要问题')));
    readsAlike(clean, clean.replace('（一）存在', `（一${Z}）存在`));
    readsAlike(clean, clean.replace('存在的主要问题:', `存在的主要问题${Z}:`));
  });

  it('the title year with one among its digits is the year', () => {
    const clean = syntheticReport({ layout: 'markdown' });
    const hidden = clean.replace('2025年政府信息公开', `20${Z}25${Z}年政府信息公开`);
    readsAlike(clean, hidden);
    const title = checkText(hidden).model.title!;
    assert.equal(title.year, 2025);
    assert.equal(title.agency, '某某市某某局');
  });

  it('a sentence opening with one before last year is still read as about last year, the fix spanning the digits', () => {
    const clean = syntheticReport({ layout: 'tabs' }).replace('2025年，本机关', '2024年，本机关');
    const [plain] = checkText(clean).diagnostics.filter((d) => d.code === 'year');
    assert.ok(plain, 'the prose names last year');
    const hidden = clean.replace('2024年，本机关', `${Z}20${Z}24年，本机关`);
    readsAlike(clean, hidden);
    const [found] = checkText(hidden).diagnostics.filter((d) => d.code === 'year');
    const line = hidden.split('\n')[found.range.start.line];
    assert.equal(line.slice(found.range.start.character, found.range.end.character), `20${Z}24`);
  });

  it('a label with one inside reads as the label without it, not as two words', () => {
    // A header cell run into the one before it (`…科研机构1组织`): the invisible character
    // inside 组织 must not part it into 组 and a label of its own.
    const clean = syntheticReport({ layout: 'markdown' }).replace('| 社会公益组织 |', '| 1组织 |');
    assert.notEqual(clean, syntheticReport({ layout: 'markdown' }));
    readsAlike(clean, clean.replace('| 1组织 |', `| 1组${Z}织 |`));
  });
});

describe('invisible characters where the engine decides what a text is', () => {
  it('a title with one inside its wording still makes the text a report', () => {
    const title = '某某市某某局2025年政府信息公开\u200b工作年度报告\n本报告依据条例编制。\n';
    assert.ok(looksLikeReport(title));
    const result = checkText(title);
    assert.equal(result.isReport, true);
    assert.ok(!result.diagnostics.some((d) => d.message.includes('此文件不像')));
  });

  it('a bookmark between two digits with one beside it is replaced by a space, as without it', () => {
    const text = syntheticReport({ layout: 'tabs' }).replace('2025年政府', '202\ufffc[bookmark: x]5年政府');
    const fixes = checkText(text).diagnostics.filter((d) => d.code === 'artifact').map((d) => d.fixes[0].edits[0].newText);
    assert.deepEqual(fixes, ['', ' ']);
  });
});

describe('invisible characters in the statistics period', () => {
  it('a period with one among its digits is read, its span where it is written', () => {
    const clean = syntheticReport({ layout: 'tabs' }).replace(/。?$/, '') + '\n本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n';
    const [plain] = checkText(clean).diagnostics.filter((d) => d.code === 'year');
    assert.ok(plain && plain.message.includes('2024'), 'the period disagrees with the title');
    const hidden = clean.replace('至2024年12月31日', '至2024\u200b年12月31\u200c日');
    const [found] = checkText(hidden).diagnostics.filter((d) => d.code === 'year');
    assert.equal(found?.message, plain.message);
    const line = hidden.split('\n')[found.range.start.line];
    assert.ok(line.slice(found.range.start.character, found.range.end.character).endsWith('31\u200c日'));
  });
});
