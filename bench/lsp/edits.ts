// The edits an editor sends while someone types, timed over the protocol: shared by the
// server measures of `npm run bench`, the prior-year lookup among them.
import { LineIndex } from '../../server/src/engine';
import type { LspClient } from './client';

const LANGUAGE = 'ogi-report';

/** A predicate for the publishDiagnostics of `uri` (at `version`, when given and versioned). */
export const published = (uri: string, version?: number) => (m: { method?: string; params?: any }) =>
  m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && (version === undefined || m.params.version === undefined || m.params.version === version);

/** Opens a document at version 1 and waits for its first diagnostics. */
export async function openReport(client: LspClient, uri: string, text: string): Promise<any[]> {
  const first = client.waitFor(published(uri, 1), 60_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: LANGUAGE, version: 1, text } });
  return (await first).params.diagnostics;
}

/**
 * Single-character edits of an open document (at version 1): one digit of the prose replaced
 * and put back, alternately. Returns the ms from each didChange to its fresh diagnostics.
 */
export async function digitEdits(client: LspClient, uri: string, text: string, edits: number): Promise<number[]> {
  const index = new LineIndex(text);
  const digits = [...text.matchAll(/\d/g)].map((m) => m.index!).filter((i) => i > text.length / 10);
  const at = index.positionAt(digits[Math.floor(digits.length / 3)]);
  const original = text[index.offsetAt(at)];
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const version = i + 2;
    const newText = i % 2 === 0 ? (original === '9' ? '8' : '9') : original;
    const fresh = client.waitFor(published(uri, version), 60_000);
    const start = process.hrtime.bigint();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: newText }],
    });
    await fresh;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}
