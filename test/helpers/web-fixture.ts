// A store for the dashboard and API tests: two fixture days of the issue map (30 Nov and 1 Dec 2026,
// analyzed as the pipeline stores them), the fact file, a mention whose title is hostile markup, an
// open alert, and one account per role (password "rahasia-uji-123").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlertRecord } from '../../src/core/alerts.js';
import { parseConfig, type PantauConfig } from '../../src/core/config.js';
import { mentionId } from '../../src/core/ids.js';
import type { Mention } from '../../src/core/types.js';
import type { WebRole } from '../../src/core/web.js';
import { hashPassword } from '../../src/server/password.js';
import { createStore } from '../../src/store/index.js';
import { loadFixtureDays } from './map-days.js';

export const PASSWORD = 'rahasia-uji-123';
export const DAY = '2026-12-01';
export const HOSTILE_TITLE = 'Warga protes <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> banjir';
export const HOSTILE_ID = mentionId('https://hostile.example/berita/xss');
export const ALERT_ID = 'alert-uji-1';

export interface WebFixture {
  dir: string;
  dbPath: string;
  configPath: string;
  config: PantauConfig;
}

function alertRecord(): AlertRecord {
  return {
    id: ALERT_ID,
    ruleId: 'negative-spike',
    kind: 'negative-spike',
    key: 'topic:banjir',
    related: [],
    label: 'Banjir & Lingkungan',
    status: 'open',
    startedAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    size: 12,
    notifiedSize: 12,
    numbers: { windowFrom: '2026-12-01T01:00:00.000Z', windowTo: '2026-12-01T02:00:00.000Z', total: 15, negative: 12, baseline: 1.5, baselineDays: 3 },
    samples: [{ id: 'x', url: 'https://jambi.example/banjir', title: 'Banjir <b>rendam</b> Tanjung Pinang', sourceId: 'jambiekspres' }],
    deferred: [],
    events: [{ event: 'alert', at: '2026-12-01T02:00:00.000Z', size: 12 }],
  };
}

export async function makeWebFixture(): Promise<WebFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-web-'));
  const dbPath = join(dir, 'pantau.db');
  const configPath = join(dir, 'pantau.config.yaml');
  writeFileSync(configPath, `timezone: Asia/Jakarta\nstorage:\n  driver: sqlite\n  path: ${dbPath}\nanalysis:\n  homeRegion: "15.71"\n`);
  const config = parseConfig({ timezone: 'Asia/Jakarta', storage: { driver: 'sqlite', path: dbPath }, analysis: { homeRegion: '15.71' } });
  const fx = loadFixtureDays();
  const store = await createStore(config.storage, undefined, { timezone: 'Asia/Jakarta' });
  try {
    const days = [...(fx.byDay.get('2026-11-30') ?? []), ...(fx.byDay.get(DAY) ?? [])];
    const hostileBase = (fx.byDay.get(DAY) ?? []).find((m) => m.analysis?.sentiment.label === 'negative')!;
    const hostile: Mention = {
      ...structuredClone(hostileBase),
      id: HOSTILE_ID,
      url: 'https://hostile.example/berita/xss',
      canonicalUrl: 'https://hostile.example/berita/xss',
      title: HOSTILE_TITLE,
      text: `${hostileBase.text} <img src=x onerror=alert(1)>`,
      meta: {},
    };
    await store.upsertMentions([...days.map((m) => ({ ...m, storedAt: m.publishedAt })), { ...hostile, storedAt: hostile.publishedAt }]);
    await store.upsertFacts(fx.facts);
    await store.commitAlerts({ expectVersion: 0, alerts: [alertRecord()] });
    const now = '2026-12-01T00:00:00.000Z';
    const hash = await hashPassword(PASSWORD);
    for (const [username, role] of [['admin', 'admin'], ['sari', 'humas'], ['walikota', 'pimpinan']] as [string, WebRole][]) {
      await store.putUser({ username, role, passwordHash: hash, createdAt: now, updatedAt: now });
    }
  } finally {
    await store.close();
  }
  return { dir, dbPath, configPath, config };
}
