// Pathological inputs grown tenfold: time per character must not grow with the length, where a
// quadratic path (a search restarted at every position, a regular expression backtracking over
// a long line) would make it grow about tenfold.
import { engine } from '../lib/engine';
import { CONSTRUCTS, pathologicalText } from '../lib/pathological';
import type { Measure } from '../lib/result';
import { timeMs } from '../lib/stats';

const { checkText } = engine;

/**
 * Wall time per million characters of each text: one warm-up check each, then five rounds in
 * which the texts take turns, the best of each (a slow spell of the host lands on both sizes).
 */
function perMillion(texts: string[]): number[] {
  for (const text of texts) checkText(text);
  const best = texts.map(() => Infinity);
  for (let round = 0; round < 5; round++) texts.forEach((text, i) => (best[i] = Math.min(best[i], timeMs(() => checkText(text)))));
  return best.map((ms, i) => (ms / texts[i].length) * 1e6);
}

const millions = (n: number) => `${n / 1e6} M`;

export function pathological(small: number, large: number): Measure[] {
  const out: Measure[] = [];
  let worst = { id: '', ratio: 0 };
  for (const construct of CONSTRUCTS) {
    const [atSmall, atLarge] = perMillion([pathologicalText(construct, small), pathologicalText(construct, large)]);
    const ratio = atLarge / atSmall;
    if (ratio > worst.ratio) worst = { id: construct.id, ratio };
    out.push({
      id: `pathological.${construct.id}`,
      label: `pathological: ${construct.what}, ${millions(large)} characters, time per million characters`,
      value: atLarge,
      unit: 'ms',
      note: `${atSmall.toFixed(1)} ms at ${millions(small)}: × ${ratio.toFixed(2)}`,
    });
  }
  out.push({
    id: 'pathological.worst',
    label: `pathological inputs: the largest growth of time per character, ${millions(small)} → ${millions(large)} characters`,
    value: worst.ratio,
    unit: '×',
    note: `${worst.id}; a quadratic path would grow about ${large / small} ×`,
  });
  return out;
}
