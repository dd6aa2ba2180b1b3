import { readFileSync } from 'node:fs';
import { checkText } from '/work/main/server/src/engine';
const files = ['/work/shared/seeds/000_3ec79e02cf78507f.txt','/work/shared/seeds/002_9fb1aedde79e69ea.txt','/work/shared/realworld/pingtan-2024.txt'];
for (const f of files) {
  const t = readFileSync(f, 'utf8');
  for (let i = 0; i < 50; i++) checkText(t);
  const n = 300; const s = performance.now();
  for (let i = 0; i < n; i++) checkText(t);
  const ms = (performance.now() - s) / n;
  console.log(f.split('/').pop(), t.length, 'chars', ms.toFixed(3), 'ms', ((t.length * 3 / 1e6) / (ms / 1000)).toFixed(1), '~MB/s');
}
// scaling
const base = readFileSync(files[0], 'utf8');
for (const mult of [5, 50, 500]) {
  const big = base + ('\n本年度工作继续推进，2025年，各项工作稳步开展。'.repeat(40) + '\n' + base.slice(base.indexOf('二、主动公开'))).repeat(mult);
  const s = performance.now(); checkText(big); const ms = performance.now() - s;
  console.log('scaled', (big.length/1e6).toFixed(2), 'Mchars', ms.toFixed(1), 'ms', (ms / (big.length / 1e6)).toFixed(1), 'ms/Mchar');
}
const line = 'x'.repeat(1_000_000); let s = performance.now(); checkText(line); console.log('1M line', (performance.now()-s).toFixed(1), 'ms');
const lines = '短行\n'.repeat(100_000); s = performance.now(); checkText(lines); console.log('100k lines', (performance.now()-s).toFixed(1), 'ms');
const digits = '三、收到和处理政府信息公开申请情况\n' + '1'.repeat(100000); s = performance.now(); checkText(digits); console.log('digits', (performance.now()-s).toFixed(1), 'ms');
