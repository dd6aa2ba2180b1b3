// 新建年度报告: asks for the agency and the year, opens an untitled report with the full
// skeleton of the format version for that year (every value 0), rendered from the format data.
import * as vscode from 'vscode';
import { renderReport } from '../../../server/src/engine';
import { LANGUAGE_ID } from '../common/constants';

export interface NewReportArgs {
  agency?: string;
  year?: number;
}

const MIN_YEAR = 2008; // the Regulations took effect in 2008

export async function newReport(args: NewReportArgs = {}): Promise<vscode.TextEditor | undefined> {
  const agency =
    args.agency ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New annual report (1/2)'),
      prompt: vscode.l10n.t('Name of the agency, as in the title'),
      placeHolder: vscode.l10n.t('e.g. 某某市某某局'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the name of the agency.')),
    }));
  if (agency === undefined) return undefined;
  const lastYear = new Date().getFullYear() - 1;
  const yearText =
    args.year !== undefined
      ? String(args.year)
      : await vscode.window.showInputBox({
          title: vscode.l10n.t('New annual report (2/2)'),
          prompt: vscode.l10n.t('Report year'),
          value: String(lastYear),
          validateInput: (v) => (validYear(v) ? undefined : vscode.l10n.t('Enter a year from {0} to {1}.', MIN_YEAR, lastYear + 1)),
        });
  if (yearText === undefined) return undefined;
  if (!validYear(yearText)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Enter a year from {0} to {1}.', MIN_YEAR, lastYear + 1));
    return undefined;
  }
  const eol = vscode.workspace.getConfiguration('files').get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  const content = renderReport({ agency: agency.trim(), year: Number(yearText), eol });
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  return vscode.window.showTextDocument(document);
}

function validYear(text: string): boolean {
  const year = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && year >= MIN_YEAR && year <= new Date().getFullYear() + 1;
}
