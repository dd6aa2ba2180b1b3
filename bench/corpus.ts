// The deterministic corpus generator: synthetic annual reports in every layout and both
// format versions, built from the format data, optionally with one injected fault.
//   generateReport(seed, {layout, version, fault}) → {text, expectedCodes}
import { formats, sections as officialSections } from '../server/src/engine/format';
import { titleWording } from '../server/src/engine/format/sections';
import { tableLayouts, type FormatVersion, type TableLayout } from '../server/src/engine/types';
import { faultById, faults, type Fault } from './gen/faults';
import type { ReportPlan } from './gen/plan';
import { Rng } from './gen/prng';
import { writeProse } from './gen/prose';
import { reportValues } from './gen/values';
import { writeReport } from './gen/writer';

export const layouts: TableLayout[] = [...tableLayouts];
export { faults };

export interface GenerateOptions {
  layout?: TableLayout;
  /** Format version of the tables; the report year is chosen to match it. */
  version?: FormatVersion;
  /** Id of a fault from `faults`, or none for a clean report. */
  fault?: string;
  /** Growth for the scaling bench: extra prose paragraphs and repeated §二 tables. */
  extraParagraphs?: number;
  repeatTables?: number;
  /**
   * Where the repeated tables go: §五 (default), after the problems' prose, where the engine
   * reads them as prose; or §二 itself, where the table reader reads every copy.
   */
  repeatTablesIn?: 2 | 5;
}

export interface GeneratedReport {
  text: string;
  /**
   * Rule codes that detect the injected fault (empty for a clean report): the first is the
   * fault's own rule; the checker must report at least one of them.
   */
  expectedCodes: string[];
  layout: TableLayout;
  version: FormatVersion;
  year: number;
  fault?: string;
}

const places = ['红旗区', '卫滨区', '平潭县', '东城区', '青山市', '临江县', '南湖区', '北塘市'];
const bodies = ['卫生健康委员会', '交通运输局', '自然资源局', '市场监督管理局', '教育局', '人民政府办公室', '生态环境局', '住房和城乡建设局'];

function yearFor(version: FormatVersion, rng: Rng): number {
  return version === '2019' ? rng.int(2019, 2020) : rng.int(2021, 2025);
}

export function generateReport(seed: number, options: GenerateOptions = {}): GeneratedReport {
  const rng = new Rng(seed);
  const layout = options.layout ?? rng.pick(layouts);
  const version = options.version ?? (rng.chance(0.25) ? '2019' : '2021');
  const fault: Fault | undefined = options.fault ? faultById.get(options.fault) : undefined;
  if (options.fault && !fault) throw new Error(`unknown fault ${options.fault}`);
  let year = yearFor(version, rng);
  // A report whose tables follow the other version: move the year into the other range.
  if (fault?.id === 'wrong-format-version') year = yearFor(version === '2019' ? '2021' : '2019', rng);
  const spec = formats[version];
  const agency = rng.pick(places) + rng.pick(bodies);
  const title = `${agency}${rng.chance(0.3) ? ` ${year} ` : year}${rng.chance(0.2) ? '年度' : '年'}${titleWording}`;
  // Seed 002 splits the title over two lines.
  const titleLines = layout === 'cell-per-line' && rng.chance(0.5) ? [title.slice(0, -4), title.slice(-4)] : [title];
  const plan: ReportPlan = {
    spec,
    version,
    year,
    agency,
    layout,
    eol: layout !== 'collapsed' && rng.chance(0.1) ? '\r\n' : '\n',
    bom: rng.chance(0.03),
    titleLines,
    values: reportValues(spec, rng.fork(1)),
    sections: officialSections.map((s) => ({ number: s.number, heading: s.heading, level: 2 })),
    prose: new Map(),
    tables: [...spec.tables],
    omitRows: new Set(),
    repeatRows: new Set(),
    labels: new Map(),
    cells: new Map(),
    debris: new Map(),
    extraCells: new Map(),
    groupStyle: layout === 'markdown' ? 'own' : layout === 'spaces' && rng.chance(0.5) ? 'own' : 'merged',
    extraParagraphs: options.extraParagraphs ?? 0,
    repeatTables: options.repeatTables ?? 0,
    repeatTablesIn: options.repeatTablesIn ?? 5,
  };
  plan.prose = writeProse(plan, rng.fork(2));
  if (fault) {
    if (!fault.applies(plan)) throw new Error(`fault ${fault.id} does not apply to a ${layout} report of the ${version} format`);
    fault.apply(plan, rng.fork(3));
  }
  return {
    text: writeReport(plan, rng.fork(4)),
    expectedCodes: fault ? [fault.code(layout), ...(fault.alternatives?.(layout) ?? [])] : [],
    layout,
    version,
    year,
    fault: fault?.id,
  };
}

/** Faults that a report of this layout and version can carry. */
export function faultsFor(layout: TableLayout, version: FormatVersion): Fault[] {
  // Applicability depends only on the layout and the format version.
  const plan = { layout, spec: formats[version] } as ReportPlan;
  return faults.filter((f) => f.applies(plan));
}

export interface CorpusEntry {
  seed: number;
  options: GenerateOptions;
}

/**
 * The corpus: `count` reports, layouts and versions mixed; for each rule category about
 * 5 % of the reports carry one fault of that category. `categoryOf` maps a rule code to
 * its category (from the engine's rule metadata).
 */
export function corpusEntries(count: number, seed: number, categoryOf: (code: string) => string | undefined): CorpusEntry[] {
  const rng = new Rng(seed);
  const categories = [...new Set(faults.map((f) => categoryOf(f.code('tabs'))).filter((c): c is string => c !== undefined))].sort();
  const out: CorpusEntry[] = [];
  for (let i = 0; i < count; i++) {
    const layout = rng.pick(layouts);
    const version: FormatVersion = rng.chance(0.25) ? '2019' : '2021';
    const roll = rng.next();
    const category = categories[Math.floor(roll / 0.05)];
    let fault: string | undefined;
    if (category) {
      const candidates = faultsFor(layout, version).filter((f) => categoryOf(f.code(layout)) === category);
      if (candidates.length > 0) fault = rng.pick(candidates).id;
    }
    out.push({ seed: rng.int(1, 2 ** 31 - 1), options: { layout, version, fault } });
  }
  return out;
}
