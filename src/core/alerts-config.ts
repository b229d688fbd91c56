// The `alerts:` section of the config: rules (each with its own thresholds), channels, and the
// discipline that keeps alerts few (cooldown, quiet hours, acknowledgements). Part of the one config
// schema (src/core/config.ts); kept in its own file because it is large. Secrets (bot tokens, SMTP
// passwords, webhook secrets, Slack webhook URLs) are never read from the file: a channel names the
// environment variable that holds them.
import { z } from 'zod';
import { parseEvery } from './duration.js';

/** A duration ("1h", "30m", "45s", "2d", or minutes as a number) in milliseconds. */
const ms = z.union([z.number().positive(), z.string()]).transform((v, ctx) => {
  try {
    return Math.round(parseEvery(v) * 60_000);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable');
const ruleId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected an id of letters, digits, ".", "_" or "-"');
const channelIds = z.array(z.string().min(1)).optional();

/** The count keys a spike or share rule looks at. */
export const ALERT_DIMENSIONS = ['issue', 'topic', 'region', 'entity', 'term'] as const;
export type AlertDimension = (typeof ALERT_DIMENSIONS)[number];
/** A share needs all mentions of a key; `term` keys count negatives only (src/alerts/keys.ts). */
const SHARE_DIMENSIONS = ['issue', 'topic', 'region', 'entity'] as const;

const common = {
  id: ruleId,
  /** Channel ids to deliver to; default every configured channel. */
  channels: channelIds,
  /** Urgent rules are delivered during quiet hours too; the others wait for the digest. */
  urgent: z.boolean().default(false),
  enabled: z.boolean().default(true),
  /** An update is sent when the episode's count reaches this many times the last one sent. */
  growth: z.number().min(1.1).default(2),
};

const spikeRule = z
  .object({
    ...common,
    kind: z.literal('spike'),
    by: z.array(z.enum(ALERT_DIMENSIONS)).min(1).default([...ALERT_DIMENSIONS]),
    /** Negative mentions counted over this last stretch of time (2 h: a burst carried by social posts builds at a few posts an hour; checked on the tuning suites, see the README). */
    window: ms.default(2 * 60 * 60_000),
    /** The same window of this many previous days is the baseline. */
    baselineDays: z.number().int().min(1).max(60).default(14),
    /** Fewer negative mentions than this in the window is never a spike (2 → 4 is not one). */
    minCount: z.number().int().min(1).default(5),
    /** …nor fewer distinct stories (syndicated copies of one wire story count once; tuned on the fixture days, see the README). */
    minStories: z.number().int().min(1).default(4),
    /** The window must hold at least this many times the expected count. */
    minRatio: z.number().min(1).default(3),
    /** Upper tail probability of the window's count under the baseline (Poisson–gamma). */
    pValue: z.number().gt(0).lt(1).default(0.001),
    /** The spike is over (reda) once it has stayed below the bar this long. */
    resolveAfter: ms.default(60 * 60_000),
  })
  .strict();

const shareRule = z
  .object({
    ...common,
    kind: z.literal('share'),
    by: z.array(z.enum(SHARE_DIMENSIONS)).min(1).default(['issue', 'topic']),
    window: ms.default(3 * 60 * 60_000),
    /** The key's own recent level: its negative share over this many days before the window. */
    recentDays: z.number().int().min(1).max(60).default(7),
    /** The share must rise by at least this much (0.3 = 30 percentage points). */
    rise: z.number().gt(0).lt(1).default(0.3),
    /** …and reach at least this share. */
    minShare: z.number().gt(0).max(1).default(0.5),
    /** Mentions in the window below which a share means nothing. */
    minTotal: z.number().int().min(1).default(10),
    /** Mentions of the recent level below which the key has no level of its own yet. */
    minRecent: z.number().int().min(1).default(20),
    resolveAfter: ms.default(3 * 60 * 60_000),
  })
  .strict();

const hoaxRule = z
  .object({
    ...common,
    kind: z.literal('hoax'),
    /** Distinct outlets or accounts carrying the claim within the window. */
    minSources: z.number().int().min(2).default(3),
    window: ms.default(24 * 60 * 60_000),
    /** A claim is calm (reda) when no new outlet or account took it up for this long. */
    resolveAfter: ms.default(12 * 60 * 60_000),
  })
  .strict();

const watchRule = z
  .object({
    ...common,
    kind: z.literal('watch'),
    /** Watch-list names (analysis.watchlist canonical names); default: the whole watch list. */
    names: z.array(z.string().min(1)).optional(),
    /** Phrases matched in title and text (case and diacritics ignored), e.g. a programme's name. */
    phrases: z.array(z.string().min(2)).default([]),
    window: ms.default(6 * 60 * 60_000),
    minCount: z.number().int().min(1).default(1),
    resolveAfter: ms.default(6 * 60 * 60_000),
  })
  .strict();

export const alertRuleSchema = z.discriminatedUnion('kind', [spikeRule, shareRule, hoaxRule, watchRule]);

const channelCommon = {
  id: ruleId,
  /** Language of this channel's messages; default alerts.lang. */
  lang: z.enum(['id', 'en']).optional(),
  enabled: z.boolean().default(true),
};

const webhookChannel = z
  .object({
    ...channelCommon,
    kind: z.literal('webhook'),
    url: z.string().regex(/^https?:\/\//i, 'expected an http(s) URL'),
    /** Environment variable holding the HMAC-SHA256 secret. */
    secretEnv: envName.default('PANTAU_WEBHOOK_SECRET'),
  })
  .strict();

const slackChannel = z
  .object({
    ...channelCommon,
    kind: z.literal('slack'),
    /** Environment variable holding the incoming-webhook URL (the URL is the secret). */
    urlEnv: envName.default('PANTAU_SLACK_WEBHOOK_URL'),
  })
  .strict();

const telegramChannel = z
  .object({
    ...channelCommon,
    kind: z.literal('telegram'),
    chatId: z.union([z.string().min(1), z.number().int()]).transform(String),
    tokenEnv: envName.default('PANTAU_TELEGRAM_BOT_TOKEN'),
    /** Bot API base URL (a proxy, or a test server). */
    apiBase: z.string().regex(/^https?:\/\//i, 'expected an http(s) URL').default('https://api.telegram.org'),
  })
  .strict();

const emailChannel = z
  .object({
    ...channelCommon,
    kind: z.literal('email'),
    to: z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
    from: z.string().min(3),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(587),
    /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    userEnv: envName.default('PANTAU_SMTP_USER'),
    passEnv: envName.default('PANTAU_SMTP_PASS'),
  })
  .strict();

export const alertChannelSchema = z.discriminatedUnion('kind', [webhookChannel, slackChannel, telegramChannel, emailChannel]);

export const DEFAULT_ALERT_RULES: z.input<typeof alertRuleSchema>[] = [
  { id: 'lonjakan-negatif', kind: 'spike' },
  { id: 'porsi-negatif', kind: 'share' },
  { id: 'hoaks-menyebar', kind: 'hoax' },
  { id: 'nama-dipantau', kind: 'watch' },
];

export const alertsSchema = z
  .object({
    /** Evaluate the rules after every stored batch and crawl cycle. */
    enabled: z.boolean().default(true),
    lang: z.enum(['id', 'en']).default('id'),
    /** After an alert on a key, a new spike on it within this time continues the same alert. */
    cooldown: ms.default(4 * 60 * 60_000),
    /** An acknowledged key stays quiet this long unless it grows past `growth` × its acknowledged size. */
    ackFor: ms.default(24 * 60 * 60_000),
    /**
     * A mention stored this long after its publication was back-filled (an import, a new source's
     * archive): it counts at its publication time, as it would have arrived live, not at the store time.
     */
    backfillAfter: ms.default(6 * 60 * 60_000),
    /** Non-urgent alerts between these local times (office time zone) go into one digest at the end. */
    quietHours: z
      .object({
        from: z.string().regex(HHMM, 'expected a time HH:MM'),
        to: z.string().regex(HHMM, 'expected a time HH:MM'),
      })
      .strict()
      .optional(),
    /** Link to an issue in the map or dashboard; {issue}, {key} and {alert} are filled in. */
    linkTemplate: z.string().min(1).optional(),
    delivery: z
      .object({
        maxAttempts: z.number().int().min(1).default(10),
        /** First retry after this; doubles per failure up to maxBackoff. */
        backoff: ms.default(30_000),
        maxBackoff: ms.default(30 * 60_000),
        timeout: ms.default(15_000),
      })
      .strict()
      .prefault({}),
    channels: z.array(alertChannelSchema).default([]),
    rules: z.array(alertRuleSchema).prefault(DEFAULT_ALERT_RULES),
  })
  .strict()
  .prefault({});

export type AlertsConfig = z.output<typeof alertsSchema>;
export type AlertRule = z.output<typeof alertRuleSchema>;
export type SpikeRule = Extract<AlertRule, { kind: 'spike' }>;
export type ShareRule = Extract<AlertRule, { kind: 'share' }>;
export type HoaxRule = Extract<AlertRule, { kind: 'hoax' }>;
export type WatchRule = Extract<AlertRule, { kind: 'watch' }>;
export type AlertChannelConfig = z.output<typeof alertChannelSchema>;

/** Checks zod cannot express: unique ids, channels named by rules exist. Returns a problem or undefined. */
export function checkAlerts(a: AlertsConfig): string | undefined {
  const seen = new Set<string>();
  for (const r of a.rules) {
    if (seen.has(r.id)) return `alerts.rules: duplicate rule id "${r.id}"`;
    seen.add(r.id);
  }
  const ch = new Set<string>();
  for (const c of a.channels) {
    if (ch.has(c.id)) return `alerts.channels: duplicate channel id "${c.id}"`;
    ch.add(c.id);
  }
  for (const r of a.rules) {
    for (const id of r.channels ?? []) {
      if (!ch.has(id)) return `alerts.rules[id=${r.id}].channels: expected one of the channel ids (${[...ch].join(', ') || 'none configured'}), got "${id}"`;
    }
  }
  return undefined;
}
