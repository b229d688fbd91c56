// GET /api/mentions: search with every filter, cursor pagination (a keyset scan, newest first; a
// full-text query pages by rank), and CSV/JSON export of the whole selection (up to EXPORT_MAX).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { InputError } from '../../core/errors.js';
import { nextLocalDay } from '../../core/time.js';
import type { Mention, MentionQuery, Store } from '../../core/types.js';
import { sendExport } from '../export.js';
import { ErrorBody, MentionFilter, MentionId, MentionOut, notFound, type MentionFilterQ } from '../schemas.js';
import type { ServerDeps } from './index.js';

export const EXPORT_MAX = 10_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API filter as a store query; a day as `to` is inclusive (the whole day). */
export function toQuery(f: Omit<MentionFilterQ, 'limit' | 'cursor' | 'format'>): MentionQuery {
  const q: MentionQuery = {};
  if (f.q) q.text = f.q;
  if (f.from) q.from = f.from;
  if (f.to) q.to = DAY.test(f.to) ? nextLocalDay(f.to) : f.to;
  if (f.source) q.sourceId = f.source;
  if (f.kind) q.kind = f.kind;
  if (f.sentiment) q.sentiment = f.sentiment;
  if (f.topic) q.topic = f.topic;
  if (f.region) q.region = f.region;
  if (f.entity) q.entity = f.entity;
  if (f.issue) q.issueId = f.issue;
  if (f.hoax !== undefined) q.hoaxFlagged = f.hoax;
  if (f.owned !== undefined) q.owned = f.owned;
  if (f.from && f.to && q.to! <= f.from) throw new InputError(`querystring.to: ${f.to} is not after from ${f.from}`);
  return q;
}

export function mentionView(m: Mention, corrected: readonly string[] = []) {
  const a = m.analysis;
  const text = (m.text ?? '').replace(/\s+/g, ' ').trim();
  return {
    id: m.id,
    url: m.url,
    title: m.title,
    snippet: text.length > 280 ? `${text.slice(0, 279)}…` : text,
    source: m.sourceId,
    kind: m.kind,
    ...(m.author ? { author: m.author } : {}),
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
    ...(m.storedAt ? { storedAt: m.storedAt } : {}),
    sentiment: a?.sentiment.label ?? 'neutral',
    sentimentScore: a?.sentiment.score ?? 0,
    topics: a?.topics ?? [],
    regions: (a?.regions ?? []).map((r) => ({ code: r.code, name: r.name, level: r.level })),
    entities: (a?.entities ?? []).map((e) => e.canonical ?? e.text),
    hoax: { flagged: Boolean(a?.hoax.flagged), score: a?.hoax.score ?? 0 },
    ...(m.issueId ? { issueId: m.issueId } : {}),
    corrected: [...corrected],
  };
}

export const MENTION_COLUMNS = ['id', 'publishedAt', 'source', 'kind', 'author', 'title', 'url', 'sentiment', 'sentimentScore', 'topics', 'regions', 'entities', 'hoax', 'issueId', 'corrected', 'snippet'];

/** The fields a person corrected (active corrections) of each of these mentions, shown beside them. */
export async function correctedFields(store: Store, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const cs = await store.listCorrections({ mentionId: id, active: true, limit: 20 });
    if (cs.length) out.set(id, [...new Set(cs.map((c) => c.field))]);
  }
  return out;
}

function encodeCursor(kind: 's' | 'o', v: string): string {
  return Buffer.from(`${kind}:${v}`).toString('base64url');
}
function decodeCursor(c: string): { kind: 's' | 'o'; v: string } {
  const s = Buffer.from(c, 'base64url').toString('utf8');
  const m = /^([so]):(.*)$/s.exec(s);
  if (!m) throw new InputError('querystring.cursor: not a cursor of this API (use nextCursor of the previous page)');
  return { kind: m[1] as 's' | 'o', v: m[2]! };
}

export async function pageOfMentions(store: Store, q: MentionQuery, limit: number, cursor?: string): Promise<{ items: Mention[]; next: string | null; total?: number }> {
  if (q.text) {
    const offset = cursor ? Number(decodeCursor(cursor).v) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw new InputError('querystring.cursor: not a cursor of this API');
    const page = await store.search({ ...q, limit, offset });
    const end = offset + page.items.length;
    return { items: page.items, next: end < page.total ? encodeCursor('o', String(end)) : null, total: page.total };
  }
  const c = cursor ? decodeCursor(cursor) : undefined;
  if (c && c.kind !== 's') throw new InputError('querystring.cursor: this cursor belongs to a full-text query');
  const page = await store.scan(q, { limit, order: 'desc', ...(c ? { cursor: c.v } : {}) });
  return { items: page.items, next: page.cursor ? encodeCursor('s', page.cursor) : null };
}

export function registerMentions(app: FastifyInstance, deps: ServerDeps): void {
  const { store } = deps;
  app.get(
    '/api/mentions',
    {
      schema: {
        summary: 'Search mentions (every filter; cursor pages newest first; format=csv|json downloads the selection)',
        tags: ['mentions'],
        querystring: MentionFilter,
        response: { 200: Type.Object({ items: Type.Array(MentionOut), nextCursor: Type.Union([Type.String(), Type.Null()]), total: Type.Optional(Type.Integer()) }), 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const f = req.query as MentionFilterQ;
      const q = toQuery(f);
      if (f.format) {
        const all: Mention[] = [];
        let cursor: string | undefined;
        do {
          const p = await pageOfMentions(store, q, 1000, cursor);
          all.push(...p.items);
          cursor = p.next ?? undefined;
        } while (cursor && all.length < EXPORT_MAX);
        const rows = all.slice(0, EXPORT_MAX);
        const corr = await correctedFields(store, rows.map((m) => m.id));
        return sendExport(reply, f.format, 'pantau-mentions', rows.map((m) => mentionView(m, corr.get(m.id))), MENTION_COLUMNS);
      }
      const page = await pageOfMentions(store, q, f.limit ?? 50, f.cursor);
      const corr = await correctedFields(store, page.items.map((m) => m.id));
      return { items: page.items.map((m) => mentionView(m, corr.get(m.id))), nextCursor: page.next, ...(page.total !== undefined ? { total: page.total } : {}) };
    },
  );

  app.get(
    '/api/mentions/:id',
    {
      schema: {
        summary: 'One mention with its corrections (the audit trail)',
        tags: ['mentions'],
        params: Type.Object({ id: MentionId }, { additionalProperties: false }),
        response: { 404: ErrorBody, 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const m = await store.getMention(id);
      if (!m) return notFound(reply, `no mention "${id}"`);
      const corrections = await store.listCorrections({ mentionId: id });
      return { ...mentionView(m, [...new Set(corrections.filter((c) => !c.undoneAt).map((c) => c.field))]), text: m.text, corrections };
    },
  );
}
