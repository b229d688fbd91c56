// npm run bench:hostile — parse time of deeply nested pages (issue 17.3), with and without the nesting
// cap of crawlers/shared/html-load.ts, for both parsers cheerio uses (parse5 by default, htmlparser2
// for extraction) and XML mode (sitemaps). Prints figures, asserts nothing. Without the cap the time
// grows with the square of the size, so the uncapped runs stop at BENCH_HOSTILE_MAX_UNCAPPED bytes
// (default 200 KB; set it to 3000000 to wait for the full figure) and the 3 MB figure is extrapolated.
import { load, type CheerioOptions } from 'cheerio';
import { extractArticle } from '../crawlers/html/extract/index.js';
import { capNesting } from '../crawlers/shared/html-depth.js';
import { loadHtml } from '../crawlers/shared/html-load.js';

const FULL = 3_000_000;
const maxUncapped = Number(process.env.BENCH_HOSTILE_MAX_UNCAPPED ?? 200_000);
const nested = (unit: string, bytes: number) => '<html><body>' + unit.repeat(Math.ceil(bytes / unit.length));
const ms = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const modes: [string, CheerioOptions | undefined, string][] = [
  ['parse5 (cheerio default)', undefined, '<div>'],
  ['htmlparser2 (extraction)', { xml: { xmlMode: false, decodeEntities: true } }, '<div>'],
  ['xml (sitemaps)', { xml: true }, '<url>'],
];

for (const [label, opts, unit] of modes) {
  const sizes = [100_000, 200_000, maxUncapped].filter((s, i, a) => a.indexOf(s) === i && s <= maxUncapped);
  const before = sizes.map((s) => [s, ms(() => load(nested(unit, s), opts))] as const);
  const [s1, t1] = before[before.length - 1]!;
  const extrapolated = s1 >= FULL ? t1 : t1 * (FULL / s1) ** 2;
  const page = nested(unit, FULL);
  const cap = ms(() => capNesting(page, opts?.xml === true ? 'xml' : opts ? 'htmlparser2' : 'parse5'));
  const after = ms(() => loadHtml(page, opts));
  console.log(
    `${label.padEnd(26)} uncapped: ${before.map(([s, t]) => `${(s / 1000).toFixed(0)} KB ${(t / 1000).toFixed(2)} s`).join(', ')}` +
      `${s1 >= FULL ? '' : ` → 3 MB ≈ ${(extrapolated / 1000).toFixed(0)} s (quadratic)`};  capped 3 MB: ${(after / 1000).toFixed(2)} s (the cap pass alone ${(cap / 1000).toFixed(2)} s)`,
  );
}

// The whole extraction of a hostile article (cap + parse + scorer), as the pipeline runs it.
const article = '<!doctype html><html><head><title>Jebakan</title></head><body><article><h1>Jebakan</h1><p>Teks.</p>' + '<div>'.repeat(FULL / 5);
console.log(`extractArticle on a 3 MB page of unclosed <div>: ${(ms(() => extractArticle(article, 'http://127.0.0.1/x')) / 1000).toFixed(2)} s`);
