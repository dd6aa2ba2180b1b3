// Section headings use the official wording; variants and typos are flagged and restored.
import type { FoundHeading } from '../../parse/headings';
import type { Span } from '../../types';
import { shown } from '../quote';
import type { Rule } from '../rule';

/** The heading's wording without a trailing colon or full stop, which a fix keeps as written. */
export function wordingSpan(text: string, h: FoundHeading): Span {
  let end = h.wordingSpan.end;
  while (end > h.wordingSpan.start && /[：:。\s]/.test(text[end - 1])) end--;
  return { start: h.wordingSpan.start, end };
}

export const headingTextRule: Rule = {
  code: 'heading-text',
  category: 'structure',
  defaultSeverity: 'warning',
  summary: { zh: '章节标题应使用官方表述。', en: 'Section headings use the official wording.' },
  basis: { zh: '年度报告格式规定的六个部分标题。', en: 'The headings fixed by the format.' },
  example: {
    text: '四、政府信息公开行政法复议、行政诉讼情况',
    finding: {
      zh: '章节标题应为“四、政府信息公开行政复议、行政诉讼情况”。',
      en: 'The heading should read “四、政府信息公开行政复议、行政诉讼情况”.',
    },
    fix: { zh: '恢复官方表述。', en: 'Restore the official wording.' },
  },
  check({ parsed, spec, text, report }) {
    for (const h of parsed.headings) {
      if (h.canonical) continue;
      const official = spec.sections[h.number - 1].heading;
      // A heading that lost its numeral, or has one in another form, gets it too (see section-order).
      const renumbered = h.writtenNumber === 0;
      const wording = (renumbered ? official.slice(0, 2) : '') + official.slice(2);
      const span = renumbered ? { start: h.numeralSpan.start, end: wordingSpan(text, h).end } : wordingSpan(text, h);
      const written = shown(text.slice(h.span.start, h.span.end));
      report({
        span: h.span,
        message: {
          zh: `章节标题“${written}”${h.variant ? '是非规范表述' : '与官方表述不符'}，应为“${official}”。`,
          en: `The heading “${written}” should read “${official}”.`,
        },
        fixes: [
          {
            title: { zh: `改为“${official}”`, en: `Change to “${official}”` },
            preferred: true,
            edits: [{ span, newText: wording }],
          },
        ],
      });
    }
  },
};
