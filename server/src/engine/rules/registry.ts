import type { Rule } from './rule';
export const rules: Rule[] = [];
export function ruleByCode(code: string): Rule | undefined {
  return rules.find((r) => r.code === code);
}
