// The title year, the statistics period and the year the prose reports on agree.
// A plan for a later year (`2026年将…`) is no mismatch; a sentence opening with an
// earlier year is usually a paragraph copied from last year's report.
import type { Rule } from '../rule';
import { inWidthOf, isDigitCode, isInvisibleCode, isRegExpSpace, LINE_BLANK } from '../../parse/normalize';
import { sentenceAt, sentenceBounds, spanIn } from './prose';

const OPENING_YEAR = new RegExp(
  String.raw`^[\s\u3000]*(?:[（(][一二三四五六七八九十][)）][^，,。]{0,12}[。：:]?)?[\s\u3000]*(\d{4})${LINE_BLANK}*年(?:度)?${LINE_BLANK}*[，,]`,
);

/** `/^[\s\u3000]*[\d０-９（(]/` over text[start, end) without slicing it; invisible characters read as deleted. */
function opensWithDigitOrBracket(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isRegExpSpace(c) || isInvisibleCode(c)) continue;
    return isDigitCode(c) || c === 0xff08 || c === 0x28;
  }
  return false;
}

export const yearRule: Rule = {
  code: 'year',
  category: 'consistency',
  defaultSeverity: 'warning',
  summary: {
    zh: '标题年份、统计期限和正文所述年度应一致（对以后年度的计划除外）。',
    en: 'The title year, the statistics period and the year the prose reports on agree (plans for later years aside).',
  },
  basis: { zh: '年度报告报告的是标题所示年度 1 月 1 日至 12 月 31 日。', en: 'A report covers 1 January to 31 December of its title year.' },
  example: {
    text: '红旗区卫生健康委员会 2025 年政府信息公开工作年度报告 … 2024年，我委…',
    finding: { zh: '正文称“2024年”，但本报告是 2025 年度报告。', en: 'The prose says “2024”, but this is the report on 2025.' },
    fix: { zh: '改为 2025。', en: 'Change to 2025.' },
  },
  check({ parsed, report }) {
    const year = parsed.title?.year;
    const period = parsed.period;
    if (period && year !== undefined && (period.year !== year || period.endYear !== year)) {
      report({
        span: period.span,
        message: {
          zh: `统计期限（${period.year} 年至 ${period.endYear} 年）与标题年份 ${year} 不符。`,
          en: `The statistics period (${period.year} to ${period.endYear}) does not match the title year ${year}.`,
        },
        related: parsed.title ? [{ span: parsed.title.span, message: { zh: '标题', en: 'Title' } }] : [],
      });
    } else if (period && period.year !== period.endYear) {
      report({
        span: period.span,
        message: {
          zh: `统计期限应为同一年度的 1 月 1 日至 12 月 31 日，实为 ${period.year} 年至 ${period.endYear} 年。`,
          en: `The statistics period should run from 1 January to 31 December of one year, not ${period.year} to ${period.endYear}.`,
        },
      });
    }
    if (year === undefined) return;
    const bounds = sentenceBounds(parsed);
    for (let i = 0; i < bounds.count; i++) {
      const sentenceStart = bounds.starts[i];
      const sentenceEnd = bounds.ends[i];
      if (!opensWithDigitOrBracket(parsed.text, sentenceStart, sentenceEnd)) continue;
      const sentence = sentenceAt(parsed.text, bounds, i);
      const m = OPENING_YEAR.exec(sentence.text);
      if (!m) continue;
      const said = Number(m[1]);
      if (said >= year) continue; // this year, or a plan for a later one
      const at = m.index + m[0].indexOf(m[1]);
      const span = spanIn(sentence, at, at + 4);
      report({
        span,
        message: {
          zh: `正文称“${said}年”，但本报告是 ${year} 年度报告。`,
          en: `The prose says “${said}”, but this is the report on ${year}.`,
        },
        fixes: [{ title: { zh: `改为 ${year}`, en: `Change to ${year}` }, preferred: false, edits: [{ span, newText: inWidthOf(parsed.text.slice(span.start, span.end), String(year)) }] }],
      });
    }
  },
};
