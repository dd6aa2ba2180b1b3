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

/**
 * Best match of `pattern` against a prefix of `text`: the smallest distance over
 * all prefix lengths, and the prefix length that gives it (shortest on ties, so a near
 * match never swallows the first character of what follows).
 */
export function prefixDistance(pattern: string, text: string, maxExtra = 4): { distance: number; length: number } {
  const window = text.slice(0, pattern.length + maxExtra);
  const row = new Array<number>(window.length + 1);
  for (let j = 0; j <= window.length; j++) row[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= window.length; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (pattern[i - 1] === window[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  let best = { distance: Infinity, length: 0 };
  for (let j = 0; j <= window.length; j++) {
    if (row[j] < best.distance) best = { distance: row[j], length: j };
  }
  return best;
}

/** How many edits a label of this length may carry and still be recognised. */
export function tolerance(length: number): number {
  if (length < 4) return 0;
  return Math.max(1, Math.floor(length / 5));
}
