// Quick fixes (every fix of every finding in range), fix-all and the canonical table rewrite.
import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, verifyFixes, type Locale } from '../engine';
import { canonicalTableEdit, messages, say, specOf, tableName } from '../engine/services';
import type { Entry } from './analysis';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ogi-report`;
export const CANONICAL_TABLE_KIND = `${CodeActionKind.RefactorRewrite}.ogi-report.canonicalTable`;
export const codeActionKinds = [CodeActionKind.QuickFix, FIX_ALL_KIND, CANONICAL_TABLE_KIND];

export interface EditShape {
  documentChanges: boolean;
}

export function codeActions(
  document: TextDocument,
  entry: Entry,
  params: CodeActionParams,
  locale: Locale,
  shape: EditShape,
): CodeAction[] {
  if (entry.analysis.kind !== 'checked' || entry.version !== document.version) return [];
  const { result, index } = entry.analysis;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const edit = (edits: TextEdit[]) => workspaceEdit(document, edits, shape);
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const range = index.span(params.range);
    const touches = (r: Range) => {
      const span = index.span(r);
      return span.start <= range.end && range.start <= span.end;
    };
    // The fixes still to be checked are checked now, for the findings in range only.
    verifyFixes(result, (d) => touches(d.range));
    entry.diagnostics.forEach((lsp, i) => {
      if (!touches(lsp.range)) return;
      // The engine's diagnostic at the same index holds the checked fixes (the data holds them as published).
      for (const fix of result.diagnostics[i].fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics: [matching(params.context.diagnostics, lsp) ?? lsp],
          edit: edit(fix.edits),
        });
      }
    });
  }

  // Fix-all checks every fix still unchecked, a full check each: only when asked for, not for
  // the light bulb's automatic requests (which do not show source actions).
  const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic && !only;
  if (wants(FIX_ALL_KIND) && !automatic) {
    const edits = fixAllEdits(result, entry.analysis.options);
    if (edits.length > 0) actions.push({ title: say(locale, messages.fixAll), kind: FIX_ALL_KIND, edit: edit(edits) });
  }

  if (wants(CANONICAL_TABLE_KIND)) {
    const range = index.span(params.range);
    for (const table of result.model.tables) {
      if (table.span.start > range.end || range.start > table.span.end) continue;
      const tableEdit = canonicalTableEdit(result, table, entry.analysis.options);
      if (!tableEdit) continue;
      const name = tableName(specOf(result.formatVersion, table), table);
      actions.push({ title: say(locale, messages.canonicalTable(name)), kind: CANONICAL_TABLE_KIND, edit: edit([tableEdit]) });
    }
  }
  return actions;
}

/** The client's copy of a diagnostic: same code and range (messages are never compared). */
function matching(candidates: LspDiagnostic[], d: LspDiagnostic): LspDiagnostic | undefined {
  return candidates.find(
    (c) =>
      c.code === d.code &&
      c.range.start.line === d.range.start.line &&
      c.range.start.character === d.range.start.character &&
      c.range.end.line === d.range.end.line &&
      c.range.end.character === d.range.end.character,
  );
}

export function workspaceEdit(document: TextDocument, edits: TextEdit[], shape: EditShape): WorkspaceEdit {
  if (shape.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  }
  return { changes: { [document.uri]: edits } };
}
