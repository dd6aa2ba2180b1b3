// Rewrites test/fixtures/real/*.expected.txt from the current engine. Review the diff!
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingLines } from '../test/support/expected';

const dir = join(import.meta.dirname, '../test/fixtures/real');
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt'))) {
  const lines = findingLines(readFileSync(join(dir, name), 'utf8'));
  writeFileSync(join(dir, name.replace(/\.txt$/, '.expected.txt')), lines.join('\n') + '\n');
  console.log(name, lines.length);
}
