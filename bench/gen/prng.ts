// A small seeded PRNG (mulberry32): the corpus must be the same on every machine and run.
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A count with a long tail, as real report figures have: mostly small, sometimes large. */
  count(scale: number): number {
    if (scale <= 0) return 0;
    return Math.floor(Math.exp(this.next() * Math.log(scale + 1))) - 1 + (this.chance(0.1) ? this.int(0, 3) : 0);
  }

  /** A new generator derived from this one, so adding draws in one part leaves the others unchanged. */
  fork(salt: number): Rng {
    return new Rng((this.state ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0);
  }
}
