// Merging and splitting issues from the dashboard (humas, admin): POST /api/issues/{id}/merge (issue
// B into A: A's id survives, also on later days), POST /api/issues/{id}/split (a selection of A's
// mentions becomes a new issue with a stable id), POST /api/issue-corrections/{id}/undo, and the
// audit trail GET /api/issue-corrections. The rules are applied by src/maps on every build; the
// mentions' issue ids change at once (src/maps/correct-issues.ts). Also GET /api/regions: the
// gazetteer searched by name, for the place correction control.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { mergeIssues, NotFoundError, splitIssue, undoIssueCorrection } from '../../maps/correct-issues.js';
import { sendExport } from '../export.js';
import { ErrorBody, IssueId, MentionId, notFound } from '../schemas.js';
import type { ServerDeps } from './index.js';


async function orNotFound<T>(reply: FastifyReply, body: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof NotFoundError) return notFound(reply, e.message);
    throw e;
  }
}

export function registerIssueCorrections(app: FastifyInstance, deps: ServerDeps): void {
  const { store } = deps;
  const now = deps.now ?? Date.now;
  const at = () => new Date(now()).toISOString();

  app.post(
    '/api/issues/:id/merge',
    {
      schema: {
        summary: 'Merge issue `issueId` (B) into this issue (A): A’s id survives, today and on later days (humas, admin)',
        tags: ['corrections'],
        params: Type.Object({ id: IssueId }, { additionalProperties: false }),
        body: Type.Object({ issueId: IssueId }, { additionalProperties: false }),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const { issueId } = req.body as { issueId: string };
      return orNotFound(reply, async () => ({ correction: await mergeIssues(store, { into: id, from: issueId, by: req.user!.username, at: at() }) }));
    },
  );

  app.post(
    '/api/issues/:id/split',
    {
      schema: {
        summary: 'Split a selection of this issue’s mentions out into a new issue (a stable id derived from both; humas, admin)',
        tags: ['corrections'],
        params: Type.Object({ id: IssueId }, { additionalProperties: false }),
        body: Type.Object({ mentionIds: Type.Array(MentionId, { minItems: 1, maxItems: 500, uniqueItems: true }) }, { additionalProperties: false }),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const { mentionIds } = req.body as { mentionIds: string[] };
      return orNotFound(reply, async () => ({ correction: await splitIssue(store, { from: id, mentionIds, by: req.user!.username, at: at() }) }));
    },
  );

  app.post(
    '/api/issue-corrections/:id/undo',
    {
      schema: {
        summary: 'Undo a merge or split: the mentions get their earlier issue back, and the next map is the one before it',
        tags: ['corrections'],
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: number };
      const c = await undoIssueCorrection(store, id, req.user!.username, at());
      if (!c) return notFound(reply, `no issue correction ${id}`);
      return c;
    },
  );

  app.get(
    '/api/issue-corrections',
    {
      schema: {
        summary: 'The audit trail of issue merges and splits, newest first',
        tags: ['corrections'],
        querystring: Type.Object(
          {
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
      const q = req.query as { active?: boolean; limit?: number; format?: 'csv' | 'json' };
      const items = await store.listIssueCorrections({ ...(q.active ? { active: true } : {}), limit: q.limit ?? 200 });
      if (q.format) return sendExport(reply, q.format, 'pantau-issue-corrections', items as unknown as Record<string, unknown>[], ['id', 'kind', 'issueId', 'otherId', 'mentionIds', 'by', 'at', 'undoneAt', 'undoneBy']);
      return { items };
    },
  );

  app.get(
    '/api/regions',
    {
      schema: {
        summary: 'Places of the gazetteer by name (or a Kemendagri code), the home region’s first: for correcting a mention’s place',
        tags: ['corrections'],
        querystring: Type.Object(
          {
            q: Type.String({ minLength: 2, maxLength: 80, description: 'part of a place name, or a Kemendagri code' }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
          },
          { additionalProperties: false },
        ),
        response: { 400: ErrorBody },
      },
    },
    async (req) => {
      const q = req.query as { q: string; limit?: number };
      return { items: deps.findPlaces(q.q, q.limit ?? 20) };
    },
  );
}
