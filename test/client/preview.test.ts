// The table preview's model and HTML, without an editor: headers from the format data,
// failing sums marked with their finding, a strict CSP and escaped text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, format2019, format2021 } from '../../server/src/engine';
import { renderReport } from '../../server/src/engine/render/report';
import { bodyHtml, newNonce, pageHtml } from '../../client/src/preview/html';
import { previewModel } from '../../client/src/preview/tablesModel';

const application = format2021.tables.find((t) => t.section === 3)!;
const texts = { notFound: 'not found', empty: 'empty' };

function report(received: number[]) {
  const values = new Map([[application.id, new Map([['received', received], ['disclosed', received.slice()], ['resultsTotal', received.slice()]])]]);
  return checkText(renderReport({ agency: '某市某局', year: 2024, values }));
}

test('a clean skeleton: sections 二, 三, 四 with every official table found and nothing red', () => {
  const model = previewModel(checkText(renderReport({ agency: '某市某局', year: 2024 })));
  assert.deepEqual(model.sections.map((s) => s.heading), format2021.sections.filter((s) => [2, 3, 4].includes(s.number)).map((s) => s.heading));
  const tables = model.sections.flatMap((s) => s.tables);
  assert.deepEqual(tables.map((t) => t.tableId), format2021.tables.map((t) => t.id));
  assert.ok(tables.every((t) => t.found));
  assert.equal(model.failedCells, 0);
});

test('the application table header carries the official column labels and groups', () => {
  const model = previewModel(report([1, 0, 0, 0, 0, 0, 1]));
  const table = model.sections.flatMap((s) => s.tables).find((t) => t.tableId === application.id)!;
  const headerTexts = table.header.flat().map((c) => c.text);
  for (const c of application.columns) assert.ok(headerTexts.includes(c.label), c.label);
  for (const w of application.headerWords) assert.ok(headerTexts.includes(w), w);
  // Every body row is as wide as the header: label + one cell per column.
  const width = table.header[0].reduce((n, c) => n + (c.colspan ?? 1), 0);
  for (const row of table.rows.filter((r) => !r.group)) assert.equal(row.cells.length + 1, width);
});

test('a wrong total is red, with the finding as tooltip, and points at its text', () => {
  const result = report([2, 1, 0, 0, 0, 0, 4]);
  const model = previewModel(result);
  assert.ok(model.failedCells > 0);
  const failed = model.sections.flatMap((s) => s.tables).flatMap((t) => t.rows).flatMap((r) => r.cells).filter((c) => c.failed);
  const total = failed.find((c) => c.text === '4');
  assert.ok(total?.span, 'the wrong total is among the red cells');
  assert.equal(result.model.text.slice(total.span.start, total.span.end), '4');
  assert.ok(total.findings.some((f) => f.includes('3')), total.findings.join());
  const html = bodyHtml(model, texts);
  assert.match(html, /<td class="failed cell" title="[^"]+" data-start="\d+" data-end="\d+"/);
});

test('the page has a strict CSP with a nonce and loads nothing remote', () => {
  const nonce = newNonce();
  assert.match(nonce, /^[0-9a-f]{32}$/);
  assert.notEqual(nonce, newNonce());
  const page = pageHtml(bodyHtml(previewModel(report([1, 0, 0, 0, 0, 0, 1])), texts), nonce, 'vscode-webview://abc', 'zh-cn');
  assert.match(page, new RegExp(`default-src 'none'; style-src vscode-webview://abc 'nonce-${nonce}'; script-src 'nonce-${nonce}';`));
  assert.equal((page.match(/<script /g) ?? []).length, (page.match(new RegExp(`<script nonce="${nonce}"`, 'g')) ?? []).length);
  assert.doesNotMatch(page, /https?:\/\//);
  assert.doesNotMatch(page, /\son\w+=/, 'no inline event handlers');
});

test('text from the report is escaped', () => {
  const result = checkText(renderReport({ agency: '<script>alert(1)</script>局', year: 2024 }));
  const html = bodyHtml(previewModel(result), texts);
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /&lt;script&gt;/);
});

test('a 2020 report is previewed with the 2019 tables', () => {
  const model = previewModel(checkText(renderReport({ agency: '某市某局', year: 2020 })));
  assert.equal(model.formatVersion, '2019');
  assert.deepEqual(model.sections.flatMap((s) => s.tables).map((t) => t.tableId), format2019.tables.map((t) => t.id));
  assert.ok(model.sections.flatMap((s) => s.tables).every((t) => t.found));
});
