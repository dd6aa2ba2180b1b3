// Debug aid: prints the findings for files.
import { readFileSync } from 'node:fs';
import { checkText } from '../server/src/engine';
for (const file of process.argv.slice(2)) {
  const r = checkText(readFileSync(file, 'utf8'));
  console.log('==', file.split('/').pop(), r.formatVersion, r.isReport);
  for (const d of r.diagnostics) console.log(`  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}${d.fixes.length ? ' [fix' + (d.fixes[0].preferred ? '*' : '') + ']' : ''}`);
}
