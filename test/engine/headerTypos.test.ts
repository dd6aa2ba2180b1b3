// A typo in a column label that several tables share (处理决定数量, 本年增/减 in every §二 table
// of the 2019 format) is read as the column of the table it stands in, as the exact wording is:
// it was read as another table's column, and the table then "lacked" the column.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/engine';
import { generateReport } from '../../bench/corpus';

const report = generateReport(3, { layout: 'tabs', version: '2019' }).text;
const header = '信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚';

describe('typos in shared column labels', () => {
  for (const [written, official] of [
    ['处理决定数', '处理决定数量'],
    ['本年增减', '本年增/减'],
  ]) {
    it(`“${written}” in the 第二十条第（六）项 header is that table's “${official}”`, () => {
      assert.ok(report.includes(header));
      const text = report.replace(header, header.replace(official, written));
      const result = checkText(text);
      const table = result.model.tables.find((t) => t.tableId === 'article20-6')!;
      assert.deepEqual(table.columns, ['lastYearItems', 'change', 'decisions']);
      assert.deepEqual(
        result.diagnostics.filter((d) => d.code === 'column-count').map((d) => d.message),
        [],
      );
      const label = result.diagnostics.filter((d) => d.code === 'label');
      assert.deepEqual(label.map((d) => d.message), [`标签“${written}”与官方表述不符，应为“${official}”。`]);
      assert.equal(label[0].fixes[0].edits[0].newText, official);
    });
  }
});
