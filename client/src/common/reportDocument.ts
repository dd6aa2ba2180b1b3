// Which documents are reports: the same decision the server makes (language, else detection).
import * as vscode from 'vscode';
import { looksLikeReport } from '../../../server/src/engine/detect';
import { DETECTED_LANGUAGES, LANGUAGE_ID } from './constants';
import { readSettings } from './settings';

export function isReportText(languageId: string, text: () => string, detect: boolean): boolean {
  if (languageId === LANGUAGE_ID) return true;
  return detect && DETECTED_LANGUAGES.includes(languageId) && looksLikeReport(text());
}

export function isReportDocument(document: vscode.TextDocument): boolean {
  return isReportText(document.languageId, () => document.getText(), readSettings(document.uri).detect);
}

/** The active text editor if it shows a report. */
export function activeReportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isReportDocument(editor.document) ? editor : undefined;
}
