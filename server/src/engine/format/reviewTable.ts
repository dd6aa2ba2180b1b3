// §四 — administrative review and litigation: one row of fifteen values.
import type { ColumnSpec, SumSpec, TableSpec } from './spec';

const outcomes = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'otherResult', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
];

/** The three groups of five columns, in the official order. */
export const reviewGroups = [
  { id: 'review', label: '行政复议' },
  { id: 'direct', label: '未经复议直接起诉' },
  { id: 'afterReview', label: '复议后起诉' },
];

const columns: ColumnSpec[] = reviewGroups.flatMap((g) =>
  outcomes.map((o) => ({ id: `${g.id}.${o.id}`, label: o.label })),
);

const sums: SumSpec[] = reviewGroups.map((g) => ({
  rule: 'group-total',
  left: [{ row: 'cases', column: `${g.id}.total` }],
  right: outcomes.filter((o) => o.id !== 'total').map((o) => ({ row: 'cases', column: `${g.id}.${o.id}` })),
  target: { row: 'cases', column: `${g.id}.total` },
}));

export const reviewTable: TableSpec = {
  id: 'review',
  section: 4,
  name: '政府信息公开行政复议、行政诉讼情况',
  nameEn: 'administrative review and litigation',
  headerWords: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'],
  columns,
  rows: [{ id: 'cases', numbering: '', label: '' }],
  sums,
  singleRow: true,
};

/** The group a §四 column belongs to, for hovers and messages. */
export function reviewGroupOf(columnId: string): string {
  const id = columnId.split('.')[0];
  return reviewGroups.find((g) => g.id === id)?.label ?? '';
}
