// Fixture data for the evaluation: two issues of Kota Jambi around the office's responses, written
// straight into a store with their issue ids (as the daily map leaves them).
// - "isu-banjir" (flood in Tanjung Pinang): 30 mentions in the 24 h before the office's press release
//   at 2026-11-30 12:00 WIB, 20 of them negative and 3 spreading a hoax; 30 in the 24 h after, 9
//   negative and 1 hoax; 4 of the after mentions cite the release (2 link it, 2 name BPBD and repeat
//   its facts). First mention 2026-11-29 08:00 WIB.
// - "isu-jalan" (potholes on Jl. Sultan Thaha): 4 mentions before and 3 after a fact answering it:
//   too few for a figure.
// Plus the office's own posts (owned, not counted), and mentions of no issue.
import { emptyAnalysis, type Analysis, type Mention, type SentimentLabel } from '../../src/core/types.js';

export const RELEASE_URL = 'https://jambikota.go.id/berita/bpbd-dirikan-posko-banjir-tanjung-pinang';
export const RELEASE_AT = '2026-11-30T05:00:00.000Z'; // 12:00 WIB
export const FLOOD_FIRST = '2026-11-29T01:00:00.000Z'; // 08:00 WIB

const OUTLETS = ['jambiekspres', 'tribunjambi', 'jambione', 'metrojambi', 'jambilink'];
const ACCOUNTS = ['warga_tp', 'infojambi', 'jambi24jam', 'mak_ijah', 'rudi.jbi', 'sipin_kita'];

const NEG = [
  'Banjir setinggi lutut merendam rumah warga Tanjung Pinang, warga mengeluh belum ada bantuan.',
  'Warga Tanjung Pinang kecewa, banjir sudah dua hari dan posko belum terlihat.',
  'Air banjir masuk rumah, warga Kelurahan Tanjung Pinang terpaksa mengungsi ke masjid.',
  'Banjir Tanjung Pinang makin parah, drainase tersumbat dan pemerintah dinilai lamban.',
];
const NEUTRAL = [
  'Hujan deras sejak pagi membuat sejumlah ruas di Tanjung Pinang tergenang banjir.',
  'Ketinggian air banjir di Tanjung Pinang terpantau 40 sentimeter siang ini.',
];
const HOAX = 'Beredar pesan berantai bendungan jebol dan banjir besar akan merendam seluruh Kota Jambi malam ini, sebarkan!';
const CITE_LINK = `BPBD Kota Jambi mendirikan tiga posko pengungsian di Tanjung Pinang, rilis lengkap: ${RELEASE_URL}`;
const CITE_NAME = 'Menurut BPBD Kota Jambi, tiga posko pengungsian banjir sudah berdiri di Kelurahan Tanjung Pinang dan dapur umum melayani warga.';

function an(label: SentimentLabel, over: Partial<Analysis> = {}): Analysis {
  return { ...emptyAnalysis(), language: 'id', sentiment: { label, score: label === 'negative' ? -0.7 : label === 'positive' ? 0.6 : 0 }, topics: ['banjir-lingkungan'], versions: { sentiment: '1' }, ...over };
}

let n = 0;
function m(issueId: string | undefined, atMs: number, text: string, label: SentimentLabel, opts: { social?: boolean; hoax?: boolean; owned?: boolean; url?: string; title?: string; source?: string } = {}): Mention {
  n++;
  const id = `ev${String(n).padStart(4, '0')}`;
  const social = opts.social ?? n % 3 === 0;
  const source = opts.source ?? (social ? 'import-x' : OUTLETS[n % OUTLETS.length]!);
  const url = opts.url ?? (social ? `https://x.com/${ACCOUNTS[n % ACCOUNTS.length]}/status/${1000 + n}` : `https://${source}.example/berita/${id}`);
  const hoax = opts.hoax ? { score: 0.8, flagged: true, indicators: ['urgency', 'chain'], debunks: [] } : emptyAnalysis().hoax;
  return {
    id,
    sourceId: source,
    kind: social ? 'social' : 'news',
    url,
    canonicalUrl: url,
    title: opts.title ?? (social ? '' : text.split(',')[0]!.slice(0, 80)),
    text,
    ...(social ? { author: ACCOUNTS[n % ACCOUNTS.length] } : {}),
    publishedAt: new Date(atMs).toISOString(),
    fetchedAt: new Date(atMs + 60_000).toISOString(),
    analysis: an(label, { hoax }),
    meta: opts.owned ? { isOwned: true } : {},
    ...(issueId ? { issueId } : {}),
  };
}

export function evaluationMentions(): Mention[] {
  n = 0;
  const out: Mention[] = [];
  const release = Date.parse(RELEASE_AT);
  const first = Date.parse(FLOOD_FIRST);
  const H = 3_600_000;
  // Older flood mentions: the issue began the day before.
  out.push(m('isu-banjir', first, NEG[0]!, 'negative'));
  out.push(m('isu-banjir', first + 2 * H, NEUTRAL[0]!, 'neutral'));
  // 30 before the release (within 24 h): 20 negative, 3 of them the hoax.
  for (let i = 0; i < 30; i++) {
    const at = release - 23 * H + i * 45 * 60_000;
    if (i < 3) out.push(m('isu-banjir', at, HOAX, 'negative', { social: true, hoax: true }));
    else if (i < 20) out.push(m('isu-banjir', at, NEG[i % NEG.length]!, 'negative'));
    else out.push(m('isu-banjir', at, NEUTRAL[i % NEUTRAL.length]!, 'neutral'));
  }
  // The office's release (owned: not counted) and its own post.
  out.push(m('isu-banjir', release, 'BPBD Kota Jambi mendirikan tiga posko pengungsian di Kelurahan Tanjung Pinang; dapur umum melayani 450 warga.', 'neutral', { owned: true, url: RELEASE_URL, source: 'pemkot-jambi', social: false, title: 'BPBD Dirikan Tiga Posko Pengungsian Banjir di Tanjung Pinang' }));
  out.push(m('isu-banjir', release + 20 * 60_000, 'Posko pengungsian banjir Tanjung Pinang sudah buka, warga yang butuh bantuan hubungi 112.', 'neutral', { owned: true, social: true, source: 'ig-pemkot' }));
  // 30 after: 9 negative (1 the hoax), 4 citing the release.
  for (let i = 0; i < 30; i++) {
    const at = release + H + i * 45 * 60_000;
    if (i === 0) out.push(m('isu-banjir', at, HOAX, 'negative', { social: true, hoax: true }));
    else if (i < 9) out.push(m('isu-banjir', at, NEG[i % NEG.length]!, 'negative'));
    else if (i < 11) out.push(m('isu-banjir', at, CITE_LINK, 'neutral', { social: false }));
    else if (i < 13) out.push(m('isu-banjir', at, CITE_NAME, 'positive', { social: false }));
    else out.push(m('isu-banjir', at, NEUTRAL[i % NEUTRAL.length]!, i % 2 ? 'neutral' : 'positive'));
  }
  // The road issue: a fact answers it at 2026-11-30 00:00 WIB (start of the fact's day); 4 mentions before, 3 after.
  const fact = Date.parse('2026-11-29T17:00:00.000Z');
  for (let i = 0; i < 4; i++) out.push(m('isu-jalan', fact - (i + 1) * 3 * H, 'Jalan Sultan Thaha berlubang, pengendara motor terjatuh.', 'negative', { social: false }));
  for (let i = 0; i < 3; i++) out.push(m('isu-jalan', fact + (i + 1) * 3 * H, 'Dinas PUPR mulai menambal lubang di Jalan Sultan Thaha.', 'neutral', { social: false }));
  // No issue.
  out.push(m(undefined, release, 'Harga cabai di Pasar Angso Duo turun.', 'neutral', { social: false }));
  return out;
}
