// A store for the dashboard's issue page and its API: the evaluation fixture (evaluation-fixture.ts:
// "isu-banjir", whose negative share falls after the office's release, and the small "isu-jalan"),
// the fact that answers the road issue (linked by the tests, or by hand in the dashboard), and one
// account per role (password "rahasia-uji-123"). No response is linked yet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type PantauConfig } from '../../src/core/config.js';
import type { Fact } from '../../src/core/types.js';
import type { WebRole } from '../../src/core/web.js';
import { hashPassword } from '../../src/server/password.js';
import { createStore } from '../../src/store/index.js';
import { evaluationMentions } from './evaluation-fixture.js';
import { PASSWORD } from './web-fixture.js';

/** The office's press release (owned) of the flood issue. */
export const RELEASE_ID = 'ev0033';
export const ROAD_FACT: Fact = {
  id: 'pupr-tambal-sultan-thaha',
  statement: 'Dinas PUPR Kota Jambi menambal 14 lubang di Jalan Sultan Thaha mulai 30 November 2026.',
  date: '2026-11-30',
  source_url: 'https://jambikota.go.id/berita/pupr-tambal-sultan-thaha',
  opd: 'Dinas PUPR Kota Jambi',
  tags: ['jalan'],
  regions: ['15.71'],
};

export interface EvaluationWebFixture {
  dir: string;
  configPath: string;
  config: PantauConfig;
}

const SOURCES = [
  { id: 'pemkot-jambi', kind: 'rss', url: 'https://jambikota.go.id/feed', owned: true },
  { id: 'ig-pemkot', kind: 'rss', url: 'https://jambikota.go.id/ig.xml', owned: true },
];

export async function makeEvaluationWebFixture(): Promise<EvaluationWebFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-web-eval-'));
  const dbPath = join(dir, 'pantau.db');
  const configPath = join(dir, 'pantau.config.yaml');
  const raw = { timezone: 'Asia/Jakarta', storage: { driver: 'sqlite', path: dbPath }, analysis: { homeRegion: '15.71' }, sources: SOURCES };
  writeFileSync(configPath, JSON.stringify(raw, null, 2)); // JSON is YAML
  const config = parseConfig(raw);
  const store = await createStore(config.storage, undefined, { timezone: 'Asia/Jakarta', ownedSources: SOURCES.map((s) => s.id) });
  try {
    await store.upsertMentions(evaluationMentions().map((m) => ({ ...m, storedAt: m.publishedAt })));
    await store.upsertFacts([ROAD_FACT]);
    const now = '2026-11-28T00:00:00.000Z';
    const hash = await hashPassword(PASSWORD);
    for (const [username, role] of [['admin', 'admin'], ['sari', 'humas'], ['walikota', 'pimpinan']] as [string, WebRole][]) {
      await store.putUser({ username, role, passwordHash: hash, createdAt: now, updatedAt: now });
    }
  } finally {
    await store.close();
  }
  return { dir, configPath, config };
}
