// Compares what Neovim received (lsp-check.lua's JSON) with checkText's findings and the
// outline of the same files. Exits non-zero on any difference.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { checkText } from '../../server/src/engine';
import { outline, type OutlineNode } from '../../server/src/engine/services';

interface Received {
  text: string;
  diagnostics: { code: string; severity: number; message: string; range: unknown; source: string }[];
  symbols: Symbol[];
}
interface Symbol {
  name: string;
  detail: string | null;
  kind: number;
  children: Symbol[];
}

const severity = { error: 1, warning: 2, information: 3, hint: 4 } as const;
const kinds: Record<OutlineNode['kind'], number> = { title: 1, section: 2, subheading: 3, table: 23 };

const result = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { files: Record<string, Received> };
let failures = 0;
const files = Object.entries(result.files ?? {});
if (files.length === 0) failures++;
for (const [file, got] of files) {
  const text = readFileSync(file, 'utf8');
  if (got.text !== text) console.error(`${file}: Neovim's buffer differs from the file; comparing against the file`);
  const checked = checkText(text, { locale: 'en' });
  const expectedDiagnostics = checked.diagnostics.map((d) => ({ code: d.code, severity: severity[d.severity], message: d.message, range: d.range, source: 'ogi-report' }));
  const gotDiagnostics = got.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range, source: d.source }));
  const toSymbol = (n: OutlineNode): Symbol => ({ name: n.name, detail: n.detail ?? null, kind: kinds[n.kind], children: n.children.map(toSymbol) });
  const expectedSymbols = outline(checked, 'en').map(toSymbol);
  const okDiagnostics = isDeepStrictEqual(gotDiagnostics, expectedDiagnostics);
  const okSymbols = isDeepStrictEqual(got.symbols, expectedSymbols);
  console.log(`${okDiagnostics && okSymbols ? 'ok  ' : 'FAIL'} ${file}: ${gotDiagnostics.length} diagnostics, ${count(got.symbols)} symbols`);
  if (!okDiagnostics) console.error(JSON.stringify({ expected: expectedDiagnostics, got: gotDiagnostics }, null, 1).slice(0, 4000));
  if (!okSymbols) console.error(JSON.stringify({ expected: expectedSymbols, got: got.symbols }, null, 1).slice(0, 4000));
  if (!okDiagnostics || !okSymbols) failures++;
}
process.exit(failures === 0 ? 0 : 1);

function count(symbols: Symbol[]): number {
  return symbols.reduce((n, s) => n + 1 + count(s.children), 0);
}
