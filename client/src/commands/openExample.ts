// 打开示例年报 (walkthrough): an untitled report with one wrong total, so that a person sees an
// error, its quick fix and a red cell in the preview. Built from the format data, not a file.
import * as vscode from 'vscode';
import { format2021 } from '../../../server/src/engine';
import { renderReport } from '../../../server/src/engine';
import type { TableValues } from '../../../server/src/engine/render/tables';
import { LANGUAGE_ID } from '../common/constants';

export async function openExample(): Promise<vscode.TextEditor> {
  const application = format2021.tables.find((t) => t.section === 3);
  const values = new Map<string, TableValues>();
  if (application) {
    // Two natural persons and one company applied, both answered; the total of the first row is wrong.
    const row = (...v: number[]) => v;
    values.set(
      application.id,
      new Map([
        ['received', row(2, 1, 0, 0, 0, 0, 4)],
        ['disclosed', row(2, 1, 0, 0, 0, 0, 3)],
        ['resultsTotal', row(2, 1, 0, 0, 0, 0, 3)],
      ]),
    );
  }
  const year = new Date().getFullYear() - 1;
  const content = renderReport({ agency: '示例市示例局', year, values });
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  return vscode.window.showTextDocument(document);
}
