// Splits runs of digits from collapsed web text (`640020470`) into cell values, using
// only the table's arithmetic. The search is bounded: past the budget the run is
// reported as unsplittable rather than searched for ever.
import { BoundedMemory } from './boundedMemory';

/** Σ left = Σ right over value indices of one row. */
export interface RowConstraint {
  left: number[];
  right: number[];
}

export interface SplitPart {
  /** Index of the chunk the part comes from, and its digit range inside the chunk. */
  chunk: number;
  from: number;
  to: number;
  value: number;
}

export type SplitOutcome =
  | { kind: 'unique'; parts: SplitPart[] }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: SplitPart[][] }
  | { kind: 'too-complex' };

const MAX_PART_DIGITS = 9;
const NODE_BUDGET = 200_000;
const MAX_CANDIDATES = 64;

/**
 * Outcomes already searched, per constraint list (stable: built once per table spec and row):
 * the same digit runs recur (rows of zeros above all), and the search is a pure function
 * of its inputs. Bounded, so a long session never grows it without limit.
 */
const searched = new WeakMap<RowConstraint[], BoundedMemory<SplitOutcome>>();
const MAX_REMEMBERED = 2000;
/**
 * Parts held per constraint list before starting over: an ambiguous outcome keeps up to 64
 * candidates of a whole row, so 2,000 outcomes alone could hold tens of megabytes.
 */
export const MAX_REMEMBERED_PARTS = 50_000;
/**
 * Longer keys are not kept: a row's digits (at most 9 per part) and decimals fit well within,
 * and a pasted digit string or run of decimals would be kept under a key as long as itself.
 */
const MAX_KEY_LENGTH = 400;

/** `splitDigits`, remembering outcomes; callers must not change what it returns. */
export function splitDigitsRemembered(...search: Parameters<typeof splitDigits>): SplitOutcome {
  const [chunks, count, constraints, fractions = [], decimalAt = []] = search;
  const key = `${count}|${chunks.join(' ')}|${fractions.join(' ')}|${decimalAt.map(Number).join('')}`;
  if (key.length > MAX_KEY_LENGTH) return splitDigits(...search);
  let memory = searched.get(constraints);
  if (!memory) searched.set(constraints, (memory = new BoundedMemory(MAX_REMEMBERED, MAX_REMEMBERED_PARTS, partsOf)));
  let outcome = memory.get(key);
  if (!outcome) {
    outcome = splitDigits(...search);
    memory.set(key, outcome);
  }
  return outcome;
}

/** What the memory holds for one constraint list (for tests). */
export function rememberedSplits(constraints: RowConstraint[]): { outcomes: number; parts: number } {
  const memory = searched.get(constraints);
  return { outcomes: memory?.size ?? 0, parts: memory?.weight ?? 0 };
}

function partsOf(outcome: SplitOutcome): number {
  if (outcome.kind === 'unique') return outcome.parts.length;
  if (outcome.kind === 'ambiguous') return outcome.candidates.reduce((n, c) => n + c.length, 0);
  return 1;
}

/**
 * All ways to cut the chunks into `count` parts (each chunk into at least one part, no
 * part with a leading zero) that satisfy every constraint.
 */
export function splitDigits(
  chunks: string[],
  count: number,
  constraints: RowConstraint[],
  /** Decimal digits after a chunk (`087.9001` → `9001`): they belong to its last part. */
  fractions: string[] = [],
  /** Which parts may carry decimals (amounts in 万元). */
  decimalAt: boolean[] = [],
): SplitOutcome {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  if (count < chunks.length || total < count || total > count * MAX_PART_DIGITS) return { kind: 'none' };
  // Each constraint is checked as soon as its last index is placed.
  const checksAt: (RowConstraint[] | undefined)[] = new Array(count);
  for (const c of constraints) {
    const last = Math.max(...c.left, ...c.right);
    if (last >= count) continue;
    (checksAt[last] ??= []).push(c);
  }
  // Σ of all other parts = the last part (a row total): the addends placed so far must stay
  // below what the digits left for the last part can still spell — a cheap, strong prune.
  const totalIsLast = constraints.some(
    (c) => c.left.length === 1 && c.left[0] === count - 1 && c.right.length === count - 1 && c.right.every((i) => i < count - 1),
  );
  let addends = 0;
  // A part that is the sum of earlier parts (a total after its addends) is not searched: its
  // digits must spell that sum, so only one length is tried.
  const forcedBy: (number[] | undefined)[] = new Array(count);
  for (const c of constraints) {
    if (c.left.length === 1 && c.right.every((i) => i < c.left[0])) forcedBy[c.left[0]] = c.right;
    else if (c.right.length === 1 && c.left.every((i) => i < c.right[0])) forcedBy[c.right[0]] = c.left;
  }
  // Digits left from the start of each chunk to the end of the run.
  const digitsFrom: number[] = new Array(chunks.length + 1).fill(0);
  for (let k = chunks.length - 1; k >= 0; k--) digitsFrom[k] = digitsFrom[k + 1] + chunks[k].length;
  // The parts placed so far, as parallel arrays: the search visits many nodes, keeps few.
  const values: number[] = new Array(count).fill(0);
  const partChunk: number[] = new Array(count).fill(0);
  const partFrom: number[] = new Array(count).fill(0);
  const partTo: number[] = new Array(count).fill(0);
  const found: SplitPart[][] = [];
  let nodes = 0;
  let exhausted = false;

  const placed = (): SplitPart[] =>
    values.map((value, i) => ({ chunk: partChunk[i], from: partFrom[i], to: partTo[i], value }));

  const visit = (index: number, chunk: number, from: number): void => {
    if (exhausted) return;
    if (++nodes > NODE_BUDGET) {
      exhausted = true;
      return;
    }
    if (index === count) {
      if (chunk === chunks.length) found.push(placed());
      if (found.length >= MAX_CANDIDATES) exhausted = true;
      return;
    }
    if (chunk >= chunks.length) return;
    const digits = chunks[chunk];
    const partsLeft = count - index - 1;
    const chunksAfter = chunks.length - chunk - 1;
    let onlyLength = 0;
    const addendsOf = forcedBy[index];
    if (addendsOf && !fractions[chunk]) {
      const spelled = String(sum(values, addendsOf));
      if (!digits.startsWith(spelled, from)) return;
      onlyLength = spelled.length;
    }
    const firstLength = onlyLength || 1;
    const lastLength = onlyLength || MAX_PART_DIGITS;
    // The part's value grows one digit per length tried.
    let whole = 0;
    for (let k = from; k < from + firstLength - 1; k++) whole = whole * 10 + (digits.charCodeAt(k) - 48);
    for (let len = firstLength; len <= lastLength && from + len <= digits.length; len++) {
      if (len > 1 && digits.charCodeAt(from) === 48) break;
      const to = from + len;
      whole = whole * 10 + (digits.charCodeAt(to - 1) - 48);
      const endsChunk = to === digits.length;
      const rest = digitsFrom[chunk] - to;
      // Every later part needs a digit, every later chunk a part, and no part more than the cap.
      if (rest < partsLeft || rest > partsLeft * MAX_PART_DIGITS) continue;
      if ((endsChunk ? chunksAfter : chunksAfter + 1) > partsLeft) continue;
      const fraction = endsChunk ? fractions[chunk] : undefined;
      if (fraction && !decimalAt[index]) continue;
      const value = fraction ? Number(digits.slice(from, to) + '.' + fraction) : whole;
      if (totalIsLast && index < count - 1) {
        const lastDigits = Math.min(MAX_PART_DIGITS, rest - (partsLeft - 1));
        // Longer parts only grow: once past the bound, no longer length can come back under it.
        if (addends + value >= 10 ** lastDigits) break;
      }
      values[index] = value;
      partChunk[index] = chunk;
      partFrom[index] = from;
      partTo[index] = to;
      const checks = checksAt[index];
      if (checks && !checks.every((c) => sum(values, c.left) === sum(values, c.right))) continue;
      if (index < count - 1) addends += value;
      if (endsChunk) visit(index + 1, chunk + 1, 0);
      else visit(index + 1, chunk, to);
      if (index < count - 1) addends -= value;
    }
  };
  visit(0, 0, 0);
  if (exhausted && found.length < MAX_CANDIDATES) return { kind: 'too-complex' };
  if (found.length === 0) return { kind: 'none' };
  if (found.length === 1) return { kind: 'unique', parts: found[0] };
  return { kind: 'ambiguous', candidates: found };
}

function sum(values: number[], indices: number[]): number {
  let s = 0;
  for (const i of indices) s += values[i];
  return s;
}
