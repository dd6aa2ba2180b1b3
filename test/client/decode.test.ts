// Report files as the workspace check reads them: UTF-8 (with or without BOM) or GB18030.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from '../../client/src/commands/decode';

const title = '某市某局2024年政府信息公开工作年度报告\n一、总体情况\n';

test('UTF-8, with and without a BOM', () => {
  assert.equal(decodeText(new TextEncoder().encode(title)), title);
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(title)])), title);
});

test('GBK / GB18030 files written by Chinese Windows tools', () => {
  const bytes = new Uint8Array(iconv.encode(title, 'gbk'));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  assert.equal(decodeText(bytes), title);
});

test('UTF-16 with a BOM, and binary files, exactly as the command line reads them', () => {
  assert.equal(decodeText(new Uint8Array(iconv.encode(title, 'utf16le', { addBOM: true }))), title);
  assert.equal(decodeText(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10])), undefined);
});
