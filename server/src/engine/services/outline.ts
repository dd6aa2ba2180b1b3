// The document outline: title → six sections → sub-headings and tables.
import { LineIndex } from '../lineIndex';
import type { CheckResult, Locale, Span } from '../types';
import { messages, say } from './messages';
import { diagnosticsIn, specOf, tableName, trimEnd } from './tables';

export type OutlineKind = 'title' | 'section' | 'subheading' | 'table';

export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  detail?: string;
  /** The whole part. */
  span: Span;
  /** The heading (or the table's first line). */
  selectionSpan: Span;
  children: OutlineNode[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function outline(result: CheckResult, locale: Locale = 'zh-CN'): OutlineNode[] {
  const { model } = result;
  const text = model.text;
  const index = new LineIndex(text);
  const tables: OutlineNode[] = model.tables.map((t) => ({
    kind: 'table',
    name: tableName(specOf(result.formatVersion, t), t),
    span: trimEnd(text, t.span),
    selectionSpan: firstLine(text, t.span),
    children: [],
  }));
  const placed = new Set<OutlineNode>();
  const take = (span: Span) =>
    tables.filter((t) => {
      if (placed.has(t) || t.span.start < span.start || t.span.start >= span.end) return false;
      placed.add(t);
      return true;
    });

  const sections: OutlineNode[] = model.sections.map((s) => {
    const span = trimEnd(text, s.span);
    const subheadings = s.subheadings.map((h, i) => {
      const next = s.subheadings[i + 1]?.span.start ?? s.span.end;
      return { h, span: trimEnd(text, { start: h.span.start, end: next }) };
    });
    const children: OutlineNode[] = subheadings.map(({ h, span: sub }) => ({
      kind: 'subheading' as const,
      name: oneLine(h.text),
      span: sub,
      selectionSpan: h.span,
      children: take(sub),
    }));
    children.push(...take(span));
    children.sort((a, b) => a.span.start - b.span.start);
    const findings = diagnosticsIn(result, s.span, index).length;
    return {
      kind: 'section' as const,
      name: oneLine(s.heading.text),
      detail: say(locale, messages.findings(findings)),
      span,
      selectionSpan: s.heading.span,
      children,
    };
  });
  const loose = tables.filter((t) => !placed.has(t));
  const body = [...sections, ...loose].sort((a, b) => a.span.start - b.span.start);
  if (!model.title) return body;
  return [
    {
      kind: 'title',
      name: oneLine(model.title.text),
      detail: model.year !== undefined ? String(model.year) : undefined,
      span: { start: 0, end: trimEnd(text, { start: 0, end: text.length }).end },
      selectionSpan: model.title.span,
      children: body,
    },
  ];
}

/** Every node, depth first. */
export function flatten(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function firstLine(text: string, span: Span): Span {
  const nl = text.slice(span.start, span.end).search(/[\r\n]/);
  return { start: span.start, end: nl < 0 ? span.end : span.start + nl };
}
