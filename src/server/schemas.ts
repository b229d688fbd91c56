// TypeBox schemas of the API's inputs and outputs: Fastify validates every querystring, body and
// path parameter against them (unknown fields are refused, not dropped), and @fastify/swagger turns
// the same schemas into /api/openapi.json.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';

export const ErrorBody = Type.Object(
  { statusCode: Type.Integer(), error: Type.String(), message: Type.String() },
  { description: 'Every error: the HTTP status, its name and a message saying what was wrong' },
);

/** A 404 in the ErrorBody shape. */
export function notFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(404).send({ statusCode: 404, error: 'Not Found', message });
}

export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a local day YYYY-MM-DD in the office time zone' });
/** A day, or an ISO 8601 instant (an upper bound is exclusive). */
export const DayOrInstant = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$',
  description: 'YYYY-MM-DD (office time zone) or an ISO 8601 date-time',
});
export const Lang = Type.Union([Type.Literal('id'), Type.Literal('en')], { description: 'language of labels and briefs (default id)' });
export const Format = Type.Union([Type.Literal('json'), Type.Literal('csv')], { description: 'download the list as a file instead of a page' });
export const Sentiment = Type.Union([Type.Literal('positive'), Type.Literal('neutral'), Type.Literal('negative')]);
export const RegionCode = Type.String({ pattern: '^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$', description: 'Kemendagri code, e.g. 15.71 or 15.71.03.1010' });
export const MentionId = Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9:_-]+$' });
export const IssueId = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9:_.-]+$' });

const many = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Array(t, { maxItems: 20 })]);

export const MentionFilter = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'full-text query' })),
    from: Type.Optional(DayOrInstant),
    to: Type.Optional(DayOrInstant),
    source: Type.Optional(many(Type.String({ minLength: 1, maxLength: 100 }))),
    kind: Type.Optional(Type.Union([Type.Literal('news'), Type.Literal('social')])),
    sentiment: Type.Optional(Type.Union([Sentiment, Type.Array(Sentiment, { maxItems: 3 })])),
    topic: Type.Optional(many(Type.String({ minLength: 1, maxLength: 60 }))),
    region: Type.Optional(many(RegionCode)),
    entity: Type.Optional(many(Type.String({ minLength: 3, maxLength: 120, pattern: '^(person|organization):' }))),
    issue: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    hoax: Type.Optional(Type.Boolean({ description: 'only flagged (true) or unflagged (false) mentions' })),
    owned: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 500, description: 'from the previous page’s nextCursor' })),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
export type MentionFilterQ = Static<typeof MentionFilter>;

export const MentionOut = Type.Object(
  {
    id: Type.String(),
    url: Type.String(),
    title: Type.String(),
    snippet: Type.String(),
    source: Type.String(),
    kind: Type.String(),
    author: Type.Optional(Type.String()),
    publishedAt: Type.Optional(Type.String()),
    storedAt: Type.Optional(Type.String()),
    sentiment: Sentiment,
    sentimentScore: Type.Number(),
    topics: Type.Array(Type.String()),
    regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), level: Type.String() })),
    entities: Type.Array(Type.String()),
    hoax: Type.Object({ flagged: Type.Boolean(), score: Type.Number() }),
    issueId: Type.Optional(Type.String()),
    corrected: Type.Array(Type.String({ description: 'fields a person corrected' })),
  },
  {},
);

export const Period = Type.Object(
  {
    date: Type.Optional(Day),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    region: Type.Optional(RegionCode),
    lang: Type.Optional(Lang),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
export type PeriodQ = Static<typeof Period>;
