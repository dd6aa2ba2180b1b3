// What the bench measures: the engine's public API, plus the parser for the phase shares.
export * from '../../server/src/engine';
export { parseReport } from '../../server/src/engine/parse/document';
