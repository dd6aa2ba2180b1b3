// Bytes of a report file → text, detected exactly as the command-line checker does (BOMs,
// strict UTF-8, strict GB18030); undefined for binary or undecodable files.
import { detectEncoding } from '../../../server/src/cli/detectEncoding';

export function decodeText(bytes: Uint8Array): string | undefined {
  const detected = detectEncoding(bytes);
  return detected.ok ? detected.text : undefined;
}
