// A stand-in for the engine's checkText with findings that are easy to predict:
// every 甲 is an error with a preferred fix to 乙, every 丙 a warning without fix,
// every 丁 an information, and 【换行】 is replaced by a line break (to test line endings).
import { LineIndex } from '../../server/src/engine';
import type { CheckOptions, Diagnostic } from '../../server/src/engine';

export function fakeCheck(text: string, options: CheckOptions = {}) {
  const index = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const en = options.locale === 'en';
  const find = (needle: string, make: (range: Diagnostic['range']) => Diagnostic) => {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      diagnostics.push(make(index.range({ start: at, end: at + needle.length })));
    }
  };
  find('甲', (range) => ({
    code: 'test-jia',
    severity: 'error',
    message: en ? 'jia should be yi' : '甲应为乙',
    range,
    related: [{ range: index.range({ start: 0, end: 1 }), message: en ? 'document start' : '文首' }],
    fixes: [
      { title: en ? 'Replace with yi' : '改为乙', preferred: true, edits: [{ range, newText: '乙' }] },
      { title: en ? 'Replace with bing' : '改为丙', preferred: false, edits: [{ range, newText: '丙' }] },
    ],
  }));
  find('丙', (range) => ({ code: 'test-bing', severity: 'warning', message: en ? 'bing found' : '出现丙', range, related: [], fixes: [] }));
  find('丁', (range) => ({ code: 'test-ding', severity: 'information', message: en ? 'ding found' : '出现丁', range, related: [], fixes: [] }));
  find('【换行】', (range) => ({
    code: 'test-break',
    severity: 'warning',
    message: en ? 'write a line break' : '应换行',
    range,
    related: [],
    fixes: [{ title: en ? 'Break the line' : '换行', preferred: true, edits: [{ range, newText: '\n' }] }],
  }));
  const rules = options.rules ?? {};
  const shown = diagnostics
    .filter((d) => rules[d.code] !== 'off')
    .map((d) => {
      const setting = rules[d.code];
      return setting && setting !== 'off' ? { ...d, severity: setting } : d;
    });
  return { formatVersion: options.formatVersion === '2019' ? ('2019' as const) : ('2021' as const), diagnostics: shown };
}
