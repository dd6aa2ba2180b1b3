// Headings and labels use full-width brackets and colons, as in the official format.
import { isBlankCode, isInvisibleCode } from '../../parse/normalize';
import type { Span } from '../../types';
import { fullWidth, fullWidthEdits } from '../fullWidth';
import { quote } from '../quote';
import type { Rule } from '../rule';

export const punctuationRule: Rule = {
  code: 'punctuation',
  category: 'structure',
  defaultSeverity: 'hint',
  summary: {
    zh: '标题和表格标签中的括号、冒号应使用全角。',
    en: 'Headings and table labels use full-width brackets and colons.',
  },
  basis: { zh: '官方格式使用全角标点（GB/T 15834）。', en: 'The official format uses full-width punctuation (GB/T 15834).' },
  example: {
    text: '(一) 主动公开:',
    finding: { zh: '“(一) 主动公开:”中的半角标点应改为全角。', en: 'Use full-width punctuation in “(一) 主动公开:”.' },
    fix: { zh: '改为“（一） 主动公开：”。', en: 'Change to “（一） 主动公开：”.' },
  },
  check({ parsed, text, report }) {
    const spans: Span[] = [];
    // Numbering in another form (`1:`, `一）、`) is section-order's to rewrite as a whole.
    for (const h of parsed.headings) spans.push(h.writtenNumber === 0 ? { start: h.numeralSpan.end, end: h.span.end } : h.span);
    for (const s of parsed.sections) {
      // A sub-heading's span stops before its colon; the colon is part of what to fix (an
      // invisible character or blanks before it read as deleted: `主 动 公 开 ：`).
      for (const h of s.subheadings) {
        let colon = h.span.end;
        for (let c = text.charCodeAt(colon); isInvisibleCode(c) || isBlankCode(c); c = text.charCodeAt(++colon));
        spans.push({ start: h.span.start, end: /[:：]/.test(text[colon] ?? '') ? colon + 1 : h.span.end });
      }
    }
    for (const t of parsed.tables) {
      if (t.spec.singleRow) continue;
      for (const l of t.labels) spans.push(l.span);
    }
    for (const span of spans) {
      const edits = fullWidthEdits(text, span);
      if (!edits.length) continue;
      const written = text.slice(span.start, span.end);
      const fixed = quote(fullWidth(written));
      const shown = quote(written);
      report({
        span,
        message: {
          zh: `${shown.zh}中的半角标点应改为全角：${fixed.zh}。`,
          en: `Use full-width punctuation: ${fixed.en} instead of ${shown.en}.`,
        },
        fixes: [{ title: { zh: '改为全角标点', en: 'Use full-width punctuation' }, preferred: true, edits }],
      });
    }
  },
};
