import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { fixText, MAX_ROUNDS } from '../../server/src/cli/fixText';
import { checkText, LineIndex } from '../../server/src/engine';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/engine/check';
import { syntheticReport } from '../support/reports';
import type { Diagnostic } from '../../server/src/engine';
import { fakeCheck } from './fakeEngine';

describe('fixText', () => {
  it('applies preferred fixes only and returns the findings of the fixed text', () => {
    const out = fixText('甲乙丙\n甲', (t) => fakeCheck(t));
    assert.equal(out.text, '乙乙丙\n乙');
    assert.deepEqual(out.result.diagnostics.map((d) => d.code), ['test-bing']);
    assert.deepEqual(out.initial.diagnostics.map((d) => d.code), ['test-jia', 'test-jia', 'test-bing']);
    assert.equal(out.rounds, 1);
  });

  it('removes more conversion leftovers than one check lists, round after round', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const debris = '[bookmark: _GoBack]'.repeat(MAX_FINDINGS_PER_RULE * 2 + 500);
    const out = fixText(clean.replace('\n', '\n' + debris + '\n'), (t) => checkText(t));
    assert.equal(out.text, clean.replace('\n', '\n\n'));
    assert.equal(out.rounds, 3);
    assert.equal(out.result.diagnostics.filter((d) => d.code === 'artifact').length, 0);
  });

  it('repeats while fixes reveal new findings', () => {
    // Each round shortens the longest run of A by one: AAAA → AAA → AA → A.
    const shorten = (text: string) => {
      const index = new LineIndex(text);
      const at = text.indexOf('AA');
      const diagnostics: Diagnostic[] =
        at < 0
          ? []
          : [{ code: 'aa', severity: 'error', message: 'AA', range: index.range({ start: at, end: at + 2 }), related: [], fixes: [{ title: 'A', preferred: true, edits: [{ range: index.range({ start: at, end: at + 2 }), newText: 'A' }] }] }];
      return { formatVersion: '2021' as const, diagnostics };
    };
    const out = fixText('xAAAAy', shorten);
    assert.equal(out.text, 'xAy');
    assert.equal(out.rounds, 3);
    assert.deepEqual(out.result.diagnostics, []);
  });

  it(`stops after ${MAX_ROUNDS} rounds when fixes never converge`, () => {
    let calls = 0;
    const forever = (text: string) => {
      calls++;
      const range = new LineIndex(text).range({ start: text.length, end: text.length });
      return { formatVersion: '2021' as const, diagnostics: [{ code: 'more', severity: 'error' as const, message: 'more', range, related: [], fixes: [{ title: '+', preferred: true, edits: [{ range, newText: '+' }] }] }] };
    };
    const out = fixText('', forever);
    assert.equal(out.rounds, MAX_ROUNDS);
    assert.equal(out.text, '+'.repeat(MAX_ROUNDS));
    assert.equal(calls, MAX_ROUNDS + 1);
  });

  it('writes inserted line breaks the way the file does', () => {
    assert.equal(fixText('a【换行】b\r\nc', (t) => fakeCheck(t)).text, 'a\r\nb\r\nc');
    assert.equal(fixText('a【换行】b\nc', (t) => fakeCheck(t)).text, 'a\nb\nc');
    assert.equal(fixText('a【换行】b', (t) => fakeCheck(t)).text, 'a\nb');
  });

  it('skips a fix whose own edits overlap, applying the others', () => {
    const broken = (text: string) => {
      const result = fakeCheck(text);
      if (!text.includes('甲')) return result;
      const range = new LineIndex(text).range({ start: 0, end: 2 });
      const bad: Diagnostic = { code: 'bad', severity: 'error', message: 'bad', range, related: [], fixes: [{ title: 'bad', preferred: true, edits: [{ range, newText: 'x' }, { range, newText: 'y' }] }] };
      return { ...result, diagnostics: [bad, ...result.diagnostics] };
    };
    assert.equal(fixText('丙丙丙甲', broken).text, '丙丙丙乙');
  });

  it('applies many fixes on a large text in one round', () => {
    const n = 100_000;
    const text = 'ab\n'.repeat(n);
    let calls = 0;
    const everyA = (t: string) => {
      const index = new LineIndex(t);
      const diagnostics: Diagnostic[] = [];
      if (calls++ === 0) {
        for (let i = 0; i < n; i++) {
          const range = index.range({ start: i * 3, end: i * 3 + 1 });
          diagnostics.push({ code: 'a', severity: 'warning', message: 'a', range, related: [], fixes: [{ title: 'x', preferred: true, edits: [{ range, newText: 'x' }] }] });
        }
      }
      return { formatVersion: '2021' as const, diagnostics };
    };
    const out = fixText(text, everyA);
    assert.equal(out.text, 'xb\n'.repeat(n));
    assert.equal(out.rounds, 1);
  });

  it('leaves text without preferred fixes alone', () => {
    const out = fixText('丙丁', (t) => fakeCheck(t));
    assert.equal(out.text, '丙丁');
    assert.equal(out.rounds, 0);
  });
});
