// §三 — the application table. The 2019 and 2021 versions differ only in （六）其他处理.
import type { CellRef, ColumnSpec, RowSpec, SumSpec, TableSpec } from './spec';

export const applicantColumns: ColumnSpec[] = [
  { id: 'natural', label: '自然人' },
  { id: 'commercial', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'publicInterest', label: '社会公益组织' },
  { id: 'legalService', label: '法律服务机构' },
  { id: 'otherOrg', label: '其他' },
  { id: 'total', label: '总计' },
];

const headerWords = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '法人或其他组织',
];

const leadingRows: RowSpec[] = [
  { id: 'received', numbering: '一、', label: '本年新收政府信息公开申请数量' },
  { id: 'carriedOver', numbering: '二、', label: '上年结转政府信息公开申请数量' },
  { id: 'results', numbering: '三、', label: '本年度办理结果', group: true },
  { id: 'disclosed', numbering: '（一）', label: '予以公开', parent: 'results' },
  {
    id: 'partlyDisclosed',
    numbering: '（二）',
    label: '部分公开（区分处理的，只计这一情形，不计其他情形）',
    aliases: ['部分公开'],
    parent: 'results',
  },
  { id: 'withheld', numbering: '（三）', label: '不予公开', group: true, parent: 'results' },
  { id: 'withheld1', numbering: '1.', label: '属于国家秘密', parent: 'withheld' },
  { id: 'withheld2', numbering: '2.', label: '其他法律行政法规禁止公开', parent: 'withheld' },
  { id: 'withheld3', numbering: '3.', label: '危及“三安全一稳定”', parent: 'withheld' },
  { id: 'withheld4', numbering: '4.', label: '保护第三方合法权益', parent: 'withheld' },
  { id: 'withheld5', numbering: '5.', label: '属于三类内部事务信息', parent: 'withheld' },
  { id: 'withheld6', numbering: '6.', label: '属于四类过程性信息', parent: 'withheld' },
  { id: 'withheld7', numbering: '7.', label: '属于行政执法案卷', parent: 'withheld' },
  { id: 'withheld8', numbering: '8.', label: '属于行政查询事项', parent: 'withheld' },
  { id: 'unavailable', numbering: '（四）', label: '无法提供', group: true, parent: 'results' },
  { id: 'unavailable1', numbering: '1.', label: '本机关不掌握相关政府信息', parent: 'unavailable' },
  { id: 'unavailable2', numbering: '2.', label: '没有现成信息需要另行制作', parent: 'unavailable' },
  { id: 'unavailable3', numbering: '3.', label: '补正后申请内容仍不明确', parent: 'unavailable' },
  { id: 'notProcessed', numbering: '（五）', label: '不予处理', group: true, parent: 'results' },
  { id: 'notProcessed1', numbering: '1.', label: '信访举报投诉类申请', parent: 'notProcessed' },
  { id: 'notProcessed2', numbering: '2.', label: '重复申请', parent: 'notProcessed' },
  { id: 'notProcessed3', numbering: '3.', label: '要求提供公开出版物', parent: 'notProcessed' },
  { id: 'notProcessed4', numbering: '4.', label: '无正当理由大量反复申请', parent: 'notProcessed' },
  { id: 'notProcessed5', numbering: '5.', label: '要求行政机关确认或重新出具已获取信息', parent: 'notProcessed' },
];

const otherHandling2021: RowSpec[] = [
  { id: 'otherHandling', numbering: '（六）', label: '其他处理', group: true, parent: 'results' },
  {
    id: 'otherHandling1',
    numbering: '1.',
    label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    parent: 'otherHandling',
  },
  {
    id: 'otherHandling2',
    numbering: '2.',
    label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    parent: 'otherHandling',
  },
  { id: 'otherHandling3', numbering: '3.', label: '其他', parent: 'otherHandling' },
];

const otherHandling2019: RowSpec[] = [{ id: 'otherHandling', numbering: '（六）', label: '其他处理', parent: 'results' }];

const trailingRows: RowSpec[] = [
  { id: 'resultsTotal', numbering: '（七）', label: '总计', parent: 'results' },
  { id: 'carriedForward', numbering: '四、', label: '结转下年度继续办理' },
];

/** The identities of the table, derived from its rows and columns. */
function applicationSums(rows: RowSpec[]): SumSpec[] {
  const valueRows = rows.filter((r) => !r.group);
  const addendColumns = applicantColumns.filter((c) => c.id !== 'total');
  const outcomeRows = valueRows.filter((r) => r.parent !== undefined && r.id !== 'resultsTotal');
  const cell = (row: string, column: string): CellRef => ({ row, column });
  const sums: SumSpec[] = [];
  for (const r of valueRows) {
    sums.push({
      rule: 'row-total',
      left: [cell(r.id, 'total')],
      right: addendColumns.map((c) => cell(r.id, c.id)),
      target: cell(r.id, 'total'),
    });
  }
  for (const c of applicantColumns) {
    sums.push({
      rule: 'outcome-total',
      left: [cell('resultsTotal', c.id)],
      right: outcomeRows.map((r) => cell(r.id, c.id)),
      target: cell('resultsTotal', c.id),
    });
  }
  for (const c of applicantColumns) {
    sums.push({
      rule: 'balance',
      left: [cell('received', c.id), cell('carriedOver', c.id)],
      right: [cell('resultsTotal', c.id), cell('carriedForward', c.id)],
      target: cell('carriedForward', c.id),
    });
  }
  return sums;
}

function applicationTable(otherHandling: RowSpec[]): TableSpec {
  const rows = [...leadingRows, ...otherHandling, ...trailingRows];
  return {
    id: 'application',
    section: 3,
    name: '收到和处理政府信息公开申请情况',
    nameEn: 'applications received and handled',
    headerWords,
    columns: applicantColumns,
    rows,
    sums: applicationSums(rows),
  };
}

export const applicationTable2021 = applicationTable(otherHandling2021);
export const applicationTable2019 = applicationTable(otherHandling2019);
