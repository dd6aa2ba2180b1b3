// Dev tool: what a check allocates, by the function that allocates it — V8's sampling heap
// profiler with the objects the collector frees counted too (the default counts only what is
// still alive at the end). The bundled engine over generated corpus reports, after a warm-up.
// Usage: node --import tsx bench/allocation.ts [--reports 3000] [--top 25]
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { corpusEntries, generateReport } from './corpus';
import { engine } from './lib/engine';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const { values } = parseArgs({ options: { reports: { type: 'string', default: '3000' }, top: { type: 'string', default: '25' } } });
const count = Number(values.reports);
const texts = corpusEntries(count, 1, (code) => engine.ruleByCode(code)?.category).map((e) => generateReport(e.seed, e.options).text);
for (let round = 0; round < 2; round++) for (const text of texts) engine.checkText(text); // warm-up

/** The heap profile of one pass over the texts. */
async function profileOnePass(): Promise<ProfileNode> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (const text of texts) engine.checkText(text);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
  session.disconnect();
  return profile.head;
}

void profileOnePass().then((head) => {
  const bySite = new Map<string, number>();
  let total = 0;
  const visit = (node: ProfileNode) => {
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    bySite.set(name, (bySite.get(name) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(visit);
  };
  visit(head);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`${(total / count / 1024).toFixed(1)} KB allocated per report (${(total / bytes).toFixed(1)} bytes per byte read), ${count} reports`);
  for (const [name, size] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    console.log(`${((100 * size) / total).toFixed(1).padStart(5)} %  ${name}`);
});
