// Outline, quick fixes, fix-all, the canonical table rewrite, hover, lenses, folding,
// formatting and completion — each over the real protocol.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkText, fixAllEdits, format2021, LineIndex, tableSpec } from '../../server/src/engine';
import { rowLabel } from '../../server/src/engine/render/tables';
import { cellsKey } from '../../server/src/engine/services';
import { syntheticReport } from '../support/reports';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  PublishDiagnosticsParams,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { seeds, TestClient } from './client';
import { apply, editsOf, snippetText } from './helpers';

let client: TestClient;
let version = 100;
before(async () => (client = await TestClient.start({ locale: 'en' })));
after(async () => assert.equal(await client.stop(), 0));

/** Opens (or replaces) a document and waits for its diagnostics. */
async function show(uri: string, text: string): Promise<PublishDiagnosticsParams> {
  const v = ++version;
  if (client.publishedFor(uri).length === 0 && !opened.has(uri)) {
    opened.add(uri);
    await client.open(uri, text, 'ogi-report', v);
  } else await client.change(uri, v, [{ text }]);
  return client.waitForDiagnostics(uri, (p) => p.version === v);
}
const opened = new Set<string>();
const tableIds = format2021.tables.map((t) => t.id);

describe('outline', () => {
  for (const seed of seeds()) {
    it(`${seed.name}: title → six sections → sub-headings and tables, with finding counts`, async () => {
      const uri = `file:///outline/${seed.name}`;
      const published = await show(uri, seed.text);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const model = checkText(seed.text).model;
      assert.equal(symbols.length, 1, 'one root: the title');
      const [title] = symbols;
      const sections = title.children!.filter((s) => s.kind === 2);
      assert.deepEqual(sections.map((s) => s.name), model.sections.map((s) => s.heading.text.replace(/\s+/g, ' ').trim()));
      assert.equal(sections.length, 6);
      const tables = (s: DocumentSymbol): string[] => (s.children ?? []).flatMap((c) => (c.kind === 23 ? [c.name] : tables(c)));
      const names = (section: number) => format2021.tables.filter((t) => t.section === section).map((t) => t.heading ?? t.name);
      assert.deepEqual(tables(sections[1]), names(2));
      assert.deepEqual(tables(sections[2]), names(3));
      assert.deepEqual(tables(sections[3]), names(4));
      const index = new LineIndex(seed.text);
      sections.forEach((s, i) => {
        const span = model.sections[i].span;
        const inSection = published.diagnostics.filter((d) => {
          const o = index.offsetAt(d.range.start);
          return o >= span.start && o < span.end;
        }).length;
        assert.equal(s.detail, inSection === 1 ? '1 finding' : `${inSection} findings`);
        assert.deepEqual(s.selectionRange, index.range(model.sections[i].heading.span));
        assert.ok(contains(s.range, s.selectionRange) && contains(title.range, s.range));
        for (const c of s.children ?? []) assert.ok(contains(s.range, c.range), `${c.name} inside ${s.name}`);
      });
    });
  }

  it('workspace symbols find sections and tables of every open report', async () => {
    const name = format2021.tables.find((t) => t.id === 'application')!.name;
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: name });
    const uris = new Set(found.map((s) => s.location.uri));
    for (const seed of seeds()) assert.ok(uris.has(`file:///outline/${seed.name}`), seed.name);
    assert.ok(found.every((s) => s.name.includes(name)));
  });
});

describe('code actions', () => {
  for (const seed of seeds()) {
    it(`${seed.name}: every fix of every finding is offered, and applying it removes a finding`, async () => {
      const uri = `file:///fix/${seed.name}`;
      const published = await show(uri, seed.text);
      const fixable = published.diagnostics.filter((d) => ((d.data as { fixes: unknown[] }).fixes ?? []).length > 0);
      assert.ok(fixable.length > 0);
      for (const diagnostic of fixable) {
        const current = client.publishedFor(uri).at(-1)!.version!;
        const actions = await quickFixes(uri, diagnostic);
        const own = actions.filter((a) => a.diagnostics?.some((d) => d.code === diagnostic.code && same(d.range, diagnostic.range)));
        const fixes = (diagnostic.data as { fixes: { title: string; preferred: boolean }[] }).fixes;
        assert.deepEqual(own.map((a) => [a.title, a.isPreferred]), fixes.map((f) => [f.title, f.preferred]));
        for (const action of own) {
          const fixed = apply(seed.text, editsOf(action.edit, uri, current));
          assert.notEqual(fixed, seed.text, action.title);
          const after = await show(uri, fixed);
          const count = (ds: Diagnostic[]) => ds.filter((d) => d.code === diagnostic.code).length;
          assert.ok(count(after.diagnostics) < count(published.diagnostics), `${action.title} leaves ${count(after.diagnostics)} ${diagnostic.code}`);
          await show(uri, seed.text);
        }
      }
    });

    it(`${seed.name}: fix-all is one versioned edit: the engine's fix-all edits`, async () => {
      const uri = `file:///fixall/${seed.name}`;
      const published = await show(uri, seed.text);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.ogi-report'] },
      });
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.ogi-report');
      const edits = editsOf(actions[0].edit, uri, published.version);
      const engine = checkText(seed.text, { locale: 'en' });
      const expected = fixAllEdits(engine, { locale: 'en' });
      assert.deepEqual(edits, expected);
      const fixed = apply(seed.text, edits);
      const after = await show(uri, fixed);
      assert.ok(after.diagnostics.length < published.diagnostics.length);
    });

    it(`${seed.name}: each table rewritten canonically keeps every value`, async () => {
      const uri = `file:///canonical/${seed.name}`;
      await show(uri, seed.text);
      const model = checkText(seed.text).model;
      const index = new LineIndex(seed.text);
      let rewritten = 0;
      for (const table of model.tables) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: index.range({ start: table.span.start, end: table.span.start }),
          context: { diagnostics: [], only: ['refactor.rewrite.ogi-report.canonicalTable'] },
        });
        if (actions.length === 0) continue;
        rewritten++;
        const text = apply(seed.text, editsOf(actions[0].edit, uri));
        const again = checkText(text).model.tables.find((t) => t.tableId === table.tableId)!;
        assert.equal(again.layout, 'tabs');
        assert.equal(cellsKey(again), cellsKey(table), table.tableId);
      }
      assert.ok(rewritten >= 5, `${rewritten} tables rewritten`);
    });
  }

  it('fix-all takes in the fixes that only the fixed text offers: a wrong total, then the row it hid', async () => {
    const full = syntheticReport({ layout: 'tabs' });
    const text = full
      .replace('5.属于三类内部事务信息\t0\t0\t1\t0\t0\t0\t1', '5.属于三类内部事务信息\t0\t0\t1\t0\t0\t0\t9')
      .replace('1.属于国家秘密\t0\t0\t0\t2\t0\t0\t2\n', '');
    assert.notEqual(text, full);
    const uri = 'file:///fixall/cascade.txt';
    const published = await show(uri, text);
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.ogi-report'] },
    });
    assert.equal(apply(text, editsOf(action.edit, uri, published.version)), full);
  });
});

describe('hover', () => {
  const seed = seeds()[0];
  const uri = 'file:///hover/report.txt';
  const spec = tableSpec('2021', 'application')!;
  const section = format2021.sections[2];
  const label = (id: string) => rowLabel(spec.rows.find((r) => r.id === id)!);
  const column = (id: string) => spec.columns.find((c) => c.id === id)!.label;
  const hoverOn = async (offset: number) =>
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: new LineIndex(seed.text).positionAt(offset) });
  const cell = (row: string, col: string) =>
    checkText(seed.text).model.tables.find((t) => t.tableId === 'application')!.rows.find((r) => r.rowId === row)!.cells.find((c) => c.columnId === col)!;

  before(() => show(uri, seed.text));

  it('on a value: its row and column path', async () => {
    const hover = await hoverOn(cell('withheld1', 'natural').span.start);
    const value = (hover!.contents as { value: string }).value;
    assert.ok(value.includes(`${section.heading} › ${label('withheld')} › ${label('withheld1')} · ${column('natural')}`), value);
  });

  it('on a total: the identity with the actual numbers', async () => {
    const row = checkText(seed.text).model.tables.find((t) => t.tableId === 'application')!.rows.find((r) => r.rowId === 'received')!;
    const hover = await hoverOn(cell('received', 'total').span.start);
    const value = (hover!.contents as { value: string }).value;
    const addends = spec.columns.filter((c) => c.id !== 'total').map((c) => row.cells.find((x) => x.columnId === c.id)!.value);
    assert.ok(value.includes(`${column('total')} = ${spec.columns.slice(0, -1).map((c) => c.label).join(' + ')}`), value);
    assert.ok(value.includes(`${cell('received', 'total').value} = ${addends.join(' + ')} ✓`), value);
  });

  it('on a section heading: what the format requires there', async () => {
    const heading = checkText(seed.text).model.sections[2].heading;
    const hover = await hoverOn(heading.span.start + 1);
    assert.ok((hover!.contents as { value: string }).value.includes(section.requires.en));
  });
});

describe('code lenses, folding, formatting', () => {
  it('a lens over each table tells whether its arithmetic holds, and counts mismatches', async () => {
    const seed = seeds()[0];
    const uri = 'file:///lens/report.txt';
    await show(uri, seed.text);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, tableIds.length);
    assert.ok(lenses.every((l) => l.command?.title === 'Arithmetic: all consistent'));
    const model = checkText(seed.text).model;
    const total = model.tables.find((t) => t.tableId === 'application')!.rows[0].cells.at(-1)!;
    const broken = seed.text.slice(0, total.span.start) + '999' + seed.text.slice(total.span.end);
    const published = await show(uri, broken);
    const after = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const application = after[tableIds.indexOf('application')];
    const arithmetic = published.diagnostics.filter((d) => ['row-total', 'outcome-total', 'balance', 'group-total'].includes(String(d.code))).length;
    assert.ok(arithmetic > 0);
    assert.equal(application.command?.title, `Arithmetic: ${arithmetic} mismatch${arithmetic === 1 ? '' : 'es'}`);
  });

  for (const seed of seeds()) {
    it(`${seed.name}: folds every section and every table`, async () => {
      const uri = `file:///fold/${seed.name}`;
      await show(uri, seed.text);
      const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
      const model = checkText(seed.text).model;
      const index = new LineIndex(seed.text);
      for (const part of [...model.sections.map((s) => s.span), ...model.tables.map((t) => t.span)]) {
        const line = index.positionAt(part.start).line;
        assert.ok(folds.some((f) => f.startLine === line && f.endLine > line), `a fold starts on line ${line}`);
      }
    });

    it(`${seed.name}: formatting keeps every value and sentence, and is idempotent`, async () => {
      const uri = `file:///format/${seed.name}`;
      await show(uri, seed.text);
      const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
      assert.ok(edits.length > 0);
      const formatted = apply(seed.text, edits);
      const before = checkText(seed.text).model;
      const after = checkText(formatted).model;
      assert.deepEqual(after.tables.map(cellsKey), before.tables.map(cellsKey));
      assert.deepEqual(after.sections.map((s) => s.number), before.sections.map((s) => s.number));
      const prose = (text: string, model: typeof before) => {
        // Sentences: the text outside tables and headings (with their `#` marks and colon), white space aside.
        const heading = (h: { start: number; end: number }) => {
          let start = h.start;
          while (start > 0 && /[#＃ \t]/.test(text[start - 1])) start--;
          let end = h.end;
          while (/[:：]/.test(text[end] ?? '')) end++;
          return { start, end };
        };
        const headings = model.sections.flatMap((s) => [s.heading.span, ...s.subheadings.map((h) => h.span)]).map(heading);
        const cut = [...model.tables.map((t) => t.span), ...headings].sort((a, b) => b.start - a.start);
        let rest = text;
        for (const c of cut) rest = rest.slice(0, c.start) + rest.slice(c.end);
        return rest.replace(/\s+/g, '');
      };
      assert.equal(prose(formatted, after), prose(seed.text, before));
      await show(uri, formatted);
      const again = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
      assert.deepEqual(again, []);
    });
  }
});

describe('completion', () => {
  it('in an empty document: the whole report skeleton, which checks clean', async () => {
    const uri = 'untitled:new-report';
    await show(uri, '');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(items.length, 1);
    assert.equal(items[0].insertTextFormat, 2);
    const snippet = (items[0].textEdit as TextEdit).newText;
    const text = snippetText(snippet);
    const model = checkText(text).model;
    assert.deepEqual(model.sections.map((s) => s.heading.text), format2021.sections.map((s) => s.heading));
    assert.deepEqual(model.tables.map((t) => t.tableId), tableIds);
    const published = await show(uri, text);
    assert.deepEqual(published.diagnostics, []);
  });

  it('inside a table: the labels of the rows it lacks', async () => {
    const seed = seeds()[0];
    const uri = 'file:///complete/report.txt';
    const table = checkText(seed.text).model.tables.find((t) => t.tableId === 'application')!;
    const row = table.rows.find((r) => r.rowId === 'withheld3')!;
    const lineStart = seed.text.lastIndexOf('\n', row.labelSpan.start) + 1;
    const lineEnd = seed.text.indexOf('\n', row.labelSpan.start);
    const text = seed.text.slice(0, lineStart) + seed.text.slice(lineEnd + 1);
    await show(uri, text);
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: new LineIndex(text).positionAt(lineStart),
    });
    const spec = tableSpec('2021', 'application')!;
    assert.deepEqual(items.map((i) => i.label), [rowLabel(spec.rows.find((r) => r.id === 'withheld3')!)]);
  });
});

function contains(outer: { start: { line: number; character: number }; end: { line: number; character: number } }, inner: typeof outer): boolean {
  const le = (a: typeof outer.start, b: typeof outer.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function same(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
}
