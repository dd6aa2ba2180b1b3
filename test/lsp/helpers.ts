// Expectations computed with the engine itself, and small text helpers for the tests.
import { applyEdits, checkText, type CheckOptions, type TextEdit } from '../../server/src/engine';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';

const severityNumber = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** What the server must publish for a text: checkText's findings, in LSP shape. */
export function expectedDiagnostics(text: string, options: CheckOptions = {}) {
  return checkText(text, options).diagnostics.map((d) => ({
    code: d.code,
    severity: severityNumber[d.severity],
    message: d.message,
    range: d.range,
  }));
}

export function essentials(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));
}

/** The edits of a single-document WorkspaceEdit, checking it targets `uri` at `version`. */
export function editsOf(edit: WorkspaceEdit | undefined, uri: string, version?: number): TextEdit[] {
  if (!edit) throw new Error('no edit');
  const changes = edit.documentChanges ?? [];
  if (changes.length !== 1) throw new Error(`expected one document change, got ${changes.length}`);
  const change = changes[0] as { textDocument: { uri: string; version: number | null }; edits: TextEdit[] };
  if (change.textDocument.uri !== uri) throw new Error(`edit for ${change.textDocument.uri}, not ${uri}`);
  if (version !== undefined && change.textDocument.version !== version) {
    throw new Error(`edit for version ${change.textDocument.version}, not ${version}`);
  }
  return change.edits;
}

export function apply(text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits);
}

/** A snippet's plain text: placeholders replaced by their defaults, escapes removed. */
export function snippetText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\([\\$}])/g, '$1');
}
