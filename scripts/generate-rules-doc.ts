// Writes docs/rules.md from the rule metadata (and checks it with --check).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesDocument } from './rulesDocument';

const path = join(import.meta.dirname, '../docs/rules.md');
const generated = rulesDocument();
if (process.argv.includes('--check')) {
  const current = readFileSync(path, 'utf8');
  if (current !== generated) {
    console.error('docs/rules.md is out of date: run `npm run docs:rules`.');
    process.exit(1);
  }
} else {
  writeFileSync(path, generated);
  console.log('wrote docs/rules.md');
}
