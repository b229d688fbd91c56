// Slots of a word's character n-grams, memoized per word. Words repeat (a corpus is a few thousand
// common words over and over), and hashing every n-gram of every token was most of featurizing.
// The slots come out in the order the featurizer used to add them (start position, then length), so
// counts accumulate exactly as before. Bounded like the stem cache: cleared when full.
import { fnvFinish, fnvStep } from './hash.js';

const CHAR_SEED = 0x9747b28c;
const SPACE = 32;
const CACHE_SIZE = 50_000;

export class CharNgramSlots {
  private readonly cache = new Map<string, Int32Array>();
  private readonly wanted: Uint8Array;
  private readonly minN: number;
  private readonly maxN: number;
  private readonly mask: number;

  constructor(orders: readonly number[], bits: number) {
    this.maxN = Math.max(...orders);
    this.minN = Math.min(...orders);
    this.wanted = new Uint8Array(this.maxN + 1);
    for (const n of orders) this.wanted[n] = 1;
    this.mask = (1 << bits) - 1;
  }

  slots(t: string): Int32Array {
    let s = this.cache.get(t);
    if (s) return s;
    s = this.compute(t);
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(t, s);
    return s;
  }

  private compute(t: string): Int32Array {
    const { minN, maxN, wanted, mask } = this;
    // The word padded with spaces: " t ".
    const len = t.length + 2;
    const out: number[] = [];
    for (let i = 0; i + minN <= len; i++) {
      let h = CHAR_SEED;
      for (let j = i; j < i + maxN && j < len; j++) {
        h = fnvStep(h, j === 0 || j === len - 1 ? SPACE : t.charCodeAt(j - 1));
        if (wanted[j - i + 1] === 1) out.push(fnvFinish(h) & mask);
      }
    }
    return Int32Array.from(out);
  }
}

const byConfig = new Map<string, CharNgramSlots>();

/** The shared memo for one featurizer configuration (orders and hash width). */
export function charNgramSlots(orders: readonly number[], bits: number): CharNgramSlots {
  const key = `${orders.join(',')}/${bits}`;
  let c = byConfig.get(key);
  if (!c) byConfig.set(key, (c = new CharNgramSlots(orders, bits)));
  return c;
}
