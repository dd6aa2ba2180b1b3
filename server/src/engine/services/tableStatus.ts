// The state of each table's arithmetic, for a code lens above it.
import { LineIndex } from '../lineIndex';
import type { CheckResult, Locale, Span } from '../types';
import { messages, say } from './messages';
import { diagnosticsIn } from './tables';

/** Codes of the arithmetic identities of the format. */
export const arithmeticCodes = new Set(['row-total', 'outcome-total', 'balance', 'group-total']);

export interface TableStatus {
  tableId: string;
  span: Span;
  mismatches: number;
  title: string;
}

export function tableStatuses(result: CheckResult, locale: Locale = 'zh-CN'): TableStatus[] {
  const index = new LineIndex(result.model.text);
  return result.model.tables.map((t) => {
    const mismatches = diagnosticsIn(result, t.span, index).filter((d) => arithmeticCodes.has(d.code)).length;
    return {
      tableId: t.tableId,
      span: t.span,
      mismatches,
      title: say(locale, mismatches === 0 ? messages.arithmeticClean : messages.arithmeticMismatches(mismatches)),
    };
  });
}
