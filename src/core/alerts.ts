// The vocabulary of alerts (issue 20): what the evaluator counts, what an alert and its delivery
// look like, and the part of the Store that keeps them. Every backend keeps these records so that an
// alert is never lost or sent twice across a crash: the evaluator commits its counts, its state and
// the outbox in one call, and a delivery is marked sent only after the channel accepted it.

/** What kind of matter an alert is about. `kind` of negative spikes contains "spike". */
export type AlertKind = 'negative-spike' | 'share-shift' | 'hoax-spread' | 'watch';

/** The message an alert sends: the first, a growth update, the all-clear (*reda*), a digest, a test. */
export type AlertEvent = 'alert' | 'update' | 'resolved' | 'digest' | 'test';

/**
 * Counting unit: one slot is five minutes (epoch ms / 300,000, so every zone with whole-five-minute
 * offsets shares the grid). Windows and baselines are ranges of slots.
 */
export const SLOT_MS = 5 * 60_000;
export const slotOf = (ms: number): number => Math.floor(ms / SLOT_MS);
export const slotStart = (slot: number): number => slot * SLOT_MS;

/**
 * What one mention adds to the alert counters, remembered so that a mention written again (a new
 * analysis, an issue id set by the map) moves its counts instead of adding them twice.
 */
export interface AlertContribution {
  mentionId: string;
  /** The slot of its arrival (store time, or publication time when back-filled). */
  slot: number;
  /** Count keys: "topic:…", "region:…", "entity:…", "issue:…", "watch:…". */
  keys: string[];
  negative: boolean;
  /** First mention of its story cluster (syndicated copies count as one story). */
  head: boolean;
  /** Claim key when the mention is a flagged hoax ("hoax:debunk:<url>" or "hoax:cluster:<id>"). */
  hoaxKey?: string;
  /** Outlet or account that carried it (source id, or source id + author for social posts). */
  actor: string;
}

/** Change of one counter cell (key × slot). */
export interface AlertCountDelta {
  key: string;
  slot: number;
  total: number;
  negative: number;
  /** Negative mentions that head their story cluster. */
  stories: number;
}

export interface AlertCountQuery {
  key: string;
  /** Inclusive slot range. */
  from: number;
  to: number;
}

export interface AlertCountSum {
  total: number;
  negative: number;
  stories: number;
}

/** First time an outlet or account carried a hoax claim. */
export interface AlertSpread {
  key: string;
  actor: string;
  firstMs: number;
}

/** A mention shown in an alert as an example. */
export interface AlertSample {
  id: string;
  url: string;
  title: string;
  sourceId: string;
  author?: string;
  publishedAt?: string;
  storedAt?: string;
}

/** The numbers an alert reports: now against usual. */
export interface AlertNumbers {
  /** Window of the measurement (ISO). */
  windowFrom: string;
  windowTo: string;
  /** Mentions of the key in the window, and how many of them are negative. */
  total: number;
  negative: number;
  /** Distinct stories among the negatives (spike), outlets/accounts (hoax). */
  stories?: number;
  sources?: number;
  /** Expected negatives in such a window (spike), the key's recent negative share (share). */
  baseline: number;
  /** Days of history the baseline stands on. */
  baselineDays: number;
  /** Negative share in the window (share rule). */
  share?: number;
  pValue?: number;
}

export interface AlertLatency {
  /** The mention that tipped the key over the bar. */
  mentionId: string;
  publishedAt?: string;
  storedAt?: string;
  /** From its publication / its storing to the detection. */
  publishToDetectMs?: number;
  storeToDetectMs?: number;
  /** …and to the first delivery of the alert (set when a channel accepted it). */
  publishToAlertMs?: number;
  storeToAlertMs?: number;
}

/** One episode: a spike (or claim, or watched name) on one key, from its alert to its *reda*. */
export interface AlertRecord {
  /** Stable: derived from rule, key and start, so a replayed evaluation writes the same record. */
  id: string;
  ruleId: string;
  kind: AlertKind;
  key: string;
  /** Other keys whose spike the same mentions explain (a topic spike seen in its kecamatan too). */
  related: string[];
  /** Human label of the key when it fired (issue label, topic, place, name, claim). */
  label: string;
  issueId?: string;
  status: 'open' | 'resolved';
  startedAt: string;
  updatedAt: string;
  resolvedAt?: string;
  ackedAt?: string;
  /** Negatives (spike, watch), mentions (share) or outlets (hoax) counted over the episode. */
  size: number;
  /** `size` when the last message went out (the next update waits for growth × this). */
  notifiedSize: number;
  numbers: AlertNumbers;
  samples: AlertSample[];
  latency?: AlertLatency;
  /** Messages of this alert held back by quiet hours, waiting for the digest. */
  deferred: AlertEvent[];
  /** Every message the alert produced, in order. */
  events: { event: AlertEvent; at: string; size: number; deferred?: boolean }[];
}

/** Discipline state of one rule × key (no row = idle). */
export interface AlertKeyState {
  ruleId: string;
  key: string;
  /** firing: the bar is met; calming: below it since `calmSince`; cooling: over, within the cooldown. */
  phase: 'firing' | 'calming' | 'cooling';
  alertId: string;
  /** The key's spike is explained by another key's alert (alertId); it sends nothing itself. */
  linked: boolean;
  calmSince?: number;
  cooldownUntil?: number;
  /** Acknowledged at this size: quiet until it grows past growth × ackSize, until ackUntil. */
  ackSize?: number;
  ackUntil?: number;
  updatedMs: number;
}

/** A neutral, already worded message; each channel lays it out its own way. */
export interface AlertMessage {
  event: AlertEvent;
  lang: 'id' | 'en';
  /** One line: what happened. */
  title: string;
  /** Paragraphs of plain text (numbers now vs usual, related places, facts…). */
  lines: string[];
  samples: { title: string; url: string; source: string; when?: string }[];
  facts: { statement: string; url?: string }[];
  link?: string;
  /** Digest: the alerts it gathers (title + one line each). */
  items?: { title: string; line: string; link?: string }[];
  /** Data for machines (webhook): the alert as recorded. */
  alert?: AlertRecord;
  alerts?: AlertRecord[];
}

export type OutboxState = 'pending' | 'sent' | 'failed';

/** One message to one channel. `id` is the idempotency key: the same message is never queued twice. */
export interface OutboxEntry {
  id: string;
  alertId: string;
  channel: string;
  event: AlertEvent;
  message: AlertMessage;
  state: OutboxState;
  attempts: number;
  /** ISO time of the next attempt (pending). */
  nextAttemptAt: string;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
}

/** Everything one evaluation changes, committed at once (all or nothing). */
export interface AlertCommit {
  /**
   * Compare-and-set: the commit applies only if the stored version still equals this (0 = never
   * committed), and the version then moves on by one. Two evaluators (a `pantau run` and an
   * `alerts ack`) thereby never overwrite each other's state: the loser reads again and retries.
   */
  expectVersion: number;
  /** The change cursor the counters are complete up to after this commit (omitted: unchanged). */
  cursor?: string;
  /** The earliest slot counted so far (kept as the minimum of every commit's). */
  historyStartSlot?: number;
  /**
   * Keys whose counts this commit changed near now: the detection step looks at them next and then
   * cleans them (`cleanKeys`), in its own commit — so a crash between counting and detecting only
   * delays the detection.
   */
  dirtyKeys?: string[];
  cleanKeys?: string[];
  /** Contributions to insert or replace (by mentionId), and the counter deltas they cause. */
  contributions?: AlertContribution[];
  /** Mentions that count no longer (became owned…): their contributions go (their deltas are in `deltas`). */
  removeContributions?: string[];
  deltas?: AlertCountDelta[];
  /** Hoax carriers; an existing (key, actor) keeps its first time. */
  spread?: AlertSpread[];
  keyStates?: AlertKeyState[];
  /** Key states that went back to idle. */
  clearKeyStates?: { ruleId: string; key: string }[];
  alerts?: AlertRecord[];
  /** New outbox entries; an id already queued is left as it is. */
  outbox?: OutboxEntry[];
  /** Drop counters and contributions before this slot, carriers first seen before this time. */
  pruneBeforeSlot?: number;
  pruneSpreadBeforeMs?: number;
}

export interface OutboxOutcome {
  state: OutboxState;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  sentAt?: string;
}

export interface AlertProgress {
  cursor?: string;
  version: number;
  /** First slot with any counted mention: baseline days before it are no history. */
  historyStartSlot?: number;
}

/** The alert records of a Store (SQLite tables; Elasticsearch indices later). */
export interface AlertStore {
  /** The change cursor the alert counters are complete up to (none: never evaluated) and the commit version. */
  getAlertProgress(): Promise<AlertProgress>;
  getAlertContributions(mentionIds: readonly string[]): Promise<AlertContribution[]>;
  /** Contributions with slot ≥ fromSlot (the mentions of the current windows), oldest first; only one claim's with hoaxKey. */
  recentAlertContributions(fromSlot: number, opts?: { hoaxKey?: string }): Promise<AlertContribution[]>;
  /** Sums of counter cells, one per query, in order. */
  sumAlertCounts(queries: readonly AlertCountQuery[]): Promise<AlertCountSum[]>;
  /** Keys counted but not yet looked at by the detection step (see AlertCommit.dirtyKeys). */
  listDirtyAlertKeys(): Promise<string[]>;
  /** Distinct carriers per claim key first seen at or after sinceMs. */
  countAlertSpread(keys: readonly string[], sinceMs: number): Promise<Map<string, number>>;
  /** The states of these keys (any rule), and every state of a key that is not idle when `active`. */
  listAlertKeyStates(opts: { keys?: readonly string[]; active?: boolean }): Promise<AlertKeyState[]>;
  /** Apply an evaluation; false when the version moved meanwhile (another evaluator won). */
  commitAlerts(commit: AlertCommit): Promise<boolean>;
  getAlert(id: string): Promise<AlertRecord | undefined>;
  /** Newest first; `open` = only open ones; `since` ISO on updatedAt. */
  listAlerts(opts?: { limit?: number; open?: boolean; since?: string; deferred?: boolean }): Promise<AlertRecord[]>;
  /**
   * Pending entries due at `nowMs`, oldest first. One deliverer works at a time (the caller holds a
   * store lease), so an entry is never being sent by two processes.
   */
  dueOutbox(nowMs: number, limit: number): Promise<OutboxEntry[]>;
  /** Record a delivery attempt: sent (only after the channel accepted it), retried later, or failed. */
  finishOutbox(id: string, outcome: OutboxOutcome): Promise<void>;
  listOutbox(opts?: { alertId?: string; state?: OutboxState }): Promise<OutboxEntry[]>;
}
