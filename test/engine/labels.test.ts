// The label matcher's memory of runs it has read: a remembered reading, moved to where the run
// stands now, must be exactly what a fresh reading there gives — for short cells, for a whole
// Markdown header row (one run of 200–300 characters, the same in report after report) and for
// runs too long to keep.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formats } from '../../server/src/engine/format';
import { recognizeLabels, REMEMBERED_ITEMS, REMEMBERED_RUN_LENGTH, Vocabulary, type LabelItem } from '../../server/src/engine/parse/labels';

const tables = formats['2021'].tables.filter((t) => t.section === 3);
const [applications] = tables;

/**
 * The note above the table, a Markdown header row, its delimiter row and the opening of the
 * first row — no number among them, so one run — as the generated Markdown reports write them.
 */
const headerRow = (() => {
  const [note, applicant] = applications.headerWords;
  const cells = [applicant, ...applications.columns.map((c) => c.label), '', ''];
  const first = applications.rows.find((r) => r.label)!;
  return `${note}\n\n| ${cells.join(' | ')} |\n|${' --- |'.repeat(cells.length)}\n| ${first.numbering}${first.label} |  | `;
})();
const typo = (() => {
  const row = applications.rows.find((r) => r.label && r.label.length >= 8)!;
  return row.numbering + row.label.slice(0, 3) + '某' + row.label.slice(4);
})();
const prose = '本机关认真落实各项要求，'.repeat(40);

/** Items with their spans relative to `at`, and entries by id: comparable across offsets. */
function relative(items: LabelItem[], at: number): unknown[] {
  return items.map((item) =>
    item.kind === 'unknown'
      ? ['unknown', item.unknown.span.start - at, item.unknown.span.end - at, item.unknown.text]
      : [
          item.match.entry.kind,
          item.match.entry.id,
          item.match.span.start - at,
          item.match.span.end - at,
          item.match.numbering,
          item.match.numberingSpan.start - at,
          item.match.distance,
          item.match.alternatives.map((e) => e.id),
        ],
  );
}

/** Reads `run` standing at `at` in a text of its own. */
function readAt(vocabulary: Vocabulary, run: string, at: number): unknown[] {
  const text = '\n'.repeat(at) + run + '\n';
  return relative(recognizeLabels(text, { start: at, end: at + run.length }, vocabulary), at);
}

describe('label runs remembered', () => {
  it('the header row is one run longer than a cell and short enough to keep', () => {
    // Longer than a cell by far: under the old bound of 160 it was read afresh in every report.
    assert.ok(headerRow.length > 160 && headerRow.length <= REMEMBERED_RUN_LENGTH, String(headerRow.length));
    assert.ok(prose.length > REMEMBERED_RUN_LENGTH);
  });

  for (const [name, run] of [
    ['a cell', applications.columns[1].label],
    ['a label with a typo', typo],
    ['a Markdown header row', headerRow],
    ['prose too long to keep', prose],
  ] as const) {
    it(`${name}: read again elsewhere, the same as read afresh there`, () => {
      const seen = new Vocabulary(tables);
      const first = readAt(seen, run, 3);
      const again = readAt(seen, run, 57);
      const fresh = readAt(new Vocabulary(tables), run, 57);
      assert.deepEqual(again, fresh);
      assert.deepEqual(first, fresh);
      assert.ok(fresh.length > 0);
      assert.equal(seen.remembered.has(run), run.length <= REMEMBERED_RUN_LENGTH, 'kept exactly when short enough');
    });
  }

  it('the header row names every column of the table', () => {
    const items = recognizeLabels(headerRow, { start: 0, end: headerRow.length }, new Vocabulary(tables));
    const columns = items.flatMap((i) => (i.kind === 'label' && i.match.entry.kind === 'column' ? [i.match.entry.id] : []));
    assert.deepEqual(columns, applications.columns.map((c) => c.id));
  });

  it('the memory is bounded by the items it holds: a header row typed key by key does not fill it', () => {
    const vocabulary = new Vocabulary(tables);
    const columns = applications.columns.map((c) => c.label).join(' | ');
    let cleared = 0;
    // Fewer runs than the bound on runs: only the bound on items can start the memory over.
    for (let keystroke = 0; keystroke < 2000; keystroke++) {
      // Each keystroke leaves a long header row never seen before: dozens of labels in one run.
      const run = `${keystroke} | ${columns} | ${columns} | ${columns} | ${columns} | ${columns} | ${columns} |`.slice(0, REMEMBERED_RUN_LENGTH);
      const before = vocabulary.remembered.size;
      recognizeLabels(run, { start: 0, end: run.length }, vocabulary);
      if (vocabulary.remembered.size <= before) cleared++;
      const held = [...vocabulary.remembered.values()].reduce((n, items) => n + items.length, 0);
      assert.equal(vocabulary.remembered.weight, held);
      assert.ok(held <= REMEMBERED_ITEMS, String(held));
    }
    assert.ok(cleared >= 1, 'started over at least once');
  });

  it('callers own what they are given: changing one reading leaves the next untouched', () => {
    const vocabulary = new Vocabulary(tables);
    const one = recognizeLabels(headerRow, { start: 0, end: headerRow.length }, vocabulary);
    const before = relative(recognizeLabels(headerRow, { start: 0, end: headerRow.length }, vocabulary), 0);
    for (const item of one) if (item.kind === 'label') item.match.span.start = -1;
    assert.deepEqual(relative(recognizeLabels(headerRow, { start: 0, end: headerRow.length }, vocabulary), 0), before);
  });
});

describe('labels run together', () => {
  const rowsOf = (run: string) =>
    recognizeLabels(run, { start: 0, end: run.length }, new Vocabulary(tables)).map((i) =>
      i.kind === 'label' ? `${i.match.entry.id}@${i.match.span.start}` : `?${i.unknown.text}`,
    );
  const group = applications.rows.find((r) => r.id === 'otherHandling')!;
  const firstOfGroup = applications.rows.find((r) => r.parent === 'otherHandling')!;

  it('a short word before an item number is not read as a typo of the label after it (the fuzzer: （六）其他1.申请人…)', () => {
    const shortened = group.numbering + group.label.slice(0, 2);
    const run = shortened + firstOfGroup.numbering + firstOfGroup.label;
    const items = rowsOf(run);
    assert.equal(items.at(-1), `${firstOfGroup.id}@${shortened.length}`, items.join(' '));
    assert.equal(items.length, 2, items.join(' '));
  });

  it('a label cut short and run into the next label written exactly is read as the two (the fuzzer: （一）予以公部分公开…)', () => {
    const [disclosed, partly] = applications.rows.filter((r) => r.parent === 'results' && r.label).slice(0, 2);
    const cut = disclosed.numbering + disclosed.label.slice(0, -1);
    assert.deepEqual(rowsOf(cut + partly.label), [`${disclosed.id}@0`, `${partly.id}@${cut.length}`]);
  });

  it('a short word before a typo of a longer label is still read as that label with a typo', () => {
    // 其他 opening 其他法律行政法规禁止公开 with a character changed: one label, not 其他 and debris.
    const row = applications.rows.find((r) => r.label.startsWith('其他') && r.label.length >= 8)!;
    const run = row.numbering + row.label.slice(0, 3) + '某' + row.label.slice(4);
    assert.deepEqual(rowsOf(run), [`${row.id}@0`]);
  });
});
