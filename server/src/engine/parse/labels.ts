// Recognises the labels of the official tables inside a run of label text, however it
// was laid out: split over cells or lines, run together, with half-width brackets or a
// typo within a small edit distance.
import type { TableSpec } from '../format/spec';
import type { Span } from '../types';
import { prefixDistance, tolerance } from './editDistance';
import { compact, foldLabel, originalSpan, type Compact } from './normalize';

export type LabelKind = 'row' | 'column' | 'header' | 'heading';

export interface VocabularyEntry {
  kind: LabelKind;
  table: TableSpec;
  /** Row or column id; the header word itself for headers. */
  id: string;
  /** Official wording, numbering included. */
  official: string;
  /** Folded form of the text to match (without numbering). */
  folded: string;
  /** True when this form is an accepted alias rather than the official wording. */
  alias: boolean;
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
  alternatives: VocabularyEntry[];
}

export interface UnknownText {
  span: Span;
  text: string;
}

export type LabelItem = { kind: 'label'; match: LabelMatch } | { kind: 'unknown'; unknown: UnknownText };

export class Vocabulary {
  private readonly byFirstChar = new Map<string, VocabularyEntry[]>();
  readonly entries: VocabularyEntry[] = [];

  constructor(tables: TableSpec[]) {
    for (const table of tables) {
      if (table.heading) this.add({ kind: 'heading', table, id: table.id, official: table.heading }, table.heading);
      for (const word of table.headerWords) this.add({ kind: 'header', table, id: word, official: word }, word);
      for (const column of table.columns) {
        this.add({ kind: 'column', table, id: column.id, official: column.label }, column.label);
        for (const alias of column.aliases ?? []) this.add({ kind: 'column', table, id: column.id, official: column.label }, alias, true);
      }
      for (const row of table.rows) {
        if (!row.label) continue;
        const official = row.numbering + row.label;
        this.add({ kind: 'row', table, id: row.id, official }, row.label);
        for (const alias of row.aliases ?? []) this.add({ kind: 'row', table, id: row.id, official }, alias, true);
      }
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  }

  private add(entry: Omit<VocabularyEntry, 'folded' | 'alias'>, text: string, alias = false): void {
    const folded = foldLabel(text);
    if (!folded) return;
    const full: VocabularyEntry = { ...entry, folded, alias };
    this.entries.push(full);
    const list = this.byFirstChar.get(folded[0]) ?? [];
    list.push(full);
    this.byFirstChar.set(folded[0], list);
  }

  /** All entries whose folded text starts exactly at `pos`, longest first. */
  exactAt(text: string, pos: number): VocabularyEntry[] {
    const list = this.byFirstChar.get(text[pos]);
    if (!list) return [];
    const found: VocabularyEntry[] = [];
    for (const e of list) {
      if (found.length && e.folded.length < found[0].folded.length) break;
      if (text.startsWith(e.folded, pos)) found.push(e);
    }
    return found;
  }

  /** The closest entry to the text at `pos`, within its tolerance. */
  fuzzyAt(text: string, pos: number): { entry: VocabularyEntry; length: number; distance: number } | undefined {
    const head = text.slice(pos, pos + 6);
    let best: { entry: VocabularyEntry; length: number; distance: number } | undefined;
    for (const e of this.entries) {
      const allowed = tolerance(e.folded.length);
      if (allowed === 0) continue;
      // Cheap filter: a near match shares at least two of its first four characters.
      let shared = 0;
      for (let k = 0; k < 4 && k < e.folded.length; k++) if (head.includes(e.folded[k])) shared++;
      if (shared < 2) continue;
      const m = prefixDistance(e.folded, text.slice(pos, pos + e.folded.length + allowed + 2), allowed + 2);
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

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Item numbering at the start of a label: 一、 （一） (一) 1. 1、 1． */
const NUMBERING = /^(?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）|\d{1,2}[.、])/;

/**
 * Splits a run of label text into the labels it holds (longest exact match first, then
 * tolerant matching at label starts) and whatever text is left unrecognised.
 */
export function recognizeLabels(source: string, span: Span, vocabulary: Vocabulary): LabelItem[] {
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
    const numbering = NUMBERING.exec(c.text.slice(pos, pos + 5))?.[0] ?? '';
    const at = pos + numbering.length;
    const exact = vocabulary.exactAt(c.text, at);
    let entry: VocabularyEntry | undefined;
    let length = 0;
    let distance = 0;
    let alternatives: VocabularyEntry[] = [];
    const separated = pos > 0 && c.offsets[pos] - c.offsets[pos - 1] > 1;
    // A label may also start right after non-Chinese debris such as `[bookmark: _GoBack]`.
    const afterDebris = pos > 0 && isIdeograph(c.text.charCodeAt(at)) && !isIdeograph(c.text.charCodeAt(pos - 1));
    const anchor = pos === unknownFrom || numbering.length > 0 || separated || afterDebris;
    if (exact.length) {
      alternatives = exact.slice(1);
      entry = exact[0];
      length = entry.folded.length;
    }
    // A short exact word (`其他`) may only open a longer label with a typo
    // (`其他法律法规禁止公开`): the tolerant match wins when it covers clearly more.
    // (Not when another label starts right after it, as in a header row `自然人法人或其他组织`.)
    const shortWithTail = entry !== undefined && length <= 3 && at + length < c.text.length && vocabulary.exactAt(c.text, at + length).length === 0;
    if (anchor && (!entry || shortWithTail)) {
      const fuzzy = vocabulary.fuzzyAt(c.text, at);
      // A near match must sit within one cell: across a tab or line break it is two things.
      const written = fuzzy ? originalSpan(c, at, at + fuzzy.length) : undefined;
      const oneCell = written !== undefined && !/[\t\n\r]/.test(source.slice(written.start, written.end));
      if (fuzzy && oneCell && (!entry || fuzzy.length > length + 2)) {
        ({ entry, length, distance } = fuzzy);
        alternatives = [];
      }
    }
    if (!entry) {
      pos += numbering.length || 1;
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
