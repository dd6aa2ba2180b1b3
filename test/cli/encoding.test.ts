import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import fc from 'fast-check';
import { decodeBytes, decodeUtf8Fast, encodeText, lineEnding } from '../../server/src/cli/encoding';
import type { TextEncoding } from '../../server/src/cli/encoding';

const TEXT = '红旗区卫生健康委员会2025年政府信息公开工作年度报告\r\n一、总体情况\r\n“引号”—— 𠀀 ½ €\r\n';

function utf16be(text: string): Buffer {
  const b = Buffer.from(text, 'utf16le');
  b.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
}

const samples: [TextEncoding, Buffer][] = [
  ['utf8', Buffer.from(TEXT, 'utf8')],
  ['utf8bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
  ['utf16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
  ['utf16be', utf16be(TEXT)],
  ['gb18030', iconv.encode(TEXT, 'gb18030')],
];

describe('decodeBytes / encodeText', () => {
  for (const [encoding, bytes] of samples) {
    it(`detects ${encoding} and encodes back to the same bytes`, () => {
      const decoded = decodeBytes(bytes);
      assert.ok(decoded.ok);
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.text, TEXT);
      assert.equal(decoded.roundTrips, true);
      assert.deepEqual(Buffer.from(encodeText(decoded.text, encoding)), bytes);
    });
  }

  it('reads plain GBK (the common legacy encoding) as GB18030', () => {
    const gbk = iconv.encode('政府信息公开工作年度报告\n收到申请 12 件', 'gbk');
    const decoded = decodeBytes(gbk);
    assert.ok(decoded.ok);
    assert.equal(decoded.encoding, 'gb18030');
    assert.equal(decoded.text, '政府信息公开工作年度报告\n收到申请 12 件');
    assert.deepEqual(Buffer.from(encodeText(decoded.text, 'gb18030')), gbk);
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    const decoded = decodeBytes(Buffer.from('plain ASCII report\n'));
    assert.ok(decoded.ok);
    assert.equal(decoded.encoding, 'utf8');
  });

  it('keeps a U+FEFF that is content after the BOM', () => {
    const decoded = decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, '\ufeffA');
  });

  it('flags GB18030 bytes that would not encode back the same (0x80 decodes to €)', () => {
    const bytes = Buffer.concat([iconv.encode('报告', 'gb18030'), Buffer.from([0x80])]);
    const decoded = decodeBytes(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.encoding, 'gb18030');
    assert.equal(decoded.roundTrips, false);
  });

  it('calls NUL bytes binary', () => {
    assert.deepEqual(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), { ok: false, reason: 'binary' });
    assert.deepEqual(decodeBytes(Buffer.from('abc\0def')), { ok: false, reason: 'binary' });
    // A UTF-16 BOM does not make NUL characters text.
    assert.deepEqual(decodeBytes(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0])), { ok: false, reason: 'binary' });
  });

  it('calls text full of control characters binary', () => {
    const bytes = Buffer.alloc(1000, 0x41);
    for (let i = 0; i < 1000; i += 20) bytes[i] = 0x01;
    assert.deepEqual(decodeBytes(bytes), { ok: false, reason: 'binary' });
  });

  it('reports bytes no decoder accepts as undecodable', () => {
    assert.deepEqual(decodeBytes(Buffer.from([0x41, 0xff, 0xff, 0x42])), { ok: false, reason: 'undecodable' });
    // Odd length UTF-16 and a lone surrogate are not text either.
    assert.equal(decodeBytes(Buffer.from([0xff, 0xfe, 0x41])).ok, false);
    assert.equal(decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8])).ok, false);
  });

  it('decodes an empty file as empty UTF-8 text', () => {
    assert.deepEqual(decodeBytes(Buffer.alloc(0)), { ok: true, text: '', encoding: 'utf8', roundTrips: true });
  });

  it('decodes and re-encodes a 12 MB file', () => {
    const line = '（一）收到和处理政府信息公开申请情况 123\n';
    const big = Buffer.from(line.repeat(Math.ceil((12 * 1024 * 1024) / Buffer.byteLength(line))), 'utf8');
    const decoded = decodeBytes(big);
    assert.ok(decoded.ok);
    assert.equal(Buffer.from(encodeText(decoded.text, decoded.encoding)).equals(big), true);
  });
});

describe('lineEnding', () => {
  it('finds the first line break', () => {
    assert.equal(lineEnding('a\r\nb\nc'), '\r\n');
    assert.equal(lineEnding('a\nb\r\n'), '\n');
    assert.equal(lineEnding('a\rb'), '\r');
    assert.equal(lineEnding('one line'), undefined);
  });
});

describe('decodeUtf8Fast', () => {
  const reference = (bytes: Uint8Array): string | undefined => {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };

  it('decodes as the strict TextDecoder does, at the edges of UTF-8', () => {
    const cases = [
      '', // empty file
      'efbbbfefbbbf41', // BOMs that are content are kept
      'efbfbeefbfbf', // noncharacters are valid
      'f48fbfbf', // U+10FFFF
      'f0a08080', // an astral ideograph
      'c080', // overlong
      'eda080', // an encoded surrogate
      'f4908080', // beyond U+10FFFF
      'e282', // truncated
      '80', // a lone continuation byte
      'e4b8ade69687ff', // valid, then a byte that never occurs in UTF-8
    ];
    for (const hex of cases) assert.equal(decodeUtf8Fast(Buffer.from(hex, 'hex')), reference(Buffer.from(hex, 'hex')), hex);
  });

  it('decodes any text and any bytes as the strict TextDecoder does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(decodeUtf8Fast(bytes), reference(bytes));
    }));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => assert.equal(decodeUtf8Fast(bytes), reference(bytes))));
  });

  it('reads a part of a larger buffer (the text after a BOM)', () => {
    const bytes = Buffer.from('\ufeff前言 text', 'utf8');
    assert.equal(decodeUtf8Fast(bytes.subarray(3)), '前言 text');
  });
});
