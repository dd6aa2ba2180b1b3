// Expected findings of a fixture, one per line: `line:col severity code message`,
// kept beside the fixture so a domain expert can review them.
import { checkText } from '../../server/src/engine';

export function findingLines(text: string): string[] {
  return checkText(text).diagnostics.map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`,
  );
}
