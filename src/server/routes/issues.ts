// GET /api/issues (the issue map of a day or period: ranked issues with trend, sentiment, places,
// hoax flag, facts and brief) and GET /api/issues/{id} (one issue with every mention). The map is
// built by src/maps through the Store and cached per period until the store changes (its change
// token moves: map-cache.ts), and concurrent requests for the same map share one build.
import { gzipSync } from 'node:zlib';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { InputError } from '../../core/errors.js';
import { localDay } from '../../core/time.js';
import type { MapIssue } from '../../maps/types.js';
import { notModified } from '../etag.js';
import { createMapCache, type MapCache } from '../map-cache.js';
import { correctedFields } from './mentions.js';
import { sendExport } from '../export.js';
import { ErrorBody, notFound, Period, type PeriodQ } from '../schemas.js';
import type { ServerDeps } from './index.js';

export const MAX_PERIOD_DAYS = 92;

export function periodOf(q: Pick<PeriodQ, 'date' | 'from' | 'to'>, today: string): { from: string; to: string } {
  const valid = (d: string, k: string) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== d) throw new InputError(`querystring.${k}: not a calendar day, got "${d}"`);
    return d;
  };
  if (q.date && (q.from || q.to)) throw new InputError('querystring.date: give either date or from/to, not both');
  if (q.date) return { from: valid(q.date, 'date'), to: q.date };
  const from = q.from ? valid(q.from, 'from') : q.to ? valid(q.to, 'to') : today;
  const to = q.to ? valid(q.to, 'to') : q.from ? from : today;
  if (to < from) throw new InputError(`querystring.to: ${to} is before from ${from}`);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) throw new InputError(`querystring.from/to: at most ${MAX_PERIOD_DAYS} days, got ${days}`);
  return { from, to };
}

/** An issue without its full mention list (the cards). */
export function issueSummary(i: MapIssue) {
  const { mentions, perHour, ...rest } = i;
  void perHour;
  return { ...rest, mentionCount: mentions.length };
}

// The trend is three columns, not one "down -4" string: a spreadsheet sorts and sums numbers, and the
// direction reads the same in every language (new | up | down | steady).
const ISSUE_COLUMNS = ['rank', 'id', 'label', 'volume', 'trend', 'trendChange', 'previousVolume', 'positive', 'neutral', 'negative', 'negativeShare', 'hoax', 'regions', 'opd', 'facts', 'firstSeen', 'lastSeen'];

function issueRow(i: MapIssue) {
  return {
    rank: i.rank,
    id: i.id,
    label: i.label,
    volume: i.volume,
    trend: i.trend.direction,
    trendChange: i.trend.change,
    previousVolume: i.trend.previous,
    positive: i.sentiment.positive,
    neutral: i.sentiment.neutral,
    negative: i.sentiment.negative,
    negativeShare: Math.round(i.negativeShare * 1000) / 1000,
    hoax: i.hoax.flagged,
    regions: i.regions.map((r) => r.name).join('; '),
    opd: i.opd,
    facts: i.facts.map((f) => f.id).join('; '),
    firstSeen: i.firstSeen,
    lastSeen: i.lastSeen,
  };
}

/** `cache`: shared with the routes that read the same maps (geo); one per server. */
export function registerIssues(app: FastifyInstance, deps: ServerDeps, cache: MapCache = createMapCache(deps.store, (key) => deps.buildMap(key))): void {
  const zone = deps.config.timezone;
  const now = deps.now ?? Date.now;
  const load = async (q: PeriodQ) => {
    const period = periodOf(q, localDay(now(), zone));
    if (q.region && !deps.place(q.region)) throw new InputError(`querystring.region: unknown Kemendagri code "${q.region}"`);
    return cache.get({ ...period, lang: q.lang ?? 'id', ...(q.region ? { region: q.region } : {}) });
  };

  app.get(
    '/api/issues',
    {
      schema: {
        summary: 'The issue map of a day (default today) or period: ranked issues (without their full mention lists), totals, districts',
        tags: ['issues'],
        querystring: Period,
        response: { 304: Type.Null({ description: 'Not modified: If-None-Match names the current ETag of this map' }), 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const q = req.query as PeriodQ;
      const cached = await load(q);
      const map = cached.map;
      if (q.format) return sendExport(reply, q.format, `pantau-issues-${map.period.from}_${map.period.to}`, map.issues.map(issueRow), ISSUE_COLUMNS);
      // The ETag is the map's at this change token: an unchanged map is a 304 without a body.
      reply.header('etag', cached.etag).header('cache-control', 'private, no-cache');
      if (notModified(req.headers['if-none-match'], cached.etag)) return reply.code(304).send(null);
      let body = cached.bodies.get('summary');
      if (body === undefined) {
        body = Buffer.from(JSON.stringify({
          period: map.period,
          timezone: map.timezone,
          generatedAt: map.generatedAt,
          lang: map.lang,
          homeRegion: map.homeRegion,
          ...(map.region ? { region: map.region } : {}),
          totals: map.totals,
          districts: map.districts,
          outside: { volume: map.outside.volume, sentiment: map.outside.sentiment },
          issues: map.issues.map(issueSummary),
        }));
        cached.bodies.set('summary', body);
      }
      reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
      // A day's map is a few MB of JSON: compressed once per cached map, sent compressed to every
      // client that accepts it (browsers, fetch), so a request costs a copy of ~1/10 of the bytes.
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = cached.bodies.get('summary.gz');
        if (gz === undefined) cached.bodies.set('summary.gz', (gz = gzipSync(body)));
        return reply.header('content-encoding', 'gzip').send(gz);
      }
      return reply.send(body);
    },
  );

  app.get(
    '/api/issues/:id',
    {
      schema: {
        summary: 'One issue of the period’s map in detail: every mention, linked facts, the counter-messaging brief',
        tags: ['issues'],
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9:_.-]+$' }) }, { additionalProperties: false }),
        querystring: Period,
        response: { 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const q = req.query as PeriodQ;
      const { id } = req.params as { id: string };
      const map = (await load(q)).map;
      const issue = map.issues.find((i) => i.id === id);
      if (!issue) return notFound(reply, `no issue "${id}" in the map of ${map.period.from}${map.period.to !== map.period.from ? ` – ${map.period.to}` : ''}`);
      if (q.format) {
        const rows = issue.mentions.map((m) => ({ ...m }));
        return sendExport(reply, q.format, `pantau-issue-${id}`, rows, ['id', 'publishedAt', 'source', 'kind', 'author', 'title', 'url', 'sentiment', 'sentimentScore', 'hoaxFlagged', 'engagement']);
      }
      // Which of its mentions a person corrected (shown beside each mention).
      const corrected = await correctedFields(deps.store, issue.mentions.map((m) => m.id));
      const mentions = issue.mentions.map((m) => (corrected.has(m.id) ? { ...m, corrected: corrected.get(m.id)! } : m));
      return { period: map.period, timezone: map.timezone, issue: { ...issue, mentions } };
    },
  );
}
