// Options of each social kind (README: "Social sources"). Kept apart from the connectors so that
// loading a config (crawlers/options.ts) costs zod only, not the connectors' parsers.
import { z } from 'zod';
import type { SourceKind } from '../../src/core/types.js';
import { DEFAULT_IMPORT_MAX_BYTES } from './import-limits.js';
import { bool, httpUrl, idString, num, optionsSchema, requiredString, str } from '../shared/source-options.js';

/** Paging and rate limits of the API connectors. */
const api = {
  /** Most result pages fetched per run. */
  maxPages: num({ min: 1, integer: true }, 5),
  /** Longest wait for a rate-limit window to reset before stopping this run early. */
  maxRateLimitWaitMs: num({ min: 0 }, 60_000),
  /** The office's own handle on the platform (marks meta.isOwned). */
  ownedHandle: str('a handle such as "@pemkotjambi"'),
  /** The API's base URL: a proxy, or a test server. */
  apiBase: httpUrl(),
};

/** Comment threads re-read for posts younger than commentWindowDays, up to maxCommentPages per post. */
const comments = {
  commentWindowDays: num({ min: 0 }, 7),
  maxCommentPages: num({ min: 1, integer: true }, 3),
};

export const IMPORT_FIELDS = [
  'text', 'title', 'author', 'authorHandle', 'date', 'url', 'platform', 'id', 'replyTo', 'threadId', 'likes', 'replies', 'shares', 'views', 'owned',
] as const;

/** field → column name of the import file; a field the importer does not know is a typo. */
const mapping = z
  .record(z.string(), z.string({ error: 'expected a column name' }), { error: 'expected a mapping of field: column' })
  .superRefine((m, ctx) => {
    for (const k of Object.keys(m)) {
      if (!(IMPORT_FIELDS as readonly string[]).includes(k)) {
        ctx.addIssue({ code: 'custom', path: [k], message: `unknown field (known: ${IMPORT_FIELDS.join(', ')})` });
      }
    }
  })
  .optional();

export const SOCIAL_OPTION_SCHEMAS = {
  telegram: optionsSchema({ maxPages: api.maxPages, ownedHandle: api.ownedHandle }),
  youtube: optionsSchema({
    ...api,
    ...comments,
    /** false skips comments; true makes YOUTUBE_API_KEY required; unset = comments when a key is set. */
    comments: bool(),
    channelId: idString('a channel id such as "UC…"'),
  }),
  mastodon: optionsSchema({
    ...api,
    commentWindowDays: comments.commentWindowDays,
    /** Read an owned account's replies (default: true when the source is owned). */
    replies: bool(),
  }),
  reddit: optionsSchema({ ...api }),
  x: optionsSchema({ ...api, query: str('a search query') }),
  facebook: optionsSchema({ ...api, ...comments, pageId: requiredString('the numeric id of the Facebook page, as the Graph API wants it') }),
  instagram: optionsSchema({
    ...api,
    ...comments,
    igUserId: requiredString('the numeric id of the Instagram professional account, as the Graph API wants it'),
  }),
  import: optionsSchema({
    ownedHandle: api.ownedHandle,
    mapping,
    format: str('csv, json or jsonl'),
    delimiter: str('a delimiter character such as ";"'),
    /** Zone of dates written without one: an IANA name, an offset ("+07:00") or WIB/WITA/WIT; default the config's `timezone`. */
    timezone: str('a time zone such as "Asia/Jakarta", "+07:00" or "WIB"'),
    platform: str('a platform name such as "whatsapp"'),
    maxBytes: num({ min: 1, integer: true }, DEFAULT_IMPORT_MAX_BYTES),
    /** The file's encoding (utf-8, utf-16le, windows-1252, …); default detected. */
    encoding: str('an encoding name such as "windows-1252"'),
  }),
} satisfies Partial<Record<SourceKind, unknown>>;

