// Corrections (human in the loop): a humas officer sets a mention's sentiment, topic, places or hoax
// flag, for one mention or a selection; the Store applies it at once (maps, counts, alerts and
// exports read the corrected analysis), keeps it over re-analysis and records who and when. Undo
// restores the analyzers' value. The sentiment corrections export as labelled data (JSONL or CSV
// with text and label) that `pantau train sentiment --data FILE` reads.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { InputError } from '../../core/errors.js';
import type { RegionTag } from '../../core/types.js';
import type { CorrectionValue } from '../../core/web.js';
import { sendExport, toCsv } from '../export.js';
import { ErrorBody, MentionId, notFound } from '../schemas.js';
import type { ServerDeps } from './index.js';

const Field = Type.Union([Type.Literal('sentiment'), Type.Literal('topic'), Type.Literal('place'), Type.Literal('hoax')]);
// Any JSON value, checked per field by correctionValue(): a union here would let the validator's
// type coercion turn `true` or ["15.71"] into strings while it tries the branches.
const Value = Type.Unknown({
  description: 'sentiment: "positive" | "neutral" | "negative"; topic: a topic id; place: a list of Kemendagri codes ([] = none); hoax: true | false',
});

export function correctionValue(field: string, value: unknown, deps: Pick<ServerDeps, 'place' | 'topics'>): CorrectionValue {
  switch (field) {
    case 'sentiment':
      if (value === 'positive' || value === 'neutral' || value === 'negative') return { field, value };
      throw new InputError(`body.value: a sentiment is positive, neutral or negative, got ${JSON.stringify(value)}`);
    case 'topic':
      if (typeof value === 'string' && deps.topics.some((t) => t.id === value)) return { field, value };
      throw new InputError(`body.value: expected a topic id (${deps.topics.map((t) => t.id).join(', ')}), got ${JSON.stringify(value)}`);
    case 'place': {
      if (!Array.isArray(value)) throw new InputError(`body.value: places are a list of Kemendagri codes, got ${JSON.stringify(value)}`);
      const tags: RegionTag[] = [];
      for (const code of value as string[]) {
        const t = deps.place(code);
        if (!t) throw new InputError(`body.value: unknown Kemendagri code "${code}"`);
        tags.push(t);
      }
      return { field, value: tags };
    }
    case 'hoax':
      if (typeof value === 'boolean') return { field, value };
      throw new InputError(`body.value: the hoax flag is true or false, got ${JSON.stringify(value)}`);
  }
  throw new InputError(`body.field: expected sentiment, topic, place or hoax, got ${JSON.stringify(field)}`);
}

export function registerCorrections(app: FastifyInstance, deps: ServerDeps): void {
  const { store } = deps;
  const now = deps.now ?? Date.now;
  const Body = Type.Object({ field: Field, value: Value }, { additionalProperties: false });
  const need = (b: { value?: unknown }) => {
    if (b.value === undefined) throw new InputError('body.value: required');
  };

  app.post(
    '/api/mentions/:id/corrections',
    {
      schema: {
        summary: 'Correct one mention’s sentiment, topic, places or hoax flag (humas, admin)',
        tags: ['corrections'],
        params: Type.Object({ id: MentionId }, { additionalProperties: false }),
        body: Body,
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const b = req.body as { field: string; value: unknown };
      need(b);
      const correction = correctionValue(b.field, b.value, deps);
      const r = await store.addCorrections([{ mentionId: id, correction, by: req.user!.username, at: new Date(now()).toISOString() }]);
      if (r.missing.length) return notFound(reply, `no mention "${id}"`);
      return { corrections: r.corrections };
    },
  );

  app.post(
    '/api/corrections',
    {
      schema: {
        summary: 'Correct a selection of mentions at once (bulk; humas, admin)',
        tags: ['corrections'],
        body: Type.Object({ mentionIds: Type.Array(MentionId, { minItems: 1, maxItems: 500, uniqueItems: true }), field: Field, value: Value }, { additionalProperties: false }),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => {
      const b = req.body as { mentionIds: string[]; field: string; value: unknown };
      need(b);
      const correction = correctionValue(b.field, b.value, deps);
      const at = new Date(now()).toISOString();
      const r = await store.addCorrections(b.mentionIds.map((mentionId) => ({ mentionId, correction, by: req.user!.username, at })));
      return { corrections: r.corrections, missing: r.missing };
    },
  );

  app.post(
    '/api/corrections/:id/undo',
    {
      schema: {
        summary: 'Undo a correction: the field goes back to the newest remaining correction, else to the analyzers’ value',
        tags: ['corrections'],
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: number };
      const c = await store.undoCorrection(id, req.user!.username, new Date(now()).toISOString());
      if (!c) return notFound(reply, `no correction ${id}`);
      return c;
    },
  );

  app.get(
    '/api/corrections',
    {
      schema: {
        summary: 'The audit trail of corrections, newest first',
        tags: ['corrections'],
        querystring: Type.Object(
          {
            mention: Type.Optional(MentionId),
            active: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 200 })),
            format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
          },
          { additionalProperties: false },
        ),
        response: { 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const q = req.query as { mention?: string; active?: boolean; limit?: number; format?: 'csv' | 'json' };
      const items = await store.listCorrections({ ...(q.mention ? { mentionId: q.mention } : {}), ...(q.active ? { active: true } : {}), limit: q.limit ?? 200 });
      if (q.format) return sendExport(reply, q.format, 'pantau-corrections', items as unknown as Record<string, unknown>[], ['id', 'mentionId', 'field', 'value', 'machine', 'by', 'at', 'undoneAt', 'undoneBy']);
      return { items };
    },
  );

  app.get(
    '/api/corrections/labelled',
    {
      schema: {
        summary: 'Sentiment corrections as labelled data for `pantau train sentiment --data FILE` (JSONL or CSV: text, label)',
        tags: ['corrections'],
        querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('jsonl'), Type.Literal('csv')], { default: 'jsonl' })) }, { additionalProperties: false }),
        response: { 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const q = req.query as { format?: 'jsonl' | 'csv' };
      const active = await store.listCorrections({ active: true, limit: 100_000 });
      // The newest sentiment correction of each mention (the list is newest first).
      const seen = new Set<string>();
      const rows: { text: string; label: string; id: string }[] = [];
      for (const c of active) {
        if (c.field !== 'sentiment' || seen.has(c.mentionId)) continue;
        seen.add(c.mentionId);
        const m = await store.getMention(c.mentionId);
        if (!m) continue;
        const text = [m.title, m.text].filter(Boolean).join('. ').replace(/\s+/g, ' ').trim();
        if (text) rows.push({ id: m.id, text, label: String(c.value) });
      }
      if ((q.format ?? 'jsonl') === 'csv') {
        return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="pantau-sentiment-corrections.csv"').send(toCsv(rows, ['id', 'text', 'label']));
      }
      void sendExport;
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', 'attachment; filename="pantau-sentiment-corrections.jsonl"')
        .send(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
    },
  );
}
