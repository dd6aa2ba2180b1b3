// A half-written report over the real protocol: its diagnostics come without the costly fix
// checks (one check per keystroke, not one per missing section), and the fixes offered as code
// actions are still exactly the checked fixes the engine gives.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { CodeActionTriggerKind } from 'vscode-languageserver-protocol';
import { checkText, fixAllEdits } from '../../server/src/engine';
import { layouts, syntheticReport } from '../support/reports';
import { TestClient } from './client';
import { editsOf, essentials, expectedDiagnostics } from './helpers';

let client: TestClient;
before(async () => (client = await TestClient.start({ locale: 'en' })));
after(async () => assert.equal(await client.stop(), 0));

/**
 * Reports cut short, as while drafting: sections, tables and rows missing. In the tab-separated
 * one cut at 25 % the check drops the fixes of its missing rows (inserting them would add errors).
 */
const drafts = [
  ...layouts.map((layout) => ({ layout, share: 0.45 })),
  { layout: 'tabs' as const, share: 0.25 },
].map(({ layout, share }) => {
  const full = syntheticReport({ layout });
  return { layout: `${layout} ${share * 100} %`, text: full.slice(0, Math.floor(full.length * share)) };
});

const fixCount = (r: ReturnType<typeof checkText>) => r.diagnostics.reduce((n, d) => n + d.fixes.length, 0);

it('one draft has fixes the check drops, so the tests below see deferred checks at work', () => {
  const dropping = drafts.filter(({ text }) => fixCount(checkText(text, { deferFixChecks: true })) > fixCount(checkText(text)));
  assert.ok(dropping.length > 0);
});

const range0 = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('fixes of a half-written report', () => {
  for (const { layout, text } of drafts) {
    it(`${layout}: the findings are the engine's, and each quick fix is one the engine keeps after checking`, async () => {
      const uri = `file:///draft/${encodeURIComponent(layout)}.txt`;
      await client.open(uri, text, 'ogi-report', 1);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      assert.deepEqual(essentials(published.diagnostics), expectedDiagnostics(text, { locale: 'en' }));
      const engine = checkText(text, { locale: 'en' });
      let offered = 0;
      for (const [i, d] of published.diagnostics.entries()) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d], only: ['quickfix'] },
        });
        const mine = actions.filter((a) => a.diagnostics?.[0]?.range && JSON.stringify(a.diagnostics[0].range) === JSON.stringify(d.range) && a.diagnostics[0].code === d.code);
        // Findings at the same range share their actions; compare with every engine finding there.
        const expected = engine.diagnostics
          .filter((e) => JSON.stringify(e.range) === JSON.stringify(d.range) && e.code === d.code)
          .flatMap((e) => e.fixes.map((f) => f.title));
        assert.deepEqual(mine.map((a) => a.title).sort(), [...expected].sort(), `finding ${i} ${d.code}`);
        offered += mine.length;
      }
      assert.ok(offered > 0, 'the draft has fixes to offer');
      await client.close(uri);
    });

    it(`${layout}: fix-all applies the engine's checked preferred fixes; the light bulb's automatic request leaves it out`, async () => {
      const uri = `file:///draft-all/${encodeURIComponent(layout)}.txt`;
      await client.open(uri, text, 'ogi-report', 1);
      await client.waitForDiagnostics(uri, (p) => p.version === 1);
      const automatic = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: range0,
        context: { diagnostics: [], triggerKind: CodeActionTriggerKind.Automatic },
      });
      assert.equal(automatic.filter((a) => a.kind === 'source.fixAll.ogi-report').length, 0);
      const asked = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: range0,
        context: { diagnostics: [], only: ['source.fixAll.ogi-report'], triggerKind: CodeActionTriggerKind.Automatic },
      });
      const engine = checkText(text, { locale: 'en' });
      const expected = fixAllEdits(engine, { locale: 'en' });
      assert.equal(asked.length, 1);
      assert.deepEqual(editsOf(asked[0].edit, uri, 1), expected);
      await client.close(uri);
    });
  }
});
