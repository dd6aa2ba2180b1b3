// 全部修复 and 表格规范化: ask the server for its source.fixAll / canonical-table actions and apply
// them as one workspace edit, so one undo reverts all of it.
import * as vscode from 'vscode';
import { CANONICAL_TABLE_KIND, FIX_ALL_KIND } from '../common/constants';
import { activeReportEditor } from '../common/reportDocument';

export async function fixAll(uri?: vscode.Uri): Promise<boolean> {
  const target = await targetDocument(uri);
  if (!target) return false;
  const applied = await applyActions(target, FIX_ALL_KIND);
  if (!applied) void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix automatically.'));
  return applied;
}

export async function canonicalTables(uri?: vscode.Uri): Promise<boolean> {
  const target = await targetDocument(uri);
  if (!target) return false;
  const applied = await applyActions(target, CANONICAL_TABLE_KIND);
  // A table is left as written when a rewrite would lose a value no cell holds or add an error.
  if (!applied) void vscode.window.showInformationMessage(vscode.l10n.t('No table was rewritten: they are in the canonical layout already, or a rewrite would lose a value or add an error (see the findings).'));
  return applied;
}

async function targetDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const editor = activeReportEditor();
  if (!editor) void vscode.window.showWarningMessage(vscode.l10n.t('Open an annual report first.'));
  return editor?.document;
}

/** Merges the text edits of every action of the kind into one edit (they target one version). */
async function applyActions(document: vscode.TextDocument, kind: string): Promise<boolean> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const version = document.version;
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, kind)) ?? [];
  const merged = new vscode.WorkspaceEdit();
  const taken: vscode.Range[] = [];
  for (const action of actions) {
    if (!action.kind || !vscode.CodeActionKind.Empty.append(kind).contains(action.kind) || !action.edit) continue;
    const edits = action.edit.get(document.uri);
    if (edits.some((e) => taken.some((t) => overlaps(t, e.range)))) continue;
    for (const e of edits) {
      merged.replace(document.uri, e.range, e.newText);
      taken.push(e.range);
    }
  }
  if (merged.size === 0 || document.version !== version) return false;
  return vscode.workspace.applyEdit(merged);
}

function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  const common = a.intersection(b);
  return common !== undefined && (!common.isEmpty || a.isEqual(b));
}
