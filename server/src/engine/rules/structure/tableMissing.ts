// §二 has four tables, §三 and §四 one each; a missing one is inserted (values 0).
import { renderTable } from '../../render/tables';
import { lineBreakOf, nextLineStart } from '../context';
import { dominantLayout, typedZero, zerosOf } from '../layout';
import type { Rule } from '../rule';

export const tableMissingRule: Rule = {
  code: 'table-missing',
  category: 'structure',
  defaultSeverity: 'error',
  summary: {
    zh: '第二部分的四张表、第三部分和第四部分的统计表都必须有。',
    en: 'The four tables of section 2 and the tables of sections 3 and 4 must be present.',
  },
  basis: { zh: '年度报告格式的统计表。', en: 'The statistical tables of the format.' },
  example: {
    text: '二、主动公开政府信息情况（没有“第二十条第（八）项”表）',
    finding: { zh: '缺少“第二十条第（八）项”表。', en: 'The table “第二十条第（八）项” is missing.' },
    fix: { zh: '插入该表，数值为 0。', en: 'Insert the table with values 0.' },
  },
  check({ parsed, spec, text, report }) {
    const eol = lineBreakOf(text);
    const layout = dominantLayout(parsed);
    const zero = typedZero(parsed.tables);
    const found = (id: string) => parsed.tables.some((t) => t.spec.id === id);
    for (const table of spec.tables) {
      const section = parsed.sections.find((s) => s.number === table.section);
      if (!section) continue; // section-missing covers it
      if (found(table.id)) continue;
      // Insert after the tables of the same section that come before it in the format.
      const sameSection = spec.tables.filter((t) => t.section === table.section);
      const index = sameSection.indexOf(table);
      const earlier = sameSection.slice(0, index);
      const previous = parsed.tables.filter((t) => earlier.some((e) => e.id === t.spec.id)).pop();
      const inline = section.heading.inline || layout === 'collapsed';
      const after = previous ? previous.span.end : section.heading.span.end;
      const at = inline ? after : nextLineStart(text, after);
      // The missing tables that follow it up to the next present one share its insertion
      // point: they go in with it, in order, or fix-all could apply only one per round.
      const together: typeof sameSection = [];
      for (const t of sameSection.slice(index)) {
        if (found(t.id)) break;
        together.push(t);
      }
      const body = together.map((t) => renderTable(t, layout, eol, zerosOf(t, zero))).join(inline ? '' : eol);
      const newText = inline ? body : at === text.length && !/\n$/.test(text) ? eol + body + eol : body + eol;
      report({
        span: section.heading.span,
        message: {
          zh: `第${spec.sections[table.section - 1].heading[0]}部分缺少“${table.name}”表。`,
          en: `Section ${table.section} lacks the table “${table.name}” (${table.nameEn}).`,
        },
        fixes: [
          {
            title:
              together.length > 1
                ? { zh: `插入“${table.name}”表及其后缺少的 ${together.length - 1} 张表（数值为 0）`, en: `Insert the table “${table.name}” and the ${together.length - 1} missing table(s) after it (values 0)` }
                : { zh: `插入“${table.name}”表（数值为 0）`, en: `Insert the table “${table.name}” (values 0)` },
            preferred: true,
            edits: [{ span: { start: at, end: at }, newText }],
              verify: true,
          },
        ],
      });
    }
  },
};
