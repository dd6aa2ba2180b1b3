// Clean synthetic reports for tests: every table filled with values that satisfy every
// identity of the format, in any layout and either version.
import { formats } from '../../server/src/engine/format';
import type { TableSpec } from '../../server/src/engine/format/spec';
import { renderReport } from '../../server/src/engine/render/report';
import type { TableValues } from '../../server/src/engine/render/tables';
import { tableLayouts, type FormatVersion, type TableLayout } from '../../server/src/engine/types';

export const layouts: TableLayout[] = [...tableLayouts];

function applicationValues(spec: TableSpec): TableValues {
  const values: TableValues = new Map();
  const columns = spec.columns.length - 1; // the last column is 总计
  const withTotal = (cells: number[]) => [...cells, cells.reduce((a, b) => a + b, 0)];
  const outcomeRows = spec.rows.filter((r) => !r.group && r.parent && r.id !== 'resultsTotal');
  const totals = new Array<number>(columns).fill(0);
  outcomeRows.forEach((row, i) => {
    // No applications stopped over unpaid fees: the prose says none were charged.
    const cells = Array.from({ length: columns }, (_, c) =>
      row.id !== 'otherHandling2' && (i * 3 + c * 5) % 7 === 0 ? ((i + c) % 4) + 1 : 0,
    );
    cells.forEach((v, c) => (totals[c] += v));
    values.set(row.id, withTotal(cells));
  });
  values.set('resultsTotal', withTotal(totals));
  const carriedOver = totals.map((t, c) => (t > 0 && c % 2 === 0 ? 1 : 0));
  const carriedForward = totals.map((_, c) => (c === 0 ? 2 : 0));
  values.set('carriedOver', withTotal(carriedOver));
  values.set('carriedForward', withTotal(carriedForward));
  values.set('received', withTotal(totals.map((t, c) => t + carriedForward[c] - carriedOver[c])));
  return values;
}

function reviewValues(): TableValues {
  const groups = [
    [2, 1, 0, 1],
    [0, 1, 0, 0],
    [1, 0, 0, 2],
  ];
  return new Map([['cases', groups.flatMap((g) => [...g, g.reduce((a, b) => a + b, 0)])]]);
}

function disclosureValues(spec: TableSpec): TableValues {
  return new Map(
    spec.rows.map((r, i) => [
      r.id,
      spec.columns.map((c, j) => (c.decimal && spec.columns.length === 1 ? '12.5' : String(((i + 1) * (j + 3)) % 9 + (c.signed ? -1 : 1)))),
    ]),
  );
}

export function reportValues(version: FormatVersion): Map<string, TableValues> {
  const out = new Map<string, TableValues>();
  for (const t of formats[version].tables) {
    if (t.section === 2) out.set(t.id, disclosureValues(t));
    else if (t.section === 3) out.set(t.id, applicationValues(t));
    else out.set(t.id, reviewValues());
  }
  return out;
}

export interface SyntheticOptions {
  layout: TableLayout;
  year?: number;
  version?: FormatVersion;
  eol?: string;
  agency?: string;
}

/** A clean report whose prose agrees with its tables. */
export function syntheticReport(options: SyntheticOptions): string {
  const year = options.year ?? 2025;
  const version = options.version ?? (year >= 2021 ? '2021' : '2019');
  const values = reportValues(version);
  const received = values.get('application')!.get('received')!.at(-1);
  const prose = new Map<number, string[]>([
    [1, [`${year}年，本机关认真贯彻《中华人民共和国政府信息公开条例》。全年共收到政府信息公开申请${received}件，均已依法办理。`]],
    [5, ['（一）存在的主要问题。公开内容有待丰富。（二）改进情况。加强培训。']],
    [6, ['本年度未收取信息处理费。']],
  ]);
  return renderReport({
    agency: options.agency ?? '某某市某某局',
    year,
    version,
    layout: options.layout,
    eol: options.eol,
    values,
    prose,
  });
}
