// The ogiReport.* settings as the client-side engine runs need them (preview, workspace check).
import * as vscode from 'vscode';
import type { CheckOptions, FormatVersion, RuleSetting } from '../../../server/src/engine';
import { CONFIG_SECTION } from './constants';

export interface ClientSettings {
  detect: boolean;
  rules: Record<string, RuleSetting>;
  formatVersion: 'auto' | FormatVersion;
  maxFileSize: number;
}

const ruleSettings = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(scope?: vscode.Uri): ClientSettings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const rules: Record<string, RuleSetting> = {};
  for (const [code, value] of Object.entries(c.get<Record<string, unknown>>('rules') ?? {})) {
    if (typeof value === 'string' && ruleSettings.has(value)) rules[code] = value as RuleSetting;
  }
  const version = c.get<string>('formatVersion');
  return {
    detect: c.get<boolean>('detect') !== false,
    rules,
    formatVersion: version === '2019' || version === '2021' ? version : 'auto',
    maxFileSize: c.get<number>('maxFileSize') ?? 2 * 1024 * 1024,
  };
}

export function checkOptions(settings: ClientSettings): CheckOptions {
  return {
    locale: vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
    formatVersion: settings.formatVersion,
    rules: settings.rules,
    // The extension's own checks (preview, workspace check) show findings, never their fixes:
    // checking fixes would cost a full check per missing section, table or row.
    deferFixChecks: true,
  };
}
