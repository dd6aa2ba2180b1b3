// Sections come in the official order and carry their official numerals.
import { lineStartOf } from '../context';
import { wordingSpan } from './headingText';
import type { Rule } from '../rule';

export const sectionOrderRule: Rule = {
  code: 'section-order',
  category: 'structure',
  defaultSeverity: 'error',
  summary: {
    zh: '六个部分须按一至六的顺序排列，各带与内容相符的编号（Word 自动编号复制后会丢失）。',
    en: 'The six sections must come in order, each with its own numeral (Word’s automatic numbering is lost in a copy).',
  },
  basis: { zh: '年度报告格式规定的六个部分及其顺序。', en: 'The format fixes the six sections and their order.' },
  example: {
    text: '四、收到和处理政府信息公开申请情况',
    finding: { zh: '章节编号应为“三”，实为“四”。', en: 'The section numeral should be 三, not 四.' },
    fix: { zh: '改为“三、”。', en: 'Renumber to 三、.' },
  },
  check({ parsed, spec, text, report }) {
    const numeral = (n: number) => spec.sections[n - 1].heading[0];
    for (const s of parsed.sections) {
      const h = s.heading;
      if (h.writtenNumber === 0) {
        // The numeral was lost (Word's list numbering is not copied with the text), or written in
        // another form (`1、`). The fix writes the wording too, official if it is not, as
        // heading-text's fix writes the numeral: the two overlap, and either settles both in one
        // round of fix-all.
        const official = spec.sections[s.number - 1].heading;
        const mark = official.slice(0, 2);
        const wording = wordingSpan(text, h);
        const numbering = text.slice(h.numeralSpan.start, h.numeralSpan.end).trim();
        report({
          span: h.span,
          message: numbering
            ? {
                zh: `章节编号“${numbering}”应为“${mark}”：“${official}”是第${mark[0]}部分。`,
                en: `The section numbering “${numbering}” should read “${mark}”: this is section ${s.number}.`,
              }
            : {
                zh: `章节标题缺少编号“${mark}”，应为“${official}”。`,
                en: `The heading lacks its numeral “${mark}”: it should read “${official}”.`,
              },
          fixes: [
            {
              title: numbering ? { zh: `改为“${mark}”`, en: `Renumber to “${mark}”` } : { zh: `加上编号“${mark}”`, en: `Add the numeral “${mark}”` },
              preferred: true,
              edits: [{ span: { start: h.numeralSpan.start, end: wording.end }, newText: mark + (h.canonical ? text.slice(wording.start, wording.end) : official.slice(2)) }],
            },
          ],
        });
      } else if (h.writtenNumber !== s.number) {
        const written = text.slice(h.numeralSpan.start, h.numeralSpan.end);
        report({
          span: h.numeralSpan,
          message: {
            zh: `章节编号应为“${numeral(s.number)}”，实为“${written}”：“${spec.sections[s.number - 1].heading}”是第${numeral(s.number)}部分。`,
            en: `The section numeral should be “${numeral(s.number)}”, not “${written}”: this is section ${s.number}.`,
          },
          fixes: [
            {
              title: { zh: `改为“${numeral(s.number)}”`, en: `Renumber to “${numeral(s.number)}”` },
              preferred: true,
              edits: [{ span: h.numeralSpan, newText: numeral(s.number) }],
            },
          ],
        });
      }
    }
    // A section placed after a later one: offer to move it back in front of that one.
    for (let i = 1; i < parsed.sections.length; i++) {
      const s = parsed.sections[i];
      const laterBefore = parsed.sections.slice(0, i).find((p) => p.number > s.number);
      if (!laterBefore) continue;
      const inline = s.heading.inline;
      const from = inline ? s.span.start : lineStartOf(text, s.heading.markSpan?.start ?? s.span.start);
      const to = s.span.end;
      const target = inline ? laterBefore.span.start : lineStartOf(text, laterBefore.heading.markSpan?.start ?? laterBefore.span.start);
      let block = text.slice(from, to);
      if (!inline && !/\n$/.test(block)) block += '\n';
      report({
        span: s.heading.span,
        message: {
          zh: `第${numeral(s.number)}部分应位于第${numeral(laterBefore.number)}部分之前。`,
          en: `Section ${s.number} should come before section ${laterBefore.number}.`,
        },
        fixes: [
          {
            title: { zh: `移到第${numeral(laterBefore.number)}部分之前`, en: `Move before section ${laterBefore.number}` },
            preferred: false,
            edits: [
              { span: { start: target, end: target }, newText: block },
              { span: { start: from, end: to }, newText: '' },
            ],
            verify: true,
          },
        ],
      });
    }
  },
};
