// Where the evaluator reads new mentions from. Live: the Store's change feed ("stored or rewritten
// since cursor X"), so each evaluation reads only what was stored since the last one, whatever the
// store's size. The very first evaluation of a store that already holds mentions reads only the
// period the detectors look back on (a keyset scan), then continues from the change cursor taken
// before that scan (a mention stored meanwhile comes twice; its contribution is replaced, not added).
// Replay: mentions of the past in the order they arrived, up to the simulated clock.
import type { Clock } from '../core/clock.js';
import { InputError } from '../core/errors.js';
import type { Mention, Store } from '../core/types.js';

export interface FeedPage {
  items: Mention[];
  cursor: string;
  /** More is waiting beyond `cursor` now. */
  more: boolean;
}

export interface ChangeFeed {
  /** `cursor` undefined = the first evaluation; `sinceMs` = the oldest arrival that still matters. */
  next(cursor: string | undefined, limit: number, sinceMs: number): Promise<FeedPage>;
  get(id: string): Promise<Mention | undefined>;
}

const BOOT = 'boot1:';

export function storeFeed(store: Pick<Store, 'changes' | 'changeCursor' | 'scan' | 'getMention'>): ChangeFeed {
  return {
    async next(cursor, limit, sinceMs) {
      if (cursor === undefined || cursor.startsWith(BOOT)) {
        let changeCursor: string;
        let scanCursor: string | undefined;
        if (cursor === undefined) {
          changeCursor = await store.changeCursor();
        } else {
          const parts = cursor.slice(BOOT.length).split('|');
          if (parts.length !== 2) throw new InputError('alerts: damaged bootstrap cursor');
          changeCursor = parts[0]!;
          scanCursor = parts[1] || undefined;
        }
        const page = await store.scan({ from: new Date(sinceMs).toISOString() }, { limit, ...(scanCursor ? { cursor: scanCursor } : {}) });
        if (page.cursor) return { items: page.items, cursor: `${BOOT}${changeCursor}|${page.cursor}`, more: true };
        return { items: page.items, cursor: changeCursor, more: true };
      }
      const page = await store.changes({ cursor, limit });
      return { items: page.items, cursor: page.cursor, more: page.more };
    },
    get: (id) => store.getMention(id),
  };
}

/** Past mentions, sorted by arrival, handed out up to the clock's time. */
export function replayFeed(sorted: readonly { arrival: number; mention: Mention }[], clock: Clock): ChangeFeed {
  const byId = new Map(sorted.map((x) => [x.mention.id, x.mention]));
  return {
    async next(cursor, limit) {
      let i = cursor === undefined ? 0 : Number(cursor);
      const start = i;
      const now = clock.now();
      while (i < sorted.length && i - start < limit && sorted[i]!.arrival <= now) i++;
      return { items: sorted.slice(start, i).map((x) => x.mention), cursor: String(i), more: i < sorted.length && sorted[i]!.arrival <= now };
    },
    get: async (id) => byId.get(id),
  };
}
