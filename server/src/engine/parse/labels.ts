// Recognises the labels of the official tables inside a run of label text, however it
// was laid out: split over cells or lines, run together, with half-width brackets or a
// typo within a small edit distance.
import type { RowSpec, TableSpec } from '../format/spec';
import type { Span } from '../types';
import { BoundedMemory } from './boundedMemory';
import { prefixDistanceAt, tolerance } from './editDistance';
import { CHINESE_NUMERALS, compact, foldLabel, isAsciiDigitCode, isInvisibleCode, offsetOf, originalSpan, type Compact } from './normalize';

export type LabelKind = 'row' | 'column' | 'header' | 'heading';

export interface VocabularyEntry {
  kind: LabelKind;
  table: TableSpec;
  /** Row or column id; the header word itself for headers. */
  id: string;
  /** The row, for row labels. */
  row?: RowSpec;
  /** Official wording, numbering included. */
  official: string;
  /** Folded form of the text to match (without numbering). */
  folded: string;
  /** True when this form is an accepted alias rather than the official wording. */
  alias: boolean;
  /** Folded official wording (without numbering), for aliases that are short forms of it. */
  officialFolded: string;
}

export interface LabelMatch {
  entry: VocabularyEntry;
  /** Whole label as written, numbering included. */
  span: Span;
  /** Numbering as written (`(一)`, `1.`), empty when absent. */
  numbering: string;
  numberingSpan: Span;
  /** Edit distance between the written label and the official (or alias) wording. */
  distance: number;
  /** Other entries written the same way (`总计` is a column and a row); context decides. */
  alternatives: readonly VocabularyEntry[];
}

export interface UnknownText {
  span: Span;
  text: string;
}

export type LabelItem = { kind: 'label'; match: LabelMatch } | { kind: 'unknown'; unknown: UnknownText };

export class Vocabulary {
  /** Entries by the code of their first character (an array: looked up at every position of label text). */
  private readonly byFirstCode: (VocabularyEntry[] | undefined)[] = new Array(65536).fill(undefined);
  readonly entries: VocabularyEntry[] = [];
  /** For each character, the entries (by index) with it among their first four, once per occurrence. */
  private readonly openingsWith = new Map<number, number[]>();
  /** Per-entry counters for `fuzzyAt`, reset after each use. */
  private readonly shared: Uint8Array;
  /** Entries by their whole folded text, in insertion order: `exactAt`'s answers (read only). */
  private readonly byFolded = new Map<string, VocabularyEntry[]>();
  /** What `recognizeLabels` read in each short run of label text, at offsets relative to the run. */
  readonly remembered = new BoundedMemory<LabelItem[]>(REMEMBERED_RUNS, REMEMBERED_ITEMS, (items) => items.length);

  constructor(tables: TableSpec[]) {
    for (const table of tables) {
      if (table.heading) this.add({ kind: 'heading', table, id: table.id, official: table.heading }, table.heading, table.heading);
      for (const word of table.headerWords) this.add({ kind: 'header', table, id: word, official: word }, word, word);
      for (const column of table.columns) {
        const entry = { kind: 'column' as const, table, id: column.id, official: column.label };
        this.add(entry, column.label, column.label);
        for (const alias of column.aliases ?? []) this.add(entry, alias, column.label, true);
      }
      for (const row of table.rows) {
        if (!row.label) continue;
        const entry = { kind: 'row' as const, table, id: row.id, row, official: row.numbering + row.label };
        this.add(entry, row.label, row.label);
        for (const alias of row.aliases ?? []) this.add(entry, alias, row.label, true);
      }
    }
    for (const list of this.byFirstCode) list?.sort((a, b) => b.folded.length - a.folded.length);
    this.entries.forEach((e, index) => {
      if (tolerance(e.folded.length) === 0) return;
      for (let k = 0; k < 4 && k < e.folded.length; k++) {
        const code = e.folded.charCodeAt(k);
        const list = this.openingsWith.get(code) ?? [];
        list.push(index);
        this.openingsWith.set(code, list);
      }
    });
    this.shared = new Uint8Array(this.entries.length);
    for (const e of this.entries) {
      const same = this.byFolded.get(e.folded);
      if (same) same.push(e);
      else this.byFolded.set(e.folded, [e]);
    }
  }

  private add(entry: Omit<VocabularyEntry, 'folded' | 'alias' | 'officialFolded'>, text: string, official: string, alias = false): void {
    const folded = foldLabel(text);
    if (!folded) return;
    const full: VocabularyEntry = { ...entry, folded, alias, officialFolded: foldLabel(official) };
    this.entries.push(full);
    const code = folded.charCodeAt(0);
    (this.byFirstCode[code] ??= []).push(full);
  }

  /** Whether some entry's folded text starts exactly at `pos`. */
  hasExactAt(text: string, pos: number): boolean {
    const list = this.byFirstCode[text.charCodeAt(pos)];
    return list !== undefined && list.some((e) => startsAt(e.folded, text, pos));
  }

  /**
   * The entries of the longest folded text that starts exactly at `pos` (all written the same
   * way, in insertion order), or none. Shared arrays: read only.
   */
  exactAt(text: string, pos: number): readonly VocabularyEntry[] {
    const list = this.byFirstCode[text.charCodeAt(pos)];
    if (!list) return NONE;
    // Longest first: the first entry written at `pos` decides the text, and every entry with
    // that text is in its group.
    for (const e of list) if (startsAt(e.folded, text, pos)) return this.byFolded.get(e.folded)!;
    return NONE;
  }

  /** The other entries written the same way as `entry` (`总计`, shared column names). Shared arrays: read only. */
  writtenAlike(entry: VocabularyEntry): readonly VocabularyEntry[] {
    const same = this.byFolded.get(entry.folded)!;
    return same.length === 1 ? NONE : same.filter((e) => e !== entry);
  }

  /** The closest entry to the text at `pos`, within its tolerance. */
  fuzzyAt(text: string, pos: number): { entry: VocabularyEntry; length: number; distance: number } | undefined {
    // Cheap filter: a near match shares at least two of its first four characters with the
    // next six of the text. Count them through the index rather than testing every entry.
    const touched: number[] = [];
    const headEnd = Math.min(text.length, pos + 6);
    for (let h = pos; h < headEnd; h++) {
      const code = text.charCodeAt(h);
      if (text.indexOf(text[h], pos) < h) continue; // each distinct character once
      for (const index of this.openingsWith.get(code) ?? NO_INDICES) {
        if (this.shared[index]++ === 0) touched.push(index);
      }
    }
    const candidates = touched.filter((index) => this.shared[index] >= 2).sort((a, b) => a - b);
    for (const index of touched) this.shared[index] = 0;
    let best: { entry: VocabularyEntry; length: number; distance: number } | undefined;
    for (const index of candidates) {
      const e = this.entries[index];
      const allowed = tolerance(e.folded.length);
      const m = prefixDistanceAt(e.folded, text, pos, allowed + 2);
      if (m.distance > allowed || m.length === 0) continue;
      const score = m.distance / e.folded.length;
      const bestScore = best ? best.distance / best.entry.folded.length : Infinity;
      if (score < bestScore || (score === bestScore && best && e.folded.length > best.entry.folded.length)) {
        best = { entry: e, length: m.length, distance: m.distance };
      }
    }
    return best;
  }
}

const NONE: readonly VocabularyEntry[] = [];
const NO_INDICES: number[] = [];

/** Whether `folded` is written at `pos` (the first character is known to match; the second decides most). */
function startsAt(folded: string, text: string, pos: number): boolean {
  return (folded.length < 2 || folded.charCodeAt(1) === text.charCodeAt(pos + 1)) && text.startsWith(folded, pos);
}

/**
 * Where a label written exactly starts within the first `upTo` characters after `at` and ends
 * at `at + length` (a near match of `length` characters that is debris and then that label),
 * or -1.
 */
function exactLabelAfterPrefix(vocabulary: Vocabulary, text: string, at: number, length: number, upTo: number): number {
  for (let k = at + 1; k <= at + upTo; k++) if (exactLength(vocabulary, text, k) === at + length - k) return k;
  return -1;
}

/** Length of the longest label written exactly at `pos`, 0 when none. */
function exactLength(vocabulary: Vocabulary, text: string, pos: number): number {
  const exact = vocabulary.exactAt(text, pos);
  return exact.length ? exact[0].folded.length : 0;
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

const NUMERALS = new Set([...CHINESE_NUMERALS].map((c) => c.charCodeAt(0)));
const isNumeral = (code: number) => NUMERALS.has(code);
const COMMA = 0x3001; // 、
const OPEN = 0xff08; // （ (folded)
const CLOSE = 0xff09; // ）

/** Length of the item numbering at `pos` of folded text: 一、 （一） (一) 1. 1、 1． — 0 when none. */
function numberingLength(t: string, pos: number): number {
  const c0 = t.charCodeAt(pos);
  const c1 = t.charCodeAt(pos + 1);
  const c2 = t.charCodeAt(pos + 2);
  if (isNumeral(c0)) return isNumeral(c1) && c2 === COMMA ? 3 : c1 === COMMA ? 2 : 0;
  if (c0 === OPEN && isNumeral(c1)) return isNumeral(c2) && t.charCodeAt(pos + 3) === CLOSE ? 4 : c2 === CLOSE ? 3 : 0;
  if (isAsciiDigitCode(c0)) {
    const isMark = (c: number) => c === 0x2e || c === COMMA;
    return isAsciiDigitCode(c1) && isMark(c2) ? 3 : isMark(c1) ? 2 : 0;
  }
  return 0;
}

/**
 * Runs longer than this are read afresh each time: prose, not labels, and not worth keeping.
 * A whole header row is one run in Markdown and one-cell-per-line tables (200–300 characters,
 * the same in report after report), so the bound lies above it.
 */
export const REMEMBERED_RUN_LENGTH = 400;
/** Different runs kept per vocabulary before starting over (labels recur; values do not reach here). */
const REMEMBERED_RUNS = 5_000;
/**
 * Items kept per vocabulary before starting over. A long run holds dozens of items (about
 * 350 bytes each): 5,000 distinct runs of 400 characters, typed into a table's header one
 * keystroke at a time, would hold 70 MB. 10,000 generated reports leave at most 46,000 in one
 * vocabulary; this bound keeps one vocabulary's memory near 14 MB whatever is typed.
 */
export const REMEMBERED_ITEMS = 40_000;

/**
 * Splits a run of label text into the labels it holds (longest exact match first, then
 * tolerant matching at label starts) and whatever text is left unrecognised.
 *
 * The reading depends on the run's text alone, and the same label texts recur in every report
 * and at every keystroke: short runs are read once per vocabulary and remembered.
 */
export function recognizeLabels(source: string, span: Span, vocabulary: Vocabulary): LabelItem[] {
  if (span.end - span.start > REMEMBERED_RUN_LENGTH) return readLabels(source, span, vocabulary);
  const run = source.slice(span.start, span.end);
  const memory = vocabulary.remembered;
  let relative = memory.get(run);
  if (!relative) {
    relative = readLabels(run, { start: 0, end: run.length }, vocabulary);
    memory.set(run, relative);
  }
  return relative.map((item) => placed(item, span.start));
}

/** A remembered item moved to the run's place in the text (fresh objects: callers own them). */
function placed(item: LabelItem, at: number): LabelItem {
  if (item.kind === 'unknown') {
    const { span, text } = item.unknown;
    return { kind: 'unknown', unknown: { span: { start: span.start + at, end: span.end + at }, text } };
  }
  const m = item.match;
  return {
    kind: 'label',
    match: {
      entry: m.entry,
      span: { start: m.span.start + at, end: m.span.end + at },
      numbering: m.numbering,
      numberingSpan: { start: m.numberingSpan.start + at, end: m.numberingSpan.end + at },
      distance: m.distance,
      alternatives: m.alternatives,
    },
  };
}

/** Whether what the compact view left out of source[from, to) parts two words: a blank or a bookmark does, invisible characters alone (read as deleted) do not. */
function separates(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isInvisibleCode(source.charCodeAt(k))) return true;
  return false;
}

function readLabels(source: string, span: Span, vocabulary: Vocabulary): LabelItem[] {
  const c: Compact = compact(source, span.start, span.end);
  const items: LabelItem[] = [];
  let pos = 0;
  let unknownFrom = 0;
  const flushUnknown = (to: number) => {
    if (to > unknownFrom) {
      const s = originalSpan(c, unknownFrom, to);
      items.push({ kind: 'unknown', unknown: { span: s, text: source.slice(s.start, s.end) } });
    }
  };
  while (pos < c.text.length) {
    const numbering = numberingLength(c.text, pos);
    // Two numberings in a row (`三、` left above `3.危及…`): the first is debris, the label has its own.
    if (numbering > 0 && numberingLength(c.text, pos + numbering) > 0) {
      pos += numbering;
      continue;
    }
    const at = pos + numbering;
    const exact = vocabulary.exactAt(c.text, at);
    let entry: VocabularyEntry | undefined;
    let length = 0;
    let distance = 0;
    let alternatives: readonly VocabularyEntry[] = [];
    const separated = pos > 0 && separates(source, offsetOf(c, pos - 1) + 1, offsetOf(c, pos));
    // A label may also start right after non-Chinese debris such as `[bookmark: _GoBack]`.
    const afterDebris = pos > 0 && isIdeograph(c.text.charCodeAt(at)) && !isIdeograph(c.text.charCodeAt(pos - 1));
    const anchor = pos === unknownFrom || numbering > 0 || separated || afterDebris;
    if (exact.length) {
      alternatives = exact.slice(1);
      entry = exact[0];
      length = entry.folded.length;
      // A short form (本年收费金额) followed by a damaged rest of the official wording
      // (（单位：万度）) is the official label with a typo, not the short form.
      if (entry.alias && entry.officialFolded.length > length) {
        const full = prefixDistanceAt(entry.officialFolded, c.text, at, 4);
        if (full.distance > 0 && full.distance <= tolerance(entry.officialFolded.length) && full.length > length + 1) {
          length = full.length;
          distance = full.distance;
        }
      }
    }
    // A short exact word (`其他`) may only open a longer label with a typo
    // (`其他法律法规禁止公开`): the tolerant match wins when it covers clearly more.
    // (Not when another label starts right after it, as in a header row `自然人法人或其他组织`,
    // nor an item number: `（六）其他1.申请人无正当理由…` is two labels, not a typo of the second.)
    const tail = at + length;
    const shortWithTail =
      entry !== undefined && length <= 3 && tail < c.text.length && !vocabulary.hasExactAt(c.text, tail) && numberingLength(c.text, tail) === 0;
    if (anchor && (!entry || shortWithTail)) {
      let fuzzy = vocabulary.fuzzyAt(c.text, at);
      // A near match that is a few characters and then another label exactly (`予以公部分公开…`,
      // two labels run together, the first cut short) is those two when the few characters are
      // a label cut short themselves: the first is read up to where the second begins. (Debris
      // such as `（（二）二）部分公开…` stays part of the label, and its fix removes it.)
      const second = fuzzy && fuzzy.distance > 0 ? exactLabelAfterPrefix(vocabulary, c.text, at, fuzzy.length, fuzzy.distance) : -1;
      if (second > 0) fuzzy = vocabulary.fuzzyAt(c.text.slice(0, second), at) ?? fuzzy;
      // A near match must sit within one cell: across a tab or line break it is two things.
      const written = fuzzy ? originalSpan(c, at, at + fuzzy.length) : undefined;
      const oneCell = written !== undefined && !/[\t\n\r]/.test(source.slice(written.start, written.end));
      // Punctuation or a digit just before an exact label (`）信息内容`) is debris, not a typo of
      // it: read as one, its fix removed a character per round from debris such as `）项`.
      const debrisBefore = fuzzy !== undefined && !isIdeograph(c.text.charCodeAt(at)) && exactLength(vocabulary, c.text, at + 1) === fuzzy.length - 1;
      if (fuzzy && oneCell && !debrisBefore && (!entry || fuzzy.length > length + 2)) {
        ({ entry, length, distance } = fuzzy);
        // A typo of a wording several tables share (处理决定数量) is read in context, as the
        // exact wording is.
        alternatives = vocabulary.writtenAlike(fuzzy.entry);
      }
    }
    if (!entry) {
      pos += numbering || 1;
      continue;
    }
    flushUnknown(pos);
    const whole = originalSpan(c, pos, at + length);
    const numberingSpan = originalSpan(c, pos, at);
    items.push({
      kind: 'label',
      match: {
        entry,
        span: whole,
        numbering: source.slice(numberingSpan.start, numberingSpan.end),
        numberingSpan,
        distance,
        alternatives,
      },
    });
    pos = at + length;
    unknownFrom = pos;
  }
  flushUnknown(c.text.length);
  return items;
}
