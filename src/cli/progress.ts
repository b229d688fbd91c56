// Human progress on a TTY (stderr), nothing extra otherwise: pino's structured logs cover pipes/cron.
// Also the words of the run summary: counts, and why items were skipped, dropped or failed.
import type { ReasonGroup } from '../pipeline/dispositions.js';
import type { ProgressReporter, SourceResult } from '../pipeline/runner.js';

export function ttyProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter | undefined {
  if (!stream.isTTY) return undefined;
  return {
    sourceStart(s) {
      stream.write(`→ ${s.id} (${s.kind}) ${s.url}\n`);
    },
    item(_s, m) {
      stream.write(`  + ${m.title.slice(0, 90)}\n`);
    },
    sourceDone(r: SourceResult) {
      const mark = r.busy ? '…' : r.ok ? '✓' : '✗';
      stream.write(`${mark} ${r.sourceId}: ${r.busy ?? formatCounts(r.counts)}${r.error ? ` — ${r.error}` : ''}\n`);
    },
  };
}

export function formatCounts(c: Record<string, number>): string {
  return Object.entries(c)
    .filter(([k, v]) => v > 0 || k === 'indexed')
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

const CODE_LABELS: Record<string, string> = {
  robots: 'robots.txt',
  robots_unavailable: 'robots.txt unavailable',
  ssrf: 'SSRF refusal: private address',
  not_html: 'not HTML',
  too_large: 'too large: over crawl.maxBytes',
  over_limit: 'over crawl.maxItemsPerSource',
  not_fetched: 'not fetched this run',
  no_link: 'no link',
  store: 'store unavailable',
  timeout: 'timeout',
  network: 'network error',
  dns: 'DNS',
  rate_limited: 'rate limited',
  too_many_redirects: 'too many redirects',
  unresolved: 'publisher URL not found',
  empty: 'no text',
  invalid: 'invalid item',
};

/** A reason code as the summary says it: "robots.txt", "HTTP 404", "not HTML"… */
export function codeLabel(code: string): string {
  const http = /^http_(\d{3})$/.exec(code);
  if (http) return `HTTP ${http[1]}`;
  return CODE_LABELS[code] ?? code.replace(/_/g, ' ');
}

/** One line per group: "skipped 2 (robots.txt): URL, URL". */
export function formatGroup(g: ReasonGroup): string {
  const more = g.count > g.urls.length ? ', …' : '';
  const why = g.code === 'other' ? shorten(g.example.replace(/\s+/g, ' '), 80) : codeLabel(g.code);
  return `${g.disposition} ${g.count} (${why}): ${g.urls.join(', ')}${more}`;
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
