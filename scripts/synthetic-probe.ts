import { checkText } from '../server/src/engine';
import { layouts, syntheticReport } from '../test/support/reports';
for (const layout of layouts) for (const year of [2020, 2025]) {
  const text = syntheticReport({ layout, year });
  const r = checkText(text);
  console.log(layout, year, r.formatVersion, r.diagnostics.filter((d) => d.severity !== 'hint').map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`));
  if (process.argv[2] === layout && String(year) === process.argv[3]) console.log(text);
}
