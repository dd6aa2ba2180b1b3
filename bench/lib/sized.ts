// Generated reports grown to a given size: more prose, and repeated §二 tables past 100 KB.
import type { TableLayout } from '../../server/src/engine/types';
import { generateReport } from '../corpus';
import { bytes } from './stats';

/**
 * A report of about `targetBytes`. From 100 KB on a third of the growth is copies of the §二
 * tables, as in a report with appendices: after §五's prose by default, where the engine reads
 * them as prose, or inside §二 (`tablesIn: 2`), where the table reader reads every copy.
 */
export function reportOfSize(targetBytes: number, layout: TableLayout = 'tabs', seed = 11, tablesIn: 2 | 5 = 5): string {
  const options = { layout, version: '2021' as const, repeatTablesIn: tablesIn };
  const base = generateReport(seed, options).text;
  const probe = generateReport(seed, { ...options, extraParagraphs: 20 }).text;
  const perParagraph = Math.max(1, (bytes(probe) - bytes(base)) / 20);
  const missing = Math.max(0, targetBytes - bytes(base));
  const repeatTables = targetBytes >= 100_000 ? Math.floor(missing / 3 / 4000) : 0;
  let extraParagraphs = Math.round((missing - repeatTables * 4000) / perParagraph);
  let text = generateReport(seed, { ...options, extraParagraphs, repeatTables }).text;
  // One correction step: the size per paragraph varies with the drawn sentences.
  const error = targetBytes - bytes(text);
  extraParagraphs = Math.max(0, extraParagraphs + Math.round(error / perParagraph));
  text = generateReport(seed, { ...options, extraParagraphs, repeatTables }).text;
  return text;
}
