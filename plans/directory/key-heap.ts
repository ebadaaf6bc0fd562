/**
 * A binary min-heap of numbers in a preallocated Float64Array: the top-k matcher's queue of
 * candidates, best first (top-k.ts encodes bound and name rank in one number, smaller = better).
 */
export class KeyHeap {
  private keys: Float64Array;
  private size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  clear(): void {
    this.size = 0;
  }

  /** The smallest key (Infinity when empty). */
  peek(): number {
    return this.size > 0 ? this.keys[0]! : Infinity;
  }

  push(key: number): void {
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const k = this.keys;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (k[parent]! <= key) break;
      k[i] = k[parent]!;
      i = parent;
    }
    k[i] = key;
  }

  /** Removes and returns the smallest key (Infinity when empty). */
  pop(): number {
    if (this.size === 0) return Infinity;
    const k = this.keys;
    const top = k[0]!;
    const last = k[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && k[child + 1]! < k[child]!) child++;
      if (k[child]! >= last) break;
      k[i] = k[child]!;
      i = child;
    }
    if (this.size > 0) k[i] = last;
    return top;
  }
}
