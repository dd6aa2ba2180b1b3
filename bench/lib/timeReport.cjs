// Times checkText on one report file in a process of its own: warm-up runs, then the best
// of several runs in wall time, printed in ms. Usage: node timeReport.cjs ENGINE FILE RUNS
const { readFileSync } = require('node:fs');

const [enginePath, file, runs] = process.argv.slice(2);
const { checkText } = require(enginePath);
const text = readFileSync(file, 'utf8');
// Enough warm-up for V8 to optimise the engine: about 2 MB of text, at least two runs.
const warmUp = Math.max(2, Math.round(2e6 / text.length));
for (let i = 0; i < warmUp; i++) checkText(text);
let best = Infinity;
for (let i = 0; i < Number(runs); i++) {
  const start = process.hrtime.bigint();
  checkText(text);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
}
process.stdout.write(String(best));
