// Quick fixes, fix all (one undo step), fix on save, the canonical table rewrite.
import * as vscode from 'vscode';
import { renderReport } from '../../../server/src/engine/render/report';
import { SAVE_TARGET, SEEDS, assert, closeAll, codeOf, open, ours, waitForAnswer, waitForDiagnostics, workspaceFile } from './helpers';

const isLabel = (d: vscode.Diagnostic) => codeOf(d) === 'label';
const arithmetic = new Set(['row-total', 'outcome-total', 'balance', 'group-total']);
const arithmeticErrors = (uri: vscode.Uri) => ours(uri).filter((d) => arithmetic.has(codeOf(d)));

describe('fixes', () => {
  afterEach(closeAll);

  it('a quick fix applied removes its finding', async () => {
    const { document } = await open(workspaceFile(SEEDS.s000));
    const label = (await waitForDiagnostics(document.uri, (d) => d.some(isLabel), 'label finding')).find(isLabel)!;
    // The API command drops the actions' diagnostics: find the fix by the range it edits.
    const fixesLabel = (a: vscode.CodeAction) => a.edit?.get(document.uri).some((e) => e.range.intersection(label.range) !== undefined) === true;
    const actions = await waitForAnswer(
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, label.range, vscode.CodeActionKind.QuickFix.value),
      (a) => a.some(fixesLabel),
      'a quick fix for the label finding',
    );
    const fix = actions.find((a) => fixesLabel(a) && a.isPreferred) ?? actions.find(fixesLabel);
    assert.ok(fix?.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(label.range), '本年废止件数');
    await waitForDiagnostics(document.uri, (d) => d.length > 0 && !d.some(isLabel), 'label finding gone');
  });

  it('fix all repairs every preferred fix in one undoable step', async () => {
    await vscode.commands.executeCommand('ogiReport.openExample');
    const document = vscode.window.activeTextEditor!.document;
    const original = document.getText();
    await waitForDiagnostics(document.uri, (d) => d.some((x) => arithmetic.has(codeOf(x))), 'the example’s arithmetic errors');
    assert.ok(await vscode.commands.executeCommand<boolean>('ogiReport.fixAll'), 'fix all applied an edit');
    await waitForDiagnostics(document.uri, () => arithmeticErrors(document.uri).length === 0, 'arithmetic errors fixed');
    assert.ok(document.getText() !== original);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original, 'one undo restores the text');
  });

  it('fix on save, when editor.codeActionsOnSave asks for it', async () => {
    const uri = workspaceFile(SAVE_TARGET);
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'ogi-report' });
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.ogi-report': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const { document } = await open(uri);
      assert.equal(document.languageId, 'ogi-report');
      await waitForDiagnostics(uri, (d) => d.some(isLabel), 'label finding');
      // A real edit, so the save is a real one.
      await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(document.lineCount, 0), '\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(saved.includes('本年废止件数') && !saved.includes('本年度止件数'), 'the saved file carries the fix');
      assert.ok(!document.isDirty, 'saved');
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('without codeActionsOnSave, saving leaves the text alone', async () => {
    const uri = workspaceFile(SEEDS.s000);
    const { document } = await open(uri);
    await waitForDiagnostics(uri, (d) => d.some(isLabel), 'label finding');
    await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(document.lineCount, 0), '\n'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(saved.includes('本年度止件数'), 'no fix applied on save');
  });

  it('表格规范化 rewrites tables in the canonical layout, in one undoable step', async () => {
    const content = renderReport({ agency: '某市某局', year: 2024, layout: 'spaces' });
    const document = await vscode.workspace.openTextDocument({ language: 'ogi-report', content });
    await vscode.window.showTextDocument(document);
    await waitForAnswer(
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0), 'refactor.rewrite.ogi-report.canonicalTable'),
      (a) => a.length > 0,
      'canonical table actions',
    );
    assert.ok(await vscode.commands.executeCommand<boolean>('ogiReport.canonicalTables'), 'rewrote the tables');
    assert.ok(document.getText().includes('\t'), 'tab-separated cells now');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), content, 'one undo restores the text');
  });
});
