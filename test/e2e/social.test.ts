// End-to-end for issue 5: the built CLI stores a Telegram channel (its t.me/s web preview, served from
// loopback) as social mentions next to a news RSS feed, and `pantau audit channels` reports the owned
// channel figures from a store filled through the real pipeline (an `import` source of the audit fixture).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { fixture } from '../unit/social/helpers.js';
import { mentions as auditMentions } from '../unit/audit/fixture.js';
import { articleHtml, pantauEn as pantau, rssFeed } from './helpers.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
// Each test spawns the CLI several times on a shared 2-core machine.
const SLOW = 120_000;
let srv: FixtureServer;
let dir: string;

beforeAll(async () => {
  srv = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'pantau-e2e-social-'));
  srv.route('/s/pemkotjambi', (req) => {
    const before = new URL(req.path, 'http://x').searchParams.get('before');
    if (!before) return { headers: HTML, body: fixture('telegram-page1.html') };
    if (before === '101') return { headers: HTML, body: fixture('telegram-page2.html') };
    return { headers: HTML, body: '<html><body><section class="tgme_channel_history"></section></body></html>' };
  });
  srv.route('/rss.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: rssFeed([
      { title: 'Banjir Surut di Telanaipura', link: srv.url('/berita/banjir-surut.html') },
      { title: 'Pelayanan KTP Keliling', link: srv.url('/berita/ktp-keliling.html') },
    ]),
  });
  srv.route('/berita/banjir-surut.html', {
    headers: HTML,
    body: articleHtml('Banjir Surut di Telanaipura', [
      'Genangan air di Kecamatan Telanaipura, Kota Jambi, mulai surut pada Senin pagi setelah hujan deras semalaman.',
      'Petugas BPBD Kota Jambi membersihkan lumpur di jalan utama dan memastikan warga dapat kembali beraktivitas.',
    ]),
  });
  srv.route('/berita/ktp-keliling.html', {
    headers: HTML,
    body: articleHtml('Pelayanan KTP Keliling', [
      'Dinas Kependudukan dan Pencatatan Sipil Kota Jambi membuka pelayanan KTP keliling di kantor kelurahan.',
      'Warga cukup membawa kartu keluarga dan datang antara pukul 08.00 dan 14.00 WIB.',
    ]),
  });
}, 60_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await srv?.close();
});

const base = (db: string) =>
  `storage: { driver: sqlite, path: ${join(dir, db)} }\n` + `crawl: { perHostIntervalMs: 0, retries: 0, timeoutMs: 5000 }\n`;

describe('pantau run --once with a telegram source', () => {
  it('stores the channel posts as social mentions alongside the news, and remembers the cursor', async () => {
    const cfg = join(dir, 'telegram.yaml');
    writeFileSync(
      cfg,
      base('tg.db') +
        'sources:\n' +
        `  - { id: berita, kind: rss, url: "${srv.url('/rss.xml')}" }\n` +
        `  - { id: tg-pemkot, kind: telegram, url: "${srv.url('/s/pemkotjambi')}", owned: true }\n`,
    );
    const r = await pantau(['run', '--once', '--config', cfg]);
    // The fixture's one unreadable message is reported on one warning line (exit 0: no source failed,
    // a dropped item alone does not make the run fail); everything else from both sources is stored.
    expect(r.stderr.trim().split('\n')).toEqual(['pantau: warning: tg-pemkot: dropped https://t.me/pemkotjambi/104: no readable date (time[datetime]="")']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tg-pemkot: indexed 6, skipped 1, dropped 1/);
    expect(r.stdout).toMatch(/berita: indexed 2/);

    const all = JSON.parse((await pantau(['search', '', '--json', '--limit', '100', '--config', cfg])).stdout) as {
      url: string;
      kind: string;
      sourceId: string;
      author: string | null;
    }[];
    const social = all.filter((m) => m.sourceId === 'tg-pemkot');
    const news = all.filter((m) => m.sourceId === 'berita');
    expect(social.map((m) => m.url).sort()).toEqual(
      ['99', '100', '101', '102', '103', '106'].map((id) => `https://t.me/pemkotjambi/${id}`).sort(),
    );
    expect(new Set(social.map((m) => m.kind))).toEqual(new Set(['social']));
    expect(social.every((m) => m.author === 'Pemkot Jambi')).toBe(true);
    expect(news.map((m) => m.kind)).toEqual(['news', 'news']);

    // A second process run: the cursor (newest post id) came back from the store, so one page is read
    // and nothing is stored twice.
    const before = srv.requestsTo('/s/pemkotjambi').length;
    const again = await pantau(['run', '--once', '--config', cfg]);
    expect(again.stderr).toBe(''); // the unreadable message was reported once, not again
    expect(again.code).toBe(0);
    expect(srv.requestsTo('/s/pemkotjambi').length - before).toBe(1);
    expect(again.stdout).not.toMatch(/tg-pemkot: indexed [1-9]/);
    const after = JSON.parse((await pantau(['search', '', '--json', '--limit', '100', '--config', cfg])).stdout) as unknown[];
    expect(after).toHaveLength(all.length);
  }, SLOW);
});

describe('pantau audit channels', () => {
  let cfg: string;

  beforeAll(async () => {
    // The hand-computed audit fixture (test/unit/audit/fixture.ts) as a staff JSONL export.
    const rows = auditMentions
      .filter((m) => m.sourceId === 'ig-pemkot')
      .map((m) => ({
        id: m.meta!.platformId,
        url: m.url,
        text: m.text,
        author: m.author,
        handle: m.meta!.authorHandle,
        date: m.publishedAt,
        platform: 'instagram',
        replyTo: m.meta!.replyTo,
        threadId: m.meta!.threadId,
        owned: m.meta!.isOwned,
      }));
    const file = join(dir, 'ig-export.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    cfg = join(dir, 'audit.yaml');
    writeFileSync(
      cfg,
      base('audit.db') +
        'sources:\n' +
        `  - id: ig-pemkot\n    name: Instagram Pemkot Jambi\n    kind: import\n    url: "${file}"\n    owned: true\n` +
        '    options: { cadence: 1d, mapping: { authorHandle: handle } }\n',
    );
    const r = await pantau(['run', '--once', '--config', cfg]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('--json gives the hand-computed figures', async () => {
    const r = await pantau(['audit', 'channels', '--from', '2026-11-16', '--to', '2026-11-22', '--json', '--config', cfg]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.period).toEqual({ from: '2026-11-15T17:00:00.000Z', to: '2026-11-22T17:00:00.000Z' });
    const ig = report.channels[0];
    expect(ig.posts).toEqual({ total: 4, perDay: 0.57, byDay: { '2026-11-16': 2, '2026-11-17': 1, '2026-11-20': 1 } });
    expect(ig.gaps.map((g: { hours: number }) => g.hours)).toEqual([73, 62]);
    expect(ig.comments).toEqual({ total: 8, answered: 5, share: 0.625 });
    expect(ig.questions).toEqual({ total: 6, answered: 4, share: 0.6667, answeredWithinDeadline: 4 });
    expect(ig.firstReplyHours).toEqual({ n: 4, median: 3.5, p90: 19.7 });
    expect(ig.overdue.map((q: { url: string }) => q.url)).toEqual(['https://www.instagram.com/p/X/c/q5/']);
  }, SLOW);

  it('prints an Indonesian table by default, English with --lang en, and Markdown', async () => {
    const args = ['audit', 'channels', '--from', '2026-11-16', '--to', '2026-11-22', '--config', cfg];
    const id = await pantau(args, { env: { PANTAU_LANG: '' } }); // the default language
    expect(id.code).toBe(0);
    expect(id.stdout).toMatch(/Instagram Pemkot Jambi\s+4\s+0,57\s+2\s+5\/8 \(63%\)\s+4\/6 \(67%\)\s+3,5 jam\s+19,7 jam\s+1/);
    const en = await pantau([...args, '--lang', 'en']);
    expect(en.stdout).toMatch(/Owned-channel audit/);
    expect(en.stdout).toMatch(/3\.5 h\s+19\.7 h\s+1/);
    const md = await pantau([...args, '--markdown'], { env: { PANTAU_LANG: '' } });
    expect(md.stdout).toContain('| Instagram Pemkot Jambi | 4 | 0,57 | 2 | 5/8 (63%) | 4/6 (67%) | 3,5 jam | 19,7 jam | 1 |');
    const short = await pantau([...args, '--json', '--deadline-days', '1']);
    expect(JSON.parse(short.stdout).channels[0].questions.answeredWithinDeadline).toBe(3);
  }, SLOW);

  it('bad input gives one line and exit code 2', async () => {
    const r = await pantau(['audit', 'channels', '--from', 'kemarin', '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--from: expected YYYY-MM-DD/);
  }, SLOW);
});
