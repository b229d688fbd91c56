// The dashboard's words, Indonesian first; English when chosen (remembered in this browser).
const ID = {
  'nav.issues': 'Peta isu', 'nav.mentions': 'Sebutan', 'nav.alerts': 'Peringatan', 'nav.sources': 'Sumber', 'nav.audit': 'Audit kanal', 'nav.leader': 'Pimpinan',
  logout: 'Keluar', 'login.title': 'Masuk', 'login.user': 'Nama pengguna', 'login.password': 'Kata sandi', 'login.submit': 'Masuk', 'login.failed': 'Nama pengguna atau kata sandi salah',
  date: 'Tanggal', show: 'Tampilkan', mentions: 'sebutan', issues: 'isu', negative: 'negatif', positive: 'positif', neutral: 'netral',
  'trend.new': 'baru', 'trend.up': 'naik', 'trend.down': 'turun', 'trend.steady': 'tetap', hoax: 'HOAKS', places: 'Tempat', facts: 'Fakta terkait', brief: 'Bahan jawaban',
  holding: 'Pernyataan sementara', needsData: 'Perlu data', opd: 'OPD', copyWa: 'Salin untuk WhatsApp', copied: 'Tersalin', allMentions: 'Semua sebutan',
  chart: 'Volume dan porsi negatif', volume: 'Volume', negShare: 'Porsi negatif (%)', noIssues: 'Belum ada isu pada tanggal ini.',
  search: 'Cari', from: 'Dari', to: 'Sampai', source: 'Sumber', kind: 'Jenis', sentiment: 'Sentimen', topic: 'Topik', region: 'Wilayah (kode)', issue: 'Isu', any: 'semua',
  hoaxOnly: 'Hoaks', yes: 'ya', no: 'tidak', more: 'Muat lagi', export: 'Unduh', corrected: 'dikoreksi', correct: 'Koreksi sentimen', saved: 'Koreksi tersimpan', undo: 'Batalkan',
  markHoax: 'Tandai hoaks', unmarkHoax: 'Bukan hoaks', ack: 'Akui', acked: 'diakui', open: 'aktif', resolved: 'reda', noAlerts: 'Belum ada peringatan.',
  status: 'Status', lastRun: 'Terakhir jalan', lastOk: 'Terakhir berhasil', failures: 'Gagal berturut', items: 'Item', error: 'Galat', noSources: 'Belum ada sumber.',
  channel: 'Kanal', posts: 'Unggahan', replyMedian: 'Median waktu balas', answered: 'Terjawab', overdue: 'Pertanyaan lewat tenggat', noChannels: 'Tidak ada kanal milik sendiri (owned).',
  today: 'Hari ini', negShareShort: 'negatif', openAlerts: 'peringatan aktif', hoaxIssues: 'isu hoaks', topIssues: 'Isu teratas', readOnly: 'Tampilan baca saja',
  forbidden: 'Tidak diizinkan', failed: 'Gagal', loading: 'Memuat…', role: 'peran',
};
type Key = keyof typeof ID;
const EN: Record<Key, string> = {
  'nav.issues': 'Issue map', 'nav.mentions': 'Mentions', 'nav.alerts': 'Alerts', 'nav.sources': 'Sources', 'nav.audit': 'Channel audit', 'nav.leader': 'Leadership',
  logout: 'Log out', 'login.title': 'Log in', 'login.user': 'Username', 'login.password': 'Password', 'login.submit': 'Log in', 'login.failed': 'Wrong username or password',
  date: 'Date', show: 'Show', mentions: 'mentions', issues: 'issues', negative: 'negative', positive: 'positive', neutral: 'neutral',
  'trend.new': 'new', 'trend.up': 'up', 'trend.down': 'down', 'trend.steady': 'steady', hoax: 'HOAX', places: 'Places', facts: 'Linked facts', brief: 'Response brief',
  holding: 'Holding statement', needsData: 'Needs data', opd: 'Agency', copyWa: 'Copy for WhatsApp', copied: 'Copied', allMentions: 'All mentions',
  chart: 'Volume and negative share', volume: 'Volume', negShare: 'Negative share (%)', noIssues: 'No issues on this day yet.',
  search: 'Search', from: 'From', to: 'To', source: 'Source', kind: 'Kind', sentiment: 'Sentiment', topic: 'Topic', region: 'Region (code)', issue: 'Issue', any: 'any',
  hoaxOnly: 'Hoax', yes: 'yes', no: 'no', more: 'Load more', export: 'Download', corrected: 'corrected', correct: 'Correct sentiment', saved: 'Correction saved', undo: 'Undo',
  markHoax: 'Mark hoax', unmarkHoax: 'Not a hoax', ack: 'Acknowledge', acked: 'acknowledged', open: 'open', resolved: 'resolved', noAlerts: 'No alerts yet.',
  status: 'Status', lastRun: 'Last run', lastOk: 'Last success', failures: 'Failures in a row', items: 'Items', error: 'Error', noSources: 'No sources yet.',
  channel: 'Channel', posts: 'Posts', replyMedian: 'Median reply time', answered: 'Answered', overdue: 'Overdue questions', noChannels: 'No owned channels.',
  today: 'Today', negShareShort: 'negative', openAlerts: 'open alerts', hoaxIssues: 'hoax issues', topIssues: 'Top issues', readOnly: 'Read-only view',
  forbidden: 'Not allowed', failed: 'Failed', loading: 'Loading…', role: 'role',
};

export type Lang = 'id' | 'en';
let lang: Lang = (localStorage.getItem('pantau.lang') as Lang) === 'en' ? 'en' : 'id';

export const getLang = (): Lang => lang;
export function setLang(l: Lang): void {
  lang = l;
  localStorage.setItem('pantau.lang', l);
}
export function t(k: Key): string {
  return (lang === 'en' ? EN : ID)[k];
}
export function translateStatic(): void {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(el.dataset.i18n as Key)));
  document.getElementById('lang')!.textContent = lang === 'en' ? 'Bahasa Indonesia' : 'English';
}
export function num(n: number, digits = 0): string {
  return n.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits });
}
export function when(iso: string | undefined, zone: string): string {
  if (!iso) return '-';
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' });
}
