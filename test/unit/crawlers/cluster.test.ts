// Near-duplicate story clustering. The stories were written for Pantau in the style of a wire story
// republished by local outlets (their own headline, dateline, "Baca juga" links, footer, small edits).
import { describe, expect, it } from 'vitest';
import { StoryClusterer, clusterKeys, signatureSimilarity, storySignature } from '../../../analyzers/cluster/index.js';
import { WIRE, antara, harian, otherFlood, portal } from '../../helpers/syndicated.js';

describe('StoryClusterer', () => {
  it('puts three outlets\u2019 versions of one wire story in one cluster and a different flood story in another', () => {
    const c = new StoryClusterer();
    const a = c.assign('antara', antara, 'Ribuan rumah di Kota Jambi terendam banjir');
    const b = c.assign('harian', harian, 'Banjir Rendam 1.240 Rumah, 312 Warga Kota Jambi Mengungsi');
    const p = c.assign('portal', portal, 'Banjir Lagi! Lima Kelurahan di Kota Jambi Terendam');
    const f = c.assign('other-flood', otherFlood, 'Sungai Batanghari meluap, ratusan rumah di Muaro Jambi terendam');
    expect(b).toBe(a);
    expect(p).toBe(a);
    expect(f).not.toBe(a);
    expect(a).toBe('antara'); // the first mention's id names the cluster
    expect(f).toBe('other-flood');
    expect(c.size).toBe(4);
    // Idempotent: assigning a known id again changes nothing.
    expect(c.assign('harian', 'whatever')).toBe(a);
  });

  it('measures the margins: copies well above the threshold, the other flood far below', () => {
    const sa = storySignature(antara, undefined);
    for (const copy of [harian, portal]) expect(signatureSimilarity(sa, storySignature(copy, undefined)).jaccard).toBeGreaterThan(0.6);
    const other = signatureSimilarity(sa, storySignature(otherFlood, undefined));
    expect(other.jaccard).toBeLessThan(0.1);
    expect(other.containment).toBeLessThan(0.2);
  });

  it('two different short posts stay apart; identical short posts cluster', () => {
    const c = new StoryClusterer();
    const x = c.assign('x1', 'Banjir di Legok, jalan ditutup', undefined);
    expect(c.assign('x2', 'Banjir di Legok, jalan ditutup!', undefined)).toBe(x);
    expect(c.assign('x3', 'Banjir di Sipin, warga mengungsi', undefined)).not.toBe(x);
  });

  it('joins an outlet that ran only the first half (containment)', () => {
    const c = new StoryClusterer();
    const a = c.assign('full', antara);
    expect(c.assign('half', WIRE.slice(0, 3).join('\n'))).toBe(a);
  });

  it('stays selective and bounded over many unrelated stories', () => {
    const c = new StoryClusterer({ maxDocs: 500 });
    const words = otherFlood.split(/\s+/);
    // 1 000 shuffles of the same vocabulary: same topic words, different stories.
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const clusters = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const w = [...words].sort(() => rand() - 0.5).slice(0, 80).join(' ');
      clusters.add(c.assign(`doc${i}`, w));
    }
    expect(clusters.size).toBe(1000);
    expect(c.size).toBe(500);
    expect(c.clusterOf('doc0')).toBeUndefined();
  });

  it('does work per mention that does not grow with how similar the stream is (copy-paste campaigns)', () => {
    // A "buzzer" campaign: one message posted thousands of times with a word or two changed, and
    // identical reposts. Each new post must be compared with a bounded number of earlier ones.
    const base = antara.split(/\s+/);
    let seed = 11;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const near = new StoryClusterer();
    const ids = new Set<string>();
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const w = [...base];
      for (let k = 0; k < 3; k++) w[Math.floor(rand() * w.length)] = base[Math.floor(rand() * base.length)]!;
      ids.add(near.assign(`p${i}`, `${w.join(' ')} @akun${i % 50}`));
    }
    expect(ids.size).toBe(1);
    expect(near.comparisons / n).toBeLessThanOrEqual(32);

    const same = new StoryClusterer();
    for (let i = 0; i < n; i++) same.assign(`s${i}`, antara);
    expect(same.comparisons).toBe(0); // exact copies join through the whole-signature hash
    const short = new StoryClusterer();
    const shortIds = new Set<string>();
    for (let i = 0; i < n; i++) shortIds.add(short.assign(`t${i}`, 'Tolak hoaks bansos!'));
    expect(shortIds.size).toBe(1);
    expect(short.comparisons).toBe(0);
  });

  it('exposes LSH keys for a store-side index', () => {
    const k1 = clusterKeys(antara);
    const k2 = clusterKeys(harian);
    expect(k1).toHaveLength(32);
    expect(k1.filter((k) => k2.includes(k)).length).toBeGreaterThan(0);
    expect(clusterKeys(otherFlood).filter((k) => k1.includes(k))).toEqual([]);
    expect(clusterKeys('pendek')).toEqual([expect.stringMatching(/^x:[0-9a-f]+$/)]);
  });
});
