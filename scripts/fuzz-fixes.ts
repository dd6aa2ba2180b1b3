// Dev tool: random edits of the real reports and of generated ones (every layout, both format
// versions); reports preferred fixes that add errors, and fix-all that needs a second round.
// With --format, formatting too: it adds no error, drops no digit of a value, and a second
// formatting changes nothing (not even a stray digit inside a heading's wording: formatting
// leaves such a heading to its finding's fix), and no word outside headings and labels is lost.
// Each failing text is written to out/fuzz/ for a closer look.
// With --crlf, every report has CRLF line endings, as written on Windows. Each damaged text's
// model is checked as the property tests check it, and each preferred fix must remove its finding.
// With --endings, each damaged report (LF) is checked again with CRLF, with a byte-order mark and
// with a blank at every line end:
// the findings must be the same (test/robustness/lineEndings.test.ts).
// With --invisible, each damaged report is checked again with up to six zero-width characters
// inserted at random: only artifact findings may change (test/robustness/invisibleCharacters.test.ts).
// Usage: node --import tsx scripts/fuzz-fixes.ts [--seconds 60] [--seed 777] [--format] [--crlf | --endings] [--invisible]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusEntries, generateReport } from '../bench/corpus';
import { addedErrors, applyEdits, checkText, fixAllEdits, LineIndex, ruleByCode, type Diagnostic } from '../server/src/engine';
import { formatEdits } from '../server/src/engine/services';
import { INVISIBLE, invariantProblems, invisibleDifferences, lineEndingDifferences, lostWords, valueDigits, withLf } from '../test/robustness/invariants';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: '777' },
    format: { type: 'boolean', default: false },
    crlf: { type: 'boolean', default: false },
    endings: { type: 'boolean', default: false },
    invisible: { type: 'boolean', default: false },
  },
});
const dir = 'test/fixtures/real/';
const real = readdirSync(dir).filter((n) => !n.includes('expected')).map((n) => readFileSync(dir + n, 'utf8'));
const generated = corpusEntries(300, 7, (code) => ruleByCode(code)?.category).map((e) => generateReport(e.seed, e.options).text);
const texts = [...real, ...generated].map((t) => (values.crlf ? t.replace(/\r?\n/g, '\r\n') : values.endings || values.invisible ? withLf(t) : t));
let seed = Number(values.seed);
// A 32-bit LCG in integer arithmetic (in doubles the product loses bits and the sequence falls
// into short cycles); the high bits, whose period is long.
const rnd = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const alphabet = [
  '\t', values.crlf ? '\r\n' : '\n', ' ', '0', '1', '7', '（', '(', ')', ':', '、', '总计', '其他', '2.', '|', '—', '/', '2024', '[bookmark: x]', '# ', '三、', '（二）',
  values.crlf ? '\r\n注：含涉密件\r\n' : '\n注：含涉密件\n',
  // What a Chinese input method and a copy from the web leave: full-width digits, blanks and
  // punctuation, a no-break space, a zero-width space, Markdown emphasis, a thousands group.
  '１', '０', '\u3000', '，', '。', '\u00a0', '\u200b', '**', '1,234',
];
// New errors as the engine counts them when it verifies a fix (a moved line is no new error).
const added = (before: string, after: string) => addedErrors(checkText(before).diagnostics, checkText(after).diagnostics);
// Fix-all as the editor applies it (in rounds, as one edit).
const fixAll = (t: string) => applyEdits(t, fixAllEdits(checkText(t)));
const format = (t: string) => applyEdits(t, formatEdits(checkText(t)));
/** Whether `fixed` (text with `fixEdits` applied, finding `fixedFindings`) still has finding `d` of `text`, at the place its text moved to. */
function keptAt(text: string, d: Diagnostic, fixEdits: Diagnostic['fixes'][number]['edits'], fixed: string, fixedFindings: Diagnostic[]): boolean {
  const before = new LineIndex(text);
  const span = before.span(d.range);
  let shift = 0;
  for (const e of fixEdits.map((x) => ({ ...before.span(x.range), newText: x.newText }))) {
    // A fix that rewrites the finding's text, or inserts inside it, leaves a different text there.
    if (e.start < span.end && e.end > span.start) return false;
    if (e.end <= span.start) shift += e.newText.length - (e.end - e.start);
  }
  const after = new LineIndex(fixed);
  return fixedFindings.some((y) => {
    if (y.code !== d.code || y.message !== d.message) return false;
    const s = after.span(y.range);
    return s.start === span.start + shift && s.end === span.end + shift;
  });
}
const outDir = 'out/fuzz';
mkdirSync(outDir, { recursive: true });
let count = 0;
let bad = 0;
const keep = (t: string, what: string, edits: string[]) => {
  bad++;
  writeFileSync(`${outDir}/case-${bad}.txt`, t);
  console.log(`${what}\n  edits: ${edits.join('; ')}\n  text: ${outDir}/case-${bad}.txt`);
};
const t0 = Date.now();
while (Date.now() - t0 < Number(values.seconds) * 1000 && bad < 10) {
  let t = texts[rnd(texts.length)];
  const edits: string[] = [];
  for (let e = 0, n = 1 + rnd(4); e < n; e++) {
    const at = rnd(t.length + 1);
    const kind = rnd(5);
    if (kind >= 3) {
      // Whole lines, as pasting and tidying leave them: one dropped, doubled or joined to the next.
      const start = t.lastIndexOf('\n', at - 1) + 1;
      const end = t.indexOf('\n', at) < 0 ? t.length : t.indexOf('\n', at) + 1;
      const line = t.slice(start, end);
      const how = rnd(3);
      edits.push(`${['dropped', 'doubled', 'joined'][how]} the line ${JSON.stringify(line.slice(0, 40))}`);
      // Joined: the line's break removed, CR and all.
      const breakAt = t[end - 2] === '\r' ? end - 2 : end - 1;
      t = how === 0 ? t.slice(0, start) + t.slice(end) : how === 1 ? t.slice(0, end) + line + t.slice(end) : t.slice(0, Math.max(start, breakAt)) + t.slice(end);
    } else if (kind === 0) {
      const length = rnd(20);
      edits.push(`deleted ${JSON.stringify(t.slice(at, at + length))} at ${at}`);
      t = t.slice(0, at) + t.slice(at + length);
    } else {
      const inserted = alphabet[rnd(alphabet.length)];
      edits.push(`inserted ${JSON.stringify(inserted)} at ${at}`);
      t = t.slice(0, at) + inserted + t.slice(at);
    }
  }
  count++;
  const result = checkText(t);
  const problems = invariantProblems(t, result);
  if (problems.length) keep(t, `MODEL: ${problems.slice(0, 2).join(' | ')}`, edits);
  for (const x of result.diagnostics)
    for (const f of x.fixes) {
      if (!f.preferred) continue;
      const fixed = applyEdits(t, f.edits);
      const fixedFindings = checkText(fixed).diagnostics;
      const created = addedErrors(result.diagnostics, fixedFindings);
      if (created.length) keep(t, `NEW ERROR from ${x.code} “${f.title}”: ${created.slice(0, 2).join(' | ')}`, edits);
      // The finding a fix is for is gone once it is applied: none with its code and message where
      // its text went (a fix that edits the finding's own text makes a new finding there, if any).
      const kept = keptAt(t, x, f.edits, fixed, fixedFindings);
      if (kept) keep(t, `FIX KEEPS ITS FINDING ${x.code} “${f.title}”: ${x.message}`, edits);
    }
  const once = fixAll(t);
  if (fixAll(once) !== once) {
    const left = checkText(once).diagnostics.filter((x) => x.fixes.some((f) => f.preferred));
    keep(t, `NOT IDEMPOTENT: ${left.map((x) => x.code + ' ' + x.message).slice(0, 3).join(' | ')}`, edits);
  }
  if (values.endings) {
    const differences = lineEndingDifferences(t);
    if (differences.length) keep(t, `LINE ENDINGS: ${differences.slice(0, 2).join(' | ').slice(0, 600)}`, edits);
  }
  if (values.invisible) {
    const places = Array.from({ length: 1 + rnd(6) }, () => ({ at: rnd(t.length + 1), char: INVISIBLE[rnd(INVISIBLE.length)] }));
    const differences = invisibleDifferences(t, places);
    if (differences.length) keep(t, `INVISIBLE at ${places.map((p) => p.at).join(',')}: ${differences.slice(0, 2).join(' | ').slice(0, 600)}`, [...edits, ...places.map((p) => `then ${JSON.stringify(p.char)} at ${p.at}`)]);
  }
  if (values.format) {
    const formatted = format(t);
    const created = added(t, formatted);
    if (created.length) keep(t, `NEW ERROR from formatting: ${created.slice(0, 2).join(' | ')}`, edits);
    const kept = valueDigits(formatted);
    const lost = valueDigits(t).flatMap((n, digit) => (n > kept[digit] ? [`${n - kept[digit]} × ${digit}`] : []));
    if (lost.length) keep(t, `DIGITS LOST by formatting: ${lost.join(', ')}`, edits);
    const words = lostWords(t, formatted);
    if (words.length) keep(t, `WORDS LOST by formatting: ${words.slice(0, 5).join(', ')}`, edits);
    if (format(formatted) !== formatted) keep(t, 'FORMATTING NOT IDEMPOTENT', edits);
  }
}
console.log('cases', count, 'bad', bad);
