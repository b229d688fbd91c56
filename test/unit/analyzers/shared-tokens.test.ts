// The throughput shortcuts of issue 18 must not change a result: the radix-sorted slot counts equal
// a plain sort, and the sentiment tokens built from the title's and the text's tokens (shared with the
// topic analyzer) equal the tokens of the joined text the model was trained on.
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeHead, tokenizeShared } from '../../../analyzers/normalize/index.js';
import { sentimentHeadTokens } from '../../../analyzers/sentiment/features.js';
import { SlotCounts } from '../../../analyzers/shared/slot-counts.js';

function reference(adds: readonly [number, number][]): { slots: number[]; counts: number[] } {
  const m = new Map<number, number>();
  for (const [s, v] of adds) m.set(s, Math.fround((m.get(s) ?? 0) + v));
  const slots = [...m.keys()].sort((a, b) => a - b);
  return { slots, counts: slots.map((s) => m.get(s)!) };
}

describe('SlotCounts.sorted', () => {
  it('gives the slots ascending with their counts, for small, 18-bit, 31-bit and negative slots', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const c = new SlotCounts();
    for (const [n, range, neg] of [[0, 10, false], [1, 10, false], [300, 400, false], [3000, 2 ** 18, false], [5000, 2 ** 31 - 1, false], [200, 2 ** 18, true]] as const) {
      const adds: [number, number][] = [];
      for (let i = 0; i < n; i++) adds.push([Math.floor(rnd() * range) - (neg && i % 3 === 0 ? range : 0), rnd() < 0.5 ? 1 : 0.5]);
      c.reset();
      for (const [s, v] of adds) c.add(s, v);
      const got = c.sorted();
      const want = reference(adds);
      expect([...got.slots]).toEqual(want.slots);
      expect([...got.counts]).toEqual(want.counts);
    }
  });
});

describe('sentimentHeadTokens', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'Banjir di Telanaipura, warga mengungsi 😭😭 #BanjirJambi @pemkot'],
    ['', 'jalan rusak parah bgt'],
    ['VIRAL!!! Vaksin Mengandung Chip', 'Sebarkan sebelum dihapus!!! info dari grup sebelah https://bit.ly/x1 :)'],
    ['Judul dengan <b>tag', 'teks</b> lanjutan'],
    ['Judul :)', '(: pembuka teks dengan emotikon'],
    ['Judul', `${'kata panjang berulang '.repeat(300)}akhir`],
    [`${'judul '.repeat(120)}`, 'teks'],
    ['Judul', 'x'.repeat(19_990)],
    ['Σίσυφος ΟΔΟΣ', 'ΣΑΣ teks'],
    ['Judul &amp; sub', '&nbsp;teks #HashTagPanjang gaada'],
  ];
  it('equals tokenizeHead of the joined text the model reads', () => {
    for (const [title, text] of cases) {
      const joined = title ? `${title} . ${text}` : text;
      expect([...sentimentHeadTokens(title, text)]).toEqual(tokenizeHead(joined, 100));
    }
  });

  it('gives tokenize() results, one array per text while it is kept', () => {
    const text = 'pelayanan cepat dan ramah';
    expect(tokenizeShared(text)).toEqual(tokenize(text));
    expect(tokenizeShared(text)).toBe(tokenizeShared(text));
  });
});
