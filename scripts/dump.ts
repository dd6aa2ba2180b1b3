// Debug aid: prints what the parser reads from a report.
import { readFileSync } from 'node:fs';
import { parseReport } from '../server/src/engine/parse/document';
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const p = parseReport(text);
  console.log('==', file, 'version', p.spec.version, 'tablesVersion', p.tablesVersion, 'year', p.year, 'title', JSON.stringify(p.title?.text));
  for (const h of p.headings) console.log('  H', h.number, h.writtenNumber, JSON.stringify(h.text), h.canonical ? '' : 'NONCANON', h.inline ? 'inline' : '', 'L' + h.level);
  for (const s of p.sections) for (const sh of s.subheadings) console.log('    sub', s.number, sh.ordinal, JSON.stringify(sh.text));
  for (const t of p.tables) {
    console.log('  T', t.spec.id, t.layout, 'cols', t.columns.map((c) => c.id).join(','), 'missingCols', t.missingColumns.map((c) => c.id).join(','));
    for (const l of t.labels) if (l.distance > 0 || l.entry.alias) console.log('     fuzzy', l.entry.kind, l.entry.id, JSON.stringify(text.slice(l.span.start, l.span.end)), l.distance);
    for (const r of t.rows) console.log('    R', r.spec.id.padEnd(16), r.cells.map((c) => c.value).join(' '), r.extraValues.length ? 'EXTRA' + r.extraValues.length : '', r.missingValues ? 'MISSING' + r.missingValues : '', r.split ? 'SPLIT:' + r.split.kind + ':' + r.split.raw : '', r.inferredFrom ? 'INFERRED' : '');
  }
}
