// Prints the functions with the most self time in the newest .cpuprofile of a folder.
const fs = require('fs');
const dir = process.argv[2];
const file = fs.readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')).map((x) => dir + '/' + x)
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
const p = JSON.parse(fs.readFileSync(file));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const time = new Map();
p.samples.forEach((s, i) => time.set(s, (time.get(s) || 0) + (p.timeDeltas[i] || 0)));
const self = new Map();
for (const [id, t] of time) {
  const n = byId.get(id);
  const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) || 0) + t);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
[...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] || 25))
  .forEach(([k, t]) => console.log(`${((100 * t) / total).toFixed(1)}%`, k));
