// The analyzed mentions bench:store writes (shared by its SQLite and Elasticsearch parts).
import { emptyAnalysis, type Analysis, type Mention } from '../src/core/types.js';
import { makeCorpus, rng } from './corpus.js';

const VILLAGES = ['15.71.01.1001', '15.71.01.1002', '15.71.02.1003', '15.71.03.1001', '15.71.05.1004', '15.71.08.1002'];
const PEOPLE = ['Maulana', 'Diza Hazra Aljosha', 'Al Haris', 'Budi Santoso', 'Siti Rahmawati'];
const ORGS = ['Dinas PUPR Kota Jambi', 'BPBD Kota Jambi', 'Disdukcapil', 'DPRD Kota Jambi'];
const TOPICS = ['infrastruktur', 'banjir-lingkungan', 'kesehatan', 'sosial-bansos', 'ekonomi-harga', 'transportasi'];
const LABELS = ['positive', 'neutral', 'negative'] as const;

export function benchMentions(n: number): Mention[] {
  const r = rng(7);
  const docs = makeCorpus(n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const t0 = Date.UTC(2026, 8, 1);
  return docs.map((d, i) => {
    const village = pick(VILLAGES);
    const a: Analysis = {
      ...emptyAnalysis(),
      language: 'id',
      sentiment: { label: pick(LABELS), score: Math.round((r() * 2 - 1) * 1000) / 1000 },
      topics: [pick(TOPICS), ...(r() < 0.3 ? [pick(TOPICS)] : [])],
      hoax: (() => { const score = Math.round(r() * 1000) / 1000; return { score, flagged: score > 0.9, indicators: r() < 0.1 ? ['clickbait'] : [], debunks: [] }; })(),
      regions: [
        { code: village, name: 'Kelurahan', level: 'village' },
        { code: '15.71', name: 'Kota Jambi', level: 'regency' },
      ],
      entities: [
        { text: pick(PEOPLE), type: 'person' },
        { text: pick(ORGS), type: 'organization' },
        ...(r() < 0.5 ? [{ text: 'Maulana', type: 'person' as const, canonical: 'Maulana', watched: true }] : []),
      ],
      versions: { language: '1', sentiment: '2', topics: '1', regions: '1', entities: '1', hoax: '2.1.0' },
    };
    const id = `bench${i}`;
    const at = new Date(t0 + i * 60_000).toISOString();
    return {
      id,
      sourceId: `src${i % 40}`,
      kind: d.kind,
      url: `https://news${i % 40}.example/berita/${id}`,
      canonicalUrl: `https://news${i % 40}.example/berita/${id}`,
      title: d.title ?? d.text.slice(0, 80),
      text: d.text,
      language: 'id',
      publishedAt: at,
      fetchedAt: at,
      analysis: a,
      meta: { clusterId: `bench${i - (i % 3)}`, ...(d.kind === 'social' ? { platform: 'x', isOwned: i % 50 === 0 } : {}) },
    };
  });
}

