// The dashboard's issue page, evaluation part (issue 23): GET /api/issues/{id}/evaluation gives the
// issue's linked responses, the effect around the first one (src/evaluation: volume, negative share
// and hoax spread before/after in the configured windows, the change with Newcombe's interval or
// none below the minimum count, pick-up by outlets, reply time) and its complaints. A humas or admin
// user links a response by hand (POST /api/issues/{id}/responses) or removes a link (DELETE …), with
// the same function as `pantau evaluate link|unlink` (src/evaluation/manual-link.ts). Writes pass the
// session, CSRF and role guard of auth.ts like every other write.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { issueEvaluation, linkResponse, unlinkResponse } from '../../evaluation/index.js';
import { DayOrInstant, ErrorBody, IssueId, notFound } from '../schemas.js';
import type { ServerDeps } from './index.js';

const Kind = Type.Union([Type.Literal('mention'), Type.Literal('fact')]);
const ItemId = Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9:_.-]+$' });

export function registerEvaluation(app: FastifyInstance, deps: ServerDeps): void {
  const { store, config } = deps;
  const now = deps.now ?? Date.now;
  const noIssue = (reply: FastifyReply, id: string) => notFound(reply, `no issue "${id}" in the store (no mention carries it and no response is linked to it)`);
  /** An issue exists when a stored mention carries its id, or a response is linked to it. */
  const known = async (id: string) => (await store.scan({ issueId: id }, { limit: 1 })).items.length > 0 || (await store.listResponseLinks({ issueId: id })).length > 0;
  const Params = Type.Object({ id: IssueId }, { additionalProperties: false });

  app.get(
    '/api/issues/:id/evaluation',
    {
      schema: {
        summary: 'One issue’s evaluation: linked responses, the effect of the first (before/after, change with its interval or not enough data, pick-up, reply time), its complaints',
        tags: ['evaluation'],
        params: Params,
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!(await known(id))) return noIssue(reply, id);
      const ev = await issueEvaluation(store, id, { effect: config.evaluation, rules: deps.complaintRules, asOf: now() });
      const { beforeHours, afterHours, minMentions, confidence } = config.evaluation;
      return { timezone: config.timezone, options: { beforeHours, afterHours, minMentions, confidence }, ...ev };
    },
  );

  app.post(
    '/api/issues/:id/responses',
    {
      schema: {
        summary: 'Link a response to the issue by hand (humas, admin): an owned-channel mention (id or URL) or a fact id, at its own time or `at`',
        tags: ['evaluation'],
        params: Params,
        body: Type.Object(
          {
            item: Type.String({ minLength: 1, maxLength: 2000, description: 'mention id, mention URL, or fact id' }),
            kind: Type.Optional(Kind),
            at: Type.Optional(DayOrInstant),
          },
          { additionalProperties: false },
        ),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const b = req.body as { item: string; kind?: 'mention' | 'fact'; at?: string };
      if (!(await known(id))) return noIssue(reply, id);
      const link = await linkResponse(store, id, b.item, {
        timezone: config.timezone,
        ...(b.kind ? { kind: b.kind } : {}),
        ...(b.at ? { at: b.at } : {}),
        ...(deps.mentionIdOfUrl ? { mentionIdOfUrl: deps.mentionIdOfUrl } : {}),
      });
      return { link };
    },
  );

  app.delete(
    '/api/issues/:id/responses/:kind/:item',
    {
      schema: {
        summary: 'Remove a response link of the issue (humas, admin)',
        tags: ['evaluation'],
        params: Type.Object({ id: IssueId, kind: Kind, item: ItemId }, { additionalProperties: false }),
        response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id, kind, item } = req.params as { id: string; kind: 'mention' | 'fact'; item: string };
      const r = await unlinkResponse(store, id, item, { kind });
      if (!r.removed) return notFound(reply, `no link of ${kind} "${item}" to issue "${id}"`);
      return { removed: true, kind: r.kind, itemId: r.itemId };
    },
  );
}
