// Dev tool: random edits of the real reports; reports fixes that add errors or are not idempotent.
// Usage: node --import tsx scripts/fuzz-fixes.ts   (runs for 60 s)
import { readFileSync, readdirSync } from 'node:fs';
import { checkText, applyEdits, preferredFixes, nonOverlappingFixes } from '../server/src/engine';
const dir = 'test/fixtures/real/';
const texts = readdirSync(dir).filter(n => !n.includes('expected')).map(n => readFileSync(dir + n, 'utf8'));
let seed = 777; const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const alphabet = ['\t', '\n', ' ', '0', '1', '7', '（', '(', ')', '、', '总计', '其他', '2.', '|', '—', '/', '2024', '[bookmark: x]'];
const errs = (t: string) => checkText(t).diagnostics.filter(d => d.severity === 'error').map(d => d.code + ' ' + d.message);
const fixAll = (t: string) => applyEdits(t, nonOverlappingFixes(t, preferredFixes(checkText(t).diagnostics)).flatMap(f => f.edits));
let count = 0, bad = 0; const t0 = Date.now();
while (Date.now() - t0 < 60000 && bad < 5) {
  let t = texts[rnd(texts.length)];
  for (let e = 0, n = 1 + rnd(4); e < n; e++) {
    const at = rnd(t.length + 1); const op = rnd(2);
    if (op === 0) t = t.slice(0, at) + t.slice(at + rnd(20));
    else t = t.slice(0, at) + alphabet[rnd(alphabet.length)] + t.slice(at);
  }
  count++;
  const before = errs(t);
  const d = checkText(t).diagnostics;
  for (const x of d) for (const f of x.fixes) {
    const after = errs(applyEdits(t, f.edits));
    const created = after.filter(e => !before.includes(e));
    if (created.length) { bad++; console.log('NEW ERROR from', x.code, f.title, '=>', created.slice(0, 2)); }
  }
  const once = fixAll(t); const twice = fixAll(once);
  if (once !== twice) { bad++; const dd = checkText(once).diagnostics.filter(x => x.fixes.some(f => f.preferred)); console.log('NOT IDEMPOTENT', dd.map(x => x.code + ' ' + x.message).slice(0, 3)); }
}
console.log('cases', count, 'bad', bad);
