// Engine findings → vscode diagnostics, shaped like the server's (same source, code and link).
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../../server/src/engine';
import { DIAGNOSTIC_SOURCE } from './constants';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: Diagnostic['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toVscodeDiagnostic(d: Diagnostic, uri: vscode.Uri): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(d.range), d.message, severities[d.severity]);
  out.source = DIAGNOSTIC_SOURCE;
  out.code = d.code;
  out.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
  return out;
}
