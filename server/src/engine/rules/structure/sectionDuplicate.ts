// Each section appears once; a second heading of the same section is a copy-paste slip.
import type { Rule } from '../rule';

export const sectionDuplicateRule: Rule = {
  code: 'section-duplicate',
  category: 'structure',
  defaultSeverity: 'error',
  summary: { zh: '每个部分只能出现一次。', en: 'Each section appears once.' },
  basis: { zh: '年度报告格式规定的六个部分。', en: 'The format fixes six sections.' },
  example: {
    text: '二、主动公开政府信息情况 … 二、主动公开政府信息情况',
    finding: { zh: '第二部分重复出现（首次出现于第 12 行）。', en: 'Section 2 appears again (first at line 12).' },
  },
  check({ parsed, spec, report }) {
    for (const h of parsed.headings) {
      const first = parsed.sections.find((s) => s.number === h.number)!.heading;
      if (first === h) continue;
      const line = parsed.lines.positionAt(first.span.start).line + 1;
      const numeral = spec.sections[h.number - 1].heading[0];
      report({
        span: h.span,
        message: {
          zh: `第${numeral}部分重复出现（首次出现于第 ${line} 行）。`,
          en: `Section ${h.number} appears again (first at line ${line}).`,
        },
        related: [{ span: first.span, message: { zh: '首次出现', en: 'First occurrence' } }],
      });
    }
  },
};
