// User-facing words of the map, Indonesian first and English with --lang en. Numbers are written
// in the language's locale (id-ID: 1.200 and 18,5) and dates in the office's zone.
export type Lang = 'id' | 'en';

/** One formatter per language and digits: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>();

export function fmtNumber(n: number, lang: Lang, digits = 0): string {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: digits })));
  return f.format(n);
}

export function fmtPercent(share: number, lang: Lang): string {
  return `${fmtNumber(Math.round(share * 100), lang)}%`;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Senin, 30 November 2026" / "Monday, 30 November 2026" for a local day "YYYY-MM-DD". */
export function fmtDay(day: string, lang: Lang, weekday = true): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const months = lang === 'id' ? MONTHS_ID : MONTHS_EN;
  const s = `${d} ${months[m - 1]} ${y}`;
  return weekday ? `${(lang === 'id' ? DAYS_ID : DAYS_EN)[wd]}, ${s}` : s;
}

export function fmtPeriod(p: { from: string; to: string }, lang: Lang): string {
  return p.from === p.to ? fmtDay(p.from, lang) : `${fmtDay(p.from, lang, false)} – ${fmtDay(p.to, lang, false)}`;
}

const ID = {
  title: 'Peta Isu',
  period: 'Periode',
  generated: 'Dibuat',
  mentions: 'sebutan',
  issues: 'isu',
  issue: 'Isu',
  volume: 'Volume',
  trend: 'Tren',
  sentiment: 'Sentimen',
  positive: 'positif',
  neutral: 'netral',
  negative: 'negatif',
  regions: 'Wilayah',
  entities: 'Tokoh dan instansi',
  outlets: 'Media',
  accounts: 'Akun',
  hoax: 'Terindikasi hoaks',
  debunks: 'Bantahan',
  facts: 'Fakta terkait',
  brief: 'Bahan jawaban',
  saying: 'Yang dibicarakan',
  factsSay: 'Yang dikatakan data',
  opd: 'OPD penanggung jawab',
  holding: 'Usulan pernyataan',
  channels: 'Kanal paling ramai',
  needsData: 'perlu data dari OPD',
  outside: 'Di luar wilayah (nasional, luar negeri, daerah lain)',
  outsideShort: 'di luar wilayah',
  new: 'baru',
  up: 'naik',
  down: 'turun',
  steady: 'tetap',
  vsYesterday: 'dibanding periode sebelumnya',
  leftOut: 'isu lain tidak ditampilkan',
  fullMap: 'Peta lengkap',
  volumeChart: 'Volume per jam',
  sentimentChart: 'Sentimen per isu',
  choropleth: 'Sebutan negatif per kecamatan',
  rank: 'No',
  label: 'Isu',
  reach: 'Jangkauan',
  first: 'Pertama muncul',
  noIssues: 'Tidak ada isu pada periode ini.',
  noMap: 'Tanpa berkas batas wilayah: kisi kecamatan.',
  summaryLine: 'sebutan tentang wilayah, dalam',
  topIssues: 'Isu teratas',
  represent: 'Contoh sebutan',
  all: 'Semua sebutan',
  score: 'skor',
  reason: 'alasan',
  text: 'teks',
  topic: 'topik',
  place: 'tempat',
  entity: 'OPD',
};

export type Strings = typeof ID;

const EN: Strings = {
  title: 'Issue Map',
  period: 'Period',
  generated: 'Generated',
  mentions: 'mentions',
  issues: 'issues',
  issue: 'Issue',
  volume: 'Volume',
  trend: 'Trend',
  sentiment: 'Sentiment',
  positive: 'positive',
  neutral: 'neutral',
  negative: 'negative',
  regions: 'Regions',
  entities: 'People and agencies',
  outlets: 'Outlets',
  accounts: 'Accounts',
  hoax: 'Possible hoax',
  debunks: 'Debunks',
  facts: 'Linked facts',
  brief: 'Response brief',
  saying: 'What is being said',
  factsSay: 'What the facts say',
  opd: 'Responsible agency',
  holding: 'Suggested holding statement',
  channels: 'Loudest channels',
  needsData: 'data needed from agency',
  outside: 'Outside the region (national, foreign, other regions)',
  outsideShort: 'outside the region',
  new: 'new',
  up: 'up',
  down: 'down',
  steady: 'steady',
  vsYesterday: 'vs the previous period',
  leftOut: 'more issues not shown',
  fullMap: 'Full map',
  volumeChart: 'Volume per hour',
  sentimentChart: 'Sentiment per issue',
  choropleth: 'Negative mentions per district',
  rank: '#',
  label: 'Issue',
  reach: 'Reach',
  first: 'First seen',
  noIssues: 'No issues in this period.',
  noMap: 'No boundary file: a grid of the districts.',
  summaryLine: 'mentions about the region, in',
  topIssues: 'Top issues',
  represent: 'Sample mentions',
  all: 'All mentions',
  score: 'score',
  reason: 'reason',
  text: 'text',
  topic: 'topic',
  place: 'place',
  entity: 'agency',
};

export function strings(lang: Lang): Strings {
  return lang === 'en' ? EN : ID;
}
