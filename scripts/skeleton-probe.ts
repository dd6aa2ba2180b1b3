import { checkText } from '../server/src/engine';
import { renderReport } from '../server/src/engine/render/report';
for (const layout of ['tabs', 'markdown', 'cell-per-line', 'spaces', 'collapsed'] as const) {
  for (const year of [2020, 2025]) {
    const text = renderReport({ agency: '某某市某某局', year, layout });
    const r = checkText(text);
    console.log(layout, year, r.formatVersion, r.diagnostics.filter(d => d.severity !== 'hint').map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`));
    if (process.argv[2] === layout) console.log(text);
  }
}
