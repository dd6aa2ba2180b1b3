// What a person sees: loads the extension in code-server (VS Code 1.100.3, Node extension host)
// in headless Debian chromium, opens real reports and asserts on the workbench DOM — squiggles,
// the hover, the Problems panel and its count, the Outline, the quick-fix menu, the status bar,
// the table preview (it follows the active editor; a red cell; a click selects it) — saving
// screenshots on the way. A timeout names the step it waited for and what was on screen.
// Usage: node ui-check.mjs <extensionDevelopmentPath> <workspaceFolder> <screenshotDir>
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const [extDev, folder, shots] = process.argv.slice(2, 5).map((p) => resolve(p));
const REPORT = '004_9bb8fdc409908855.txt';
const PORT = Number(process.env.CS_PORT || 8124);
mkdirSync(shots, { recursive: true });
const t0 = Date.now();
const step = (s) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
let server, browser, page;
let code = 1;
let pending = 'the workbench';
/** Names what the check waits for next, so that a timeout says which step did not happen. */
const expect = (what) => { pending = what; };
const consoleErrors = [];

/** Runs a command from the palette (F1), as a person would; retries if focus moves away meanwhile. */
async function command(title) {
  const widget = page.locator('.quick-input-widget');
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      await widget.waitFor({ state: 'visible', timeout: 10000 });
      await widget.locator('input').first().fill('>' + title, { timeout: 10000 });
      await widget.locator('.monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden', timeout: 10000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      step(`palette: retrying "${title}" (${e.message.split('\n')[0]})`);
      await page.keyboard.press('Escape');
    }
  }
}

/** Moves the cursor of the active editor (Go to Line). */
async function goTo(lineColumn) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(':' + lineColumn);
  await page.keyboard.press('Enter');
}

/** What is on screen, for a failure message: the tabs, the active one, webviews, notifications. */
async function workbenchState() {
  try {
    return await page.evaluate(() => {
      const texts = (sel) => [...document.querySelectorAll(sel)].map((e) => (e.textContent || '').trim().slice(0, 120));
      return [
        `tabs: ${texts('.tabs-container .tab').join(' | ')}`,
        `active tab: ${texts('.editor-group-container.active .tab.active').join(' | ')}`,
        `webview frames: ${[...document.querySelectorAll('iframe.webview')].map((f) => f.className).join(' | ') || 'none'}`,
        `notifications: ${texts('.notification-list-item-message').join(' | ') || 'none'}`,
      ].join('; ');
    });
  } catch (e) {
    return `workbench state unavailable: ${e.message.split('\n')[0]}`;
  }
}

try {
  server = await startServer(PORT);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.setDefaultTimeout(60000);
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text().slice(0, 300)));
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${PORT}${extDev}`], ['skipWelcome', 'true']]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
  expect(`${REPORT} in the Explorer`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: REPORT }).click();
  step(`opened ${REPORT} from the Explorer`);

  // 1. Squiggles and the hover on an error.
  expect('an error squiggle');
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  await squiggle.waitFor();
  step('error squiggle visible');
  // The column-count error starts line 36: go there and ask for the hover (Ctrl+K Ctrl+I).
  expect('the hover with the column-count finding');
  await goTo('36:1');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'column-count' }).first();
  await hover.waitFor();
  step('hover shows the column-count finding');
  await page.screenshot({ path: join(shots, 'inline-error-hover.png') });

  // 2. The status bar: `Report 2024 · N errors` (zh: `年报 2024 · N 错误`).
  expect('the status bar item with the year and errors');
  await page.locator('.statusbar-item', { hasText: /(Report|年报) \d{4} · \d+/ }).first().waitFor();
  step('status bar shows the report year and its errors');

  // 3. Problems panel with its count.
  await page.keyboard.press('Escape');
  expect('column-count in the Problems panel');
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'column-count' }).first().waitFor();
  const badge = await page.locator('.composite.title .badge-content, .pane-header .badge-content, .panel .action-item .badge-content').first().textContent().catch(() => '');
  step(`Problems panel lists column-count (count badge: ${badge || 'n/a'})`);
  if (badge && !(Number(badge) > 0)) throw new Error(`Problems count is ${badge}`);
  await page.screenshot({ path: join(shots, 'problems.png') });

  // 4. Outline: the title, the sections and their parts (the panel closed to make room).
  expect('the Outline rows');
  await page.keyboard.press('Control+J');
  await page.locator('.pane-header', { hasText: 'Outline' }).click();
  const outline = page.locator('.outline-pane .monaco-list-row');
  await outline.filter({ hasText: '政府信息公开工作年度报告' }).first().waitFor();
  await outline.filter({ hasText: '总体情况' }).first().waitFor();
  await outline.filter({ hasText: '主动公开' }).first().waitFor();
  step(`Outline shows the title, the sections and sub-headings (${await outline.count()} rows visible)`);
  await page.screenshot({ path: join(shots, 'outline.png') });

  // 5. The quick-fix menu on a mislabelled row (`2.其他法律法规禁止公开`).
  expect('the quick-fix menu with the official label');
  await goTo('44:4');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget', { hasText: '其他法律行政法规禁止公开' }).first();
  await menu.waitFor();
  step('quick-fix menu offers the official label');
  await page.screenshot({ path: join(shots, 'quick-fix.png') });
  await page.keyboard.press('Escape');

  // 6. The table preview: opened on the 004 report (tables, no red cell), it follows the active
  //    editor to the example report, whose wrong total shows as a red cell; a click selects it.
  //    The webview loads through a service worker in the browser; should it not come up, a person
  //    would close it and open it again.
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  for (let attempt = 1; ; attempt++) {
    expect(`the preview's button (attempt ${attempt})`);
    await page.locator('.editor-group-container.active .editor-actions .action-label[aria-label*="Preview Tables"]').first().click();
    expect(`the 004 report's tables in the preview (attempt ${attempt})`);
    try {
      await webview.locator('td').first().waitFor({ timeout: attempt === 1 ? 30000 : 60000 });
      break;
    } catch (e) {
      if (attempt === 2) throw e;
      step(`preview: no table after 30 s; closing and reopening it (${await workbenchState()})`);
      await page.locator('.tabs-container .tab', { hasText: 'Tables' }).first().locator('.codicon-close').click().catch(() => {});
      await page.locator('.tabs-container .tab', { hasText: REPORT }).first().click();
    }
  }
  const redIn004 = await webview.locator('td.failed').count();
  step(`preview shows the 004 report's tables (${await webview.locator('table').count()} tables, ${redIn004} red cells)`);
  if (redIn004 !== 0) throw new Error(`the 004 report's tables have no arithmetic error, but ${redIn004} cells are red`);
  expect('the example report to open as the active editor');
  await command('Open an Example Report');
  await page.locator('.editor-group-container.active .tab.active', { hasText: 'Untitled' }).first().waitFor();
  await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor();
  expect('the preview to follow the example report and show a red cell');
  const red = webview.locator('td.failed').first();
  await red.waitFor();
  const tooltip = await red.getAttribute('title');
  step(`preview shows a red cell with the finding as tooltip: ${tooltip?.split('\n')[0]}`);
  if (!tooltip) throw new Error('red cell without a tooltip');
  await red.scrollIntoViewIfNeeded();
  await red.hover();
  await page.screenshot({ path: join(shots, 'table-preview.png') });
  expect('the clicked cell to be selected in the editor');
  await red.click();
  await page.locator('.monaco-editor .selected-text').first().waitFor();
  step('clicking the cell selected it in the editor');
  // 7. 检查全部年报: a progress notification, then the summary.
  expect('the workspace check to report its summary');
  await command('Check All Reports in the Workspace');
  const summary = page.locator('.notification-toast', { hasText: /\d+ reports: \d+ errors, \d+ warnings/ }).first();
  await summary.waitFor();
  step(`workspace check: ${(await summary.locator('.notification-list-item-message').first().textContent())?.trim()}`);

  code = 0;
} catch (e) {
  console.log(`FAIL while waiting for ${pending}:`, e.message.split('\n')[0]);
  if (page) console.log(await workbenchState());
  for (const line of consoleErrors.slice(-10)) console.log('  browser console error:', line);
  if (page) await page.screenshot({ path: join(shots, '..', '..', 'out', 'ui-check-failure.png') }).catch(() => {});
} finally {
  await browser?.close();
  server?.kill();
  console.log(code ? 'UI CHECK FAILED' : 'UI CHECK PASSED');
  process.exit(code);
}
