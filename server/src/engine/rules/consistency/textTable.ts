// Numbers stated in the prose against the tables: applications received, 行政处罚,
// 行政许可, 行政复议/行政诉讼, 结转, 现行有效 documents — and `其中` splits that must add up.
// Heuristics, so warnings only; a sentence about another year is left alone.
import type { ParsedReport } from '../../parse/document';
import type { Span } from '../../types';
import { cellOf, tableById } from '../context';
import { excerpt, list } from '../quote';
import type { Bilingual, Rule } from '../rule';
import { allMatches, sentenceAt, sentenceBounds, spanIn } from './prose';

interface Claim {
  /** What the sentence talks about, and the values of the tables it may mean. */
  topic: Bilingual;
  /** Words one of which the sentence must hold before the pattern is tried (speed). */
  keywords: string[];
  pattern: RegExp;
  /** Fixed value for patterns that state "none" (`未收到…申请`). */
  zero?: boolean;
  accepted: (parsed: ParsedReport) => number[] | undefined;
}

const sumOf = (values: (number | null | undefined)[]): number | undefined =>
  values.some((v) => v === null || v === undefined) ? undefined : (values as number[]).reduce((a, b) => a + b, 0);

const application = (parsed: ParsedReport, row: string) => cellOf(tableById(parsed, 'application'), row, 'total')?.value;
const review = (parsed: ParsedReport, column: string) => cellOf(tableById(parsed, 'review'), 'cases', column)?.value;

function receivedValues(parsed: ParsedReport): number[] | undefined {
  const n = application(parsed, 'received');
  const c = application(parsed, 'carriedOver');
  const t = application(parsed, 'resultsTotal');
  if (n === undefined || n === null) return undefined;
  // `收到…N 件` may mean the new applications or new plus carried over; `办理` the handled ones.
  return [n, ...(c != null ? [n + c] : []), ...(t != null ? [t] : [])];
}

const UNIT = '(?:件|项|个|宗|份)';
const claims: Claim[] = [
  {
    topic: { zh: '收到的政府信息公开申请', en: 'applications received' },
    keywords: ['收到', '受理', '接收', '接到', '办理'],
    pattern: new RegExp(`(?:收到|受理|接收到?|接到|办理)[^。；，,\\d]{0,20}?(?:政府信息公开申请|依申请公开(?:事项|申请)?|信息公开申请|申请)[^。；\\d]{0,4}?(\\d+)\\s*${UNIT}`, 'g'),
    accepted: receivedValues,
  },
  {
    topic: { zh: '收到的政府信息公开申请', en: 'applications received' },
    keywords: ['收到', '受理', '接收', '接到'],
    pattern: new RegExp(`(?:收到|受理|接收到?|接到)[^。；\\d]{0,8}?(\\d+)\\s*${UNIT}[^。；\\d]{0,12}?申请`, 'g'),
    accepted: receivedValues,
  },
  {
    topic: { zh: '收到的政府信息公开申请', en: 'applications received' },
    keywords: ['未'],
    pattern: /未(?:收到|接收到|接到|受理)[^。；]{0,30}?(?:申请|依申请公开)/g,
    zero: true,
    accepted: (p) => {
      const n = application(p, 'received');
      return n == null ? undefined : [n];
    },
  },
  {
    topic: { zh: '行政处罚', en: 'administrative penalties' },
    keywords: ['行政处罚'],
    pattern: /行政处罚(?:案件|决定)?[^。；\d]{0,6}?(\d+)\s*(?:起|件|宗|个|项)/g,
    accepted: (p) => single(cellOf(tableById(p, 'article20-6'), 'penalty', 'decisions')?.value),
  },
  {
    topic: { zh: '行政许可', en: 'administrative licences' },
    keywords: ['行政许可', '行政审批'],
    pattern: /(?:行政许可|行政审批)(?:事项|决定)?[^。；\d]{0,6}?(\d+)\s*(?:项|件|个|起)/g,
    accepted: (p) => single(cellOf(tableById(p, 'article20-5'), 'licensing', 'decisions')?.value),
  },
  {
    topic: { zh: '行政复议', en: 'administrative reviews' },
    keywords: ['行政复议'],
    pattern: /行政复议(?:案件)?[^。；\d、]{0,4}?(\d+)\s*(?:起|件|宗)/g,
    accepted: (p) => single(review(p, 'review.total')),
  },
  {
    topic: { zh: '行政复议', en: 'administrative reviews' },
    keywords: ['行政复议'],
    pattern: /未(?:发生|出现|有)[^。；]{0,20}?行政复议/g,
    zero: true,
    accepted: (p) => single(review(p, 'review.total')),
  },
  {
    topic: { zh: '行政诉讼', en: 'lawsuits' },
    keywords: ['行政诉讼'],
    pattern: /行政诉讼(?:案件)?[^。；\d、]{0,4}?(\d+)\s*(?:起|件|宗)/g,
    accepted: (p) => single(sumOf([review(p, 'direct.total'), review(p, 'afterReview.total')])),
  },
  {
    topic: { zh: '行政诉讼', en: 'lawsuits' },
    keywords: ['行政诉讼'],
    pattern: /未(?:发生|出现|有)[^。；]{0,20}?行政诉讼/g,
    zero: true,
    accepted: (p) => single(sumOf([review(p, 'direct.total'), review(p, 'afterReview.total')])),
  },
  {
    topic: { zh: '结转下年度的申请', en: 'applications carried forward' },
    keywords: ['结转'],
    pattern: /(\d+)\s*件[^。；，,\d]{0,3}?结转/g,
    accepted: (p) => single(application(p, 'carriedForward')),
  },
  {
    topic: { zh: '结转下年度的申请', en: 'applications carried forward' },
    keywords: ['结转'],
    pattern: /结转(?:至|到)?(?:下一?年度?|\d{4}\s*年度?)?[^。；\d]{0,4}?(\d+)\s*件/g,
    accepted: (p) => single(application(p, 'carriedForward')),
  },
  {
    topic: { zh: '现行有效的规章和规范性文件', en: 'documents in force' },
    keywords: ['现行有效'],
    pattern: /现行有效[^。；\d]{0,12}?(\d+)\s*(?:件|个|份)/g,
    accepted: (p) => {
      const t = tableById(p, 'article20-1');
      const column = t?.columns.at(-1)?.id;
      if (!column) return undefined;
      const docs = cellOf(t, 'normativeDocs', column)?.value;
      const rules = cellOf(t, 'rules', column)?.value;
      const both = sumOf([docs, rules]);
      return [docs, both].filter((v): v is number => v !== undefined && v !== null);
    },
  },
];

/** Every keyword once: a sentence is searched for each of them once, not once per claim. */
const KEYWORDS = [...new Set(claims.flatMap((c) => c.keywords))];
/** One pass over a sentence decides whether any claim (or a 其中 split) may be in it. */
const ANY_KEYWORD = new RegExp([...KEYWORDS, '其中'].join('|'));

function single(v: number | null | undefined): number[] | undefined {
  return v === undefined || v === null ? undefined : [v];
}

const YEAR = /(\d{4})\s*年/g;
/** A sentence naming a year other than the report year (or the next, in `结转至…`) is about that year. */
function aboutOtherYear(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  // The first other year decides: a sentence of 200,000 years need not be read to its end.
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const y = Number(m[1]);
    if (y !== year && y !== year + 1) return true;
  }
  return false;
}

const partPatterns = new Map<string, RegExp>();
/** A part of a split in the unit of its whole (`141 条`). */
function partPattern(unit: string): RegExp {
  let pattern = partPatterns.get(unit);
  if (!pattern) partPatterns.set(unit, (pattern = new RegExp(`(\\d+)\\s*${unit}`, 'g')));
  return pattern;
}

/** `共 213 条，其中 A 141 条、B 72 条`: the parts of a complete split add up. */
const SPLIT = /共[^。；\d]{0,20}?(\d+)\s*(条|件|篇|项|个)[，,]\s*其中([^。；]*)/g;

export const textTableRule: Rule = {
  code: 'text-table',
  category: 'consistency',
  defaultSeverity: 'warning',
  summary: {
    zh: '正文中的数字应与表格一致（申请数、行政处罚、行政许可、复议诉讼、结转、现行有效文件），“其中”各项之和应等于总数。',
    en: 'Numbers in the prose agree with the tables; parts after 其中 add up to the whole.',
  },
  basis: {
    zh: '正文与统计表描述同一事实；启发式检查，只作警告。全角数字按半角读取，按页宽折行的正文（PDF 文本）按一行读取，其间的页码略过，汉字间的空格（两端对齐的 PDF 行）不计。',
    en: 'Prose and tables describe the same facts; a heuristic, so a warning. Full-width digits read as ASCII ones, and prose wrapped at a page’s width (PDF text) as one line, past the page numbers between its lines, and blanks between Chinese characters (a justified PDF line) as none.',
  },
  example: {
    text: '2025年，全区共作出行政处罚20起 …（第二部分表格：行政处罚 0）',
    finding: {
      zh: '正文称行政处罚 20，但第二部分表格中为 0。',
      en: 'The prose says 20 administrative penalties, the table in section 2 says 0.',
    },
  },
  check({ parsed, report }) {
    const year = parsed.year;
    // What the tables say for each claim, read once per check rather than per match.
    const acceptedOf = new Map<Claim, number[] | undefined>();
    const accepted = (claim: Claim) => {
      if (!acceptedOf.has(claim)) acceptedOf.set(claim, claim.accepted(parsed));
      return acceptedOf.get(claim);
    };
    const bounds = sentenceBounds(parsed);
    for (let i = 0; i < bounds.count; i++) {
      // A claim states a number, or none at all (`未收到…`): most sentences of prose do neither.
      if (bounds.mayStateCount[i] === 0) continue;
      const sentence = sentenceAt(parsed.text, bounds, i);
      if (!ANY_KEYWORD.test(sentence.text)) continue;
      let otherYear: boolean | undefined;
      const present = KEYWORDS.filter((k) => sentence.text.includes(k));
      for (const claim of claims) {
        if (!claim.keywords.some((k) => present.includes(k))) continue;
        otherYear ??= aboutOtherYear(sentence.text, year);
        if (otherYear) break;
        for (const m of allMatches(claim.pattern, sentence.text)) {
          const values = accepted(claim);
          if (!values || values.length === 0) continue;
          const value = claim.zero ? 0 : Number(m[1]); // the sentence is read with ASCII digits
          if (values.includes(value)) continue;
          const at = claim.zero ? m.index! : m.index! + m[0].indexOf(m[1]);
          const span: Span = spanIn(sentence, at, at + (claim.zero ? m[0].length : m[1].length));
          // A number past 2^53 (a digit run, not a count) is shown as written, not as 1e+21 or Infinity.
          const said = claim.zero ? { zh: '没有', en: 'none' } : Number.isSafeInteger(value) ? { zh: String(value), en: String(value) } : excerpt(m[1]);
          report({
            span,
            message: {
              zh: `正文称${claim.topic.zh}为 ${said.zh}，但表格中为 ${values.join(' 或 ')}。`,
              en: `The prose says ${said.en} ${claim.topic.en}, but the tables say ${values.join(' or ')}.`,
            },
          });
        }
      }
      if (!sentence.text.includes('其中')) continue;
      for (const m of allMatches(SPLIT, sentence.text)) {
        const whole = Number(m[1]);
        const unit = m[2];
        const parts = allMatches(partPattern(unit), m[3]).map((p) => Number(p[1]));
        if (parts.length < 2) continue;
        const sum = parts.reduce((a, b) => a + b, 0);
        if (sum === whole) continue;
        const addends = list(parts, '+');
        report({
          span: spanIn(sentence, m.index!, m.index! + m[0].length),
          message: {
            zh: `“其中”各项之和为 ${sum}（${addends.zh}），与总数 ${whole} 不符。`,
            en: `The parts after 其中 add up to ${sum} (${addends.en}), not to the stated ${whole}.`,
          },
        });
      }
    }
  },
};
