// Every one of the six sections must be there; the fix inserts the heading (and for
// 二、三、四 the official tables filled with 0) at its place, in the document's layout and digits.
import { renderTable } from '../../render/tables';
import type { SectionNumber } from '../../types';
import { lineBreakOf, lineStartOf, type RuleContext } from '../context';
import { dominantLayout, headingsInline, sectionMarks, typedZero, zerosOf } from '../layout';
import type { Rule } from '../rule';

/** Text of a whole section skeleton (heading and tables), without a trailing break. */
export function sectionSkeleton(context: RuleContext, number: SectionNumber, inline: boolean): string {
  const { spec, parsed, text } = context;
  const eol = lineBreakOf(text);
  const layout = dominantLayout(parsed);
  const heading = spec.sections.find((s) => s.number === number)!.heading;
  const zero = typedZero(parsed.tables);
  const tables = spec.tables.filter((t) => t.section === number).map((t) => renderTable(t, layout, eol, zerosOf(t, zero)));
  if (inline) return [heading, ...tables].join('');
  return [sectionMarks(parsed) + heading, ...tables].join(eol);
}

export const sectionMissingRule: Rule = {
  code: 'section-missing',
  category: 'structure',
  defaultSeverity: 'error',
  summary: { zh: '六个部分缺一不可。', en: 'All six sections must be present.' },
  basis: {
    zh: '年度报告格式规定的六个部分：总体情况、主动公开、依申请公开、复议诉讼、问题及改进、其他事项。',
    en: 'The format fixes six sections: overview, proactive disclosure, applications, review and litigation, problems, other matters.',
  },
  example: {
    text: '一、总体情况 … 三、收到和处理政府信息公开申请情况 …',
    finding: { zh: '缺少第二部分“二、主动公开政府信息情况”。', en: 'Section 2 “二、主动公开政府信息情况” is missing.' },
    fix: { zh: '在第三部分之前插入该部分标题及其表格（数值为 0）。', en: 'Insert the heading and its tables (values 0) before section 3.' },
  },
  check(context) {
    const { parsed, spec, text, report } = context;
    if (parsed.sections.length === 0 && !parsed.title) return;
    const present = new Set(parsed.sections.map((s) => s.number));
    const inline = headingsInline(parsed);
    const eol = lineBreakOf(text);
    for (const section of spec.sections) {
      if (present.has(section.number)) continue;
      const next = parsed.sections.find((s) => s.number > section.number);
      // Missing sections that share this insertion point go in with it, in order: their
      // fixes would insert at the same place and fix-all could apply only one of them.
      const together = spec.sections
        .filter((s) => s.number >= section.number && !present.has(s.number) && (!next || s.number < next.number))
        .map((s) => s.number);
      const skeleton = together
        .map((n) => sectionSkeleton(context, n, inline))
        .join(inline ? '' : eol + eol);
      let at: number;
      let newText: string;
      if (next) {
        at = inline ? next.heading.span.start : lineStartOf(text, next.heading.markSpan?.start ?? next.heading.span.start);
        newText = inline ? skeleton : skeleton + eol + eol;
      } else {
        at = text.length;
        newText = inline ? skeleton : (text.endsWith('\n') ? '' : eol) + eol + skeleton + eol;
      }
      const anchor = next ? next.heading.span : parsed.title?.span ?? { start: 0, end: 0 };
      report({
        span: anchor,
        message: {
          zh: `缺少第${section.heading[0]}部分“${section.heading}”。`,
          en: `Section ${section.number} “${section.heading}” is missing.`,
        },
        fixes: [
          {
            title:
              together.length > 1
                ? { zh: `插入“${section.heading}”及其后缺少的 ${together.length - 1} 个部分`, en: `Insert “${section.heading}” and the ${together.length - 1} missing section(s) after it` }
                : { zh: `插入“${section.heading}”`, en: `Insert “${section.heading}”` },
            preferred: true,
            edits: [{ span: { start: at, end: at }, newText }],
              verify: true,
          },
        ],
      });
    }
  },
};
