// Human progress on a TTY (stderr), nothing extra otherwise: pino's structured logs cover pipes/cron.
// Also the words of the run summary: counts, and why items were skipped, dropped or failed.
import type { ReasonGroup } from '../pipeline/dispositions.js';
import type { ProgressReporter, SourceResult } from '../pipeline/runner.js';
import { dispositionWord, formatCounts, type Lang } from './i18n.js';
import { terminalSafe } from './terminal.js';

export function ttyProgress(stream: NodeJS.WriteStream = process.stderr, lang: Lang = 'id'): ProgressReporter | undefined {
  if (!stream.isTTY) return undefined;
  return {
    sourceStart(s) {
      stream.write(`→ ${s.id} (${s.kind}) ${terminalSafe(s.url)}\n`);
    },
    item(_s, m) {
      stream.write(`  + ${terminalSafe(m.title.slice(0, 90))}\n`);
    },
    sourceDone(r: SourceResult) {
      const mark = r.busy ? '…' : r.ok ? '✓' : '✗';
      stream.write(`${mark} ${r.sourceId}: ${terminalSafe(r.busy ?? formatCounts(r.counts, lang))}${r.error ? ` — ${terminalSafe(r.error)}` : ''}\n`);
    },
  };
}

export { formatCounts };

const CODE_LABELS: Record<string, Record<Lang, string>> = {
  robots: { id: 'robots.txt', en: 'robots.txt' },
  robots_unavailable: { id: 'robots.txt tidak tersedia', en: 'robots.txt unavailable' },
  ssrf: { id: 'ditolak SSRF: alamat privat', en: 'SSRF refusal: private address' },
  not_html: { id: 'bukan HTML', en: 'not HTML' },
  too_large: { id: 'terlalu besar: melebihi crawl.maxBytes', en: 'too large: over crawl.maxBytes' },
  over_limit: { id: 'melebihi crawl.maxItemsPerSource', en: 'over crawl.maxItemsPerSource' },
  not_fetched: { id: 'belum diambil pada putaran ini', en: 'not fetched this run' },
  no_link: { id: 'tanpa tautan', en: 'no link' },
  store: { id: 'penyimpanan tidak tersedia', en: 'store unavailable' },
  timeout: { id: 'waktu habis', en: 'timeout' },
  network: { id: 'galat jaringan', en: 'network error' },
  dns: { id: 'DNS', en: 'DNS' },
  rate_limited: { id: 'dibatasi laju', en: 'rate limited' },
  too_many_redirects: { id: 'terlalu banyak pengalihan', en: 'too many redirects' },
  unresolved: { id: 'URL penerbit tidak ditemukan', en: 'publisher URL not found' },
  empty: { id: 'tanpa teks', en: 'no text' },
  invalid: { id: 'butir tidak sah', en: 'invalid item' },
};

/** A reason code as the summary says it: "robots.txt", "HTTP 404", "bukan HTML"… */
export function codeLabel(code: string, lang: Lang = 'id'): string {
  const http = /^http_(\d{3})$/.exec(code);
  if (http) return `HTTP ${http[1]}`;
  return CODE_LABELS[code]?.[lang] ?? code.replace(/_/g, ' ');
}

/** One line per group: "dilewati 2 (robots.txt): URL, URL". Text from strangers is terminal-safe. */
export function formatGroup(g: ReasonGroup, lang: Lang = 'id'): string {
  const more = g.count > g.urls.length ? ', …' : '';
  const why = g.code === 'other' ? shorten(g.example.replace(/\s+/g, ' '), 80) : codeLabel(g.code, lang);
  return terminalSafe(`${dispositionWord(g.disposition, lang)} ${g.count} (${why}): ${g.urls.join(', ')}${more}`);
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
