// Findings on the real seeds, the outline, detection of non-reports, the rules setting.
import * as vscode from 'vscode';
import { REPORT_NAMED, assert, closeAll, codeOf, flatten, open, ours, SEEDS, waitForAnswer, waitForDiagnostics, workspaceFile } from './helpers';

const has = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);

describe('findings on the real reports', () => {
  afterEach(closeAll);

  it('every seed gets findings', async () => {
    for (const name of Object.values(SEEDS)) {
      const { document } = await open(workspaceFile(name));
      const found = await waitForDiagnostics(document.uri, (d) => d.length > 0, `findings on ${name}`);
      assert.ok(found.every((d) => d.source === 'ogi-report'));
    }
  });

  it('seed 000: a `label` finding on 本年度止件数, on its line and columns', async () => {
    const { document } = await open(workspaceFile(SEEDS.s000));
    const found = await waitForDiagnostics(document.uri, has('label'), 'label finding');
    const label = found.find((d) => codeOf(d) === 'label');
    assert.ok(label);
    assert.equal(document.getText(label.range), '本年度止件数');
    assert.equal(label.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('seed 004: `column-count` and `text-table` findings', async () => {
    const { document } = await open(workspaceFile(SEEDS.s004));
    const found = await waitForDiagnostics(document.uri, (d) => has('column-count')(d) && has('text-table')(d), 'column-count + text-table');
    assert.ok(found.some((d) => codeOf(d) === 'column-count' && d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('seed 002: the Word artifact; seed 003: the garbled title', async () => {
    const s002 = (await open(workspaceFile(SEEDS.s002))).document;
    const artifact = await waitForDiagnostics(s002.uri, has('artifact'), 'artifact finding');
    assert.ok(s002.getText(artifact.find((d) => codeOf(d) === 'artifact')!.range).includes('bookmark'));
    const s003 = (await open(workspaceFile(SEEDS.s003))).document;
    await waitForDiagnostics(s003.uri, has('title'), 'title finding');
  });

  it('the outline has the title, six sections and the tables', async () => {
    const { document } = await open(workspaceFile(SEEDS.s000));
    const symbols = await waitForAnswer(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (s) => s.length > 0,
      'document symbols',
    );
    const all = flatten(symbols);
    const sections = all.filter((s) => s.kind === vscode.SymbolKind.Module);
    assert.equal(sections.length, 6, 'sections');
    assert.ok(sections[0].name.includes('总体情况'), `first section is ${sections[0].name}`);
    const tables = all.filter((s) => s.kind === vscode.SymbolKind.Struct);
    assert.equal(tables.length, 6, 'tables (4 in §二, 1 in §三, 1 in §四)');
    assert.equal(symbols[0].kind, vscode.SymbolKind.File, 'the title is the root');
  });

  it('a plain-text file that is not a report gets no findings', async () => {
    const notes = (await open(workspaceFile('notes.txt'))).document;
    assert.equal(notes.languageId, 'plaintext');
    // Opened after notes.txt: once the server has answered for it, it has seen notes.txt.
    const report = (await open(workspaceFile(SEEDS.s001))).document;
    await waitForDiagnostics(report.uri, (d) => d.length > 0, 'findings on seed 001');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', notes.uri);
    assert.equal(ours(notes.uri).length, 0, 'findings on notes.txt');
    assert.equal((symbols ?? []).length, 0, 'outline of notes.txt');
  });

  it('a file named like a report opens in the ogi-report language', async () => {
    const { document } = await open(workspaceFile(REPORT_NAMED));
    assert.equal(document.languageId, 'ogi-report');
    await waitForDiagnostics(document.uri, has('label'), 'label finding on the named copy');
  });

  it('changing ogiReport.rules changes the findings', async () => {
    const { document } = await open(workspaceFile(SEEDS.s000));
    await waitForDiagnostics(document.uri, has('label'), 'label finding');
    const config = vscode.workspace.getConfiguration('ogiReport');
    try {
      await config.update('rules', { label: 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(document.uri, (d) => d.length > 0 && !has('label')(d), 'label finding gone');
      await config.update('rules', { label: 'error' }, vscode.ConfigurationTarget.Workspace);
      const found = await waitForDiagnostics(
        document.uri,
        (d) => d.some((x) => codeOf(x) === 'label' && x.severity === vscode.DiagnosticSeverity.Error),
        'label finding as an error',
      );
      assert.ok(found.length > 0);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
