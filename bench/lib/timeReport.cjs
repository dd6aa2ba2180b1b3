// Times checkText on one report file in a process of its own: warm-up runs, then the best
// of several runs in wall time, printed in ms. Usage: node timeReport.cjs ENGINE FILE RUNS
const { readFileSync } = require('node:fs');

const [enginePath, file, runs] = process.argv.slice(2);
const { checkText } = require(enginePath);
const text = readFileSync(file, 'utf8');
// The same warm-up for every size, about 30 MB of text (at least two runs): V8 keeps optimising
// the engine well past the first few MB, and with 2 MB a small report was measured up to twice
// as slow as after 30 (the best of 30 runs of the 100 KB report: 0.63–1.12 ms, then 0.53–0.59).
const warmUp = Math.max(2, Math.round(3e7 / text.length));
for (let i = 0; i < warmUp; i++) checkText(text);
let best = Infinity;
for (let i = 0; i < Number(runs); i++) {
  const start = process.hrtime.bigint();
  checkText(text);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
}
process.stdout.write(String(best));
