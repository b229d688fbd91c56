import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { HttpClient } from '../../../crawlers/shared/http.js';
import { createFacebookCrawler } from '../../../crawlers/social/facebook.js';
import { createInstagramCrawler } from '../../../crawlers/social/instagram.js';
import { createImportCrawler } from '../../../crawlers/social/import.js';
import { readCsv } from '../../../crawlers/social/csv.js';
import { parseImportDate } from '../../../crawlers/social/import-date.js';
import { parseCount } from '../../../crawlers/social/import-values.js';
import { readRateLimit } from '../../../crawlers/social/rate-limit.js';
import type { FixtureServer } from '../../helpers/fixture-server.js';
import { collect, failure, JSON_HEADERS, source, testContext, useLoopback } from './helpers.js';

let srv: FixtureServer;
let http: HttpClient;
const env = { META_ACCESS_TOKEN: 'EAAG-secret' };
const now = () => Date.parse('2026-11-19T00:00:00Z');
useLoopback((s, h) => {
  srv = s;
  http = h;
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({ headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });

describe('facebook connector', () => {
  const fbSource = () => source('facebook', 'https://www.facebook.com/pemkotjambi', { apiBase: `${srv.origin}/v21.0`, pageId: '1001' }, { owned: true });

  it('posts with paging.cursors.after, comments with replies, page answers marked owned', async () => {
    srv.route('/v21.0/1001/posts', (req) => {
      const after = new URL(req.path, 'http://x').searchParams.get('after');
      if (after === 'QVFIUk') {
        return json({ data: [{ id: '1001_2', message: 'Pengumuman lama', created_time: '2026-11-01T01:00:00+0000', from: { id: '1001', name: 'Pemkot Jambi' } }], paging: { cursors: { before: 'x', after: 'END' } } });
      }
      return json(
        {
          data: [
            {
              id: '1001_3',
              message: 'Posko pengaduan banjir dibuka 24 jam.',
              created_time: '2026-11-18T01:00:00+0000',
              permalink_url: 'https://www.facebook.com/pemkotjambi/posts/pfbid03',
              from: { id: '1001', name: 'Pemkot Jambi' },
              shares: { count: 7 },
              reactions: { data: [], summary: { total_count: 120 } },
              comments: { data: [], summary: { total_count: 2 } },
            },
            { id: '1001_bad', message: 'tanpa waktu' },
          ],
          paging: { cursors: { before: 'a', after: 'QVFIUk' }, next: 'https://graph.facebook.com/v21.0/1001/posts?after=QVFIUk&access_token=EAAG-secret' },
        },
        { 'x-app-usage': '{"call_count":12,"total_cputime":3,"total_time":4}' },
      );
    });
    srv.route('/v21.0/1001_3/comments', json({
      data: [
        { id: '1001_3_52', message: 'Terima kasih, posko ada di Kantor Camat Jambi Timur.', created_time: '2026-11-18T04:00:00+0000', from: { id: '1001', name: 'Pemkot Jambi' }, parent: { id: '1001_3_51' }, like_count: 2 },
        { id: '1001_3_51', message: 'Posko terdekat di mana ya?', created_time: '2026-11-18T02:00:00+0000', from: { id: '555', name: 'Siti' }, like_count: 1, comment_count: 1 },
        { id: '1001_3_50', created_time: '2026-11-18T01:30:00+0000', from: { id: '556', name: 'Andi' } },
      ],
      paging: { cursors: { before: 'b', after: 'c' } },
    }));
    const ctx = testContext();
    const items = await collect(createFacebookCrawler({ http, log: silentLogger, env, now }).crawl(fbSource(), ctx));
    expect(items.map((i) => [i.meta!.platformId, i.meta!.isOwned, i.meta!.replyTo ?? null])).toEqual([
      ['1001_3', true, null],
      ['1001_2', true, null], // first run, no cursor: older pages are read too (up to maxPages)
      ['1001_3_52', true, '1001_3_51'],
      ['1001_3_51', false, '1001_3'],
    ]);
    expect(items[0]).toMatchObject({ url: 'https://www.facebook.com/pemkotjambi/posts/pfbid03', meta: { engagement: { likes: 120, replies: 2, shares: 7 } } });
    expect(items[3]!.url).toBe('https://www.facebook.com/1001_3?comment_id=1001_3_51');
    expect(ctx.reports.map((r) => [r.disposition, r.reason])).toEqual([
      ['dropped', 'post 1001_bad has no readable created_time'],
      ['skipped', 'comment without text (sticker or media)'],
    ]);
    for (const r of ctx.reports) expect(r.url).not.toContain('EAAG-secret');
    // Paged by rebuilding our own URL with cursors.after (never following paging.next to graph.facebook.com).
    expect(srv.requestsTo('/v21.0/1001/posts').map((r) => new URL(r.path, 'http://x').searchParams.get('after'))).toEqual([null, 'QVFIUk']);
    expect(new URL(srv.requestsTo('/v21.0/1001/posts')[0]!.path, 'http://x').searchParams.get('access_token')).toBe('EAAG-secret');
  });

  it('follows cursors while posts are new, and a second run yields nothing known', async () => {
    srv.route('/v21.0/1001/posts', (req) => {
      const after = new URL(req.path, 'http://x').searchParams.get('after');
      if (after) return json({ data: [{ id: '1001_1', message: 'Lama', created_time: '2026-11-17T01:00:00+0000' }], paging: { cursors: { after: 'z' } } });
      return json({ data: [{ id: '1001_2', message: 'Baru', created_time: '2026-11-18T01:00:00+0000' }], paging: { cursors: { after: 'p2' }, next: 'https://x/next' } });
    });
    srv.route('/v21.0/1001_1/comments', json({ data: [] }));
    srv.route('/v21.0/1001_2/comments', json({ data: [] }));
    const ctx = testContext();
    const crawler = createFacebookCrawler({ http, log: silentLogger, env, now });
    expect((await collect(crawler.crawl(fbSource(), ctx))).map((i) => i.meta!.platformId)).toEqual(['1001_2', '1001_1']);
    expect(new URL(srv.requestsTo('/v21.0/1001/posts')[1]!.path, 'http://x').searchParams.get('after')).toBe('p2');
    expect(await collect(crawler.crawl(fbSource(), ctx))).toEqual([]);
  });

  it('waits when X-App-Usage reaches 100%', async () => {
    expect(readRateLimit('graph', { 'x-app-usage': '{"call_count":100,"total_cputime":20,"total_time":30}' }, 1000)).toEqual({ remaining: 0, resetAt: 61_000 });
    expect(
      readRateLimit('graph', { 'x-business-use-case-usage': '{"1001":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":2}]}' }, 0),
    ).toEqual({ remaining: 0, resetAt: 120_000 });
    srv.route('/v21.0/1001/posts', json({ data: [] }, { 'x-app-usage': '{"call_count":100}' }));
    const ctx = testContext();
    const items = await collect(createFacebookCrawler({ http, log: silentLogger, env, now }).crawl({ ...fbSource(), options: { ...fbSource().options, maxRateLimitWaitMs: 10 } }, ctx));
    expect(items).toEqual([]);
    expect(ctx.states.get('test-facebook')).toBeUndefined(); // stopped early: cursor not advanced
  });

  it('missing token, missing pageId, 401 naming META_ACCESS_TOKEN, malformed page', async () => {
    const e1 = await failure(createFacebookCrawler({ http, log: silentLogger, env: {}, now }).crawl(fbSource(), testContext()));
    expect(e1.message).toBe('missing secret: set the environment variable META_ACCESS_TOKEN');
    const e2 = await failure(createFacebookCrawler({ http, log: silentLogger, env, now }).crawl({ ...fbSource(), options: { apiBase: srv.origin } }, testContext()));
    expect(e2).toBeInstanceOf(ConfigError);
    expect(e2.message).toMatch(/sources\[id=test-facebook\]\.options\.pageId: required/);
    srv.route('/v21.0/1001/posts', { status: 401, headers: JSON_HEADERS, body: '{"error":{"code":190}}' });
    const e3 = await failure(createFacebookCrawler({ http, log: silentLogger, env, now }).crawl(fbSource(), testContext()));
    expect(e3).toBeInstanceOf(PermanentError);
    expect(e3.message).toMatch(/rejected the token in META_ACCESS_TOKEN \(HTTP 401\)/);
    srv.route('/v21.0/1001/posts', json({ posts: [] }));
    const e4 = await failure(createFacebookCrawler({ http, log: silentLogger, env, now }).crawl(fbSource(), testContext()));
    expect(e4.message).toMatch(/^Facebook Graph API: malformed page from .*access_token=\*\*\*.*: expected \{data: \[\.\.\.\]\}$/);
  });
});

describe('instagram connector', () => {
  it('media and comments with nested replies; the account answering is owned', async () => {
    srv.route('/v21.0/17841400000000001/media', json({
      data: [{ id: 'm1', caption: 'Car free day Minggu ini di Jalan Sudirman 🚲', timestamp: '2026-11-18T00:00:00+0000', permalink: 'https://www.instagram.com/p/ABC123/', username: 'pemkotjambi', like_count: 410, comments_count: 3, media_type: 'IMAGE' }],
      paging: { cursors: { after: 'x' } },
    }));
    srv.route('/v21.0/m1/comments', (req) => {
      const after = new URL(req.path, 'http://x').searchParams.get('after');
      if (after) return json({ data: [{ id: 'c3', text: 'Mantap', timestamp: '2026-11-18T05:00:00+0000', username: 'rudi' }] });
      return json({
        data: [
          { id: 'c1', text: 'Jam berapa mulainya min?', timestamp: '2026-11-18T01:00:00+0000', username: 'warga.telanai', like_count: 2, replies: { data: [{ id: 'c2', text: 'Pukul 06.00 WIB kak', timestamp: '2026-11-18T03:00:00+0000', username: 'pemkotjambi' }] } },
          { id: 'cX', text: 'tanpa waktu', username: 'x' },
        ],
        paging: { cursors: { after: 'c-next' }, next: `${srv.origin}/v21.0/m1/comments?after=c-next` },
      });
    });
    const ctx = testContext();
    const src = source('instagram', 'https://www.instagram.com/pemkotjambi', { apiBase: `${srv.origin}/v21.0`, igUserId: '17841400000000001' }, { owned: true });
    const items = await collect(createInstagramCrawler({ http, log: silentLogger, env, now }).crawl(src, ctx));
    expect(items.map((i) => [i.url, i.meta!.isOwned, i.meta!.replyTo ?? null])).toEqual([
      ['https://www.instagram.com/p/ABC123/', true, null],
      ['https://www.instagram.com/p/ABC123/c/c1/', false, 'm1'],
      ['https://www.instagram.com/p/ABC123/c/c2/', true, 'c1'],
      ['https://www.instagram.com/p/ABC123/c/c3/', false, 'm1'],
    ]);
    expect(items[0]!.meta).toMatchObject({ engagement: { likes: 410, replies: 3 }, mediaType: 'IMAGE' });
    expect(ctx.reports.map((r) => r.reason)).toEqual(['comment cX has no readable timestamp']);
  });
  it('needs options.igUserId', async () => {
    const err = await failure(createInstagramCrawler({ http, log: silentLogger, env, now }).crawl(source('instagram', 'https://www.instagram.com/x'), testContext()));
    expect(err.message).toMatch(/options\.igUserId: required/);
  });
});

describe('import connector', () => {
  const csvPath = fileURLToPath(new URL('../../fixtures/social/import-staff.csv', import.meta.url));
  const mapping = { text: 'Isi', author: 'Akun', date: 'Tanggal', url: 'Tautan', platform: 'Platform', replyTo: 'Balasan Untuk', likes: 'Suka', id: 'ID' };

  it('parses values the way exports write them', async () => {
    expect(parseImportDate('18/11/2026 09.00')?.toString()).toBe(new Date('2026-11-18T02:00:00Z').toString());
    expect((parseImportDate('2026-11-18T09:00:00Z') as Date).toISOString()).toBe('2026-11-18T09:00:00.000Z');
    expect((parseImportDate(1763431200) as Date).toISOString()).toBe('2025-11-18T02:00:00.000Z');
    expect(parseImportDate('kemarin sore')).toBe('invalid');
    expect([parseCount('1,2K'), parseCount('1.234'), parseCount('3 rb'), parseCount('12')]).toEqual([1200, 1234, 3000, 12]);
    const rows = [];
    for await (const r of readCsv(['a;b\n"x;1";"say ""hi""\nline2"\n'])) rows.push(r.fields);
    expect(rows).toEqual([['a', 'b'], ['x;1', 'say "hi"\nline2']]);
  });

  it('imports a staff CSV with a column mapping; bad rows dropped, the rest kept; unchanged file not re-read', async () => {
    const src = source('import', csvPath, { format: 'csv', mapping, ownedHandle: 'pemkotjambi' }, { owned: true });
    const ctx = testContext();
    const crawler = createImportCrawler({ http, log: silentLogger });
    const items = await collect(crawler.crawl(src, ctx));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      url: 'https://www.instagram.com/p/ABC123/c/900001/',
      author: 'warga.telanai',
      text: 'Min, kapan jalan di depan SD 47 diperbaiki? Sudah rusak parah',
      meta: { platform: 'instagram', platformId: '900001', isOwned: false, engagement: { likes: 12 } },
    });
    expect(items[0]!.publishedAt!.toISOString()).toBe('2026-11-18T02:00:00.000Z');
    expect(items[1]!.meta).toMatchObject({ isOwned: true, replyTo: '900001' });
    expect(items[2]).toMatchObject({ text: 'Layanan KTP keliling hari ini\nsampai jam berapa?', title: 'Layanan KTP keliling hari ini', meta: { engagement: { likes: 1200 } } });
    expect(items[2]!.url).toMatch(/^urn:pantau:import:test-import:facebook:[0-9a-f]{16}$/);
    expect(ctx.reports).toEqual([
      { disposition: 'dropped', url: `${csvPath}#row=6`, reason: 'unreadable date "kemarin sore" in column "Tanggal" (expected e.g. 2026-11-30, 30/11/2026 09.15 or 1 Desember 2026 09.15 WIB)' },
      { disposition: 'dropped', url: `${csvPath}#row=7`, reason: 'no text in column "Isi"' },
    ]);
    expect(await collect(crawler.crawl(src, ctx))).toEqual([]);
  });

  it('JSON and JSONL; a wholly malformed file is a PermanentError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pantau-import-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"message":"Halo","user":{"name":"ani"},"time":"2026-11-18T01:00:00Z"}\n{oops\n{"message":"Dua","user":{"name":"ben"}}\n');
    const m = { text: 'message', author: 'user.name', date: 'time' };
    const ctx = testContext();
    const items = await collect(createImportCrawler({ http, log: silentLogger }).crawl(source('import', join(dir, 'a.jsonl'), { mapping: m }), ctx));
    expect(items.map((i) => [i.text, i.author])).toEqual([['Halo', 'ani'], ['Dua', 'ben']]);
    expect(ctx.reports.map((r) => r.reason)).toEqual(['not valid JSON']);
    writeFileSync(join(dir, 'b.json'), '{"data": [ {"message": "x"} ');
    const err = await failure(createImportCrawler({ http, log: silentLogger }).crawl(source('import', join(dir, 'b.json'), { mapping: m }), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/^import .*b\.json: malformed JSON/);
    const e2 = await failure(createImportCrawler({ http, log: silentLogger }).crawl(source('import', join(dir, 'none.csv')), testContext()));
    expect(e2.message).toMatch(/cannot read .*none\.csv: ENOENT/);
  });
});
