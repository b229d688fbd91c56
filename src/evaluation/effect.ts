// The effect of the office's response on an issue, from counted mentions only (read through the
// Store, so every figure can be recomputed from it):
// - the response time t is the issue's earliest linked response (ResponseLink.at);
// - before = the issue's mentions in [t − beforeHours, t), after = in [t, t + afterHours); the
//   office's own (owned) mentions are not counted: the question is what *others* say;
// - per window: volume, negative mentions and share (sentiment label), hoax-flagged mentions and the
//   outlets/accounts carrying them (hoax spread);
// - the change in negative share after − before with Newcombe's hybrid score interval (stats.ts);
//   below `minMentions` in either window no figure is given: "belum cukup data";
// - pick-up: mentions of the issue after t, not the office's own, that cite the response: they link
//   its URL, or they name its OPD or a clarifying word and share at least three of its key terms;
// - reply time: hours from the issue's first (non-owned) mention to t.
import type { ResponseLink } from '../core/evaluation.js';
import { isHoaxFlagged } from '../core/facets.js';
import { keyTerms } from '../core/terms.js';
import type { Mention, Store } from '../core/types.js';
import { round } from '../audit/stats.js';
import { scanPeriod } from './issue-profiles.js';
import { newcombeDiff, type DiffInterval } from './stats.js';

const HOUR = 3_600_000;

export interface EffectOptions {
  beforeHours: number;
  afterHours: number;
  minMentions: number;
  confidence: number;
}

export interface WindowFigures {
  from: string;
  to: string;
  volume: number;
  negative: number;
  /** negative / volume; null for an empty window. */
  negativeShare: number | null;
  hoax: number;
  /** Distinct outlets and accounts carrying a hoax-flagged mention. */
  hoaxSpreaders: number;
}

export interface PickupMention {
  id: string;
  url: string;
  title: string;
  source: string;
  publishedAt: string;
  /** 'link': links the response; 'cite': names its OPD or a clarifying word and shares its key terms. */
  how: 'link' | 'cite';
}

/** What a response said (for pick-up): its link, its words and its OPD. */
export interface ResponseContent {
  url?: string;
  text: string;
  opd?: string;
}

export interface IssueEffect {
  issueId: string;
  response: ResponseLink;
  /** Every response linked to the issue, earliest first (the first one is `response`). */
  responses: ResponseLink[];
  firstMention: string | null;
  /** Hours from the first mention to the response; null when the issue has no counted mention before it. */
  replyHours: number | null;
  before: WindowFigures;
  after: WindowFigures;
  /** Both windows hold at least minMentions. */
  enough: boolean;
  minMentions: number;
  /** after − before, with its interval; null when not enough data. */
  negativeShareChange: DiffInterval | null;
  volumeChange: number;
  hoaxChange: number;
  pickup: { count: number; mentions: PickupMention[] };
}

const ms = (m: Mention): number => Date.parse(m.publishedAt ?? m.fetchedAt);
const isNegative = (m: Mention): boolean => m.analysis?.sentiment.label === 'negative';
const CLARIFY = /\b(klarifikasi|membantah|bantahan|menegaskan|meluruskan|tidak benar|hoaks|hoax|menurut|mengatakan|menjelaskan|keterangan resmi|siaran pers)\b/i;

function figures(list: readonly Mention[], fromMs: number, toMs: number): WindowFigures {
  const negative = list.filter(isNegative).length;
  const hoaxes = list.filter((m) => isHoaxFlagged(m.analysis?.hoax));
  const spreaders = new Set(hoaxes.map((m) => (m.kind === 'social' && m.author ? `${m.sourceId}/${m.author}` : m.sourceId)));
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    volume: list.length,
    negative,
    negativeShare: list.length ? round(negative / list.length, 4) : null,
    hoax: hoaxes.length,
    hoaxSpreaders: spreaders.size,
  };
}

/** Whether a mention cites the response (see the header). */
export function citesResponse(m: Mention, r: ResponseContent): 'link' | 'cite' | undefined {
  const body = `${m.title}\n${m.text}`;
  const links = [m.meta?.links, m.meta?.outlinks].flat().filter((x): x is string => typeof x === 'string');
  if (r.url && (body.includes(r.url) || links.includes(r.url))) return 'link';
  const named = (r.opd && body.toLowerCase().includes(r.opd.toLowerCase().replace(/\s+(kota|kabupaten)\s+.*$/, ''))) || CLARIFY.test(body);
  if (!named) return undefined;
  const mine = new Set(keyTerms(undefined, r.text, 16));
  const shared = keyTerms(m.title, m.text, 16).filter((t) => mine.has(t));
  return shared.length >= 3 ? 'cite' : undefined;
}

/**
 * The effect of an issue's responses. `content` gives what the first response said; `isOwned`
 * decides which mentions are the office's own (not counted).
 */
export async function issueEffect(
  store: Store,
  issueId: string,
  responses: readonly ResponseLink[],
  content: ResponseContent | undefined,
  opts: EffectOptions,
): Promise<IssueEffect> {
  const sorted = [...responses].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = sorted[0]!;
  const t = Date.parse(first.at);
  const lo = t - opts.beforeHours * HOUR;
  const hi = t + opts.afterHours * HOUR;
  const around = await scanPeriod(store, new Date(lo).toISOString(), new Date(hi).toISOString(), { issueId, owned: false });
  const before = around.filter((m) => ms(m) < t);
  const after = around.filter((m) => ms(m) >= t);
  const firstPage = await store.scan({ issueId, owned: false }, { limit: 1, order: 'asc' });
  const firstMs = firstPage.items[0] ? ms(firstPage.items[0]) : undefined;
  const b = figures(before, lo, t);
  const a = figures(after, t, hi);
  const enough = b.volume >= opts.minMentions && a.volume >= opts.minMentions;
  const pickup: PickupMention[] = [];
  if (content) {
    for (const m of after) {
      const how = citesResponse(m, content);
      if (how) pickup.push({ id: m.id, url: m.url, title: m.title, source: m.sourceId, publishedAt: new Date(ms(m)).toISOString(), how });
    }
  }
  const change = enough ? newcombeDiff(b.negative, b.volume, a.negative, a.volume, opts.confidence) : null;
  return {
    issueId,
    response: first,
    responses: sorted,
    firstMention: firstMs === undefined ? null : new Date(firstMs).toISOString(),
    replyHours: firstMs === undefined || firstMs > t ? null : round((t - firstMs) / HOUR),
    before: b,
    after: a,
    enough,
    minMentions: opts.minMentions,
    negativeShareChange: change && { ...change, diff: round(change.diff, 4), low: round(change.low, 4), high: round(change.high, 4) },
    volumeChange: a.volume - b.volume,
    hoaxChange: a.hoax - b.hoax,
    pickup: { count: pickup.length, mentions: pickup },
  };
}

/** What a response said, from the store: the mention, or the fact of the fact base. */
export async function responseContent(store: Store, link: ResponseLink): Promise<ResponseContent | undefined> {
  if (link.kind === 'mention') {
    const m = await store.getMention(link.itemId);
    if (!m) return link.url ? { url: link.url, text: link.title ?? '' } : undefined;
    const org = m.analysis?.entities.find((e) => e.type === 'organization');
    return { url: m.url, text: `${m.title}. ${m.text}`, ...(org ? { opd: org.canonical ?? org.text } : {}) };
  }
  const f = (await store.listFacts()).find((x) => x.id === link.itemId);
  if (!f) return link.url ? { url: link.url, text: link.title ?? '' } : undefined;
  return { url: f.source_url, text: f.statement, opd: f.opd };
}
