// A whole report as text: the official title, the six headings and every table, in a
// chosen layout — the skeleton for a new report (values 0), or a report with given values.
import { formats, versionForYear } from '../format';
import { titleWording } from '../format/sections';
import type { FormatVersion, TableLayout } from '../types';
import { renderTable, type TableValues } from './tables';

export interface ReportOptions {
  agency: string;
  year: number;
  /** Defaults to the version for the year. */
  version?: FormatVersion;
  layout?: TableLayout;
  /** Markdown `#` headings (pipe tables go with the `markdown` layout). */
  markdown?: boolean;
  eol?: string;
  /** Values by table id, then row id. */
  values?: Map<string, TableValues>;
  /** Paragraphs to put under a section, by section number. */
  prose?: Map<number, string[]>;
}

/** Placeholder prose a skeleton carries where the format requires a statement. */
export function skeletonProse(version: FormatVersion): Map<number, string[]> {
  const prose = new Map<number, string[]>();
  if (formats[version].feeStatementRequired) prose.set(6, ['（请说明本年度是否收取信息处理费及收费情况。）']);
  return prose;
}

export function renderReport(options: ReportOptions): string {
  const version = options.version ?? versionForYear(options.year) ?? '2021';
  const spec = formats[version];
  const layout = options.layout ?? 'tabs';
  const eol = options.eol ?? '\n';
  const markdown = options.markdown ?? layout === 'markdown';
  const title = `${options.agency}${options.year}年${titleWording}`;
  const prose = options.prose ?? skeletonProse(version);
  if (layout === 'collapsed') {
    // Web text: the title on one line, then the whole body on the next.
    const body = spec.sections
      .map((s) => {
        const paragraphs = (prose.get(s.number) ?? []).join('');
        const tables = spec.tables.filter((t) => t.section === s.number).map((t) => renderTable(t, layout, eol, options.values?.get(t.id)));
        return s.heading + paragraphs + tables.join('');
      })
      .join('');
    return title + eol + body + eol;
  }
  const lines: string[] = [(markdown ? '# ' : '') + title, ''];
  for (const section of spec.sections) {
    lines.push((markdown ? '## ' : '') + section.heading, '');
    for (const paragraph of prose.get(section.number) ?? []) lines.push(paragraph, '');
    for (const table of spec.tables.filter((t) => t.section === section.number)) {
      lines.push(renderTable(table, layout, eol, options.values?.get(table.id)), '');
    }
  }
  return lines.join(eol);
}
