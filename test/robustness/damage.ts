// Random damage as a writer leaves it — a stretch deleted, a character or a label fragment
// typed, a whole line dropped, doubled or joined to the next — for the properties over fixes
// and formatting (scripts/fuzz-fixes.ts runs the same for longer).
import fc from 'fast-check';

export interface Damage {
  at: number;
  remove: number;
  insert: string;
  line: 'none' | 'drop' | 'double' | 'join';
}

export const damages = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 24 }),
    insert: fc.constantFrom(
      '', '', '\t', '\n', ' ', '0', '(', ')', ':', '、', '总计', '其他', '2.', '|', '—', '# ', '三、', '（二）', '[bookmark: x]', '\n注：含涉密件\n',
      // What an input method and a copy from the web leave: a full-width digit and blank, a zero-width space.
      '１', '\u3000', '\u200b',
    ),
    // Or the whole line there, as pasting and tidying leave it: dropped, doubled or joined to the next.
    line: fc.constantFrom<Damage['line']>('none', 'none', 'none', 'drop', 'double', 'join'),
  }),
  { minLength: 1, maxLength: 4 },
);

export function damaged(text: string, edits: Damage[]): string {
  for (const e of edits) {
    const at = Math.floor(e.at * text.length);
    if (e.line === 'none') {
      text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
      continue;
    }
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
    const line = text.slice(start, end);
    if (e.line === 'drop') text = text.slice(0, start) + text.slice(end);
    else if (e.line === 'double') text = text.slice(0, end) + line + text.slice(end);
    else text = text.slice(0, Math.max(start, end - 1)) + text.slice(end);
  }
  return text;
}
