// Headings and labels use full-width brackets and colons, as in the official format.
import type { Span } from '../../types';
import { quote } from '../quote';
import type { Rule } from '../rule';

const HALF_WIDTH: Record<string, string> = { '(': '（', ')': '）', ':': '：' };

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
    for (const h of parsed.headings) spans.push(h.span);
    for (const s of parsed.sections) {
      // A sub-heading's span stops before its colon; the colon is part of what to fix.
      for (const h of s.subheadings) spans.push({ start: h.span.start, end: h.span.end + (/[:：]/.test(text[h.span.end] ?? '') ? 1 : 0) });
    }
    for (const t of parsed.tables) {
      if (t.spec.singleRow) continue;
      for (const l of t.labels) spans.push(l.span);
    }
    for (const span of spans) {
      const edits = [];
      for (let i = span.start; i < span.end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 40 && c !== 41 && c !== 58) continue; // ( ) :
        edits.push({ span: { start: i, end: i + 1 }, newText: HALF_WIDTH[text[i]] });
      }
      if (!edits.length) continue;
      const written = text.slice(span.start, span.end);
      const fixed = quote([...written].map((ch) => HALF_WIDTH[ch] ?? ch).join(''));
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
