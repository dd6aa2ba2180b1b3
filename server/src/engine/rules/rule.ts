// What every rule module exports: metadata (the interface: code, severity, docs) and a check.
import type { Severity } from '../types';
import type { RuleContext } from './context';

export interface Bilingual {
  zh: string;
  en: string;
}

export type RuleCategory = 'structure' | 'arithmetic' | 'consistency';

export interface RuleMeta {
  /** Stable code: part of the interface of the CLI, settings and docs. */
  code: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  summary: Bilingual;
  /** The clause of the format (or the heuristic) behind the rule. */
  basis: Bilingual;
  /** A short example for docs/rules.md: the text, the finding, the fix. */
  example: { text: string; finding: Bilingual; fix?: Bilingual };
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}
