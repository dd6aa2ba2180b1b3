// §二 — the small tables of article 20, one per item of the Regulations.
import type { ColumnSpec, RowSpec, TableSpec } from './spec';

const headerWords = ['信息内容'];

function table(item: string, columns: ColumnSpec[], rows: RowSpec[]): TableSpec {
  const numeral = { 一: '1', 五: '5', 六: '6', 八: '8', 九: '9' }[item] ?? item;
  return {
    id: `article20-${numeral}`,
    section: 2,
    name: `第二十条第（${item}）项`,
    nameEn: `article 20 item (${numeral})`,
    heading: `第二十条第（${item}）项`,
    headerWords,
    columns,
    rows,
    sums: [],
  };
}

const row = (id: string, label: string, aliases?: string[]): RowSpec => ({ id, numbering: '', label, aliases });

const decisions: ColumnSpec[] = [{ id: 'decisions', label: '本年处理决定数量' }];

export const disclosureTables2021: TableSpec[] = [
  table(
    '一',
    [
      { id: 'issued', label: '本年制发件数' },
      { id: 'repealed', label: '本年废止件数' },
      { id: 'inForce', label: '现行有效件数' },
    ],
    [row('rules', '规章'), row('normativeDocs', '行政规范性文件')],
  ),
  table('五', decisions, [row('licensing', '行政许可')]),
  table('六', decisions, [row('penalty', '行政处罚'), row('enforcement', '行政强制')]),
  table(
    '八',
    [{ id: 'feeAmount', label: '本年收费金额（单位：万元）', aliases: ['本年收费金额'], decimal: true }],
    [row('fees', '行政事业性收费')],
  ),
];

const projects: ColumnSpec[] = [
  { id: 'lastYearItems', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减', signed: true },
  { id: 'decisions', label: '处理决定数量' },
];

export const disclosureTables2019: TableSpec[] = [
  table(
    '一',
    [
      { id: 'made', label: '本年新制作数量' },
      { id: 'published', label: '本年新公开数量' },
      { id: 'publishedTotal', label: '对外公开总数量' },
    ],
    [row('rules', '规章'), row('normativeDocs', '规范性文件')],
  ),
  table('五', projects, [row('licensing', '行政许可'), row('otherServices', '其他对外管理服务事项')]),
  table('六', projects, [row('penalty', '行政处罚'), row('enforcement', '行政强制')]),
  table('八', projects.slice(0, 2), [row('fees', '行政事业性收费')]),
  table(
    '九',
    [
      { id: 'procurementItems', label: '采购项目数量' },
      { id: 'procurementAmount', label: '采购总金额', decimal: true },
    ],
    [row('procurement', '政府集中采购')],
  ),
];
