// Pathological inputs: one construct repeated to a given length inside an ordinary report, at the
// place where it reaches the code the issue names as the usual home of quadratic paths — label
// matching, digit splitting and regular expressions over long lines.
import { formats } from '../../server/src/engine/format';
import { generateReport } from '../corpus';

type Place = 'tables2' | 'tables3' | 'end';

export interface Construct {
  id: string;
  /** What the construct is, for the bench table. */
  what: string;
  place: Place;
  /** The repeated unit (cut to the length asked for). */
  unit: string;
  /** Written once before the repeats. */
  opening?: string;
}

const [section1, section2, section3] = formats['2021'].sections.map((s) => s.heading);
const application = formats['2021'].tables.find((t) => t.id === 'application')!;
const receivedLabel = application.rows.find((r) => r.id === 'received')!.label;
const article20 = formats['2021'].tables.find((t) => t.section === 2)!;
const twoLabels = [...article20.columns.map((c) => c.label), ...article20.rows.map((r) => r.label)].join('');
// The same labels with every fourth character dropped: near misses for the tolerant matcher.
const nearMisses = [...twoLabels].filter((_, i) => i % 4 !== 3).join('');

export const CONSTRUCTS: Construct[] = [
  { id: 'labels.runTogether', what: '§二 labels run together on one line', place: 'tables2', unit: twoLabels },
  { id: 'labels.nearMiss', what: '§二 labels with typos, run together', place: 'tables2', unit: nearMisses },
  { id: 'labels.none', what: 'Chinese text that is no label, inside §二', place: 'tables2', unit: '的' },
  { id: 'labels.numbering', what: 'item numbers without labels （一）（一）… in §三', place: 'tables3', unit: '（一）' },
  // Each `某` is a row label the reader does not know, each `1` its value: 50,000 such rows
  // once made placing them by position quadratic.
  { id: 'labels.unknownRows', what: 'unrecognised row labels with a value each 某1某1… in §三', place: 'tables3', opening: receivedLabel, unit: '某1' },
  { id: 'digits.glued', what: 'one digit run glued to a §三 row label', place: 'tables3', opening: receivedLabel, unit: '7' },
  { id: 'digits.tabs', what: 'one §三 row of tab-separated values', place: 'tables3', opening: receivedLabel, unit: '\t1' },
  { id: 'digits.spaces', what: 'one §三 row of space-separated values', place: 'tables3', opening: receivedLabel, unit: ' 1' },
  { id: 'digits.grouped', what: 'thousands separators 1,000,1,000… in §三', place: 'tables3', unit: '1,000,' },
  { id: 'digits.decimals', what: 'decimal marks 1.1.1.… in §三', place: 'tables3', unit: '1.1.' },
  { id: 'markdown.delimiter', what: 'one Markdown delimiter row | --- | --- |… in §三', place: 'tables3', unit: '| --- ' },
  { id: 'markdown.dashes', what: 'one line of dashes in §三', place: 'tables3', unit: '-' },
  { id: 'headings.inline', what: 'section headings run together on one line', place: 'end', unit: `${section1}${section2.slice(0, 2)}` },
  { id: 'headings.numerals', what: 'section numerals 三、三、… on one line', place: 'end', unit: '三、' },
  { id: 'prose.parts', what: 'one sentence 共12条，其中1条、1条、…', place: 'end', opening: '共12条，其中', unit: '1条、' },
  { id: 'prose.years', what: 'one sentence naming years 2020年2020年…', place: 'end', opening: '收到申请1件', unit: '2020年' },
  { id: 'debris.open', what: 'unclosed conversion debris [bookmark:[bookmark:…', place: 'end', unit: '[bookmark:' },
  // Every line feed of prose is asked whether it wraps a paragraph, reading the line before it.
  { id: 'prose.wraps', what: 'one sentence wrapped every few characters 另有1⏎行政诉讼…', place: 'end', opening: '收到申请1件', unit: '另有1\n行政诉讼' },
  // A bare number after a line of the page's width is a page number: each is read back along that line.
  { id: 'prose.pageNumbers', what: 'one sentence with a bare page number after every line 收到…⏎12⏎…', place: 'end', opening: '收到申请1件', unit: '另有1件结转下年度办理并已全部答复完毕\n12\n' },
  // Blanks between Chinese characters are read as not there (a justified PDF line).
  { id: 'prose.spacedOut', what: 'one sentence spaced out letter by letter 收 到 申 请 1 2 件 …', place: 'end', opening: '收到申请1件', unit: '收 到 申 请 1 2 件 ' },
  // Zero-width characters are read as deleted: between digits they join one number, and the
  // reader looks past runs and chains of leftovers from every value and placeholder beside them.
  { id: 'invisible.digits', what: 'digits with zero-width spaces between them 1\u200b1\u200b… after a §三 row label', place: 'tables3', opening: receivedLabel, unit: '1\u200b' },
  { id: 'invisible.chain', what: 'bookmarks and zero-width spaces chained between placeholders in §三', place: 'tables3', opening: receivedLabel, unit: '\t-[bookmark: x]\u200b\u200b' },
  { id: 'invisible.run', what: 'one run of zero-width spaces after a §三 value', place: 'tables3', opening: `${receivedLabel}\t1`, unit: '\u200b' },
  { id: 'html.open', what: 'unclosed HTML tags <p <p …', place: 'end', unit: '<p ' },
];

let baseReport: string | undefined;
/** The report every construct is placed in (generated once: every size of every construct shares it). */
const base = () => (baseReport ??= generateReport(11, { layout: 'tabs', version: '2021' }).text);

/** Where a place is in the base report: just past the section heading's line, or the end. */
function offsetOf(text: string, place: Place): number {
  if (place === 'end') return text.length;
  const heading = place === 'tables2' ? section2 : section3;
  const at = text.indexOf(heading);
  if (at < 0) throw new Error(`the base report has no ${heading}`);
  return text.indexOf('\n', at) + 1;
}

/** The base report with `construct` repeated over about `characters` characters, on a line of its own. */
export function pathologicalText(construct: Construct, characters: number): string {
  const text = base();
  const at = offsetOf(text, construct.place);
  const opening = construct.opening ?? '';
  const length = Math.max(0, characters - opening.length);
  const line = opening + construct.unit.repeat(Math.ceil(length / construct.unit.length)).slice(0, length);
  return text.slice(0, at) + '\n' + line + '\n' + text.slice(at);
}
