// Text → the parsed report: title, sections, sub-headings and tables, each with exact
// spans. Never throws on any input; every loop is bounded by the text length.
import { formats, versionForYear } from '../format';
import type { FormatSpec, TableSpec } from '../format/spec';
import { LineIndex } from '../lineIndex';
import type { FormatVersion, ReportModel, SectionModel, SectionNumber, Span, SubheadingModel, TableModel } from '../types';
import { findHeadings, findSubheadings, findTitle, type FoundHeading, type FoundSubheading, type FoundTitle } from './headings';
import { Vocabulary } from './labels';
import { compact, foldLabel, invisibleLeftOut, LINE_BLANK, withAsciiDigits } from './normalize';
import { runningHeaders } from './runningHeaders';
import { parseTables, type ParsedTable } from './tables';

export interface ParsedSection {
  number: SectionNumber;
  heading: FoundHeading;
  /** From the heading to the next section heading. */
  span: Span;
  /** After the heading: where the section's body (and tables) are. */
  body: Span;
  subheadings: FoundSubheading[];
}

export interface ParsedReport {
  text: string;
  lines: LineIndex;
  spec: FormatSpec;
  /** The version the tables are written in, when they say so. */
  tablesVersion?: FormatVersion;
  title?: FoundTitle;
  /** Lines after the title that repeat it: a PDF's page headers (their spans, without line breaks). */
  runningHeaders: Span[];
  year?: number;
  /** Year of the stated statistics period, and where it is stated. */
  period?: { year: number; span: Span; endYear: number };
  /** Every section heading found, in document order (duplicates included). */
  headings: FoundHeading[];
  /** The first heading of each section, in document order. */
  sections: ParsedSection[];
  tables: ParsedTable[];
  /** Spans outside the tables: where the prose is. */
  prose: Span[];
}

const vocabularies = new Map<string, Vocabulary>();

function vocabularyFor(version: FormatVersion, tables: TableSpec[], key: string): Vocabulary {
  const id = `${version}:${key}`;
  let v = vocabularies.get(id);
  if (!v) {
    v = new Vocabulary(tables);
    vocabularies.set(id, v);
  }
  return v;
}

// Blanks of any width between the parts, as a copy from a web page leaves them or a justified
// line of a PDF spaces its letters out, and at most one line break: text taken from a PDF wraps
// the sentence where the page's width ends it.
const BLANKS = `${LINE_BLANK}*(?:\r?\n${LINE_BLANK}*)?`;
const PERIOD = new RegExp(
  String.raw`统${BLANKS}计${BLANKS}期${BLANKS}限(?:${BLANKS}\r?\n|\D){0,12}(\d{4})${BLANKS}年${BLANKS}1${BLANKS}月${BLANKS}1${BLANKS}日${BLANKS}(?:起)?${BLANKS}(?:至|到|—|-)${BLANKS}(\d{4})${BLANKS}年${BLANKS}12${BLANKS}月${BLANKS}31${BLANKS}日`,
);

/**
 * The statistics period, read with invisible characters as deleted (`2025\u200b年`) and
 * full-width digits as ASCII (`２０２５年`); its span is where it is written.
 */
function findPeriod(text: string): ParsedReport['period'] {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const plain = PERIOD.exec(head);
  // Read again that way only when the text as written states none (most reports state one).
  const again = !plain && head.includes('统计期限');
  const read = again ? invisibleLeftOut(head) : undefined;
  const m = plain ?? (again ? PERIOD.exec(withAsciiDigits(read ? read.text : head)) : null);
  if (!m) return undefined;
  const writtenAt = (k: number) => (read ? read.offsets[k] : k);
  return { year: Number(m[1]), endYear: Number(m[2]), span: { start: writtenAt(m.index), end: writtenAt(m.index + m[0].length - 1) + 1 } };
}

export function parseReport(text: string, requested: 'auto' | FormatVersion = 'auto'): ParsedReport {
  const lines = new LineIndex(text);
  const headings = findHeadings(text, lines, formats['2021'].sections);
  const firstOf = new Map<SectionNumber, FoundHeading>();
  for (const h of headings) if (!firstOf.has(h.number)) firstOf.set(h.number, h);
  const chosen = [...firstOf.values()].sort((a, b) => a.span.start - b.span.start);
  const title = findTitle(text, lines, chosen[0]?.span.start ?? text.length);
  const headers = runningHeaders(text, lines, title);

  const period = findPeriod(text);
  const year = title?.year ?? period?.year;

  const sectionSpans = chosen.map((h, i) => ({
    heading: h,
    span: { start: h.span.start, end: chosen[i + 1]?.span.start ?? text.length },
    body: { start: h.span.end, end: chosen[i + 1]?.span.start ?? text.length },
  }));
  const bodyOf = (n: SectionNumber) => sectionSpans.find((s) => s.heading.number === n)?.body;

  const tablesVersion = detectTablesVersion(text, [bodyOf(2), bodyOf(3)]);
  const version: FormatVersion =
    requested !== 'auto' ? requested : (tablesVersion ?? versionForYear(year) ?? '2021');
  const spec = formats[version];

  const tables: ParsedTable[] = [];
  for (const section of [2, 3, 4] as const) {
    const body = bodyOf(section);
    if (!body) continue;
    const specs = spec.tables.filter((t) => t.section === section);
    tables.push(...parseTables(text, body.start, body.end, specs, vocabularyFor(version, specs, String(section)), headers));
  }

  const tableSpans = mergedSpans(tables.map((t) => t.span));
  const subheadings = findSubheadings(text, lines, tableSpans);
  const sections: ParsedSection[] = sectionSpans.map((s) => ({
    number: s.heading.number,
    heading: s.heading,
    span: s.span,
    body: s.body,
    subheadings: subheadings.filter((h) => h.span.start >= s.body.start && h.span.start < s.body.end),
  }));

  return {
    text,
    lines,
    spec,
    tablesVersion,
    title,
    runningHeaders: headers,
    year,
    period,
    headings,
    sections,
    tables,
    prose: proseSpans(text.length, tableSpans),
  };
}

const labelsByVersion = new Map<FormatVersion, Set<string>>();

/** Folded labels of the §二 and §三 tables of a version (built once). */
function versionLabels(version: FormatVersion): Set<string> {
  let labels = labelsByVersion.get(version);
  if (!labels) {
    labels = new Set(
      formats[version].tables
        .filter((t) => t.section !== 4)
        .flatMap((t) => [...t.columns.map((c) => c.label), ...t.rows.filter((r) => r.label).map((r) => r.numbering + r.label)])
        .map(foldLabel),
    );
    labelsByVersion.set(version, labels);
  }
  return labels;
}

const markersByVersion = new Map<FormatVersion, string[]>();

/**
 * Labels only this version has, usable as written: no brackets (whose width varies) and not
 * inside a label of the other version (处理决定数量 is inside 本年处理决定数量).
 */
function versionMarkers(version: FormatVersion): string[] {
  let markers = markersByVersion.get(version);
  if (!markers) {
    const other = [...versionLabels(version === '2019' ? '2021' : '2019')];
    markers = [...versionLabels(version)].filter((l) => l.length >= 4 && !/[（）“]/.test(l) && !other.some((o) => o.includes(l)));
    markersByVersion.set(version, markers);
  }
  return markers;
}

/** The version the §二 and §三 tables are written in: a vote of the labels only one version has. */
function detectTablesVersion(text: string, bodies: (Span | undefined)[]): FormatVersion | undefined {
  const spans = bodies.filter((b): b is Span => b !== undefined);
  if (spans.length === 0) return undefined;
  // The tables sit at the top of their sections: the first 100,000 characters are plenty.
  const heads = spans.map((b) => text.slice(b.start, Math.min(b.end, b.start + 100_000)));
  const present = (label: string) => heads.some((b) => b.includes(label));
  let n19 = versionMarkers('2019').filter(present).length;
  let n21 = versionMarkers('2021').filter(present).length;
  if (n19 === 0 && n21 === 0) {
    // No label as written: read them as the table reader does, past blanks, line breaks and
    // debris (`商业⏎企业`, letters spaced out: `本 年 新 收`). Only then: compacting costs.
    const compacted = heads.map((h) => compact(h).text);
    const found = (label: string) => compacted.some((h) => h.includes(foldLabel(label)));
    n19 = versionMarkers('2019').filter(found).length;
    n21 = versionMarkers('2021').filter(found).length;
  }
  if (n19 === n21) return undefined;
  return n19 > n21 ? '2019' : '2021';
}

/** Spans sorted by start, overlapping ones merged. */
function mergedSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** What lies between the tables (spans sorted and merged). */
function proseSpans(length: number, tables: Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of tables) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = s.end;
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** The public model handed to the server and the CLI. */
export function toModel(parsed: ParsedReport): ReportModel {
  const sections: SectionModel[] = parsed.sections.map((s) => ({
    number: s.number,
    heading: { span: s.heading.span, text: s.heading.text, level: s.heading.level },
    span: s.span,
    subheadings: s.subheadings.map(
      (h): SubheadingModel => ({ span: h.span, text: h.text, level: h.level, ordinal: h.ordinal }),
    ),
  }));
  const tables: TableModel[] = parsed.tables.map((t) => ({
    tableId: t.spec.id,
    section: t.spec.section,
    span: t.span,
    layout: t.layout,
    columns: t.columns.map((c) => c.id),
    rows: t.rows.map((r) => ({
      rowId: r.spec.id,
      labelSpan: r.label?.span ?? r.inferredFrom?.span ?? (r.cells[0]?.span ?? t.span),
      labelText: r.label ? parsed.text.slice(r.label.span.start, r.label.span.end) : (r.inferredFrom?.text ?? ''),
      cells: r.cells,
    })),
    unread: t.unread.map((v) => ({ raw: v.raw, span: v.span })),
    labelSpans: t.labels.map((l) => l.span),
  }));
  return {
    text: parsed.text,
    title: parsed.title
      ? { span: parsed.title.span, text: parsed.title.text, agency: parsed.title.agency, year: parsed.title.year }
      : undefined,
    year: parsed.year,
    sections,
    tables,
  };
}
