// The runner forgets an id once it is stored (issue 17: its set of seen ids grew with the crawl,
// ~100 MB for a 1,000,000-row import). A repeat after that is found in the store instead: every row
// still ends in exactly one disposition, and the counts are those of a set that remembered all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mention, Store } from '../../../src/core/types.js';
import { runOnce } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { silentLogger } from '../../../src/core/log.js';
import { pipelineDeps, source, testCrawlers, total } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-seen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ids seen in one crawl', () => {
  it('a row repeated in a later batch, or in the same one, is one duplicate; a dropped row stays dropped once', async () => {
    const file = join(dir, 'rows.csv');
    const row = (id: string, text: string, minute: number) => `${id},${text},warga,2026-11-18T09:${String(minute).padStart(2, '0')}:00+07:00`;
    // batches of 2: [a b] [c a] [d b] [a a] [e x] [x -]; the store drops x
    const ids = ['a', 'b', 'c', 'a', 'd', 'b', 'a', 'a', 'e', 'x', 'x'];
    writeFileSync(file, ['id,text,author,date', ...ids.map((id, i) => row(id, `Jalan rusak di kelurahan ${id}`, i))].join('\n') + '\n');
    const inner = await createStore({ driver: 'sqlite', path: join(dir, 's.db') }, silentLogger);
    let written = 0;
    // The store drops the mention of row "x" (as it drops an invalid item); the rest it writes.
    const store: Store = Object.assign(Object.create(inner) as Store, {
      upsertMentions: async (batch: Mention[]) => {
        const bad = batch.filter((m) => m.text.endsWith(' x'));
        const res = await inner.upsertMentions(batch.filter((m) => !bad.includes(m)));
        written += res.written;
        return { ...res, dropped: bad.map((m) => ({ id: m.id, reason: 'refused' })) };
      },
    });
    const crawlers = testCrawlers();
    try {
      const r = (await runOnce([source('imp', 'import', file)], pipelineDeps(store, crawlers, { batchSize: 2 }))).sources[0]!;
      expect(r.counts).toMatchObject({ indexed: 5, duplicate: 5, dropped: 1 });
      expect(total(r.counts)).toBe(ids.length);
      expect(written).toBe(5);
      expect((await inner.search({ limit: 50 })).total).toBe(5);
    } finally {
      await crawlers.close();
      await inner.close();
    }
  });
});
