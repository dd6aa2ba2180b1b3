// `path:line:col: severity code message`, one finding per line (1-based line and UTF-16 column,
// as editors count), then a summary line.
import type { Locale } from '../../engine';
import { message } from '../messages';
import type { FileOutcome } from '../processFile';
import { countFindings } from './counts';

export function formatText(outcomes: FileOutcome[], locale: Locale): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    for (const d of o.diagnostics) {
      const { line, character } = d.range.start;
      // One finding per line, whatever the message holds.
      const text = d.message.replace(/\s*[\r\n]+\s*/g, ' ');
      lines.push(`${o.path}:${line + 1}:${character + 1}: ${d.severity} ${d.code} ${text}`);
    }
  }
  const c = countFindings(outcomes);
  lines.push(message(locale, 'summary', { files: c.files, errors: c.errors, warnings: c.warnings, infos: c.infos, fixed: c.fixed }));
  return lines.join('\n') + '\n';
}
