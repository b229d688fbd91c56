// Per-document feature counts keyed by hashed slot: an open-addressing hash table (linear probing)
// that stays a few KB for a typical document, so counting n-grams runs in L1/L2 cache. Values
// accumulate in a Float32Array in the order they are added, exactly like the dense Float32 scratch
// this replaced, so the vectors (and every model output) are bit-for-bit the same.

const EMPTY = -1;

export class SlotCounts {
  private keys = new Int32Array(4096).fill(EMPTY);
  private vals = new Float32Array(4096);
  /** Where each key sits in the table, in insertion order. */
  private order = new Int32Array(2048);
  private n = 0;
  private mask = 4095;
  /** Fibonacci hashing: the top log2(size) bits of slot × 2^32/φ pick the bucket. */
  private shift = 20;

  /** Forget all counts; cost proportional to the slots used, not the table size. */
  reset(): void {
    for (let i = 0; i < this.n; i++) {
      const at = this.order[i]!;
      this.keys[at] = EMPTY;
      this.vals[at] = 0;
    }
    this.n = 0;
  }

  add(slot: number, v: number): void {
    const keys = this.keys;
    let at = Math.imul(slot, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[at]!;
      if (k === slot) {
        this.vals[at] += v;
        return;
      }
      if (k === EMPTY) break;
      at = (at + 1) & this.mask;
    }
    keys[at] = slot;
    this.vals[at] = v;
    if (this.n === this.order.length) {
      const o = new Int32Array(this.order.length * 2);
      o.set(this.order);
      this.order = o;
    }
    this.order[this.n++] = at;
    // Keep the load factor at most 1/2 so probes stay short.
    if (this.n * 2 > this.keys.length) this.grow();
  }

  /** Count of a slot (0 when never added). */
  get(slot: number): number {
    const keys = this.keys;
    let at = Math.imul(slot, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[at]!;
      if (k === slot) return this.vals[at]!;
      if (k === EMPTY) return 0;
      at = (at + 1) & this.mask;
    }
  }

  /** The slots used, ascending, with their counts. */
  sorted(): { slots: Int32Array; counts: Float32Array } {
    const n = this.n;
    const slots = new Int32Array(n);
    for (let i = 0; i < n; i++) slots[i] = this.keys[this.order[i]!]!;
    // Native numeric sort: measured faster here than a JS radix sort or a bitmap scan.
    slots.sort();
    const counts = new Float32Array(n);
    for (let i = 0; i < n; i++) counts[i] = this.get(slots[i]!);
    return { slots, counts };
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const oldOrder = this.order;
    const size = oldKeys.length * 2;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.vals = new Float32Array(size);
    this.mask = size - 1;
    this.shift--;
    const n = this.n;
    this.order = new Int32Array(Math.max(oldOrder.length, size / 2));
    this.n = 0;
    for (let i = 0; i < n; i++) {
      const at = oldOrder[i]!;
      this.insertFresh(oldKeys[at]!, oldVals[at]!);
    }
  }

  private insertFresh(slot: number, v: number): void {
    let at = Math.imul(slot, 0x9e3779b1) >>> this.shift;
    while (this.keys[at] !== EMPTY) at = (at + 1) & this.mask;
    this.keys[at] = slot;
    this.vals[at] = v;
    this.order[this.n++] = at;
  }
}
