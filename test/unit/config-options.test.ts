// Issue 16.9: intervals too small to be polite are refused, and every source kind's `options` is
// validated at load with the same "file: sources[N].options.key: expected X, got Y" errors as the
// rest of the config (unknown keys, wrong types, missing required options) — by the schemas the
// crawlers themselves read their options with.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../src/core/types.js';
import { SOURCE_OPTION_SCHEMAS } from '../../crawlers/options.js';
import { htmlListOptions } from '../../crawlers/html-list/options.js';
import { sitemapOptions } from '../../crawlers/sitemap/options.js';
import { socialOptions } from '../../crawlers/social/options.js';

const URLS: Record<SourceKind, string> = {
  rss: 'https://jambi.antaranews.com/rss/terkini.xml',
  sitemap: 'https://example.id/sitemap.xml',
  'google-news': '"Kota Jambi"',
  'html-list': 'https://www.komdigi.go.id/berita/berita-hoaks',
  page: 'https://jambikota.go.id/pengumuman',
  telegram: 'https://t.me/s/pemkotjambi',
  youtube: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC0',
  mastodon: 'https://mastodon.social/tags/jambi',
  reddit: 'https://www.reddit.com/r/indonesia',
  x: 'https://x.com/search?q=jambi',
  facebook: 'https://www.facebook.com/pemkotjambi',
  instagram: 'https://www.instagram.com/pemkotjambi',
  import: 'exports/laporan.csv',
};

/** Options each kind accepts (one valid set), and one wrong type for one of its own keys. */
const VALID: Record<SourceKind, { ok: Record<string, unknown>; bad: [string, unknown, RegExp] }> = {
  rss: { ok: {}, bad: ['cadence', 'sehari', /expected a duration like "1d" or "12h", got "sehari"/] },
  sitemap: { ok: { maxAgeDays: 3, maxSitemaps: 5, maxDepth: 1 }, bad: ['maxDepth', 1.5, /expected a whole number ≥ 0, got number 1\.5/] },
  'google-news': { ok: { query: 'Wali Kota Jambi', hl: 'id', gl: 'ID', ceid: 'ID:id', when: '7d' }, bad: ['hl', 5, /expected a language code such as "id", got number 5/] },
  'html-list': {
    ok: { linkSelector: 'h2 a', itemSelector: 'article', titleSelector: 'h2', dateSelector: 'time', nextSelector: 'a.next', maxPages: 3, allowOtherHosts: false, maxAgeDays: 7 },
    bad: ['allowOtherHosts', 'ya', /expected true or false, got string "ya"/],
  },
  page: { ok: { selector: 'main', ignoreSelector: '.counter' }, bad: ['selector', ['main'], /expected a CSS selector, got a list/] },
  telegram: { ok: { maxPages: 2, ownedHandle: '@pemkotjambi', cadence: '1d' }, bad: ['maxPages', 0, /expected a whole number ≥ 1, got number 0/] },
  youtube: { ok: { comments: false, channelId: 'UC0', maxCommentPages: 2, commentWindowDays: 3, apiBase: 'http://127.0.0.1:1' }, bad: ['comments', 'no', /expected true or false/] },
  mastodon: { ok: { replies: true, commentWindowDays: 2 }, bad: ['commentWindowDays', -1, /expected a number ≥ 0, got number -1/] },
  reddit: { ok: { maxPages: 1, maxRateLimitWaitMs: 0 }, bad: ['apiBase', 'ftp://x', /expected an http\(s\) URL, got string "ftp:\/\/x"/] },
  x: { ok: { query: 'jambi' }, bad: ['query', { q: 1 }, /expected a search query, got a mapping/] },
  facebook: { ok: { pageId: 1001, answerDeadlineDays: 2 }, bad: ['answerDeadlineDays', 'dua', /expected a whole number ≥ 0, got string "dua"/] },
  instagram: { ok: { igUserId: '17841400000000000' }, bad: ['maxCommentPages', 'banyak', /expected a whole number ≥ 1, got string "banyak"/] },
  import: {
    ok: { mapping: { text: 'isi', author: 'nama' }, format: 'csv', delimiter: ';', timezone: '+07:00', platform: 'whatsapp', maxBytes: 1000, encoding: 'windows-1252' },
    bad: ['mapping', { isi: 'text' }, /options\.mapping\.isi: unknown field \(known: text, title/],
  },
};

function load(kind: SourceKind, options: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return parseConfig(
    { sources: [{ id: 'satu', kind: 'rss', url: URLS.rss }, { id: 'dua', kind: 'rss', url: URLS.rss }, { id: 'tiga', kind, url: URLS[kind], options, ...extra }] },
    { file: 'pantau.config.yaml', env: {}, sourceOptions: SOURCE_OPTION_SCHEMAS },
  );
}

function loadError(kind: SourceKind, options: Record<string, unknown>): string {
  try {
    load(kind, options);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`${kind}: ${JSON.stringify(options)} was accepted`);
}

describe('intervals', () => {
  it('refuses every: 0m, 0, 30s and negative numbers; 1m and more pass', () => {
    for (const every of ['0m', '0', 0, '30s', 0.5, -5]) {
      expect(() => parseConfig({ sources: [{ id: 'a', kind: 'rss', url: URLS.rss, every }] }, { file: 'c.yaml', env: {} })).toThrow(
        /c\.yaml: sources\[0\]\.every: expected an interval of at least 1m, got/,
      );
    }
    expect(() => parseConfig({ schedule: { every: '0m' } }, { env: {} })).toThrow(/schedule\.every: expected an interval of at least 1m/);
    expect(parseConfig({ sources: [{ id: 'a', kind: 'rss', url: URLS.rss, every: '60s' }] }, { env: {} }).sources[0]!.everyMinutes).toBe(1);
    expect(() => parseConfig({ sources: [{ id: 'a', kind: 'rss', url: URLS.rss, every: true }] }, { env: {} })).toThrow(
      /sources\[0\]\.every: expected a duration like "15m", "1h" or "90s", got boolean true/,
    );
  });
});

describe('source options, every kind', () => {
  it('has a schema for every kind', () => {
    expect(Object.keys(SOURCE_OPTION_SCHEMAS).sort()).toEqual([...SOURCE_KINDS].sort());
  });

  for (const kind of SOURCE_KINDS) {
    it(`${kind}: accepts its options, rejects a wrong type, an unknown key and a typo`, () => {
      expect(load(kind, VALID[kind].ok).sources[2]!.options).toEqual(VALID[kind].ok);
      const [key, value, msg] = VALID[kind].bad;
      const err = loadError(kind, { ...VALID[kind].ok, [key]: value });
      expect(err).toMatch(new RegExp(`^pantau\\.config\\.yaml: sources\\[2\\]\\.options\\.${key}`));
      expect(err).toMatch(msg);
      expect(loadError(kind, { ...VALID[kind].ok, linkSelecter: 'h2 a' })).toMatch(
        /^pantau\.config\.yaml: unknown key "sources\[2\]\.options\.linkSelecter" \(known: cadence, answerDeadlineDays/,
      );
    });
  }

  it('a missing required option fails at load, naming what it is for', () => {
    expect(loadError('html-list', {})).toBe(
      'pantau.config.yaml: sources[2].options.linkSelector: required (a CSS selector for the article links on the index page, e.g. "h2 a")',
    );
    expect(loadError('facebook', {})).toMatch(/^pantau\.config\.yaml: sources\[2\]\.options\.pageId: required \(the numeric id of the Facebook page/);
    expect(loadError('instagram', { igUserId: '' })).toMatch(/sources\[2\]\.options\.igUserId: required/);
  });

  it('a disabled source is not checked (it may be a placeholder)', () => {
    expect(load('facebook', {}, { enabled: false }).sources).toHaveLength(2);
  });

  it('the crawlers read the same schemas: defaults, numeric strings, the same message at crawl time', () => {
    const src = (kind: SourceKind, options: Record<string, unknown>): Source => ({
      id: 'x1', kind, url: URLS[kind], everyMinutes: 15, render: false, owned: false, factcheck: false, options,
    });
    expect(sitemapOptions(src('sitemap', { maxAgeDays: '3' }))).toMatchObject({ maxAgeDays: 3, maxSitemaps: 10, maxDepth: 2 });
    expect(htmlListOptions(src('html-list', { linkSelector: 'h2 a' }))).toMatchObject({ linkSelector: 'h2 a', allowOtherHosts: false, maxAgeDays: 0 });
    expect(socialOptions(src('facebook', { pageId: 1001 }), 'facebook')).toMatchObject({ pageId: '1001', maxPages: 5, maxCommentPages: 3, commentWindowDays: 7, maxRateLimitWaitMs: 60_000 });
    expect(() => htmlListOptions(src('html-list', { linkSelector: 'a', maxPages: 'x' }))).toThrow(
      new ConfigError('sources[id=x1].options.maxPages: expected a whole number ≥ 1, got string "x"'),
    );
  });
});

describe('the starter config (pantau init)', () => {
  it('passes the option schemas, its commented social examples too', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const text = readFileSync(new URL('../../src/cli/templates/pantau.config.yaml', import.meta.url), 'utf8');
    const uncommented = text
      .split('\n')
      .map((l) => (/^ {2}# (- id:| {2})/.test(l) ? l.replace(/^ {2}# /, '  ') : l))
      .join('\n');
    for (const t of [text, uncommented]) {
      const cfg = parseConfig(parse(t) as Record<string, unknown>, { env: {}, sourceOptions: SOURCE_OPTION_SCHEMAS });
      expect(cfg.sources.length).toBeGreaterThan(5);
    }
  });
});
