// The tagger's weights indexed by feature template and value parts, so scoring a token looks up the
// strings it already has (the word, its shape, the neighbours, the previous tags) instead of building
// ~22 feature strings ("p1w=" + p1 + "|" + shape …) and hashing each fresh string. The weights of the
// features that depend on the word alone (bias, word, shape, affixes, length) are pre-summed per word,
// in the same order the string features are added, so every score is bit-for-bit what summing the
// string features in features.ts gives.
import { ORG_HEADS, PERSON_CUES, shape } from './features.js';

type Vec = readonly number[];
type One = Map<string, Vec>;
type Two = Map<string, Map<string, Vec>>;

/** Templates whose value is one string; and two strings joined by "|", in features.ts order. */
const ONE = ['w', 'sh', 'p3', 's3', 's2', 'len', 'p1', 'p2', 'n1', 'n2', 't1'] as const;
const TWO = ['p1w', 'n1w', 'psh', 'nsh', 't12', 't1sh', 't1w', 'oh'] as const;
/** Templates whose value is a 0/1 flag followed by the shape. */
const FLAG = ['first', 'pc'] as const;

/** What a word contributes in each role (as the token, or as a neighbour), looked up once per word. */
export interface WordInfo {
  lower: string;
  shape: string;
  /** Sum of the word-only features: b, w, sh, p3, s3, s2, len. */
  prefix: Float64Array;
  asP1?: Vec;
  asP2?: Vec;
  asN1?: Vec;
  asN2?: Vec;
  /** As previous word: p1w by the token's shape; psh by the token's shape. */
  p1wBy?: Map<string, Vec>;
  pshBy?: Map<string, Vec>;
  /** As next word: n1w by the token's shape. */
  n1wBy?: Map<string, Vec>;
  /** As the token: nsh by the next word's shape; first and pc by flag. */
  nshBy?: Map<string, Vec>;
  first: [Vec | undefined, Vec | undefined];
  pc: [Vec | undefined, Vec | undefined];
  personCue: boolean;
  orgHead: '0' | '1';
}

/** Distinct words remembered; cleared when full so memory stays flat on endless streams. */
const WORD_CACHE_SIZE = 50_000;

export class CompiledWeights {
  private readonly bias: Vec | undefined;
  private readonly one = new Map<string, One>(ONE.map((t) => [t, new Map()]));
  private readonly two = new Map<string, Two>(TWO.map((t) => [t, new Map()]));
  private readonly flag = new Map<string, [One, One]>(FLAG.map((t) => [t, [new Map(), new Map()]]));
  private readonly words = new Map<string, WordInfo>();
  /** Every template's table, by name, as fields for the hot path. */
  private readonly t: Record<(typeof ONE)[number], One> & Record<(typeof TWO)[number], Two> & Record<(typeof FLAG)[number], [One, One]>;
  private readonly scratch: Float64Array;
  private readonly start: WordInfo;
  private readonly end: WordInfo;
  readonly nTags: number;

  constructor(weights: ReadonlyMap<string, Vec>, nTags: number) {
    this.nTags = nTags;
    this.scratch = new Float64Array(nTags);
    this.bias = weights.get('b');
    for (const [key, vec] of weights) {
      const eq = key.indexOf('=');
      if (eq < 0) continue;
      const t = key.slice(0, eq);
      const value = key.slice(eq + 1);
      const one = this.one.get(t);
      if (one) {
        one.set(value, vec);
        continue;
      }
      const two = this.two.get(t);
      if (two) {
        // A part may itself contain "|" (punctuation tokens): file the key under every split, so a
        // lookup (a, b) finds it exactly when a + "|" + b is the key, as the string lookup would.
        for (let j = value.indexOf('|'); j >= 0; j = value.indexOf('|', j + 1)) {
          const a = value.slice(0, j);
          let m = two.get(a);
          if (!m) two.set(a, (m = new Map()));
          m.set(value.slice(j + 1), vec);
        }
        continue;
      }
      const flag = this.flag.get(t);
      if (flag && (value[0] === '0' || value[0] === '1')) flag[value[0] === '1' ? 1 : 0].set(value.slice(1), vec);
    }
    this.t = Object.fromEntries([...this.one, ...this.two, ...this.flag]) as typeof this.t;
    this.start = this.roles('<s>', '<s>', new Float64Array(nTags));
    this.end = this.roles('</s>', '</s>', new Float64Array(nTags));
  }

  word(w: string): WordInfo {
    let info = this.words.get(w);
    if (info) return info;
    const lower = w.toLowerCase();
    const sh = shape(w);
    const prefix = new Float64Array(this.nTags);
    this.add(prefix, this.bias);
    const t = this.t;
    this.add(prefix, t.w.get(lower));
    this.add(prefix, t.sh.get(sh));
    this.add(prefix, t.p3.get(lower.slice(0, 3)));
    this.add(prefix, t.s3.get(lower.slice(-3)));
    this.add(prefix, t.s2.get(lower.slice(-2)));
    this.add(prefix, t.len.get(String(Math.min(w.length, 8))));
    info = this.roles(lower, sh, prefix);
    if (this.words.size >= WORD_CACHE_SIZE) this.words.clear();
    this.words.set(w, info);
    return info;
  }

  private roles(lower: string, sh: string, prefix: Float64Array): WordInfo {
    const t = this.t;
    return {
      lower,
      shape: sh,
      prefix,
      asP1: t.p1.get(lower),
      asP2: t.p2.get(lower),
      asN1: t.n1.get(lower),
      asN2: t.n2.get(lower),
      p1wBy: t.p1w.get(lower),
      pshBy: t.psh.get(sh),
      n1wBy: t.n1w.get(lower),
      nshBy: t.nsh.get(sh),
      first: [t.first[0].get(sh), t.first[1].get(sh)],
      pc: [t.pc[0].get(sh), t.pc[1].get(sh)],
      personCue: PERSON_CUES.has(lower),
      orgHead: ORG_HEADS.has(lower) ? '1' : '0',
    };
  }

  /**
   * Scores of token i, given the previous two tags: the same features as features.ts, same order.
   * `info(j)` gives the WordInfo of token j. The returned array is reused by the next call.
   */
  scores(info: (j: number) => WordInfo, n: number, i: number, prev: string, prev2: string): Float64Array {
    const me = info(i);
    const sh = me.shape;
    // Outside the sentence the features read "<s>" / "</s>" in place of a word and its shape.
    const p1 = i > 0 ? info(i - 1) : this.start;
    const p2 = i > 1 ? info(i - 2) : this.start;
    const n1 = i + 1 < n ? info(i + 1) : this.end;
    const n2 = i + 2 < n ? info(i + 2) : this.end;
    const s = this.scratch;
    s.set(me.prefix);
    const t = this.t;
    this.add(s, me.first[i === 0 ? 1 : 0]);
    this.add(s, p1.asP1);
    this.add(s, p2.asP2);
    this.add(s, n1.asN1);
    this.add(s, n2.asN2);
    this.add(s, p1.p1wBy?.get(sh));
    this.add(s, n1.n1wBy?.get(sh));
    this.add(s, p1.pshBy?.get(sh));
    this.add(s, me.nshBy?.get(n1.shape));
    this.add(s, t.t1.get(prev));
    this.add(s, t.t12.get(prev2)?.get(prev));
    this.add(s, t.t1sh.get(prev)?.get(sh));
    this.add(s, t.t1w.get(prev)?.get(me.lower));
    this.add(s, me.pc[p1.personCue ? 1 : 0]);
    this.add(s, t.oh.get(me.orgHead)?.get(p1.orgHead));
    return s;
  }

  private add(s: Float64Array, v: Vec | undefined): void {
    if (!v) return;
    for (let k = 0; k < v.length; k++) s[k] += v[k]!;
  }
}
