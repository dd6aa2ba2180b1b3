// Browser extension host only: what the web build does differently.
import * as vscode from 'vscode';
import { assert, closeAll, extensionApi } from './helpers';

describe('web build', () => {
  afterEach(closeAll);

  it('runs the browser entry with the server in a web worker', async () => {
    const ext = vscode.extensions.getExtension('ogi-report.ogi-report');
    assert.ok(ext?.isActive || (await extensionApi()), 'active');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('检查全部年报 says it needs the desktop instead of failing', async () => {
    const result = await vscode.commands.executeCommand('ogiReport.checkWorkspace');
    assert.equal(result, undefined);
  });

  it('新建年度报告 and 预览表格 work in the browser', async () => {
    await vscode.commands.executeCommand('ogiReport.newReport', { agency: '测试市测试局', year: 2024 });
    const state = await vscode.commands.executeCommand<{ model: { sections: unknown[] } }>('ogiReport.previewTables');
    assert.ok(state && state.model.sections.length === 3, 'the preview opened with three sections');
  });
});
