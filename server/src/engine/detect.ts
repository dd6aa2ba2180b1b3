// Is this text recognisably an annual report? Used to decide whether to check
// plain-text and Markdown files at all.
import { sections, titleWording } from './format/sections';
import type { ParsedReport } from './parse/document';
import { INVISIBLE_CHARACTERS } from './parse/normalize';
import type { Finding } from './rules/context';

// Invisible characters (a copy from a web page) are read as deleted, as everywhere else.
const BLANKS = new RegExp(`[\\s${INVISIBLE_CHARACTERS}]+`, 'g');
const BLANKS_IN_LINES = new RegExp(`[ \\t\\u3000${INVISIBLE_CHARACTERS}]+`, 'g');

export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, 4000);
  if (head.replace(BLANKS, '').includes(titleWording)) return true;
  // Or at least three of the six official headings.
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  const compact = sample.replace(BLANKS_IN_LINES, '');
  let found = 0;
  for (const s of sections) if (compact.includes(s.heading)) found++;
  return found >= 3;
}

/** A text that is no report at all gets one finding instead of a flood. */
export function detectNotAReport(parsed: ParsedReport): { code: string; finding: Finding } | undefined {
  if (parsed.sections.length >= 2 || parsed.title || looksLikeReport(parsed.text)) return undefined;
  const end = Math.min(parsed.text.length, parsed.lines.lineEnd(0));
  return {
    code: 'title',
    finding: {
      span: { start: 0, end },
      message: {
        zh: '此文件不像政府信息公开工作年度报告：既没有“……年政府信息公开工作年度报告”标题，也没有官方的章节标题，因此未作检查。',
        en: 'This file does not look like an annual report on government information disclosure: it has neither the report title nor the official section headings, so it was not checked.',
      },
    },
  };
}
