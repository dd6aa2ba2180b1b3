// Times checkText on one report file in a process of its own: warm-up runs, then the best
// of several runs in wall time, printed in ms. Usage: node timeReport.cjs ENGINE FILE RUNS
const { readFileSync } = require('node:fs');

const [enginePath, file, runs] = process.argv.slice(2);
const { checkText } = require(enginePath);
const text = readFileSync(file, 'utf8');
// The same warm-up for every size, about 30 MB of text, and at least ten runs: V8 keeps
// optimising the engine well past the first few MB (with 2 MB the best of 30 runs of the 100 KB
// report took 0.63–1.12 ms, after 30 MB 0.53–0.59), and what it optimises is counted in calls,
// not bytes: runs 4–7 of the 10 MB report (after three to warm up) were 25–40 % slower than
// runs 10–12, and valgrind counted 684 million instructions for its third check, 347 for its seventh.
const warmUp = Math.max(10, Math.round(3e7 / text.length));
for (let i = 0; i < warmUp; i++) checkText(text);
let best = Infinity;
for (let i = 0; i < Number(runs); i++) {
  const start = process.hrtime.bigint();
  checkText(text);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
}
process.stdout.write(String(best));
