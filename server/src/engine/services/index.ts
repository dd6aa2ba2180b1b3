// Language services on top of the engine model: pure TypeScript, shared by the Node
// server and the browser worker.
export { outline, flatten, type OutlineNode, type OutlineKind } from './outline';
export { hoverAt, cellPath, formula, type HoverInfo } from './hover';
export { foldingRanges, type Fold } from './folding';
export { tableStatuses, arithmeticCodes, type TableStatus } from './tableStatus';
export { canonicalTableText, canonicalTableEdit, cellsKey, allCellsKey, eolOf } from './canonicalTable';
export { formatEdits } from './formatting';
export { skeletonText, skeletonSnippet, escapeSnippet } from './skeleton';
export { completions, type CompletionProposal } from './completion';
export { messages, say, type Bilingual } from './messages';
export { specOf, tableName } from './tables';
