// Faults injected into generated reports, one per report, each with the rule code the
// checker must report for it. Faults change the plan; the writer knows nothing of them.
import { titleWording } from '../../server/src/engine/format/sections';
import type { SumSpec } from '../../server/src/engine/format';
import type { SectionNumber, TableLayout } from '../../server/src/engine/types';
import type { ReportPlan } from './plan';
import type { Rng } from './prng';
import { cellKey } from './values';

export interface Fault {
  id: string;
  /** The rule code expected for this fault in this layout. */
  code(layout: TableLayout): string;
  /** Other codes that also count as detecting it (run-together digits may be reported as unsplittable). */
  alternatives?(layout: TableLayout): string[];
  /** Can this plan carry the fault? */
  applies(plan: ReportPlan): boolean;
  apply(plan: ReportPlan, rng: Rng): void;
}

const sums = (plan: ReportPlan, table: string, rule: SumSpec['rule']) => plan.spec.tables.find((t) => t.id === table)!.sums.filter((s) => s.rule === rule);

function bump(plan: ReportPlan, table: string, key: string, by: number): void {
  const values = plan.values.get(table)!;
  values.set(key, Number(values.get(key) ?? 0) + by);
}

/** A look-alike character for a typo: a neighbour in the same label keeps it plausible. */
function typo(text: string, rng: Rng): string {
  const chars = [...text];
  const candidates = chars.map((c, i) => i).filter((i) => /[\u4e00-\u9fff]/.test(chars[i]) && i > 0);
  const i = rng.pick(candidates);
  chars[i] = chars[i] === '政' ? '正' : chars[i] === '年' ? '度' : chars[i] === '信' ? '言' : chars[i] === '公' ? '工' : '度';
  return chars.join('');
}

const notCollapsed = (plan: ReportPlan) => plan.layout !== 'collapsed';
/** Arithmetic faults in collapsed text make the digits unsplittable: the checker says so instead. */
const sumCode = (code: string) => (layout: TableLayout) => (layout === 'collapsed' ? 'cell-split' : code);

/** A row that still adds up may split in more than one way once a column sum is off. */
const collapsedSplit = (layout: TableLayout) => (layout === 'collapsed' ? ['cell-split'] : []);

export const faults: Fault[] = [
  {
    id: 'wrong-row-total',
    code: sumCode('row-total'),
    applies: () => true,
    apply(plan, rng) {
      const s = rng.pick(sums(plan, 'application', 'row-total'));
      bump(plan, 'application', cellKey(s.target), rng.int(1, 9));
    },
  },
  {
    id: 'wrong-outcome-total',
    code: () => 'outcome-total',
    alternatives: collapsedSplit,
    applies: () => true,
    apply(plan, rng) {
      // A whole outcome row grows consistently: its row total holds, the column totals do not.
      const row = rng.pick(sums(plan, 'application', 'outcome-total')[0].right).row;
      const rowTotal = sums(plan, 'application', 'row-total').find((s) => s.target.row === row)!;
      const by = rng.int(1, 9);
      bump(plan, 'application', cellKey(rowTotal.right[0]), by);
      bump(plan, 'application', cellKey(rowTotal.target), by);
    },
  },
  {
    id: 'broken-balance',
    code: () => 'balance',
    alternatives: collapsedSplit,
    applies: () => true,
    apply(plan, rng) {
      const balance = sums(plan, 'application', 'balance')[0];
      const row = balance.target.row;
      const rowTotal = sums(plan, 'application', 'row-total').find((s) => s.target.row === row)!;
      const by = rng.int(1, 9);
      bump(plan, 'application', cellKey(rowTotal.right[0]), by);
      bump(plan, 'application', cellKey(rowTotal.target), by);
    },
  },
  {
    id: 'wrong-group-total',
    code: sumCode('group-total'),
    applies: () => true,
    apply(plan, rng) {
      bump(plan, 'review', cellKey(rng.pick(sums(plan, 'review', 'group-total')).target), rng.int(1, 4));
    },
  },
  {
    id: 'missing-section',
    code: () => 'section-missing',
    applies: () => true,
    apply(plan, rng) {
      const n = rng.pick([5, 6] as SectionNumber[]);
      const s = plan.sections.find((x) => x.number === n)!;
      s.heading = '';
    },
  },
  {
    id: 'sections-out-of-order',
    code: () => 'section-order',
    applies: () => true,
    apply(plan) {
      const i = plan.sections.findIndex((s) => s.number === 5);
      [plan.sections[i], plan.sections[i + 1]] = [plan.sections[i + 1], plan.sections[i]];
    },
  },
  {
    id: 'misspelled-heading',
    code: () => 'heading-text',
    applies: () => true,
    apply(plan, rng) {
      const n = rng.pick([2, 4, 5] as SectionNumber[]);
      const s = plan.sections.find((x) => x.number === n)!;
      s.heading = s.heading.slice(0, 2) + typo(s.heading.slice(2), rng);
    },
  },
  {
    id: 'duplicate-section',
    code: () => 'section-duplicate',
    applies: () => true,
    apply(plan) {
      const five = plan.sections.find((x) => x.number === 5)!;
      plan.sections.push({ ...five });
    },
  },
  {
    id: 'missing-table',
    code: () => 'table-missing',
    applies: () => true,
    apply(plan, rng) {
      const victim = rng.pick(plan.tables.filter((t) => t.section === 2));
      plan.tables = plan.tables.filter((t) => t !== victim);
    },
  },
  {
    id: 'missing-row',
    code: () => 'row-missing',
    applies: () => true,
    apply(plan, rng) {
      const spec = plan.spec.tables.find((t) => t.id === 'application')!;
      // A row that is not the first of its group, so no group label goes with it.
      const candidates = spec.rows.filter((r, i) => !r.group && r.parent && i > 0 && spec.rows[i - 1].parent === r.parent && !spec.rows[i - 1].group);
      plan.omitRows.add(`application/${rng.pick(candidates).id}`);
    },
  },
  {
    id: 'repeated-row',
    code: () => 'row-duplicate',
    applies: () => true,
    apply(plan, rng) {
      const spec = rng.pick(plan.tables.filter((t) => t.section === 2));
      plan.repeatRows.add(`${spec.id}/${rng.pick(spec.rows).id}`);
    },
  },
  {
    id: 'misspelled-label',
    code: () => 'label',
    applies: () => true,
    apply(plan, rng) {
      const spec = rng.pick(plan.tables.filter((t) => t.section === 2 && t.columns.some((c) => c.label.length >= 6)));
      const column = rng.pick(spec.columns.filter((c) => c.label.length >= 6));
      plan.labels.set(`${spec.id}/column:${column.id}`, typo(column.label, rng));
    },
  },
  {
    id: 'conversion-debris',
    code: () => 'artifact',
    applies: () => true,
    apply(plan, rng) {
      const spec = rng.pick(plan.tables.filter((t) => t.section === 2));
      plan.debris.set(`${spec.id}/column:${spec.columns[0].id}`, '[bookmark: _GoBack]');
    },
  },
  {
    id: 'placeholder-cell',
    code: () => 'cell-value',
    applies: notCollapsed,
    apply(plan, rng) {
      const spec = rng.pick(plan.tables.filter((t) => t.section === 2));
      const row = rng.pick(spec.rows);
      plan.cells.set(`${spec.id}/${row.id}/${rng.pick(spec.columns).id}`, rng.pick(['/', '—']));
    },
  },
  {
    id: 'extra-cell',
    code: () => 'column-count',
    applies: notCollapsed,
    apply(plan) {
      plan.extraCells.set('review', ['0']);
    },
  },
  {
    id: 'garbled-title',
    code: () => 'title',
    applies: () => true,
    apply(plan) {
      // Seed 003: extraction repeats a word of the title (政府信息公开 公开工作…).
      const line = plan.titleLines.join('');
      const i = line.indexOf(titleWording) + 6;
      plan.titleLines = [line.slice(0, i) + ' ' + line.slice(i - 2)];
    },
  },
  {
    id: 'year-mismatch',
    code: () => 'year',
    applies: () => true,
    apply(plan, rng) {
      // A sentence about an earlier year, as if copied from last year's report.
      const para = plan.prose.get(5)!.find((b) => b.kind === 'para')!;
      para.text += `${plan.year - rng.int(1, 3)}年，本机关政府信息公开工作取得新进展。`;
    },
  },
  {
    id: 'prose-contradicts-table',
    code: () => 'text-table',
    // In web text a row that splits more than one way cannot be read, so the prose cannot be compared.
    alternatives: collapsedSplit,
    applies: () => true,
    apply(plan, rng) {
      const one = plan.prose.get(1)!;
      const penalty = Number(plan.values.get('article20-6')!.get('penalty/decisions') ?? 0);
      // Run-together §二 rows rarely split uniquely in web text; the §三 figures always do.
      if (plan.layout !== 'collapsed' && rng.chance(0.5)) {
        one.splice(2, 0, { kind: 'para', text: `全年作出行政处罚${penalty + rng.int(1, 50)}起。` });
        return;
      }
      const application = plan.values.get('application')!;
      // Received, carried over and the outcome total: the rows of the balance that prose may mean.
      const balance = sums(plan, 'application', 'balance')[0];
      const rows = new Set([...balance.left, balance.right[0]].map((c) => c.row));
      const figures = [...application.entries()].filter(([k]) => rows.has(k.split('/')[0]));
      const largest = Math.max(...figures.map(([, v]) => Number(v)));
      one.splice(2, 0, { kind: 'para', text: `全年共受理政府信息公开申请${largest * 2 + rng.int(1, 9)}件。` });
    },
  },
  {
    id: 'no-fee-statement',
    code: () => 'fee-report',
    applies: (plan) => plan.spec.feeStatementRequired,
    apply(plan) {
      plan.prose.set(6, [{ kind: 'para', text: '无其他需要报告的事项。' }]);
    },
  },
  {
    id: 'wrong-format-version',
    code: () => 'format-version',
    applies: () => true,
    // Applied by the generator before the plan is built: the year is moved into the other version's range.
    apply() {},
  },
  {
    id: 'half-width-brackets',
    code: () => 'punctuation',
    applies: () => true,
    apply(plan) {
      const sub = plan.prose.get(1)!.find((b) => b.kind === 'sub')!;
      // Inline in web text a sub-heading ends at its colon (pingtan-2021 has `（一）存在的主要问题:`).
      sub.text = plan.layout === 'collapsed' ? sub.text.replace(/：?$/, ':') : sub.text.replace('（', '(').replace('）', ')');
    },
  },
  {
    id: 'heading-level',
    code: () => 'heading-level',
    applies: (plan) => plan.layout === 'markdown',
    apply(plan, rng) {
      const n = rng.pick([3, 4, 6] as SectionNumber[]);
      plan.sections.find((x) => x.number === n)!.level = 3;
    },
  },
];

export const faultById = new Map(faults.map((f) => [f.id, f]));
