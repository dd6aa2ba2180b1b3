// A PDF's page numbers stay in the text taken from it, each on a line of its own and often inside
// a table. `- 3 -` between two rows read as two placeholders and a value of the row above, `第3页`
// as a number glued to label text: wrong column counts, placeholders and splits. The table
// reader now skips them, and the artifact rule offers to delete each line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, readModel } from '../../server/src/engine';
import { pageMarkLineEnd, pageMarks } from '../../server/src/engine/parse/pageMarks';
import { layouts, syntheticReport } from '../support/reports';

const STYLES = [(n: number) => `- ${n} -`, (n: number) => `—${n}—`, (n: number) => `第${n}页`, (n: number) => `第 ${n} 页 共 9 页`, (n: number) => `　共9页，第${n}页 `];

/** `text` with a page mark of `style` after every 7th line, and the marks inserted. */
function paged(text: string, style: (n: number) => string): { text: string; marks: string[] } {
  const marks: string[] = [];
  const lines = text.split('\n').flatMap((line, i) => (i % 7 === 6 ? [line, (marks.push(style(marks.length + 2)), marks.at(-1)!)] : [line]));
  return { text: lines.join('\n'), marks };
}

const besidesArtifacts = (text: string) =>
  checkText(text)
    .diagnostics.filter((d) => d.code !== 'artifact')
    .map((d) => `${d.code} ${d.message.replace(/第 \d+ 行/g, '第 N 行')}`)
    .sort();
const cells = (text: string) => readModel(text).tables.map((t) => t.rows.map((r) => `${r.rowId}=${r.cells.map((c) => c.value).join(',')}`).join(' '));

describe('PDF page numbers on lines of their own', () => {
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`${layout}: the tables read the same, each mark is one finding, and deleting them gives the report back`, () => {
      const clean = syntheticReport({ layout });
      for (const style of STYLES) {
        const { text, marks } = paged(clean, style);
        assert.deepEqual(cells(text), cells(clean), style(3));
        assert.deepEqual(besidesArtifacts(text), besidesArtifacts(clean), style(3));
        const found = checkText(text).diagnostics.filter((d) => d.code === 'artifact');
        assert.deepEqual(found.map((d) => d.message), marks.map((m) => `PDF 页码“${m.trim()}”应删除。`));
        assert.equal(applyEdits(text, found.flatMap((d) => d.fixes[0].edits)), clean, style(3));
        const crlf = text.replace(/\n/g, '\r\n');
        const crlfFound = checkText(crlf).diagnostics.filter((d) => d.code === 'artifact');
        assert.equal(applyEdits(crlf, crlfFound.flatMap((d) => d.fixes[0].edits)), clean.replace(/\n/g, '\r\n'), `${style(3)}, CRLF`);
      }
    });

  it('a mark on the last line is deleted with the line break before it', () => {
    const clean = syntheticReport({ layout: 'tabs' }).replace(/\n+$/, '');
    for (const end of ['\n', '\r\n']) {
      const text = clean.replace(/\n/g, end) + end + '- 9 -';
      const found = checkText(text).diagnostics.filter((d) => d.code === 'artifact');
      assert.equal(found.length, 1);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), clean.replace(/\n/g, end));
    }
  });

  it('a page mark before the title leaves the title found', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const text = '第1页 共9页\n' + clean;
    assert.equal(readModel(text).title?.year, 2025);
    assert.deepEqual(besidesArtifacts(text), besidesArtifacts(clean));
  });

  it('a label broken over a page (商业⏎- 3 -⏎企业, one cell per line) is one label, as without the page number', () => {
    const clean = syntheticReport({ layout: 'cell-per-line' });
    // A column label, a row label of §三, a row label of §二.
    for (const [label, head] of [['商业企业', '商业'], ['一、本年新收政府信息公开申请数量', '一、本年新收政府'], ['行政规范性文件', '行政规范']]) {
      const broken = clean.replace(label, `${head}\n\t${label.slice(head.length)}`);
      for (const style of STYLES) {
        const text = clean.replace(label, `${head}\n${style(3)}\n\t${label.slice(head.length)}`);
        assert.deepEqual(cells(text), cells(clean), `${label}, ${style(3)}`);
        assert.deepEqual(besidesArtifacts(text), besidesArtifacts(broken), `${label}, ${style(3)}`);
        assert.deepEqual(besidesArtifacts(text), [], `${label}, ${style(3)}`);
      }
    }
  });

  it('a misspelt label broken over a page is shown without the page number', () => {
    const text = syntheticReport({ layout: 'cell-per-line' }).replace('行政规范性文件', '行政规范\n- 3 -\n\t性文俳');
    const messages = checkText(text).diagnostics.map((d) => d.message);
    assert.ok(messages.includes('无法识别的行标签“行政规范 性文俳”，按位置应为“行政规范性文件”。'), messages.join('\n'));
    assert.ok(messages.includes('PDF 页码“- 3 -”应删除。'), messages.join('\n'));
  });

  it('the title again on a line of its own (a PDF page header) is skipped by the tables and reported once', () => {
    for (const layout of layouts.filter((l) => l !== 'collapsed')) {
      const clean = syntheticReport({ layout });
      const title = readModel(clean).title!.text;
      const lines = clean.split('\n');
      // Inside §三's table: in one cell per line, between two cells of a row.
      const at = lines.findIndex((l) => l.includes('三、收到和处理')) + 12;
      const text = [...lines.slice(0, at), title, ...lines.slice(at)].join('\n');
      assert.deepEqual(cells(text), cells(clean), layout);
      const found = checkText(text).diagnostics;
      assert.deepEqual(found.map((d) => d.message), [`标题“${title}”再次出现（PDF 页眉），应删除。`], layout);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), clean, layout);
    }
  });

  it('tells a page mark from a line of the report', () => {
    const isMark = (line: string) => pageMarkLineEnd(line, 0) === line.length;
    for (const line of ['- 3 -', '—3—', '－ 12 －', '-- 3 --', '– 7 –', '第3页', '第 3 页 共 10 页', '第３页／共１０页', '共10页，第3页', '  - 3 -  ', '- 3 -\r'])
      assert.ok(isMark(line), JSON.stringify(line));
    for (const line of ['3', '- 3', '3 -', '-\t3\t-', '第3页说明', '本机关第3页', '-3-4-', '— 12345 —', '第三页', '—', '- 0 - 1'])
      assert.ok(!isMark(line), JSON.stringify(line));
    assert.deepEqual(pageMarks('a\n - 2 - \nb\n第3页'), [{ start: 3, end: 8 }, { start: 12, end: 15 }]);
  });
});
