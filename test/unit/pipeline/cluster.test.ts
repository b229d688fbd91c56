// Issue 4: "a syndicated story from three outlets becomes one cluster with three mentions". Three
// outlets (three loopback servers, so three hosts) each publish the same wire story in their own
// words and layout; the real crawlers, extractor and SQLite store run; the runner groups the copies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { warmClusterer } from '../../../analyzers/cluster/index.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Source, Store } from '../../../src/core/types.js';
import { runOnce, type PipelineDeps } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { TITLES, antara, harian, otherFlood, portal } from '../../helpers/syndicated.js';
import { crawlConfig, fastHttp, rss } from '../crawlers/helpers.js';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title} - Portal</title></head><body>` +
  `<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav><article><h1>${title}</h1>` +
  text
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('') +
  `</article><footer>Hak cipta dilindungi undang-undang.</footer></body></html>`;

/** One outlet: a feed with its stories, each on its own page. */
async function outlet(stories: { slug: string; title: string; text: string }[]): Promise<FixtureServer> {
  const srv = await startFixtureServer();
  srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
  srv.route('/rss.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: rss(stories.map((s) => ({ title: s.title, link: srv.url(`/berita/${s.slug}`), pubDate: new Date(Date.now() - 3_600_000).toUTCString() }))),
  });
  for (const s of stories) srv.route(`/berita/${s.slug}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(s.title, s.text) });
  return srv;
}

const rssSource = (id: string, srv: FixtureServer): Source => ({
  id,
  kind: 'rss',
  url: srv.url('/rss.xml'),
  everyMinutes: 15,
  render: false,
  owned: false,
  factcheck: false,
  options: {},
});

describe('story clusters in the pipeline', () => {
  let servers: FixtureServer[] = [];
  let store: Store;
  let crawlers: Crawlers;

  beforeEach(async () => {
    store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
    crawlers = createCrawlers({ crawl: crawlConfig(), http: fastHttp, log: silentLogger, trustedHosts: ['127.0.0.1'] });
  });
  afterEach(async () => {
    await crawlers.close();
    await store.close();
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  const deps = async (): Promise<PipelineDeps> => ({
    store,
    crawlers,
    analyzers: null,
    extract: (html, url) => extractArticle(html, url),
    canonicalize: (u) => canonicalizeUrl(u),
    log: silentLogger,
    clusterer: await warmClusterer(store),
  });

  it('groups three outlets’ copies of one wire story into one cluster and keeps all three mentions', async () => {
    const a = await outlet([
      { slug: 'banjir-kota-jambi', title: TITLES.antara, text: antara },
      { slug: 'batanghari-meluap', title: TITLES.otherFlood, text: otherFlood },
    ]);
    const b = await outlet([{ slug: 'banjir-rendam-rumah', title: TITLES.harian, text: harian }]);
    const c = await outlet([{ slug: 'banjir-lagi', title: TITLES.portal, text: portal }]);
    servers = [a, b, c];
    const summary = await runOnce([rssSource('antara', a), rssSource('harian', b), rssSource('portal', c)], await deps());
    expect(summary.totals.indexed).toBe(4);

    const all = (await store.search({ limit: 100 })).items;
    const wire = all.filter((m) => m.title !== TITLES.otherFlood);
    expect(wire.map((m) => m.sourceId).sort()).toEqual(['antara', 'harian', 'portal']);
    const clusterIds = new Set(wire.map((m) => m.meta?.clusterId));
    expect(clusterIds.size).toBe(1);
    expect([...clusterIds][0]).toEqual(expect.any(String));
    const other = all.find((m) => m.title === TITLES.otherFlood)!;
    expect(other.meta?.clusterId).toBe(other.id);
    expect(clusterIds.has(other.meta?.clusterId)).toBe(false);
  });

  it('a copy that arrives in a later run joins the cluster stored by the earlier run', async () => {
    const a = await outlet([{ slug: 'banjir-kota-jambi', title: TITLES.antara, text: antara }]);
    const c = await outlet([{ slug: 'banjir-lagi', title: TITLES.portal, text: portal }]);
    servers = [a, c];
    await runOnce([rssSource('antara', a)], await deps());
    const first = (await store.search({ limit: 10 })).items[0]!;
    expect(first.meta?.clusterId).toBe(first.id);

    // A new clusterer, warmed from the store, as after a restart.
    await runOnce([rssSource('portal', c)], await deps());
    const copy = (await store.search({ sourceId: 'portal', limit: 10 })).items[0]!;
    expect(copy.id).not.toBe(first.id);
    expect(copy.meta?.clusterId).toBe(first.id);
  });
});
