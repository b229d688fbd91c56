// A compact averaged-perceptron sequence tagger (greedy left to right). Small and fast: a few hash
// lookups per token, a model of a few MB, no dependencies. Trained by scripts/train-ner.ts.
import { CompiledWeights, type WordInfo } from './compiled.js';
import { features, shape, TAGS, type Tag } from './features.js';

export interface PerceptronModel {
  tags: readonly string[];
  /** feature → weight per tag (same order as tags), rounded. */
  weights: Record<string, number[]>;
}

export class Tagger {
  private readonly compiled: CompiledWeights;
  readonly tags: readonly string[];

  constructor(model: PerceptronModel) {
    this.tags = model.tags;
    this.compiled = new CompiledWeights(new Map(Object.entries(model.weights)), model.tags.length);
  }

  /** BIO tags for a token sequence; an I- tag never follows O or another type. */
  tag(words: readonly string[]): string[] {
    const n = words.length;
    const compiled = this.compiled;
    // Word lower-case forms, shapes and pre-summed weights, only for tokens scored or next to one.
    const infos: (WordInfo | undefined)[] = new Array(n);
    const info = (j: number): WordInfo => (infos[j] ??= compiled.word(words[j]!));
    const out: string[] = [];
    let prev = '<s>';
    let prev2 = '<s>';
    for (let i = 0; i < n; i++) {
      // Names start with a capital: a lower-case word after O is O without scoring (most tokens).
      const c0 = words[i]!.charCodeAt(0);
      if (prev === 'O' || prev === '<s>') {
        const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : words[i]![0] !== words[i]![0]!.toLowerCase();
        if (!upper) {
          out.push('O');
          prev2 = prev;
          prev = 'O';
          continue;
        }
      }
      const s = compiled.scores(info, n, i, prev, prev2);
      let best = 0;
      for (let k = 1; k < s.length; k++) {
        const t = this.tags[k]!;
        if (t.startsWith('I-') && prev.slice(2) !== t.slice(2)) continue;
        if (s[k]! > s[best]!) best = k;
      }
      out.push(this.tags[best]!);
      prev2 = prev;
      prev = this.tags[best]!;
    }
    return out;
  }
}

/** Training with weight averaging (the "lazy update" trick: totals are settled when a weight changes). */
export function train(sentences: { words: string[]; tags: Tag[] }[], epochs: number, seed = 1): PerceptronModel {
  const nT = TAGS.length;
  const idx = new Map(TAGS.map((t, i) => [t as string, i]));
  const w = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let c = 0;
  const update = (f: string, k: number, delta: number): void => {
    let wv = w.get(f);
    if (!wv) {
      wv = new Float64Array(nT);
      w.set(f, wv);
      totals.set(f, new Float64Array(nT));
      stamps.set(f, new Float64Array(nT));
    }
    const tv = totals.get(f)!;
    const sv = stamps.get(f)!;
    tv[k]! += (c - sv[k]!) * wv[k]!;
    sv[k] = c;
    wv[k]! += delta;
  };
  let rnd = seed;
  const order = sentences.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    // Deterministic shuffle so a rebuild gives the same model.
    for (let i = order.length - 1; i > 0; i--) {
      rnd = (rnd * 1103515245 + 12345) % 2147483648;
      const j = rnd % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const si of order) {
      const { words, tags } = sentences[si]!;
      const lowers = words.map((x) => x.toLowerCase());
      const shapes = words.map(shape);
      let prev = '<s>';
      let prev2 = '<s>';
      for (let i = 0; i < words.length; i++) {
        c++;
        const feats = features(words, lowers, shapes, i, prev, prev2);
        const s = new Float64Array(nT);
        for (const f of feats) {
          const v = w.get(f);
          if (v) for (let k = 0; k < nT; k++) s[k] += v[k]!;
        }
        let guess = 0;
        for (let k = 1; k < nT; k++) if (s[k]! > s[guess]!) guess = k;
        const truth = idx.get(tags[i]!)!;
        if (guess !== truth) {
          for (const f of feats) {
            update(f, truth, 1);
            update(f, guess, -1);
          }
        }
        prev2 = prev;
        prev = tags[i]!; // teacher forcing on the previous tag
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wv] of w) {
    const tv = totals.get(f)!;
    const sv = stamps.get(f)!;
    const avg: number[] = [];
    let keep = false;
    for (let k = 0; k < nT; k++) {
      const total = tv[k]! + (c - sv[k]!) * wv[k]!;
      const a = Math.round((total / c) * 1000) / 1000;
      avg.push(a);
      if (Math.abs(a) >= 0.002) keep = true;
    }
    if (keep) weights[f] = avg;
  }
  return { tags: [...TAGS], weights };
}
