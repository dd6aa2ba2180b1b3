// The two official format versions as data.
import type { FormatVersion } from '../types';
import { applicationTable2019, applicationTable2021 } from './applicationTable';
import { disclosureTables2019, disclosureTables2021 } from './disclosureTables';
import { reviewTable } from './reviewTable';
import { sections } from './sections';
import type { FormatSpec, TableSpec } from './spec';

export const format2021: FormatSpec = {
  version: '2021',
  notice: '国办公开办函〔2021〕30号',
  fromYear: 2021,
  sections,
  tables: [...disclosureTables2021, applicationTable2021, reviewTable],
  feeStatementRequired: true,
};

export const format2019: FormatSpec = {
  version: '2019',
  notice: '国办公开办函〔2019〕60号',
  fromYear: 2019,
  sections,
  tables: [...disclosureTables2019, applicationTable2019, reviewTable],
  feeStatementRequired: false,
};

export const formats: Record<FormatVersion, FormatSpec> = { '2019': format2019, '2021': format2021 };

/** The version that applies to a report year (2021 format from 2021 on). */
export function versionForYear(year: number | undefined): FormatVersion | undefined {
  if (year === undefined) return undefined;
  return year >= 2021 ? '2021' : '2019';
}

export function tableSpec(version: FormatVersion, tableId: string): TableSpec | undefined {
  return formats[version].tables.find((t) => t.id === tableId);
}

export * from './spec';
export { sections, overviewTopics, titleWording } from './sections';
export { reviewGroups, reviewGroupOf } from './reviewTable';
