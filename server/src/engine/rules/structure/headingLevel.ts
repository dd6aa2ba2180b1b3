// In Markdown, the six section headings share one level (that of the first one).
import type { Rule } from '../rule';

export const headingLevelRule: Rule = {
  code: 'heading-level',
  category: 'structure',
  defaultSeverity: 'hint',
  summary: {
    zh: 'Markdown 中六个部分的标题级别应一致。',
    en: 'In Markdown, the six section headings share one level.',
  },
  basis: { zh: '六个部分是同级结构。', en: 'The six sections are siblings.' },
  example: {
    text: '## 一、总体情况 … ### 三、收到和处理政府信息公开申请情况',
    finding: { zh: '标题级别应为 2（##），与第一部分一致，实为 3。', en: 'Heading level should be 2 (##) like section 1, not 3.' },
    fix: { zh: '改为“## ”。', en: 'Change to “## ”.' },
  },
  check({ parsed, report }) {
    const reference = parsed.sections.find((s) => s.heading.level > 0);
    if (!reference) return;
    const level = reference.heading.level;
    const marks = '#'.repeat(level) + ' ';
    for (const s of parsed.sections) {
      const h = s.heading;
      if (h.level === level || h.inline) continue;
      const span = h.markSpan ?? { start: h.span.start, end: h.span.start };
      report({
        span: h.markSpan ?? h.span,
        message: {
          zh: `标题级别应为 ${level}（${'#'.repeat(level)}），与第一部分一致，实为 ${h.level}。`,
          en: `Heading level should be ${level} (${'#'.repeat(level)}) like the first section, not ${h.level}.`,
        },
        fixes: [
          {
            title: { zh: `改为“${marks.trim()}”`, en: `Change to “${marks.trim()}”` },
            preferred: true,
            edits: [{ span, newText: marks }],
          },
        ],
      });
    }
  },
};
