// Trends, alerts (list and acknowledge), source health, the fact base, the owned-channel audit and
// the few settings the dashboard needs (topics, zone, home region, who is logged in).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AlertRecord, OutboxEntry } from '../../core/alerts.js';
import { InputError } from '../../core/errors.js';
import { factcheckSourceIds } from '../../core/factcheck-sources.js';
import type { MentionQuery } from '../../core/types.js';
import { sendExport } from '../export.js';
import { DayOrInstant, ErrorBody, Format, notFound, RegionCode } from '../schemas.js';
import type { ServerDeps } from './index.js';
import { toQuery } from './mentions.js';

export function alertView(a: AlertRecord, outbox: readonly OutboxEntry[]) {
  const mine = outbox.filter((e) => e.alertId === a.id);
  return {
    id: a.id,
    kind: a.kind,
    key: a.key,
    label: a.label,
    ...(a.issueId ? { issueId: a.issueId } : {}),
    status: a.status,
    acknowledged: a.ackedAt !== undefined,
    ...(a.ackedAt ? { ackedAt: a.ackedAt } : {}),
    startedAt: a.startedAt,
    updatedAt: a.updatedAt,
    ...(a.resolvedAt ? { resolvedAt: a.resolvedAt } : {}),
    size: a.size,
    numbers: a.numbers,
    samples: a.samples.map((s) => ({ title: s.title, url: s.url, source: s.sourceId, ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}) })),
    deliveries: mine.map((e) => ({ channel: e.channel, event: e.event, state: e.state, attempts: e.attempts, ...(e.sentAt ? { sentAt: e.sentAt } : {}) })),
  };
}

const ALERT_COLUMNS = ['id', 'kind', 'label', 'status', 'acknowledged', 'startedAt', 'updatedAt', 'resolvedAt', 'size', 'key', 'issueId'];

export function registerOther(app: FastifyInstance, deps: ServerDeps): void {
  const { store, config } = deps;

  app.get(
    '/api/meta',
    { schema: { summary: 'What the dashboard needs: office zone, home region, topics, the logged-in user', tags: ['meta'], response: { 400: ErrorBody } } },
    async (req) => ({
      timezone: config.timezone,
      homeRegion: config.analysis.homeRegion,
      topics: deps.topics,
      sources: config.sources.map((s) => ({ id: s.id, name: s.name ?? s.id, kind: s.kind, owned: s.owned })),
      user: req.user,
    }),
  );

  app.get(
    '/api/trends',
    {
      schema: {
        summary: 'Volume and negative share over time (per local hour or day) of the mentions matching the filter',
        tags: ['trends'],
        querystring: Type.Object(
          {
            from: DayOrInstant,
            to: Type.Optional(DayOrInstant),
            interval: Type.Optional(Type.Union([Type.Literal('hour'), Type.Literal('day')], { default: 'day' })),
            topic: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
            region: Type.Optional(RegionCode),
            issue: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            source: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            format: Type.Optional(Format),
          },
          { additionalProperties: false },
        ),
        response: { 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const f = req.query as { from: string; to?: string; interval?: 'hour' | 'day'; topic?: string; region?: string; issue?: string; source?: string; format?: 'csv' | 'json' };
      const filter: MentionQuery = toQuery({ from: f.from, ...(f.to ? { to: f.to } : {}), ...(f.topic ? { topic: f.topic } : {}), ...(f.region ? { region: f.region } : {}), ...(f.issue ? { issue: f.issue } : {}), ...(f.source ? { source: f.source } : {}) });
      // Without a named source, the debunks of fact-check sources are left out: they are not the city's mentions.
      if (!f.source) filter.excludeSourceId = factcheckSourceIds(config);
      const span = (f.to ? Date.parse(f.to) : Date.now()) - Date.parse(f.from);
      if ((f.interval ?? 'day') === 'hour' && span > 31 * 86_400_000) throw new InputError('querystring.interval: hour buckets over at most 31 days; use interval=day');
      const r = await store.aggregate({ filter, interval: f.interval ?? 'day' });
      const points = r.buckets.map((b) => ({ key: b.key, start: b.start, count: b.count, negative: b.negative, negativeShare: b.count ? Math.round((b.negative / b.count) * 1000) / 1000 : 0 }));
      if (f.format) return sendExport(reply, f.format, 'pantau-trends', points, ['key', 'start', 'count', 'negative', 'negativeShare']);
      return { count: r.count, negative: r.negative, interval: f.interval ?? 'day', points };
    },
  );

  app.get(
    '/api/alerts',
    {
      schema: {
        summary: 'Recent alerts, newest first, with their state and deliveries',
        tags: ['alerts'],
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })), open: Type.Optional(Type.Boolean()), format: Type.Optional(Format) },
          { additionalProperties: false },
        ),
        response: { 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const q = req.query as { limit?: number; open?: boolean; format?: 'csv' | 'json' };
      const list = await store.listAlerts({ limit: q.limit ?? 50, ...(q.open ? { open: true } : {}) });
      const outbox = await store.listOutbox();
      const items = list.map((a) => alertView(a, outbox));
      if (q.format) return sendExport(reply, q.format, 'pantau-alerts', items, ALERT_COLUMNS);
      return { items };
    },
  );

  app.post(
    '/api/alerts/:id/ack',
    {
      schema: {
        summary: 'Acknowledge an alert: its key stays quiet until it grows (humas, admin)',
        tags: ['alerts'],
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9:_.-]+$' }) }, { additionalProperties: false }),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const a = await store.getAlert(id);
      if (!a) return notFound(reply, `no alert "${id}"`);
      await deps.ackAlert(id);
      const after = (await store.getAlert(id)) ?? a;
      return alertView(after, await store.listOutbox({ alertId: id }));
    },
  );

  app.get(
    '/api/sources',
    {
      schema: {
        summary: 'Source health: each configured source with its last run, last success, failures and next due time',
        tags: ['sources'],
        querystring: Type.Object({ format: Type.Optional(Format) }, { additionalProperties: false }),
        response: { 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const states = new Map((await store.listSourceStates()).map((s) => [s.sourceId, s]));
      const now = (deps.now ?? Date.now)();
      const items = config.sources.map((s) => {
        const st = states.get(s.id);
        const late = st?.nextDueAt ? now - Date.parse(st.nextDueAt) > 2 * s.everyMinutes * 60_000 : false;
        const status = !st?.lastRunAt ? 'never' : st.consecutiveFailures > 0 ? 'failing' : late ? 'late' : 'ok';
        return {
          id: s.id,
          name: s.name ?? s.id,
          kind: s.kind,
          owned: s.owned,
          everyMinutes: s.everyMinutes,
          status,
          ...(st?.lastRunAt ? { lastRunAt: st.lastRunAt } : {}),
          ...(st?.lastSuccessAt ? { lastSuccessAt: st.lastSuccessAt } : {}),
          ...(st?.nextDueAt ? { nextDueAt: st.nextDueAt } : {}),
          consecutiveFailures: st?.consecutiveFailures ?? 0,
          ...(st?.lastError ? { lastError: st.lastError } : {}),
          itemsFound: st?.itemsFound ?? 0,
        };
      });
      const q = req.query as { format?: 'csv' | 'json' };
      if (q.format) return sendExport(reply, q.format, 'pantau-sources', items, ['id', 'name', 'kind', 'owned', 'status', 'lastRunAt', 'lastSuccessAt', 'nextDueAt', 'consecutiveFailures', 'lastError', 'itemsFound']);
      return { items };
    },
  );

  app.get(
    '/api/facts',
    {
      schema: {
        summary: 'The office’s fact base (pantau facts import), filtered by tag, OPD or region',
        tags: ['facts'],
        querystring: Type.Object(
          { tag: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })), opd: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })), region: Type.Optional(RegionCode), format: Type.Optional(Format) },
          { additionalProperties: false },
        ),
        response: { 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const q = req.query as { tag?: string; opd?: string; region?: string; format?: 'csv' | 'json' };
      const items = await store.listFacts({ ...(q.tag ? { tag: q.tag } : {}), ...(q.opd ? { opd: q.opd } : {}), ...(q.region ? { region: q.region } : {}) });
      if (q.format) return sendExport(reply, q.format, 'pantau-facts', items as unknown as Record<string, unknown>[], ['id', 'date', 'opd', 'statement', 'figures', 'tags', 'regions', 'source_url']);
      return { items };
    },
  );

  app.get(
    '/api/audit',
    {
      schema: {
        summary: 'The owned-channel audit: posts per day, reply times, overdue citizen questions with links',
        tags: ['audit'],
        querystring: Type.Object({ from: Type.Optional(DayOrInstant), to: Type.Optional(DayOrInstant) }, { additionalProperties: false }),
        response: { 400: ErrorBody },
      },
    },
    async (req) => {
      const q = req.query as { from?: string; to?: string };
      if (q.from && q.to && Date.parse(q.to) <= Date.parse(q.from)) throw new InputError(`querystring.to: ${q.to} is not after from ${q.from}`);
      return deps.audit(q.from, q.to);
    },
  );
}
