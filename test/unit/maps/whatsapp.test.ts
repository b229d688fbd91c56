// The WhatsApp map: WhatsApp markup only, the top issues within 1,600 characters, never more than
// 4,096 in all, saying how many issues were left out and where the full map is.
import { describe, expect, it } from 'vitest';
import { renderWhatsapp, WHATSAPP_LIMIT, WHATSAPP_TOP } from '../../../src/maps/render/whatsapp.js';
import type { IssueMap, MapIssue } from '../../../src/maps/types.js';

function issue(n: number, over: Partial<MapIssue> = {}): MapIssue {
  const long = `Warga Kelurahan Tanjung Pinang keluhkan banjir berulang dan drainase tersumbat nomor ${n} yang tak kunjung ditangani pemerintah`;
  return {
    id: `isu-${String(n).padStart(12, '0')}`,
    label: long,
    rank: n,
    importance: 100 - n,
    volume: 40 - n,
    trend: { previous: 3, change: 37 - n, direction: 'up' },
    sentiment: { positive: 1, neutral: 4, negative: 35 - n },
    negativeShare: 0.8,
    firstSeen: '2026-12-01T05:40:00+07:00',
    lastSeen: '2026-12-01T20:40:00+07:00',
    perHour: [],
    perDay: [],
    topics: [{ id: 'banjir-lingkungan', label: 'Banjir & Lingkungan', count: 30 }],
    keyTerms: ['banjir', 'tanjung pinang'],
    regions: [{ code: '15.71.03.1010', name: 'Tanjung Pinang', level: 'village', count: 20 }],
    entities: [],
    outlets: [],
    accounts: [],
    reach: { engagement: 0, mentionsWithEngagement: 0 },
    hoax: { flagged: n % 5 === 0, score: 0, indicators: [], debunks: [] },
    facts: [{ id: 'f', statement: 'BPBD Kota Jambi mendirikan 3 posko pengungsian di Kelurahan Tanjung Pinang dan menyalurkan 1.200 paket sembako kepada 450 kepala keluarga terdampak banjir yang mengungsi sejak Senin malam.', score: 0.8, reason: '', parts: { topic: 1, place: 1, entity: 1, text: 0.5 }, source_url: 'https://jambikota.go.id/berita/x', opd: 'BPBD Kota Jambi', date: '2026-11-30', answers: true }],
    opd: 'BPBD Kota Jambi',
    representatives: [{ id: 'm', url: `https://jambi.tribunnews.com/2026/12/01/banjir-tanjung-pinang-${n}-berita-panjang-sekali`, title: 't', source: 'tribun-jambi', kind: 'news', publishedAt: '2026-12-01T05:40:00+07:00', sentiment: 'negative', sentimentScore: -0.9, hoaxFlagged: false }],
    mentions: [],
    ...over,
  };
}

function map(n: number): IssueMap {
  return {
    version: 1,
    period: { from: '2026-12-01', to: '2026-12-01' },
    timezone: 'Asia/Jakarta',
    generatedAt: '2026-12-02T00:00:00Z',
    lang: 'id',
    homeRegion: { code: '15.71', name: 'Kota Jambi' },
    totals: { mentions: 500, city: 450, outside: 50, issues: n, sentiment: { positive: 50, neutral: 100, negative: 300 }, perHour: [], perDay: [] },
    issues: Array.from({ length: n }, (_, i) => issue(i + 1)),
    outside: { volume: 50, sentiment: { positive: 0, neutral: 50, negative: 0 }, mentions: [] },
    districts: [],
    villages: [],
  };
}

describe('whatsapp map', () => {
  it('keeps a day of 20 issues under 4,096 characters, the top ones within 1,600, and says what was left out', () => {
    const text = renderWhatsapp(map(20), { fullMap: 'reports/peta-isu-2026-12-01.html' });
    expect(text.length).toBeLessThan(WHATSAPP_LIMIT);
    const first = text.slice(0, WHATSAPP_TOP);
    expect(first).toContain('*1. ');
    expect(first).toContain('*2. ');
    expect(text).toMatch(/\d+ isu lain tidak ditampilkan\. Peta lengkap: reports\/peta-isu-2026-12-01\.html_$/);
    const shown = (text.match(/^\*\d+\. /gm) ?? []).length;
    const left = Number(/(\d+) isu lain/.exec(text)![1]);
    expect(shown + left).toBe(20);
  });

  it('uses WhatsApp markup only: no Markdown links, headings or tables; bare links', () => {
    const text = renderWhatsapp(map(3));
    expect(text).not.toMatch(/\]\(|^#|\|---/m);
    expect(text).toMatch(/^https:\/\/jambi\.tribunnews\.com\/\S+$/m);
    expect(text).toMatch(/^- \d+ sebutan/m);
    expect(text).not.toContain('isu lain tidak ditampilkan');
  });

  it('strips WhatsApp markup characters out of titles', () => {
    const m = map(1);
    m.issues[0]!.label = '*Viral* _banjir_ ~parah~';
    expect(renderWhatsapp(m)).toContain('*1. Viral banjir parah*');
  });

  it('writes the change without a sign: the word says the direction (naik 12, turun 4, tetap)', () => {
    const m = map(3);
    m.issues[0]!.trend = { previous: 3, change: 12, direction: 'up' };
    m.issues[1]!.trend = { previous: 9, change: -4, direction: 'down' };
    m.issues[2]!.trend = { previous: 5, change: 0, direction: 'steady' };
    const out = renderWhatsapp(m);
    expect(out).toContain('(naik 12)');
    expect(out).toContain('(turun 4)');
    expect(out).toContain('(tetap)');
    expect(out).not.toMatch(/turun -|naik \+/);
    expect(renderWhatsapp(m, { lang: 'en' })).toContain('(down 4)');
  });

  it('writes English with --lang en', () => {
    expect(renderWhatsapp(map(1), { lang: 'en' })).toMatch(/Issue Map Kota Jambi — Tuesday, 1 December 2026/);
  });
});
