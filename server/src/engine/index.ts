// The public face of the report engine: pure TypeScript, no vscode, LSP or Node imports,
// so the CLI, the Node server and the browser worker all run the same code.
export * from './types';
export { LineIndex } from './lineIndex';
export { applyEdits, nonOverlappingFixes } from './applyEdits';
export { addedErrors, checkText, preferredFixes, readModel, verifyFixes } from './check';
export { fixAllEdits, FIX_ALL_ROUNDS } from './fixAll';
export { looksLikeReport } from './detect';
export { rules, ruleByCode } from './rules/registry';
export type { RuleMeta } from './rules/rule';
export { formats, format2019, format2021, versionForYear, tableSpec, sections as officialSections } from './format';
export type { FormatSpec, TableSpec, RowSpec, ColumnSpec, SectionSpec, SumSpec } from './format';
export { renderReport, skeletonProse } from './render/report';
export type { ReportOptions } from './render/report';
export { renderTable, renderRow } from './render/tables';
