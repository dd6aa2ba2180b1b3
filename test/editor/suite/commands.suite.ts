// Every command: new report, check workspace, preview, restart, log; the status bar.
import * as vscode from 'vscode';
import { SEEDS, assert, closeAll, codeOf, extensionApi, open, ours, waitForAnswer, waitForDiagnostics, waitForEvent, workspaceFile } from './helpers';

describe('commands', () => {
  afterEach(closeAll);

  it('新建年度报告 opens a clean skeleton of the right format version', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('ogiReport.newReport', { agency: '测试市测试局', year: 2024 });
    const document = editor.document;
    assert.equal(document.languageId, 'ogi-report');
    assert.ok(document.isUntitled);
    assert.ok(document.lineAt(0).text.startsWith('测试市测试局2024年'), document.lineAt(0).text);
    // The server has read it once the outline answers; then it must hold no finding at all.
    const symbols = await waitForAnswer(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (s) => s.length > 0,
      'outline of the new report',
    );
    assert.equal(symbols[0].children.filter((s) => s.kind === vscode.SymbolKind.Module).length, 6);
    const problems = ours(document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.equal(problems.length, 0, `findings on the skeleton: ${problems.map((d) => codeOf(d)).join(', ')}`);
    // …and it is really checked: a broken total is an error.
    // The first row of the application table: `一、…<TAB>0…`.
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('一、') && l.includes('\t'));
    assert.ok(line > 0, 'the first row of the application table');
    await editor.edit((b) => b.insert(new vscode.Position(line, document.lineAt(line).text.length), '9'));
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'an error after breaking a total');
  });

  it('新建年度报告 for 2020 uses the 2019 format', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('ogiReport.newReport', { agency: '测试市测试局', year: 2020 });
    const text = editor.document.getText();
    // 2019 format: （六）其他处理 has no sub-items, and §二 has 第二十条第（九）项.
    assert.ok(text.includes('第二十条第（九）项'), 'the 2019 tables');
    const symbols = await waitForAnswer(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri),
      (s) => s.length > 0,
      'outline of the 2020 report',
    );
    assert.ok(symbols.length > 0);
    assert.equal(ours(editor.document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length, 0);
  });

  it('检查全部年报 puts the findings of closed files into Problems', async () => {
    await closeAll();
    const summary = await vscode.commands.executeCommand<{ reports: number; errors: number; warnings: number; cancelled: boolean }>('ogiReport.checkWorkspace');
    assert.ok(summary, 'a summary');
    assert.ok(summary.reports >= 7, `reports: ${summary.reports}`);
    assert.ok(summary.errors > 0 && summary.warnings > 0, JSON.stringify(summary));
    assert.equal(summary.cancelled, false);
    const s000 = workspaceFile(SEEDS.s000);
    assert.ok(ours(s000).some((d) => codeOf(d) === 'label'), 'seed 000 (closed) has its label finding');
    assert.ok(ours(workspaceFile(SEEDS.s004)).some((d) => codeOf(d) === 'column-count'), 'seed 004 (closed) has column-count');
    assert.equal(ours(workspaceFile('notes.txt')).length, 0, 'notes.txt is not a report');
    // Opening a file hands it to the server: its findings are not listed twice.
    const { document } = await open(s000);
    await waitForDiagnostics(document.uri, (d) => d.filter((x) => codeOf(x) === 'label').length === 1, 'one label finding once open');
  });

  it('预览表格 shows the tables, marks failing sums, follows edits, and selects clicked cells', async () => {
    await vscode.commands.executeCommand('ogiReport.openExample');
    const editor = vscode.window.activeTextEditor!;
    const api = await extensionApi();
    const state = await vscode.commands.executeCommand<{ model: PreviewModelLike } | undefined>('ogiReport.previewTables');
    assert.ok(state, 'the preview opened');
    await waitForEvent(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview),
      [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>],
      'a webview tab',
    );
    assert.equal(state.model.sections.length, 3, 'sections 二, 三, 四');
    const tables = state.model.sections.flatMap((s) => s.tables);
    assert.equal(tables.length, 6, 'tables');
    assert.ok(tables.every((t) => t.found), 'every table found in the example');
    assert.ok(state.model.failedCells > 0, 'the wrong total is red');
    const failed = state.model.sections.flatMap((s) => s.tables).flatMap((t) => t.rows).flatMap((r) => r.cells).find((c) => c.failed)!;
    assert.ok(failed.findings.length > 0, 'the failing cell carries its finding as tooltip');
    // Live: fixing the document clears the red cells.
    const cleared = waitForEvent(() => (api.preview.state?.model.failedCells === 0 ? true : undefined), [api.preview.onDidUpdate as vscode.Event<unknown>], 'preview without red cells');
    await vscode.commands.executeCommand('ogiReport.fixAll', editor.document.uri);
    await cleared;
    // A click on a cell selects it in the editor.
    const selected = await (api.preview as unknown as { select(s: number, e: number): Promise<vscode.TextEditor> }).select(failed.span!.start, failed.span!.end);
    assert.equal(selected.document, editor.document);
    assert.equal(selected.document.offsetAt(selected.selection.start), failed.span!.start);
  });

  it('预览表格 follows the active editor', async () => {
    const api = (await extensionApi()) as unknown as {
      preview: { onDidUpdate: vscode.Event<{ uri: string }>; state?: { uri: string; model: PreviewModelLike } };
    };
    await vscode.commands.executeCommand('ogiReport.openExample');
    await vscode.commands.executeCommand('ogiReport.previewTables');
    const seed = workspaceFile(SEEDS.s004);
    const followed = waitForEvent(() => api.preview.state?.uri === seed.toString() || undefined, [api.preview.onDidUpdate as vscode.Event<unknown>], 'the preview of seed 004');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed), vscode.ViewColumn.One);
    await followed;
    const tables = api.preview.state!.model.sections.flatMap((s) => s.tables);
    assert.ok(tables.filter((t) => t.found).length >= 5, 'the tables of seed 004');
  });

  it('the status bar shows the year and the error count', async () => {
    const api = (await extensionApi()) as unknown as { statusBar: { item: vscode.StatusBarItem } };
    const { document } = await open(workspaceFile(SEEDS.s004));
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'errors on seed 004');
    const errors = () => ours(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    // `年报 2024 · 3 错误` (zh) or `Report 2024 · 3 errors` (en)
    const text = await waitForAnswer(async () => api.statusBar.item.text, (t) => new RegExp(`\\b20\\d\\d · ${errors()}\\b`).test(t), 'status bar text');
    assert.ok(text.length > 0);
    assert.equal(api.statusBar.item.command, 'workbench.actions.view.problems', 'a click opens Problems');
  });

  it('restart server and show log run, and the server answers afterwards', async () => {
    await vscode.commands.executeCommand('ogiReport.showLog');
    await vscode.commands.executeCommand('ogiReport.restartServer');
    const { document } = await open(workspaceFile(SEEDS.s002));
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'findings after the restart');
  });
});

interface PreviewCellLike {
  failed: boolean;
  findings: string[];
  span?: { start: number; end: number };
}
interface PreviewModelLike {
  failedCells: number;
  sections: { heading: string; tables: { title: string; found: boolean; rows: { cells: PreviewCellLike[] }[] }[] }[];
}
