// Store contract, part 4: reading a whole period with the keyset scan, the change feed the alerts
// read incrementally, and setting issue ids in one call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import type { Mention, MentionQuery, ScanOptions, Store } from '../../src/core/types.js';
import type { StoreContext } from '../../src/store/index.js';
import { analysis, mention } from './make-mention.js';

const T0 = Date.parse('2024-05-10T00:00:00.000Z');

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}

export function cursorContract(name: string, make: (ctx?: StoreContext) => Promise<Store>): void {
  describe(`Store contract: ${name} — scan, changes, issue ids`, () => {
    let store: Store;
    let clock = T0;
    beforeEach(async () => {
      clock = T0;
      store = await make({ now: () => clock });
    });
    afterEach(async () => {
      await store.close();
    });

    /**
     * Every page of a scan. Mentions with the same publication time may come in any order (each
     * backend breaks ties by its own key), so ids are returned sorted within each time, after checking
     * that times never go backwards.
     */
    async function scanAll(q: MentionQuery, opts: ScanOptions = {}): Promise<{ ids: string[]; pages: number }> {
      const got: Mention[] = [];
      let pages = 0;
      let cursor = opts.cursor;
      const t = (m: Mention) => Date.parse(m.publishedAt ?? m.fetchedAt);
      for (;;) {
        const page = await store.scan(q, { ...opts, cursor });
        pages++;
        got.push(...page.items);
        if (page.cursor === null) {
          const dir = opts.order === 'desc' ? -1 : 1;
          for (let i = 1; i < got.length; i++) expect(dir * (t(got[i]!) - t(got[i - 1]!))).toBeGreaterThanOrEqual(0);
          const ids = [...got].sort((a, b) => dir * (t(a) - t(b)) || (a.id < b.id ? -1 : 1)).map((m) => m.id);
          return { ids, pages };
        }
        cursor = page.cursor;
        if (pages > 1000) throw new Error('scan does not end');
      }
    }

    describe('scan', () => {
      // 25 mentions, several sharing one publication time, so the tie-breaker matters.
      const many = (): Mention[] =>
        Array.from({ length: 25 }, (_, i) =>
          mention({
            id: `s${String(i).padStart(2, '0')}`,
            publishedAt: new Date(Date.UTC(2024, 4, 1, Math.floor(i / 3))).toISOString(),
            sourceId: i % 2 ? 'odd' : 'even',
          }),
        );

      it('reads every matching mention exactly once, oldest first, a page at a time', async () => {
        const ms = many();
        await store.upsertMentions([...ms].reverse());
        const all = await scanAll({}, { limit: 4 });
        expect(all.ids).toEqual(ms.map((m) => m.id));
        expect(all.pages).toBe(7);
        const even = await scanAll({ sourceId: 'even', from: '2024-05-01T09:00' }, { limit: 2 }); // 02:00 UTC on
        expect(even.ids).toEqual(ms.filter((m, i) => i % 2 === 0 && i >= 6).map((m) => m.id));
        const desc = await scanAll({}, { limit: 10, order: 'desc' });
        const byTimeDesc = [...ms].sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!) || (a.id < b.id ? -1 : 1));
        expect(desc.ids).toEqual(byTimeDesc.map((m) => m.id));
        expect((await store.scan({ text: 'tidakada' })).items).toEqual([]);
        expect((await store.scan({}, { limit: 100 })).cursor).toBeNull();
      });

      it('resumes from a cursor, and sees what was stored after it', async () => {
        const ms = many();
        await store.upsertMentions(ms.slice(0, 10));
        const first = await store.scan({}, { limit: 4 });
        expect(first.items).toHaveLength(4);
        await store.upsertMentions(ms.slice(10)); // later publication times
        const rest = await scanAll({}, { cursor: first.cursor!, limit: 100 });
        expect([...first.items.map((m) => m.id), ...rest.ids].sort()).toEqual(ms.map((m) => m.id).sort());
        expect(rest.ids.slice(-15)).toEqual(ms.slice(10).map((m) => m.id));
      });

      it('refuses a cursor that is not one of its own', async () => {
        await store.upsertMentions(many());
        const page = await store.scan({}, { limit: 5 });
        expect(await rejection(store.scan({}, { cursor: 'garbage' }))).toBeInstanceOf(InputError);
        expect(await rejection(store.scan({}, { cursor: page.cursor!, order: 'desc' }))).toBeInstanceOf(InputError);
        expect(await rejection(store.scan({}, { cursor: await store.changeCursor() }))).toBeInstanceOf(InputError);
        expect(await rejection(store.scan({}, { limit: 0 }))).toBeInstanceOf(InputError);
      });
    });

    describe('changes', () => {
      it('returns what was stored since a cursor, with storedAt, and moves the cursor on', async () => {
        const a = mention();
        const b = mention();
        await store.upsertMentions([a, b]);
        const first = await store.changes();
        expect(first.items.map((m) => m.id)).toEqual([a.id, b.id]);
        expect(first.items[0]!.storedAt).toBe(new Date(T0).toISOString());
        expect(first.more).toBe(false);
        expect((await store.changes({ cursor: first.cursor })).items).toEqual([]);
        // the same cursor again gives the same answer
        expect((await store.changes({ cursor: first.cursor })).cursor).toBe(first.cursor);

        clock = T0 + 60_000;
        const c = mention();
        await store.upsertMentions([c, a]); // a is a duplicate: no change
        const next = await store.changes({ cursor: first.cursor });
        expect(next.items.map((m) => m.id)).toEqual([c.id]);
        expect(next.items[0]!.storedAt).toBe(new Date(T0 + 60_000).toISOString());

        // a rewrite (new analysis) comes again, keeping its first storedAt
        await store.upsertMentions([{ ...b, analysis: analysis({ sentiment: { label: 'negative', score: -1 } }) }]);
        const again = await store.changes({ cursor: next.cursor });
        expect(again.items.map((m) => [m.id, m.storedAt, m.analysis?.sentiment.label])).toEqual([
          [b.id, new Date(T0).toISOString(), 'negative'],
        ]);
      });

      it('pages with limit; more says whether to ask again', async () => {
        await store.upsertMentions(Array.from({ length: 7 }, () => mention()));
        const seen: string[] = [];
        let cursor: string | undefined;
        let calls = 0;
        for (;;) {
          const p = await store.changes({ cursor, limit: 3 });
          calls++;
          seen.push(...p.items.map((m) => m.id));
          cursor = p.cursor;
          if (!p.more) break;
        }
        expect(new Set(seen).size).toBe(7);
        expect(seen).toHaveLength(7);
        expect(calls).toBe(3);
      });

      it('changeCursor() starts from now; a filter skips the rest but still moves the cursor', async () => {
        await store.upsertMentions([mention(), mention()]);
        const now = await store.changeCursor();
        expect((await store.changes({ cursor: now })).items).toEqual([]);
        const neg = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -1 } }) });
        await store.upsertMentions([mention(), neg, mention()]);
        const p = await store.changes({ cursor: now, filter: { sentiment: 'negative' } });
        expect(p.items.map((m) => m.id)).toEqual([neg.id]);
        expect((await store.changes({ cursor: p.cursor })).items).toEqual([]);
        expect(p.cursor).toBe(await store.changeCursor());
      });

      it('an issue id set later brings the mention into the feed again', async () => {
        const a = mention();
        await store.upsertMentions([a]);
        const cur = await store.changeCursor();
        await store.setIssueIds([{ mentionId: a.id, issueId: 'isu-1' }]);
        const p = await store.changes({ cursor: cur });
        expect(p.items.map((m) => [m.id, m.issueId])).toEqual([[a.id, 'isu-1']]);
      });

      it('refuses a cursor that is not a change cursor', async () => {
        await store.upsertMentions([mention(), mention()]);
        const scan = await store.scan({}, { limit: 1 });
        expect(await rejection(store.changes({ cursor: 'nope' }))).toBeInstanceOf(InputError);
        expect(await rejection(store.changes({ cursor: scan.cursor! }))).toBeInstanceOf(InputError);
      });
    });

    describe('setIssueIds', () => {
      it('sets and clears the issue of many mentions in one call', async () => {
        const [a, b, c] = [mention(), mention(), mention()];
        await store.upsertMentions([a, b, c]);
        expect(
          await store.setIssueIds([
            { mentionId: a.id, issueId: 'banjir-telanaipura' },
            { mentionId: b.id, issueId: 'banjir-telanaipura' },
            { mentionId: 'missing', issueId: 'x' },
          ]),
        ).toEqual({ updated: 2, unchanged: 0, missing: ['missing'] });
        expect((await store.getMention(a.id))?.issueId).toBe('banjir-telanaipura');
        expect(await store.setIssueIds([{ mentionId: a.id, issueId: 'banjir-telanaipura' }, { mentionId: b.id, issueId: null }])).toEqual({
          updated: 1,
          unchanged: 1,
          missing: [],
        });
        expect((await store.getMention(b.id))?.issueId).toBeUndefined();
        expect(await store.setIssueIds([])).toEqual({ updated: 0, unchanged: 0, missing: [] });
        // a re-crawl of the mention keeps its issue
        await store.upsertMentions([{ ...a, title: 'Judul baru' }]);
        expect((await store.getMention(a.id))?.issueId).toBe('banjir-telanaipura');
        expect((await store.search({ issueId: 'banjir-telanaipura' })).total).toBe(1);
        expect(await rejection(store.setIssueIds([{ mentionId: a.id, issueId: '' }]))).toBeInstanceOf(InputError);
        expect(await rejection(store.setIssueIds([{ mentionId: '', issueId: 'x' }]))).toBeInstanceOf(InputError);
        void c;
      });
    });
  });
}
