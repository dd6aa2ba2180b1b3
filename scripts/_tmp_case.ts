import { readFileSync } from 'node:fs';
import { checkText, applyEdits, preferredFixes, nonOverlappingFixes } from '../server/src/engine';
const t = readFileSync(process.argv[2], 'utf8');
const fixAll = (x: string) => applyEdits(x, nonOverlappingFixes(x, preferredFixes(checkText(x).diagnostics)).flatMap(f => f.edits));
const show = (label: string, text: string, all: boolean) => { for (const d of checkText(text).diagnostics) if (all ? d.severity !== 'hint' : d.fixes.some(f => f.preferred)) console.log(label, d.code, d.message.slice(0, 90), JSON.stringify(d.range.start), d.fixes.map(f => (f.preferred ? '*' : '') + JSON.stringify(f.edits.map(e => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText.slice(0, 40)]))).join(' ')); };
show('r1', t, true); const once = fixAll(t); show('r2', once, false);
