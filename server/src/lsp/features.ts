// Outline, workspace symbols, hover, code lenses, folding, formatting and completion:
// thin wrappers turning the language services' answers into LSP.
import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  type CodeLens,
  type CompletionItem,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Position,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver';
import { verifyFixes, type Locale } from '../engine';
import { completions, flatten, foldingRanges, formatEdits, hoverAt, outline, tableStatuses } from '../engine/services';
import type { Entry } from './analysis';
import { symbolKind, toDocumentSymbol } from './convert';
import type { Settings } from './settings';

function checked(entry: Entry) {
  return entry.analysis.kind === 'checked' ? entry.analysis : undefined;
}

export function documentSymbols(entry: Entry, locale: Locale): DocumentSymbol[] {
  const a = checked(entry);
  if (!a) return [];
  return outline(a.result, locale).map((n) => toDocumentSymbol(n, a.index));
}

export function workspaceSymbols(entries: Entry[], query: string, locale: Locale): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  return entries.flatMap((entry) => {
    const a = checked(entry);
    if (!a) return [];
    const title = a.result.model.title?.text.replace(/\s+/g, ' ').trim();
    return flatten(outline(a.result, locale))
      .filter((n) => q === '' || n.name.toLowerCase().includes(q))
      .map((n) => ({
        name: n.name,
        kind: symbolKind(n.kind),
        location: { uri: entry.uri, range: a.index.range(n.selectionSpan) },
        containerName: n.kind === 'title' ? undefined : title,
      }));
  });
}

export function hover(entry: Entry, position: Position, locale: Locale): Hover | null {
  const a = checked(entry);
  if (!a) return null;
  const info = hoverAt(a.result, a.index.offsetAt(position), locale);
  if (!info) return null;
  return { contents: { kind: MarkupKind.Markdown, value: info.contents }, range: a.index.range(info.span) };
}

export function codeLenses(entry: Entry, locale: Locale): CodeLens[] {
  const a = checked(entry);
  if (!a) return [];
  return tableStatuses(a.result, locale).map((s) => {
    const start = a.index.positionAt(s.span.start);
    // A title-only command: VS Code shows it as a label.
    return { range: { start, end: start }, command: { title: s.title, command: '' }, data: { tableId: s.tableId, mismatches: s.mismatches } };
  });
}

export function folding(entry: Entry): FoldingRange[] {
  const a = checked(entry);
  if (!a) return [];
  return foldingRanges(a.result.model).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: FoldingRangeKind.Region }));
}

export function formatting(entry: Entry, settings: Settings): TextEdit[] {
  const a = checked(entry);
  if (!a) return [];
  return formatEdits(verifyFixes(a.result), { formatVersion: settings.formatVersion, rules: settings.rules });
}

export function completion(entry: Entry, position: Position, locale: Locale, snippets: boolean): CompletionItem[] {
  const a = checked(entry);
  if (!a) return [];
  return completions(a.result, a.index.offsetAt(position), locale).map((p, i) => {
    const snippet = p.snippet && snippets;
    return {
      label: p.label,
      detail: p.detail,
      kind: p.snippet ? CompletionItemKind.Snippet : CompletionItemKind.Field,
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: a.index.range(p.replace), newText: snippet ? p.insertText : p.plainText },
      sortText: String(i).padStart(4, '0'),
    };
  });
}
