/**
 * A deterministic sample of at most `capacity` items: those with the smallest rank. With ranks taken
 * from a hash of the item's content, this is a uniform sample that does not depend on the order rows
 * arrive in, and it holds `capacity` items however many are offered. Ranks compare as
 * (primary, secondary, tiebreak), smallest first.
 */
export interface RankedSample<T> {
  /** Whether an item of this rank would be kept; lets callers skip building items that would not. */
  accepts(primary: number, secondary: number, tiebreak: number): boolean;
  offer(primary: number, secondary: number, tiebreak: number, item: T): void;
  /** The kept items, smallest rank first. */
  items(): T[];
}

/** Creates an empty sample; see RankedSample. */
export function createRankedSample<T>(capacity: number): RankedSample<T> {
  return new HeapSample<T>(capacity);
}

// A max-heap on rank, so the root is the entry the next better offer evicts. Ranks live in typed
// arrays: `accepts` runs for every comment offered and must allocate nothing and stay cheap.
class HeapSample<T> implements RankedSample<T> {
  private readonly capacity: number;
  private readonly primary: Float64Array;
  private readonly secondary: Float64Array;
  private readonly tiebreak: Float64Array;
  private readonly entries: T[] = [];

  constructor(capacity: number) {
    this.capacity = Math.max(0, capacity);
    this.primary = new Float64Array(this.capacity);
    this.secondary = new Float64Array(this.capacity);
    this.tiebreak = new Float64Array(this.capacity);
  }

  accepts(primary: number, secondary: number, tiebreak: number): boolean {
    if (this.entries.length < this.capacity) return true;
    if (this.capacity === 0) return false;
    if (primary !== this.primary[0]) return primary < this.primary[0]!;
    if (secondary !== this.secondary[0]) return secondary < this.secondary[0]!;
    return tiebreak < this.tiebreak[0]!;
  }

  offer(primary: number, secondary: number, tiebreak: number, item: T): void {
    if (!this.accepts(primary, secondary, tiebreak)) return;
    if (this.entries.length < this.capacity) {
      this.entries.push(item);
      this.set(this.entries.length - 1, primary, secondary, tiebreak, item);
      this.siftUp(this.entries.length - 1);
    } else {
      this.set(0, primary, secondary, tiebreak, item);
      this.siftDown(0);
    }
  }

  items(): T[] {
    const order = this.entries.map((_, index) => index);
    order.sort((a, b) => this.compare(a, b));
    return order.map((index) => this.entries[index]!);
  }

  private compare(a: number, b: number): number {
    return this.primary[a]! - this.primary[b]! || this.secondary[a]! - this.secondary[b]! || this.tiebreak[a]! - this.tiebreak[b]!;
  }

  private set(index: number, primary: number, secondary: number, tiebreak: number, item: T): void {
    this.primary[index] = primary;
    this.secondary[index] = secondary;
    this.tiebreak[index] = tiebreak;
    this.entries[index] = item;
  }

  private swap(a: number, b: number): void {
    const primary = this.primary[a]!;
    const secondary = this.secondary[a]!;
    const tiebreak = this.tiebreak[a]!;
    const item = this.entries[a]!;
    this.set(a, this.primary[b]!, this.secondary[b]!, this.tiebreak[b]!, this.entries[b]!);
    this.set(b, primary, secondary, tiebreak, item);
  }

  private siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.compare(index, parent) <= 0) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  private siftDown(start: number): void {
    let index = start;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let largest = index;
      if (left < this.entries.length && this.compare(left, largest) > 0) largest = left;
      if (right < this.entries.length && this.compare(right, largest) > 0) largest = right;
      if (largest === index) return;
      this.swap(index, largest);
      index = largest;
    }
  }
}
