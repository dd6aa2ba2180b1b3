// Detects how a report file is encoded and turns text back into the same bytes.
// Detection, not assumption: BOMs first, then strict UTF-8, then strict GB18030 (a superset of GBK).
import * as iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; /** False when encodeText would not give back the same bytes. */ roundTrips: boolean }
  | { ok: false; reason: 'binary' | 'undecodable' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Share of control characters (beyond tab, line breaks, form feed, ESC) from which a text is called binary. */
const CONTROL_SHARE = 0.01;
const SAMPLE_CHARS = 65536;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strictDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a U+FEFF that is content (the BOM itself is cut off before this call).
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL or many control characters: what binary data looks like once decoded. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return controls > 0 && controls >= sample.length * CONTROL_SHARE;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string | undefined;
  let encoding: TextEncoding;
  if (startsWith(bytes, UTF8_BOM)) {
    encoding = 'utf8bom';
    text = strictDecode('utf-8', bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf16le';
    text = strictDecode('utf-16le', bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf16be';
    text = strictDecode('utf-16be', bytes.subarray(2));
  } else {
    // Without a BOM a NUL byte means binary (UTF-16 without BOM is not supported).
    if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary' };
    encoding = 'utf8';
    text = strictDecode('utf-8', bytes);
    if (text === undefined) {
      encoding = 'gb18030';
      text = strictDecode('gb18030', bytes);
    }
  }
  if (text === undefined) return { ok: false, reason: looksBinaryBytes(bytes) ? 'binary' : 'undecodable' };
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  // UTF-8 and UTF-16 decoded strictly always round-trip; GB18030 has a few one-way mappings (e.g. 0x80).
  const roundTrips = encoding !== 'gb18030' || Buffer.from(encodeText(text, encoding)).equals(Buffer.from(bytes));
  return { ok: true, text, encoding, roundTrips };
}

/** For input no decoder accepts: control bytes below 0x20 mark it as binary rather than text in an unknown encoding. */
function looksBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return controls > 0 && controls >= n * CONTROL_SHARE;
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const body = Buffer.from(text, 'utf16le');
      body.swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
    }
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

/** The line break the text uses (the first one found), so inserted text can follow it. */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' | undefined {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? (m[0] as '\n' | '\r\n' | '\r') : undefined;
}
