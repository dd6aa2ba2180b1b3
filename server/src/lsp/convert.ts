// Engine data → LSP data.
import {
  DiagnosticSeverity,
  SymbolKind,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
} from 'vscode-languageserver';
import type { Diagnostic, Fix, LineIndex, Severity } from '../engine';
import type { OutlineNode } from '../engine/services';

export const SOURCE = 'ogi-report';
export const RULES_DOC = 'https://github.com/ogi-report/ogi-report/blob/main/docs/rules.md';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions: its fixes, as data. */
export interface DiagnosticData {
  fixes: Fix[];
}

export function toLspDiagnostic(d: Diagnostic, uri: string): LspDiagnostic {
  const data: DiagnosticData = { fixes: d.fixes };
  return {
    range: d.range,
    severity: severities[d.severity],
    code: d.code,
    codeDescription: { href: `${RULES_DOC}#${d.code}` },
    source: SOURCE,
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })),
    data,
  };
}

const kinds: Record<OutlineNode['kind'], SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.Module,
  subheading: SymbolKind.Namespace,
  table: SymbolKind.Struct,
};

export function symbolKind(kind: OutlineNode['kind']): SymbolKind {
  return kinds[kind];
}

export function toDocumentSymbol(node: OutlineNode, index: LineIndex): DocumentSymbol {
  const range = index.range(node.span);
  let selectionRange = index.range(node.selectionSpan);
  // LSP requires the selection inside the range.
  if (node.selectionSpan.start < node.span.start || node.selectionSpan.end > node.span.end) selectionRange = range;
  return {
    name: node.name || '—',
    detail: node.detail,
    kind: kinds[node.kind],
    range,
    selectionRange,
    children: node.children.map((c) => toDocumentSymbol(c, index)),
  };
}
