// Each connector remembers where it stopped in SourceState.cursor (a string in the store), as a small
// JSON object whose shape belongs to the connector: usually the newest platform id or timestamp seen,
// so the next run asks only for newer items. The cursor is written only after a run that reached its
// natural end, so an interrupted run (error, rate limit, early stop) is simply repeated next time and
// the pipeline's dedupe absorbs what was already stored.
import type { CrawlContext, SourceState } from '../../src/core/types.js';

export type Cursor = Record<string, string | number | undefined>;

export async function loadCursor(ctx: CrawlContext, sourceId: string): Promise<Cursor> {
  const state = await ctx.getSourceState(sourceId);
  if (!state?.cursor) return {};
  try {
    const v: unknown = JSON.parse(state.cursor);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Cursor;
  } catch {
    /* fall through */
  }
  // A cursor from another version or a hand edit: start over rather than fail the source.
  ctx.log.warn({ sourceId, cursor: state.cursor }, 'ignoring unreadable source cursor');
  return {};
}

export async function saveCursor(ctx: CrawlContext, sourceId: string, cursor: Cursor): Promise<void> {
  const prev: SourceState = (await ctx.getSourceState(sourceId)) ?? { sourceId, consecutiveFailures: 0, itemsFound: 0 };
  const clean = Object.fromEntries(Object.entries(cursor).filter(([, v]) => v !== undefined));
  await ctx.putSourceState({ ...prev, cursor: JSON.stringify(clean) });
}

/**
 * Compare numeric platform ids (Telegram, Mastodon, X snowflakes) given as strings: longer is larger,
 * then lexicographic — exact for any length, unlike Number() beyond 2^53.
 */
export function compareIds(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The larger of two numeric ids (undefined-tolerant). */
export function maxId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

/** Later of two ISO timestamps (undefined-tolerant). */
export function maxIso(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
