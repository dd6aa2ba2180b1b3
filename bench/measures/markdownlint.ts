// Side by side with markdownlint 0.40 (library, in-process, default rules) on the same
// Markdown text: seed 001 and the Markdown reports of the corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engine } from '../lib/engine';
import type { Measure } from '../lib/result';
import { bestOf } from '../lib/stats';

const { checkText } = engine;

type Lint = (options: { strings: Record<string, string> }) => unknown;

/** Seed 001 as kept in the repository's fixtures, so the bench needs nothing outside the clone. */
export const SEED_001 = join(import.meta.dirname, '../../test/fixtures/real/001_d36b8a0ea61a1290.txt');

export async function versusMarkdownlint(markdown: string[], seedPath: string, copies: number): Promise<Measure[]> {
  const { lint } = (await import('markdownlint/sync')) as { lint: Lint };
  const out: Measure[] = [];
  const compare = (id: string, label: string, texts: string[], runs: number) => {
    const strings = Object.fromEntries(texts.map((t, i) => [`r${i}.md`, t]));
    lint({ strings });
    texts.forEach((t) => checkText(t));
    const ours = bestOf(runs, () => texts.forEach((t) => checkText(t)));
    const theirs = bestOf(runs, () => lint({ strings }));
    const ratio = ours / theirs;
    out.push({ id, label, value: ratio, unit: '×', target: '≤ 1.0', met: ratio <= 1, note: `ogi-report ${ours.toFixed(1)} ms, markdownlint ${theirs.toFixed(1)} ms` });
  };
  if (existsSync(seedPath)) {
    const seed = readFileSync(seedPath, 'utf8');
    compare('markdownlint.seed001', `vs markdownlint: seed 001 (${copies} times), time ratio ogi-report / markdownlint`, Array(copies).fill(seed), 2);
  } else out.push({ id: 'markdownlint.seed001', label: 'vs markdownlint: seed 001', value: null, unit: '×', target: '≤ 1.0', note: `not available: ${seedPath} missing` });
  compare('markdownlint.corpus', `vs markdownlint: ${markdown.length} Markdown reports of the corpus, time ratio`, markdown, 1);
  return out;
}
