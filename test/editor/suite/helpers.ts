// Helpers for the suites that run inside the editor (Node and browser extension hosts alike:
// no Node modules here).
import * as vscode from 'vscode';

interface Assert {
  ok(value: unknown, message?: string): asserts value;
  equal<T>(actual: T, expected: T, message?: string): void;
}

export const assert: Assert = {
  ok(value: unknown, message = 'assertion failed'): asserts value {
    if (!value) throw new Error(message);
  },
  equal<T>(actual: T, expected: T, message?: string): void {
    if (actual !== expected) throw new Error(`${message ?? 'not equal'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  },
};

export const TIMEOUT_MS = 30000;

/** Resolves when `check` returns a value; re-checks whenever one of `events` fires. */
export function waitForEvent<T>(
  check: () => T | undefined | false,
  events: vscode.Event<unknown>[],
  what: string,
  timeout = TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = (fn: () => void) => {
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      fn();
    };
    const test = () => {
      try {
        const v = check();
        if (v !== undefined && v !== false) done(() => resolve(v as T));
      } catch (e) {
        done(() => reject(e));
      }
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timeout waiting for ${what}`))), timeout);
    for (const e of events) subscriptions.push(e(test));
    test();
  });
}

/** Polls an asynchronous provider (outline, code actions) until it answers as wanted. */
export async function waitForAnswer<T>(ask: () => Thenable<T | undefined>, accept: (v: T) => boolean, what: string, timeout = TIMEOUT_MS): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await ask();
    if (v !== undefined && accept(v)) return v;
    if (Date.now() > end) throw new Error(`timeout waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ogi-report');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** Waits until the document's findings satisfy `accept`. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    () => {
      const d = ours(uri);
      return accept(d) ? d : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    what,
  );
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Closes every editor without saving (a save prompt would hang the run). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export type Symbol = vscode.DocumentSymbol;

export function flatten(symbols: Symbol[]): Symbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

export async function extensionApi(): Promise<{ preview: { onDidUpdate: vscode.Event<{ model: { failedCells: number } }>; state?: { model: { failedCells: number } } } }> {
  const ext = vscode.extensions.getExtension('ogi-report.ogi-report');
  assert.ok(ext, 'extension ogi-report.ogi-report is not loaded');
  return (await ext.activate()) as never;
}

/** Seeds copied into the test workspace (plain-text names: checked by detection). */
export const SEEDS = {
  s000: '000_3ec79e02cf78507f.txt',
  s001: '001_d36b8a0ea61a1290.txt',
  s002: '002_9fb1aedde79e69ea.txt',
  s003: '003_9e0614ce781bc922.txt',
  s004: '004_9bb8fdc409908855.txt',
};

/** Copies of seed 000 under report-like names (the runner makes them): the ogi-report language. */
export const REPORT_NAMED = '红旗区卫生健康委员会2025年政府信息公开工作年度报告.txt';
export const SAVE_TARGET = '保存测试区2025年政府信息公开工作年度报告.txt';
