// Generated reports grown to a given size: more prose, and repeated §二 tables past 100 KB.
import type { TableLayout } from '../../server/src/engine/types';
import { generateReport } from '../corpus';
import { bytes } from './stats';

export function reportOfSize(targetBytes: number, layout: TableLayout = 'tabs', seed = 11): string {
  const base = generateReport(seed, { layout, version: '2021' }).text;
  const probe = generateReport(seed, { layout, version: '2021', extraParagraphs: 20 }).text;
  const perParagraph = Math.max(1, (bytes(probe) - bytes(base)) / 20);
  const missing = Math.max(0, targetBytes - bytes(base));
  // From 100 KB on a third of the growth is repeated tables, as in a report with appendices.
  const repeatTables = targetBytes >= 100_000 ? Math.floor(missing / 3 / 4000) : 0;
  let extraParagraphs = Math.round((missing - repeatTables * 4000) / perParagraph);
  let text = generateReport(seed, { layout, version: '2021', extraParagraphs, repeatTables }).text;
  // One correction step: the size per paragraph varies with the drawn sentences.
  const error = targetBytes - bytes(text);
  extraParagraphs = Math.max(0, extraParagraphs + Math.round(error / perParagraph));
  text = generateReport(seed, { layout, version: '2021', extraParagraphs, repeatTables }).text;
  return text;
}
