// Grouping recall on the weak spots the independent check days showed: one water outage reported from
// two kecamatan, and posts written with misspellings, each must be one issue; two floods in two
// kelurahan stay two. Through the real analyzers, like the pipeline.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultAnalyzers } from '../../../analyzers/index.js';
import { StoryClusterer } from '../../../analyzers/cluster/index.js';
import { stem, tokenize } from '../../../analyzers/normalize/index.js';
import { loadGazetteer } from '../../../analyzers/regions/index.js';
import { mentionId } from '../../../src/core/ids.js';
import type { Mention } from '../../../src/core/types.js';
import { buildIssueMap } from '../../../src/maps/build.js';
import type { IssueMap } from '../../../src/maps/types.js';

type Row = [label: string, kind: 'news' | 'social', time: string, title: string, text: string];
const ROWS: Row[] = [
  ['air', 'news', '06:10', 'Air PDAM Tirta Mayang Mati Dua Hari di Jelutung', 'Ratusan pelanggan PDAM Tirta Mayang di Kecamatan Jelutung tidak mendapat aliran air selama dua hari. Warga terpaksa membeli air galon untuk memasak.'],
  ['air', 'news', '08:30', 'Warga Kota Baru Keluhkan Air PDAM Tak Mengalir', 'Warga Kecamatan Kota Baru mengeluhkan air PDAM Tirta Mayang yang tidak mengalir sejak Senin. PDAM menyebut ada perbaikan pipa distribusi.'],
  ['air', 'social', '09:00', '', 'pdam tirta mayang mati lg di jelutung, aer ga ngalir dr kmrn 😭'],
  ['air', 'social', '10:15', '', 'kota baru jg air pdam mati, mandi pake air galon'],
  ['banjir-legok', 'news', '05:40', 'Banjir Rendam Puluhan Rumah di Kelurahan Legok', 'Hujan deras membuat puluhan rumah di Kelurahan Legok, Kecamatan Danau Sipin, terendam banjir setinggi 50 sentimeter.'],
  ['banjir-legok', 'social', '07:00', '', 'legok bnjir lg, rumah kemasukan air 😩'],
  ['banjir-sijenjang', 'news', '06:00', 'Banjir Genangi Permukiman Warga di Kelurahan Sijenjang', 'Banjir menggenangi permukiman warga di Kelurahan Sijenjang, Kecamatan Jambi Timur. Warga mengungsi ke masjid terdekat.'],
  ['banjir-sijenjang', 'news', '07:30', 'Warga Sijenjang Mengungsi Akibat Banjir', 'Puluhan warga Kelurahan Sijenjang, Jambi Timur, mengungsi ke masjid karena banjir merendam rumah mereka.'],
  ['jalan', 'news', '08:00', 'Jalan Kapten Pattimura Berlubang, Pengendara Diminta Waspada', 'Sejumlah lubang besar di Jalan Kapten Pattimura, Kecamatan Kota Baru, membahayakan pengendara sepeda motor. Warga meminta Dinas PUPR segera menambal jalan itu.'],
  ['jalan', 'social', '12:00', '', 'lobang di pattimura mkin gede, td ada motor jatoh'],
];

let map: IssueMap;
const label = new Map<string, string>();

beforeAll(() => {
  const analyzers = createDefaultAnalyzers({ homeRegion: '15.71' });
  const clusterer = new StoryClusterer();
  const mentions: Mention[] = ROWS.map(([l, kind, time, title, text], i) => {
    const url = `https://example.id/${kind}/${i}`;
    const id = mentionId(url);
    label.set(id, l);
    const at = `2026-12-10T${time}:00+07:00`;
    return { id, sourceId: kind === 'news' ? `outlet-${i % 3}` : 'x', kind, url, canonicalUrl: url, title: title || text.slice(0, 200), text, publishedAt: at, fetchedAt: at, meta: {} };
  });
  const analyses = analyzers.analyzeMany(mentions.map((m) => ({ id: m.id, title: m.title, text: m.text, publishedAt: m.publishedAt, kind: m.kind })));
  mentions.forEach((m, i) => {
    m.analysis = analyses[i];
    m.meta = { clusterId: clusterer.assign(m.id, m.text, m.title) };
  });
  const gaz = loadGazetteer();
  map = buildIssueMap({
    period: { from: '2026-12-10', to: '2026-12-10' },
    timezone: 'Asia/Jakarta',
    mentions,
    homeRegion: { code: '15.71', name: 'Kota Jambi' },
    text: { tokenize, stem },
    directory: { entries: [...gaz.byCode.values()].filter((p) => p.code.startsWith('15.71')).map((p) => ({ code: p.code, name: p.name, level: p.level as 'district' })) },
    lang: 'id',
    now: new Date('2026-12-10T16:00:00Z'),
  });
}, 60_000);

const issuesOf = (l: string): Set<string> => {
  const out = new Set<string>();
  for (const i of map.issues) for (const m of i.mentions) if (label.get(m.id) === l) out.add(i.id);
  for (const m of map.outside.mentions) if (label.get(m.id) === l) out.add('outside');
  return out;
};

describe('grouping recall', () => {
  it('one water outage reported from two kecamatan is one issue, its misspelt posts included', () => {
    expect([...issuesOf('air')]).toHaveLength(1);
    expect(issuesOf('air').has('outside')).toBe(false);
  });

  it('a misspelt post about a damaged street joins the street’s issue', () => {
    expect([...issuesOf('jalan')]).toHaveLength(1);
  });

  it('two floods in two kelurahan stay two issues', () => {
    const a = issuesOf('banjir-legok');
    const b = issuesOf('banjir-sijenjang');
    expect([...b]).toHaveLength(1);
    for (const id of a) expect(b.has(id)).toBe(false);
  });
});
