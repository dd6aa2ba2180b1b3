// Bounded edit distances for tolerant label matching. Inputs are capped (a label and a
// window a few characters longer), so there is no quadratic path over a document.

/** Levenshtein distance between a and b. */
export function editDistance(a: string, b: string): number {
  const row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** One row of the distance table, reused: tolerant matching runs at many positions. */
let row = new Int32Array(64);

/**
 * Best match of `pattern` against a prefix of `text`: the smallest distance over
 * all prefix lengths, and the prefix length that gives it (shortest on ties, so a near
 * match never swallows the first character of what follows).
 */
export function prefixDistance(pattern: string, text: string, maxExtra = 4): { distance: number; length: number } {
  return prefixDistanceAt(pattern, text, 0, maxExtra);
}

/** `prefixDistance` against the text from `from` on, without slicing it. */
export function prefixDistanceAt(pattern: string, text: string, from: number, maxExtra = 4): { distance: number; length: number } {
  const width = Math.max(0, Math.min(text.length - from, pattern.length + maxExtra));
  if (row.length < width + 1) row = new Int32Array(2 * (width + 1));
  for (let j = 0; j <= width; j++) row[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    let diag = row[0];
    row[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= width; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (p === text.charCodeAt(from + j - 1) ? 0 : 1));
      diag = up;
    }
  }
  let distance = Infinity;
  let length = 0;
  for (let j = 0; j <= width; j++) {
    if (row[j] < distance) {
      distance = row[j];
      length = j;
    }
  }
  return { distance, length };
}

/** How many edits a label of this length may carry and still be recognised. */
export function tolerance(length: number): number {
  if (length < 4) return 0;
  return Math.max(1, Math.floor(length / 5));
}
