// The title names the agency and the year, and ends with the fixed wording.
import { titleWording } from '../../format/sections';
import { editDistance, tolerance } from '../../parse/editDistance';
import { titleTailIsCanonical } from '../../parse/headings';
import { compact } from '../../parse/normalize';
import { quote } from '../quote';
import type { Rule } from '../rule';

export const titleRule: Rule = {
  code: 'title',
  category: 'structure',
  defaultSeverity: 'warning',
  summary: {
    zh: '标题应为“<机关名称><年份>年政府信息公开工作年度报告”。',
    en: 'The title must read “<agency><year>年政府信息公开工作年度报告”.',
  },
  basis: {
    zh: '《条例》第五十条；国办公开办函〔2021〕30号附件格式的标题。',
    en: 'Regulations art. 50; the title of the format annexed to the notice.',
  },
  example: {
    text: '红寺堡区卫生健康局 2021 年政府信息公开 公开工作年度报告',
    finding: { zh: '标题用语不规范：应以“政府信息公开工作年度报告”结尾。', en: 'The title wording is not canonical.' },
    fix: { zh: '改为“政府信息公开工作年度报告”。', en: 'Restore the official wording.' },
  },
  check({ parsed, report }) {
    const title = parsed.title;
    if (!title) {
      const first = parsed.sections[0];
      report({
        span: first ? first.heading.span : { start: 0, end: Math.min(parsed.text.length, parsed.lines.lineEnd(0)) },
        message: {
          zh: `缺少标题：报告应以“<机关名称><年份>年${titleWording}”开头。`,
          en: `The title is missing: the report should open with “<agency><year>年${titleWording}”.`,
        },
      });
      return;
    }
    if (title.year === undefined || !title.tailSpan) {
      report({
        span: title.span,
        message: {
          zh: `标题中没有年份：应为“<机关名称><年份>年${titleWording}”。`,
          en: `The title has no year: it should read “<agency><year>年${titleWording}”.`,
        },
      });
      return;
    }
    if (!titleTailIsCanonical(parsed.text, title.tailSpan)) {
      const written = parsed.text.slice(title.tailSpan.start, title.tailSpan.end);
      // Restore the wording only over a near miss of it; anything else is not ours to rewrite.
      const near = editDistance(compact(written).text, titleWording) <= tolerance(titleWording.length);
      const shown = quote(written);
      report({
        span: title.tailSpan,
        message: {
          zh: `标题用语不规范：${shown.zh}应为“${titleWording}”。`,
          en: `The title wording ${shown.en} should be “${titleWording}”.`,
        },
        fixes: near
          ? [
              {
                title: { zh: `改为“${titleWording}”`, en: `Change to “${titleWording}”` },
                preferred: true,
                edits: [{ span: title.tailSpan, newText: titleWording }],
              },
            ]
          : [],
      });
    }
  },
};
