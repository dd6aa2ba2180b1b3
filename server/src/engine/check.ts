import type { CheckOptions, CheckResult, Diagnostic, Fix } from './types';
export function checkText(text: string, _options: CheckOptions = {}): CheckResult {
  return { formatVersion: '2021', isReport: true, model: { text, sections: [], tables: [] }, diagnostics: [] };
}
export function preferredFixes(diagnostics: Diagnostic[]): Fix[] {
  return diagnostics.flatMap((d) => d.fixes.filter((f) => f.preferred));
}
