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
    const counts = new Float32Array(n);
    let max = 0;
    let negative = false;
    for (let i = 0; i < n; i++) {
      const at = this.order[i]!;
      const k = this.keys[at]!;
      slots[i] = k;
      counts[i] = this.vals[at]!;
      if (k > max) max = k;
      else if (k < 0) negative = true;
    }
    if (negative) return this.sortedGeneric();
    radixSort(slots, counts, max);
    return { slots, counts };
  }

  /** sorted() by the native sort and a lookup per slot, for negative keys (never from a featurizer's mask). */
  private sortedGeneric(): { slots: Int32Array; counts: Float32Array } {
    const n = this.n;
    const slots = new Int32Array(n);
    for (let i = 0; i < n; i++) slots[i] = this.keys[this.order[i]!]!;
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

// LSD radix sort of (slot, count) pairs by slot, RADIX_BITS per pass (two passes for 18-bit slots).
// Slots are distinct, so the order is the same as sorting the slots alone. For the few thousand
// slots of a document this is several times faster than Int32Array.prototype.sort (which, with the
// lookup of each count, was 7% of `pantau analyze`).
const RADIX_BITS = 9;
const RADIX = 1 << RADIX_BITS;
const bucket = new Int32Array(RADIX);
let tmpSlots = new Int32Array(4096);
let tmpCounts = new Float32Array(4096);

function radixSort(slots: Int32Array, counts: Float32Array, max: number): void {
  const n = slots.length;
  if (n < 2) return;
  if (tmpSlots.length < n) {
    tmpSlots = new Int32Array(n * 2);
    tmpCounts = new Float32Array(n * 2);
  }
  let src: Int32Array = slots;
  let srcC: Float32Array = counts;
  let dst: Int32Array = tmpSlots;
  let dstC: Float32Array = tmpCounts;
  for (let shift = 0; shift === 0 || max >>> shift > 0; shift += RADIX_BITS) {
    bucket.fill(0);
    for (let i = 0; i < n; i++) bucket[(src[i]! >>> shift) & (RADIX - 1)]++;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = bucket[b]!;
      bucket[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = src[i]!;
      const to = bucket[(k >>> shift) & (RADIX - 1)]++;
      dst[to] = k;
      dstC[to] = srcC[i]!;
    }
    const s = src;
    src = dst;
    dst = s;
    const c = srcC;
    srcC = dstC;
    dstC = c;
    if (shift + RADIX_BITS >= 32) break;
  }
  if (src !== slots) {
    slots.set(src.subarray(0, n));
    counts.set(srcC.subarray(0, n));
  }
}
