// The prior-year lookup measure of `npm run bench` on its own, with its sizes as options:
//
//   node --import tsx bench/lsp/prior-year.ts [--server dist/server.js] [--files 300] [--edits 100]
//        [--corpus bench/corpus] [--no-watch]
//
// The corpus is the one `npm run bench` writes to bench/corpus.
// --no-watch: a client without workspace.didChangeWatchedFiles.dynamicRegistration.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { priorYearLookup } from '../measures/priorYear';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'dist/server.js' },
    files: { type: 'string', default: '300' },
    edits: { type: 'string', default: '100' },
    corpus: { type: 'string', default: join(import.meta.dirname, '../corpus') },
    'no-watch': { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const options = { files: Number(values.files), edits: Number(values.edits), watch: !values['no-watch'] };
  console.log(`server ${resolve(values.server!)}, ${options.files} report files, ${options.edits} edits, client ${options.watch ? 'with' : 'without'} file watching`);
  for (const m of await priorYearLookup(resolve(values.server!), resolve(values.corpus!), options)) {
    console.log(`${m.label}: ${m.value?.toFixed(2)} ms (${m.note})`);
  }
}

void main();
