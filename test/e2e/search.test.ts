// `pantau search` filters and what it shows, and `pantau topics`, through the built CLI over a store
// written here (analyzed mentions of one city, in a WITA office so local days are not WIB days).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis, type Mention } from '../../src/core/types.js';
import { createStore } from '../../src/store/index.js';
import { pantau } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-search-'));
const cfg = join(dir, 'pantau.config.yaml');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const a = (over: Partial<Analysis>): Analysis => ({ ...emptyAnalysis(), language: 'id', ...over });
const m = (id: string, over: Partial<Mention>): Mention => ({
  id,
  sourceId: 'jambiekspres',
  kind: 'news',
  url: `https://jambiekspres.example/${id}`,
  canonicalUrl: `https://jambiekspres.example/${id}`,
  title: id,
  text: `Isi ${id}.`,
  fetchedAt: '2024-05-03T00:00:00.000Z',
  ...over,
});

const FLOOD = m('banjir-legok', {
  title: 'Banjir rendam Kelurahan Legok',
  text: 'Air setinggi lutut merendam rumah warga. BPBD Kota Jambi mengerahkan perahu.',
  publishedAt: '2024-05-01T16:30:00.000Z', // 00:30 WITA on 2 May (23:30 WIB on 1 May)
  analysis: a({
    sentiment: { label: 'negative', score: -0.8 },
    topics: ['banjir-lingkungan'],
    regions: [{ code: '15.71.01.1001', name: 'Legok', level: 'village' }],
    entities: [
      { text: 'Pak Wali', type: 'person', canonical: 'Maulana', watched: true },
      { text: 'BPBD Kota Jambi', type: 'organization' },
    ],
  }),
});
const ROAD = m('jalan-kotabaru', {
  title: 'Jalan rusak di Kota Baru dikeluhkan',
  publishedAt: '2024-05-02T03:00:00.000Z',
  analysis: a({
    sentiment: { label: 'negative', score: -0.5 },
    topics: ['infrastruktur'],
    regions: [{ code: '15.71.02', name: 'Kota Baru', level: 'district' }],
    entities: [{ text: 'Dinas PUPR Kota Jambi', type: 'organization' }],
  }),
});
const HOAX = m('hoaks-bansos', {
  sourceId: 'fb-warga',
  kind: 'social',
  title: '',
  text: 'VIRAL!!! bansos dihentikan bulan depan, sebarkan!!!',
  publishedAt: '2024-05-02T20:00:00.000Z', // 04:00 WITA on 3 May
  analysis: a({
    sentiment: { label: 'negative', score: -0.6 },
    topics: ['sosial-bansos'],
    hoax: {
      score: 0.91,
      flagged: true,
      indicators: ['all_caps', 'sebarkan'],
      debunks: [{ url: 'https://cekfakta.example/bansos', title: '[SALAH] Bansos dihentikan', similarity: 0.62 }],
    },
  }),
});
const GOOD = m('taman-baru', {
  title: 'Taman baru di Telanaipura ramai pengunjung',
  publishedAt: '2024-05-02T05:00:00.000Z',
  analysis: a({ sentiment: { label: 'positive', score: 0.7 }, topics: ['pariwisata-budaya'], regions: [{ code: '15.71', name: 'Kota Jambi', level: 'regency' }] }),
});

beforeAll(async () => {
  writeFileSync(
    cfg,
    `timezone: Asia/Makassar
storage: { path: ${JSON.stringify(join(dir, 'pantau.db'))} }
analysis:
  watchlist:
    - { name: Maulana, type: person, aliases: [Pak Wali, Wali Kota Jambi] }
`,
  );
  const store = await createStore({ driver: 'sqlite', path: join(dir, 'pantau.db') });
  await store.upsertMentions([FLOOD, ROAD, HOAX, GOOD]);
  await store.close();
});

const ids = async (...args: string[]): Promise<string[]> => {
  const r = await pantau(['search', '', '--json', '--config', cfg, ...args]);
  expect(r.stderr, args.join(' ')).toBe('');
  return (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id).sort();
};

describe('pantau search filters', () => {
  it('--topic takes an id or a label in Indonesian or English, case-insensitively', async () => {
    for (const t of ['banjir', 'banjir-lingkungan', 'BANJIR & LINGKUNGAN', 'banjir dan lingkungan', 'Flooding & environment', 'flooding']) {
      expect(await ids('--topic', t), t).toEqual([FLOOD.id]);
    }
  });

  it('an unknown filter value says what the valid ones are', async () => {
    const topic = await pantau(['search', '', '--topic', 'cuaca', '--config', cfg]);
    expect(topic.code).toBe(2);
    expect(topic.stderr).toMatch(/--topic: unknown topic "cuaca".*banjir-lingkungan \(Banjir & Lingkungan\).*pantau topics/);
    const sent = await pantau(['search', '', '--sentiment', 'sedih', '--config', cfg]);
    expect(sent.code).toBe(2);
    expect(sent.stderr).toMatch(/expected positif, netral or negatif \(positive, neutral, negative\)/);
    const src = await pantau(['search', '', '--source', 'kompas', '--config', cfg]);
    expect(src.stderr).toMatch(/unknown source "kompas"; known sources: fb-warga, jambiekspres/);
    const reg = await pantau(['search', '', '--region', 'Jambi', '--config', cfg]);
    expect(reg.stderr).toMatch(/--region: expected a Kemendagri code/);
    const kind = await pantau(['search', '', '--kind', 'blog', '--config', cfg]);
    expect(kind.stderr).toMatch(/expected berita or sosial/);
  });

  it('--sentiment and --kind accept Indonesian words', async () => {
    expect(await ids('--sentiment', 'negatif')).toEqual([FLOOD.id, HOAX.id, ROAD.id].sort());
    expect(await ids('--sentiment', 'Positif')).toEqual([GOOD.id]);
    expect(await ids('--kind', 'sosial')).toEqual([HOAX.id]);
    expect(await ids('--kind', 'berita', '--sentiment', 'positive')).toEqual([GOOD.id]);
  });

  it('a filter that matches nothing does not claim the store is empty', async () => {
    const r = await pantau(['search', '', '--topic', 'kesehatan', '--config', cfg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tidak ada berita yang cocok dengan filter ini/);
    expect(r.stdout).not.toMatch(/Belum ada berita tersimpan/);
    expect((await pantau(['search', '', '--topic', 'kesehatan', '--lang', 'en', '--config', cfg])).stdout).toMatch(/No mentions match these filters/);
  });

  it('--region finds a place and every place inside it', async () => {
    expect(await ids('--region', '15.71')).toEqual([FLOOD.id, GOOD.id, ROAD.id].sort());
    expect(await ids('--region', '15.71.01')).toEqual([FLOOD.id]);
    expect(await ids('--region', '15.71.02')).toEqual([ROAD.id]);
    expect(await ids('--region', '15')).toEqual([FLOOD.id, GOOD.id, ROAD.id].sort());
  });

  it('--entity by name, alias of the watch list, or agency name', async () => {
    expect(await ids('--entity', 'Maulana')).toEqual([FLOOD.id]);
    expect(await ids('--entity', 'wali kota jambi')).toEqual([FLOOD.id]); // alias → canonical
    expect(await ids('--entity', 'BPBD Kota Jambi')).toEqual([FLOOD.id]);
    expect(await ids('--entity', 'dinas pupr kota jambi')).toEqual([ROAD.id]);
    expect(await ids('--entity', 'Budi')).toEqual([]);
  });

  it('--from/--to are dates in the office zone; a bare --to includes that whole day', async () => {
    // WITA: FLOOD 2 May 00:30, ROAD 2 May 11:00, GOOD 2 May 13:00, HOAX 3 May 04:00.
    expect(await ids('--from', '2024-05-02', '--to', '2024-05-02')).toEqual([FLOOD.id, GOOD.id, ROAD.id].sort());
    expect(await ids('--to', '2024-05-01')).toEqual([]);
    expect(await ids('--from', '2024-05-03')).toEqual([HOAX.id]);
    expect(await ids('--from', '2024-05-02T12:00', '--to', '2024-05-02T13:00:01')).toEqual([GOOD.id]);
    const bad = await pantau(['search', '', '--from', '2 Mei', '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--from: expected YYYY-MM-DD or an ISO date-time/);
  });

  it('--source filters by a stored source', async () => {
    expect(await ids('--source', 'fb-warga')).toEqual([HOAX.id]);
  });
});

describe('what pantau search shows', () => {
  it('--json: places with codes, people and agencies, hoax indicators and debunks', async () => {
    const r = await pantau(['search', '', '--json', '--config', cfg]);
    const all = JSON.parse(r.stdout) as Record<string, unknown>[];
    const flood = all.find((x) => x.id === FLOOD.id)!;
    expect(flood.regions).toEqual([{ code: '15.71.01.1001', name: 'Legok', level: 'village' }]);
    expect(flood.people).toEqual([{ name: 'Maulana', text: 'Pak Wali', watched: true }]);
    expect(flood.organizations).toEqual([{ name: 'BPBD Kota Jambi', text: 'BPBD Kota Jambi', watched: false }]);
    expect(flood.topicLabels).toEqual(['Banjir & Lingkungan']);
    expect(typeof flood.storedAt).toBe('string');
    const hoax = all.find((x) => x.id === HOAX.id)!;
    expect(hoax.hoax).toEqual({
      score: 0.91,
      flagged: true,
      indicators: ['all_caps', 'sebarkan'],
      debunks: [{ url: 'https://cekfakta.example/bansos', title: '[SALAH] Bansos dihentikan', similarity: 0.62 }],
    });
  });

  it('the table, in Indonesian by default and English with --lang en, with local times', async () => {
    const id = (await pantau(['search', '', '--config', cfg])).stdout;
    expect(id).toContain('2024-05-02 00:30 WITA  [negatif]  jambiekspres  Banjir rendam Kelurahan Legok');
    expect(id).toContain('Wilayah: Legok (15.71.01.1001)');
    expect(id).toContain('Tokoh: Maulana · Instansi: BPBD Kota Jambi');
    expect(id).toContain('Topik: Banjir & Lingkungan');
    expect(id).toContain('Terindikasi hoaks (skor 0,91): huruf kapital semua, sebarkan');
    expect(id).toContain('Bantahan: [SALAH] Bansos dihentikan https://cekfakta.example/bansos');
    expect(id).toContain('4 dari 4 ditampilkan');
    const en = (await pantau(['search', '', '--lang', 'en', '--config', cfg])).stdout;
    expect(en).toContain('[negative]');
    expect(en).toContain('Places: Legok (15.71.01.1001)');
    expect(en).toContain('People: Maulana · Agencies: BPBD Kota Jambi');
    expect(en).toContain('Topics: Flooding & environment');
    expect(en).toContain('Possible hoax (score 0.91): all caps, sebarkan');
    expect(en).toContain('4 of 4 shown');
  });
});

describe('pantau topics', () => {
  it('lists the taxonomy: id, Indonesian and English label', async () => {
    const json = JSON.parse((await pantau(['topics', '--json'])).stdout) as { id: string; label: { id: string; en: string } }[];
    expect(json.length).toBeGreaterThanOrEqual(16);
    expect(json).toContainEqual({ id: 'banjir-lingkungan', label: { id: 'Banjir & Lingkungan', en: 'Flooding & environment' } });
    const table = (await pantau(['topics'])).stdout;
    expect(table).toMatch(/^id\s+Indonesia\s+Inggris/);
    expect(table).toMatch(/banjir-lingkungan\s+Banjir & Lingkungan\s+Flooding & environment/);
    expect((await pantau(['topics', '--lang', 'en'])).stdout).toMatch(/banjir-lingkungan\s+Flooding & environment\s+Banjir & Lingkungan/);
  });
});
