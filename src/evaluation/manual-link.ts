// Linking a response to an issue by hand: what `pantau evaluate link|unlink` and the dashboard's
// issue page (POST/DELETE /api/issues/{id}/responses) share. The item is a mention (its id, or its
// URL through the caller's URL → id function) or a fact of the fact base; the link is stored with
// the Store's putResponseLinks as 'manual' (never replaced by an automatic link) at the mention's
// publication time, the fact's day (its start in the office's zone), or a time given.
import { InputError } from '../core/errors.js';
import type { ResponseKind, ResponseLink } from '../core/evaluation.js';
import { parseQueryInstant } from '../core/query.js';
import { startOfLocalDay } from '../core/time.js';
import type { Fact, Mention, Store } from '../core/types.js';

export interface ResolvedItem {
  kind: ResponseKind;
  mention?: Mention;
  fact?: Fact;
}

export interface LinkOptions {
  kind?: ResponseKind;
  /** A mention URL as its id (canonicalized by the caller); without it URLs are not looked up. */
  mentionIdOfUrl?: (url: string) => string;
}

/** The mention or fact an item names; an InputError saying what was given when the store has neither. */
export async function resolveResponseItem(store: Store, item: string, opts: LinkOptions = {}): Promise<ResolvedItem> {
  const { kind } = opts;
  let mention = kind === 'fact' ? undefined : await store.getMention(item);
  if (!mention && kind !== 'fact' && opts.mentionIdOfUrl && /^https?:\/\//i.test(item)) mention = await store.getMention(opts.mentionIdOfUrl(item));
  if (mention) return { kind: 'mention', mention };
  const fact = kind === 'mention' ? undefined : (await store.listFacts()).find((f) => f.id === item);
  if (fact) return { kind: 'fact', fact };
  const what = kind === 'mention' ? 'mention' : kind === 'fact' ? 'fact' : 'mention or fact';
  throw new InputError(`no ${what} "${item}" in the store (give a mention id${opts.mentionIdOfUrl ? ' or URL' : ''}, or a fact id)`);
}

/** Link `item` to the issue by hand; `at` is a day or date-time in the office's zone (default: the item's own time). */
export async function linkResponse(store: Store, issueId: string, item: string, opts: LinkOptions & { at?: string; timezone: string }): Promise<ResponseLink> {
  const r = await resolveResponseItem(store, item, opts);
  let at: string;
  if (opts.at) at = new Date(parseQueryInstant(opts.at, 'at', opts.timezone)!).toISOString();
  else if (r.mention) at = new Date(Date.parse(r.mention.publishedAt ?? r.mention.fetchedAt)).toISOString();
  else at = new Date(startOfLocalDay(r.fact!.date, opts.timezone)).toISOString();
  const m = r.mention;
  const f = r.fact;
  const link: ResponseLink = m
    ? { issueId, kind: 'mention', itemId: m.id, at, how: 'manual', url: m.url, title: m.title || m.text.slice(0, 160) }
    : { issueId, kind: 'fact', itemId: f!.id, at, how: 'manual', url: f!.source_url, title: f!.statement.slice(0, 160) };
  const res = await store.putResponseLinks([link]);
  if (res.dropped.length) throw new InputError(res.dropped[0]!.reason);
  return link;
}

/** Remove a link (manual or automatic); false when there was none. */
export async function unlinkResponse(store: Store, issueId: string, item: string, opts: LinkOptions = {}): Promise<{ removed: boolean; kind: ResponseKind; itemId: string }> {
  const r = await resolveResponseItem(store, item, opts);
  const itemId = r.mention ? r.mention.id : r.fact!.id;
  return { removed: await store.deleteResponseLink(issueId, r.kind, itemId), kind: r.kind, itemId };
}
