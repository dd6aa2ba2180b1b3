// The preview's HTML: strict CSP with a nonce, no remote resources, theme colours only.
import type { PreviewModel, PreviewTable } from './tablesModel';

export interface PreviewTexts {
  notFound: string;
  empty: string;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function bodyHtml(model: PreviewModel, texts: PreviewTexts): string {
  const parts: string[] = [];
  if (model.title) parts.push(`<h1>${escape(model.title)}</h1>`);
  for (const section of model.sections) {
    parts.push(`<h2>${escape(section.heading)}</h2>`);
    for (const table of section.tables) parts.push(tableHtml(table, texts));
  }
  return parts.length ? parts.join('\n') : `<p>${escape(texts.empty)}</p>`;
}

function tableHtml(table: PreviewTable, texts: PreviewTexts): string {
  const head = table.header
    .map((row) => {
      const cells = row
        .map((c) => `<th${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}>${escape(c.text)}</th>`)
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  const width = Math.max(...table.rows.map((r) => r.cells.length), 0);
  const body = table.rows
    .map((row) => {
      const label = row.label
        ? `<th scope="row" class="label depth-${row.label.depth}"${row.group ? ` colspan="${width + 1}"` : ''}${spanAttrs(row.label.span)}>${escape(row.label.text)}</th>`
        : '';
      const cells = row.cells
        .map((c) => {
          const classes = [c.failed ? 'failed' : '', c.findings.length && !c.failed ? 'finding' : '', c.span ? 'cell' : 'missing'].filter(Boolean).join(' ');
          const title = c.findings.length ? ` title="${escape(c.findings.join('\n'))}"` : '';
          return `<td class="${classes}"${title}${spanAttrs(c.span)}>${escape(c.text)}</td>`;
        })
        .join('');
      return `<tr${row.group ? ' class="group"' : ''}>${label}${cells}</tr>`;
    })
    .join('');
  const note = table.found ? '' : `<p class="note">${escape(texts.notFound)}</p>`;
  return `<section class="table" data-table="${escape(table.tableId)}"><h3>${escape(table.title)}</h3>${note}<table><thead>${head}</thead><tbody>${body}</tbody></table></section>`;
}

function spanAttrs(span?: { start: number; end: number }): string {
  return span ? ` data-start="${span.start}" data-end="${span.end}" tabindex="0"` : '';
}

export function pageHtml(body: string, nonce: string, cspSource: string, lang: string): string {
  return `<!DOCTYPE html>
<html lang="${escape(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  h1 { font-size: 1.3em; } h2 { font-size: 1.15em; margin-top: 1.5em; } h3 { font-size: 1em; }
  table { border-collapse: collapse; margin-bottom: 1em; }
  th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); padding: 2px 6px; }
  thead th { background: var(--vscode-editorWidget-background); font-weight: 600; }
  th.label { text-align: left; font-weight: normal; }
  th.depth-1 { padding-left: 1.5em; } th.depth-2 { padding-left: 3em; }
  tr.group th.label { font-weight: 600; }
  td { text-align: right; font-variant-numeric: tabular-nums; min-width: 2.5em; }
  td.cell, th[data-start] { cursor: pointer; }
  td.cell:hover, th[data-start]:hover { outline: 1px solid var(--vscode-focusBorder); }
  td.failed { color: var(--vscode-errorForeground); background: var(--vscode-inputValidation-errorBackground); border-color: var(--vscode-inputValidation-errorBorder, var(--vscode-errorForeground)); font-weight: 600; }
  td.finding { color: var(--vscode-editorWarning-foreground); }
  td.missing { background: var(--vscode-editorGutter-background); }
  .note { color: var(--vscode-descriptionForeground); font-style: italic; }
</style>
</head>
<body>
<main id="content">${body}</main>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  content.addEventListener('click', (event) => {
    const cell = event.target.closest('[data-start]');
    if (cell) vscode.postMessage({ type: 'select', start: Number(cell.dataset.start), end: Number(cell.dataset.end) });
  });
  content.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target.dataset && event.target.dataset.start) event.target.click();
  });
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'update') content.innerHTML = event.data.html;
  });
</script>
</body>
</html>`;
}
