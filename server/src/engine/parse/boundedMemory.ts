// A memory of results that depend on their key alone (label runs read, digit runs split),
// started over when full: bounded by its entries and by the weight of what they hold, so a long
// editing session — a header typed one keystroke at a time — cannot grow it without limit.
export class BoundedMemory<V> {
  private readonly entries = new Map<string, V>();
  private held = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
    /** What a value holds (items, parts): what the memory is made of. */
    private readonly weightOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: V): void {
    const weight = this.weightOf(value);
    if (this.entries.size >= this.maxEntries || this.held + weight > this.maxWeight) {
      this.entries.clear();
      this.held = 0;
    }
    this.entries.set(key, value);
    this.held += weight;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The weight of everything held. */
  get weight(): number {
    return this.held;
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }
}
