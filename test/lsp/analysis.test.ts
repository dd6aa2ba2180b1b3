// The analyzer's helpers, in-process: cheaper paths must give what the full check gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/engine';
import { titleOf } from '../../server/src/lsp/analysis';
import { seeds } from './client';

describe('titleOf', () => {
  const fromFullCheck = (text: string) => {
    const title = checkText(text.slice(0, 3000)).model.title;
    return title?.agency && title.year !== undefined ? { agency: title.agency.replace(/\s+/g, ''), year: title.year } : undefined;
  };

  it('reads the same agency and year as a full check of the head', () => {
    for (const { name, text } of seeds()) assert.deepEqual(titleOf(text), fromFullCheck(text), name);
  });

  it('finds nothing where the check finds no title', () => {
    for (const text of ['', '一些文字\n\n没有标题', '# 年度报告\n']) assert.deepEqual(titleOf(text), fromFullCheck(text), text);
  });
});
