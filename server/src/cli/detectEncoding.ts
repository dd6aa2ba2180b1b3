// Detects how a report file is encoded and decodes it — BOMs first, then strict UTF-8, then
// strict GB18030 (a superset of GBK). Only TextDecoder: no Node module, so the extension's
// workspace check (which may run in a browser bundle) decodes exactly as the CLI does.

export type TextEncoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'gb18030';

export type Detected =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: 'binary' | 'undecodable' };

export const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Share of control characters (beyond tab, line breaks, form feed, ESC) from which a text is called binary. */
const CONTROL_SHARE = 0.01;
const SAMPLE_CHARS = 65536;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes strict UTF-8 (BOM already cut off), or gives undefined for invalid input. */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

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

const strictUtf8: Utf8Decoder = (bytes) => strictDecode('utf-8', bytes);

/** `decodeUtf8` lets the CLI plug in a faster Node-only decoder that must give the same results. */
export function detectEncoding(bytes: Uint8Array, decodeUtf8: Utf8Decoder = strictUtf8): Detected {
  let text: string | undefined;
  let encoding: TextEncoding;
  if (startsWith(bytes, UTF8_BOM)) {
    encoding = 'utf8bom';
    text = decodeUtf8(bytes.subarray(3));
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
    text = decodeUtf8(bytes);
    if (text === undefined) {
      encoding = 'gb18030';
      text = strictDecode('gb18030', bytes);
    }
  }
  if (text === undefined) return { ok: false, reason: looksBinaryBytes(bytes) ? 'binary' : 'undecodable' };
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding };
}
