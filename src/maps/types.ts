// The issue map (peta isu) as data: what `pantau map --format json` prints and every renderer reads.
// The JSON shape is a documented, stable contract (README "The daily issue map"): fields may be added,
// none renamed or removed without a new `version`.
import type { MentionKind, SentimentLabel } from '../core/types.js';

export const MAP_FORMAT_VERSION = 1;

export interface SentimentSplit {
  positive: number;
  neutral: number;
  negative: number;
}

export interface TimeBucket {
  /** Local hour "YYYY-MM-DDTHH" or day "YYYY-MM-DD" in the office's zone. */
  key: string;
  count: number;
  negative: number;
}

export interface MapRegion {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
  /** Mentions of the issue naming this place (a kelurahan also counts for its kecamatan). */
  count: number;
}

export interface MapEntity {
  key: string;
  name: string;
  type: 'person' | 'organization';
  count: number;
  watched: boolean;
}

export interface MapMention {
  id: string;
  url: string;
  title: string;
  source: string;
  kind: MentionKind;
  author?: string;
  publishedAt: string;
  sentiment: SentimentLabel;
  sentimentScore: number;
  hoaxFlagged: boolean;
  /** likes + replies + shares (+ views / 100) where the platform gave them. */
  engagement?: number;
  clusterId?: string;
}

export interface DebunkRef {
  url: string;
  title: string;
  /** 'index': a published debunk matched by the hoax analyzer; 'mention': a mention of the issue that refutes it (a news report or the office's own clarification). */
  from: 'index' | 'mention';
  similarity?: number;
  source?: string;
}

export interface LinkedFact {
  id: string;
  statement: string;
  score: number;
  /** Why it was linked: "topik bansos; tempat Tanjung Pinang; OPD Dinas Sosial; teks 0,41". */
  reason: string;
  /** The parts of the score (0–1 each) the reason is written from. */
  parts: { topic: number; place: number; entity: number; text: number };
  source_url: string;
  opd: string;
  date: string;
  figures?: Record<string, number | string>;
  /** Built from an item of an owned source rather than the fact base. */
  owned?: boolean;
  /**
   * The fact answers the issue: its words meet what the issue's mentions say (src/facts/link.ts), not
   * only its topic, place or OPD. Only such facts are cited in the brief; absent or false: related only.
   */
  answers?: boolean;
}

export interface BriefQuote {
  text: string;
  url: string;
  source: string;
}

export interface Brief {
  /** The issue in one sentence. */
  summary: string;
  /** What is being said: short quotes with links. */
  quotes: BriefQuote[];
  /** What the facts say, each with its source. */
  facts: { statement: string; source_url: string; opd: string }[];
  /** The OPD responsible (from the facts, else the topic → OPD table). */
  opd: string;
  /** A suggested holding statement assembled from the facts; absent when no fact matched. */
  holdingStatement?: string;
  /** Set when no linked fact answers the issue (none has `answers`): "perlu data dari OPD: Dinas PUPR Kota Jambi". */
  needsData?: string;
  /** Channels where the issue is loudest: outlets and platforms with their counts. */
  channels: { name: string; count: number }[];
}

/** The effect of a response, as the map shows it (the full figures: `pantau evaluate`). */
export interface MapEffect {
  responseAt: string;
  responseUrl?: string;
  /** Hours from the issue's first mention to the response; null when the response came first. */
  replyHours: number | null;
  before: { volume: number; negativeShare: number | null };
  after: { volume: number; negativeShare: number | null };
  /** after − before with its interval; null below the minimum count ("belum cukup data"). */
  negativeShareChange: { diff: number; low: number; high: number; confidence: number } | null;
  minMentions: number;
  pickup: number;
}

export interface MapIssue {
  id: string;
  label: string;
  rank: number;
  importance: number;
  volume: number;
  /** Volume of the same issue (same id) in the previous period of equal length. */
  trend: { previous: number; change: number; direction: 'new' | 'up' | 'down' | 'steady' };
  sentiment: SentimentSplit;
  negativeShare: number;
  firstSeen: string;
  lastSeen: string;
  perHour: TimeBucket[];
  perDay: TimeBucket[];
  topics: { id: string; label: string; count: number }[];
  keyTerms: string[];
  regions: MapRegion[];
  entities: MapEntity[];
  outlets: { source: string; count: number }[];
  accounts: { handle: string; source: string; count: number }[];
  reach: { engagement: number; mentionsWithEngagement: number };
  hoax: { flagged: boolean; score: number; indicators: string[]; debunks: DebunkRef[] };
  facts: LinkedFact[];
  opd: string;
  brief?: Brief;
  /** The effect of the office's first response to the issue (issue 23; set by src/evaluation when a response is linked). */
  effect?: MapEffect;
  representatives: MapMention[];
  /** Every mention of the issue in the period, oldest first. */
  mentions: MapMention[];
}

export interface IssueMap {
  version: typeof MAP_FORMAT_VERSION;
  /** Local days in the office's zone, both inclusive. */
  period: { from: string; to: string };
  timezone: string;
  generatedAt: string;
  lang: 'id' | 'en';
  /** Kemendagri code the map was restricted to (--region), if any. */
  region?: { code: string; name: string };
  homeRegion: { code: string; name: string };
  totals: {
    mentions: number;
    city: number;
    outside: number;
    issues: number;
    sentiment: SentimentSplit;
    perHour: TimeBucket[];
    perDay: TimeBucket[];
  };
  issues: MapIssue[];
  /** National, foreign and other regions' news: kept out of the city's issues, reported apart. */
  outside: { volume: number; sentiment: SentimentSplit; mentions: MapMention[] };
  /** Mentions and negative mentions per kecamatan of the home region (every kecamatan, the choropleth's colours). */
  districts: AreaCount[];
  /** The same per kelurahan, for the kelurahan that were named. */
  villages: AreaCount[];
}

export interface AreaCount {
  code: string;
  name: string;
  count: number;
  negative: number;
}
