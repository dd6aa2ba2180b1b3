// Completion: the report skeleton in an empty document; inside a table, the rows it lacks.
import { LineIndex } from '../lineIndex';
import type { RowSpec } from '../format/spec';
import { renderRow } from '../render/tables';
import type { CheckResult, Locale, TableModel } from '../types';
import { eolOf } from './canonicalTable';
import { messages, say } from './messages';
import { skeletonSnippet, skeletonText } from './skeleton';
import { rowLabel, specOf } from './tables';

export interface CompletionProposal {
  label: string;
  detail: string;
  /** Snippet syntax when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** The same text without tab stops, for clients without snippet support. */
  plainText: string;
  /** Offsets of the text the proposal replaces. */
  replace: { start: number; end: number };
}

export function completions(result: CheckResult, offset: number, locale: Locale = 'zh-CN', now = new Date()): CompletionProposal[] {
  const text = result.model.text;
  if (text.trim() === '') {
    const year = now.getFullYear() - 1;
    return [
      {
        label: say(locale, messages.skeleton(year)),
        detail: say(locale, messages.skeletonDetail),
        insertText: skeletonSnippet(year, say(locale, messages.agencyPlaceholder)),
        snippet: true,
        plainText: skeletonText(year, say(locale, messages.agencyPlaceholder)),
        replace: { start: 0, end: text.length },
      },
    ];
  }
  const table = tableAt(result, offset);
  if (!table) return [];
  const spec = specOf(result.formatVersion, table);
  if (!spec || spec.singleRow) return [];
  const present = new Set(table.rows.map((r) => r.rowId));
  const index = new LineIndex(text);
  const lineStart = index.lineStarts[index.positionAt(offset).line];
  const layout = table.layout === 'collapsed' ? 'tabs' : table.layout;
  return spec.rows
    .filter((r: RowSpec) => !r.group && !present.has(r.id))
    .map((r) => ({
      label: rowLabel(r),
      detail: say(locale, messages.missingRow),
      insertText: renderRow(spec, r, layout, eolOf(text)),
      snippet: false,
      plainText: renderRow(spec, r, layout, eolOf(text)),
      replace: { start: lineStart, end: offset },
    }));
}

/** The table at the offset, or the one ending on the line just above it. */
function tableAt(result: CheckResult, offset: number): TableModel | undefined {
  const text = result.model.text;
  return result.model.tables.find((t) => {
    if (t.span.start <= offset && offset <= t.span.end) return true;
    // The rest of the table's last line (a closing `|`, say), one line break, the typed prefix.
    const between = text.slice(t.span.end, offset);
    return offset > t.span.end && (between.match(/\r\n|\r|\n/g) ?? []).length === 1;
  });
}
