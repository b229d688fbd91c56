// The alert evaluator, run after every stored batch and every crawl cycle (and by `alerts replay`
// over history). Two steps, each one atomic commit:
//
//  1. Count: read what the change feed has since the cursor (only that), turn each mention into its
//     contribution (keys.ts), replace the mention's earlier contribution if it had one, and commit
//     the counter deltas, the hoax carriers, the new cursor and the keys touched near now ("dirty")
//     together. A crash before the commit counts the same mentions again next time; after it, the
//     dirty keys are still waiting for step 2.
//  2. Detect: for the dirty keys and every key with a state (firing, calming, cooling), read the
//     counters each rule needs (observe.ts), decide (detectors/, discipline.ts), group keys that the
//     same mentions explain into one alert, word the messages and queue them in the outbox — all in
//     one commit with the state, so a message exists exactly when its alert does.
// Both commits are compare-and-set on a version, so a `pantau run` and an `alerts ack` (or two
// processes) never overwrite each other's state: the loser reads again.
import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import type {
  AlertCommit,
  AlertContribution,
  AlertCountDelta,
  AlertEvent,
  AlertKeyState,
  AlertRecord,
  AlertSample,
  AlertSpread,
  AlertStore,
  OutboxEntry,
} from '../core/alerts.js';
import { SLOT_MS, slotOf, slotStart } from '../core/alerts.js';
import type { AlertRule, AlertsConfig } from '../core/alerts-config.js';
import { localDay, startOfLocalDay } from '../core/time.js';
import type { Logger, Mention } from '../core/types.js';
import { acknowledge, linkedStep, step, type DisciplineParams, type Observation } from './discipline.js';
import type { ChangeFeed } from './feed.js';
import { contributionOf, dimensionOf, foldText, watchKey, watchNameKey, type KeyOptions } from './keys.js';
import { buildDigest, buildMessage, type Lang } from './message.js';
import { observeCounts, observeHoax, reachSlots, SLOTS_PER_DAY } from './observe.js';
import { isQuiet, quietStart } from './quiet.js';

export interface AlertChannelRef {
  id: string;
  lang?: Lang;
}

export interface EvaluatorOptions {
  store: AlertStore;
  feed: ChangeFeed;
  alerts: AlertsConfig;
  timezone: string;
  /** analysis.watchlist names (the watch rule's default names). */
  watchlist: readonly string[];
  ownedSources?: readonly string[];
  /** Sources configured `factcheck: true` (their debunks count for nothing). */
  factcheckSources?: readonly string[];
  /** Enabled channels; a rule without `channels:` delivers to all of them. */
  channels: readonly AlertChannelRef[];
  clock: Clock;
  log: Logger;
  /** Human label of a count key ("topic:banjir-lingkungan" → "Banjir & Lingkungan"). */
  label?: (key: string, lang: Lang) => string | Promise<string>;
  /** The office's facts on an alert's matter (the fact base of the issue map), best first. */
  facts?: (alert: AlertRecord) => Promise<{ statement: string; url?: string }[]>;
  /** Mentions read per step-1 commit (default 2,000). */
  batch?: number;
}

export interface FiredEvent {
  alert: AlertRecord;
  event: AlertEvent;
  deferred: boolean;
  at: string;
}

export interface EvaluationReport {
  mentions: number;
  keys: number;
  events: FiredEvent[];
  queued: number;
  digests: number;
  conflicts: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const stateId = (ruleId: string, key: string): string => `${ruleId}\u0000${key}`;

/** Which count keys a rule looks at. */
function ruleTakes(rule: AlertRule, key: string): boolean {
  const dim = dimensionOf(key);
  switch (rule.kind) {
    case 'spike':
    case 'share':
      return (rule.by as readonly string[]).includes(dim);
    case 'watch':
      return dim === 'watch';
    case 'hoax':
      return dim === 'hoax';
  }
}

/** Grouping order: the issue (what humas thinks in), then the topic, the smallest place, a name. */
function preference(key: string): number {
  const dim = dimensionOf(key);
  if (dim === 'issue') return 0;
  if (dim === 'topic') return 1;
  if (dim === 'region') return 2 + (4 - key.split('.').length); // a kelurahan before its kecamatan…
  if (dim === 'term') return 8; // a word speaks only when nothing named the matter
  return 7;
}

const KIND = { spike: 'negative-spike', share: 'share-shift', hoax: 'hoax-spread', watch: 'watch' } as const;

export class AlertEvaluator {
  private readonly o: EvaluatorOptions;
  private readonly keyOpts: KeyOptions;
  private readonly rules: AlertRule[];
  private readonly reach: number;
  /** Watched names and phrases as configured, by their count key. */
  private readonly watchLabels = new Map<string, string>();
  /** Serializes evaluations of this process (a crawl batch and the timer may ask at once). */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(o: EvaluatorOptions) {
    this.o = o;
    this.rules = o.alerts.rules.filter((r) => r.enabled);
    const names = new Map<string, string>();
    const phrases = new Map<string, string>();
    for (const r of this.rules) {
      if (r.kind !== 'watch') continue;
      for (const n of r.names ?? o.watchlist) {
        names.set(watchNameKey(n), watchKey(n));
        this.watchLabels.set(watchKey(n), n);
      }
      for (const p of r.phrases) {
        phrases.set(foldText(p), watchKey(p));
        this.watchLabels.set(watchKey(p), p);
      }
    }
    this.keyOpts = {
      backfillAfterMs: o.alerts.backfillAfter,
      ownedSources: new Set(o.ownedSources ?? []),
      factcheckSources: new Set(o.factcheckSources ?? []),
      watchNames: names,
      watchPhrases: phrases,
      terms: this.rules.some((r) => r.kind === 'spike' && (r.by as readonly string[]).includes('term')),
    };
    this.reach = Math.max(SLOTS_PER_DAY, ...this.rules.map(reachSlots)) + 12;
  }

  /** Count what is new, then detect; `ack` applies acknowledgements in the same detection commit. */
  evaluate(opts: { ack?: readonly string[] } = {}): Promise<EvaluationReport> {
    const run = this.chain.then(() => this.run(opts));
    this.chain = run.catch(() => {});
    return run;
  }

  private async run(opts: { ack?: readonly string[] }): Promise<EvaluationReport> {
    const report: EvaluationReport = { mentions: 0, keys: 0, events: [], queued: 0, digests: 0, conflicts: 0 };
    for (let more = true; more; ) more = await this.count(report);
    for (let attempt = 0; ; attempt++) {
      if (await this.detect(report, opts.ack ?? [])) return report;
      report.conflicts++;
      if (attempt >= 8) throw new Error('alerts: could not commit the evaluation (another process keeps winning)');
    }
  }

  // ---- step 1: count ------------------------------------------------------------------------

  /** One counting commit; true when more changes are waiting. */
  private async count(report: EvaluationReport): Promise<boolean> {
    const { store, feed, clock } = this.o;
    for (let attempt = 0; attempt < 8; attempt++) {
      const progress = await store.getAlertProgress();
      const now = clock.now();
      const sinceMs = now - slotStart(this.reach) - this.o.alerts.backfillAfter;
      const page = await feed.next(progress.cursor, this.o.batch ?? 2000, Math.max(0, sinceMs));
      const commit = await this.countCommit(page.items, now);
      const ok = await store.commitAlerts({ ...commit, expectVersion: progress.version, cursor: page.cursor });
      if (ok) {
        report.mentions += page.items.length;
        return page.more;
      }
      report.conflicts++;
    }
    throw new Error('alerts: could not commit the counts (another process keeps winning)');
  }

  private async countCommit(items: readonly Mention[], now: number): Promise<Omit<AlertCommit, 'expectVersion'>> {
    const endSlot = slotOf(now);
    const pruneBefore = endSlot - this.reach;
    const latest = new Map<string, Mention>();
    for (const m of items) latest.set(m.id, m);
    const next = new Map<string, AlertContribution>();
    for (const m of latest.values()) {
      const c = contributionOf(m, this.keyOpts);
      if (c && c.slot >= pruneBefore) next.set(m.id, c);
    }
    const prev = new Map((await this.o.store.getAlertContributions([...latest.keys()])).map((c) => [c.mentionId, c]));
    const cells = new Map<string, AlertCountDelta>();
    const bump = (c: AlertContribution, sign: 1 | -1): void => {
      for (const key of c.keys) {
        const id = `${key}\u0000${c.slot}`;
        const d = cells.get(id) ?? { key, slot: c.slot, total: 0, negative: 0, stories: 0 };
        d.total += sign;
        if (c.negative) d.negative += sign;
        if (c.negative && c.head) d.stories += sign;
        cells.set(id, d);
      }
    };
    const contributions: AlertContribution[] = [];
    const remove: string[] = [];
    const dirty = new Set<string>();
    const spread: AlertSpread[] = [];
    // Only keys touched inside the longest window can fire now; older changes (a back-filled
    // archive) only move baselines, which the next touch of the key reads anyway.
    const maxWindow = Math.max(12, ...this.rules.map((r) => Math.round(r.window / SLOT_MS)));
    const nearNow = endSlot - maxWindow;
    const touch = (c: AlertContribution): void => {
      if (c.slot < nearNow) return;
      for (const k of c.keys) dirty.add(k);
      if (c.hoaxKey) dirty.add(c.hoaxKey);
    };
    let earliest: number | undefined;
    for (const [id, p] of prev) {
      const n = next.get(id);
      if (n && sameContribution(p, n)) {
        next.delete(id);
        continue;
      }
      bump(p, -1);
      touch(p);
      if (!n) remove.push(id);
    }
    for (const n of next.values()) {
      bump(n, 1);
      touch(n);
      contributions.push(n);
      if (n.hoaxKey) spread.push({ key: n.hoaxKey, actor: n.actor, firstMs: slotStart(n.slot) });
      earliest = Math.min(earliest ?? n.slot, n.slot);
    }
    return {
      contributions,
      removeContributions: remove,
      deltas: [...cells.values()].filter((d) => d.total || d.negative || d.stories),
      spread,
      dirtyKeys: [...dirty],
      // History starts at the local midnight of the first counted day: a first mention at 07:00 means
      // a quiet night, not a day without history (an imported or newly crawled day is a whole day),
      // so the same hours of that day already count as a baseline day for the days after it.
      ...(earliest !== undefined
        ? { historyStartSlot: slotOf(startOfLocalDay(localDay(slotStart(earliest), this.o.timezone), this.o.timezone)) }
        : {}),
      pruneBeforeSlot: pruneBefore,
      pruneSpreadBeforeMs: now - slotStart(this.reach),
    };
  }

  // ---- step 2: detect -----------------------------------------------------------------------

  private params(rule: AlertRule): DisciplineParams {
    // A watched name's or a claim's calm already means "nothing new for resolveAfter" (observe.ts).
    const resolveAfterMs = rule.kind === 'watch' || rule.kind === 'hoax' ? 0 : rule.resolveAfter;
    return { cooldownMs: this.o.alerts.cooldown, ackForMs: this.o.alerts.ackFor, growth: rule.growth, resolveAfterMs };
  }

  private async label(key: string): Promise<string> {
    const lang = this.o.alerts.lang;
    const watched = this.watchLabels.get(key);
    if (watched) return watched;
    if (this.o.label) return this.o.label(key, lang);
    return key.slice(key.indexOf(':') + 1);
  }

  /** One detection commit; false when another evaluator committed meanwhile. */
  private async detect(report: EvaluationReport, acks: readonly string[]): Promise<boolean> {
    const { store, clock } = this.o;
    const progress = await store.getAlertProgress();
    const now = clock.now();
    const dirty = await store.listDirtyAlertKeys();
    const states = new Map((await store.listAlertKeyStates({ keys: dirty, active: true })).map((s) => [stateId(s.ruleId, s.key), s]));
    const alerts = new Map<string, AlertRecord>();
    for (const s of states.values()) {
      if (!alerts.has(s.alertId)) {
        const a = await store.getAlert(s.alertId);
        if (a) alerts.set(a.id, a);
      }
    }
    const changedStates = new Map<string, AlertKeyState>();
    const cleared = new Map<string, { ruleId: string; key: string }>();
    const changedAlerts = new Map<string, AlertRecord>();
    const outbox: OutboxEntry[] = [];
    const events: FiredEvent[] = [];
    const said: { alertId: string; event: Exclude<AlertEvent, 'digest' | 'test'>; rule: AlertRule }[] = [];
    const setState = (ruleId: string, key: string, s: AlertKeyState | undefined): void => {
      const id = stateId(ruleId, key);
      if (s) {
        states.set(id, s);
        changedStates.set(id, s);
        cleared.delete(id);
      } else if (states.has(id)) {
        states.delete(id);
        changedStates.delete(id);
        cleared.set(id, { ruleId, key });
      }
    };
    const putAlert = (a: AlertRecord): void => {
      alerts.set(a.id, a);
      changedAlerts.set(a.id, a);
    };

    // Acknowledgements first: they decide what this evaluation may say.
    for (const id of acks) {
      const a = alerts.get(id) ?? (await store.getAlert(id));
      if (!a) continue;
      const rule = this.rules.find((r) => r.id === a.ruleId);
      const s = states.get(stateId(a.ruleId, a.key));
      const r = acknowledge(s && s.alertId === a.id ? s : undefined, a, now, rule ? this.params(rule) : { cooldownMs: 0, ackForMs: this.o.alerts.ackFor, growth: 2, resolveAfterMs: 0 });
      setState(a.ruleId, a.key, r.state);
      putAlert({ ...r.alert, deferred: [] });
    }

    // States of rules no longer configured go.
    for (const s of [...states.values()]) if (!this.rules.some((r) => r.id === s.ruleId)) setState(s.ruleId, s.key, undefined);

    const windowSets = new WindowSets(store, now);
    const ctx = { nowMs: now, historyStartSlot: progress.historyStartSlot };
    /** Alerts of spike/share rules created or open this round, with their key: grouping targets. */
    const groupTargets: { alert: AlertRecord; key: string; rule: AlertRule }[] = [];
    for (const s of states.values()) {
      const a = alerts.get(s.alertId);
      const rule = this.rules.find((r) => r.id === s.ruleId);
      if (a && rule && !s.linked && a.status === 'open' && (rule.kind === 'spike' || rule.kind === 'share')) groupTargets.push({ alert: a, key: s.key, rule });
    }

    for (const rule of this.rules) {
      const keys = new Set<string>();
      for (const k of dirty) if (ruleTakes(rule, k)) keys.add(k);
      for (const s of states.values()) if (s.ruleId === rule.id) keys.add(s.key);
      if (!keys.size) continue;
      report.keys += keys.size;
      const episodes = new Map<string, AlertRecord>();
      for (const k of keys) {
        const s = states.get(stateId(rule.id, k));
        const a = s ? alerts.get(s.alertId) : undefined;
        if (s && a && !s.linked && a.key === k) episodes.set(k, a);
      }
      const list = [...keys];
      const obs = rule.kind === 'hoax' ? await observeHoax(store, rule, list, episodes, ctx) : await observeCounts(store, rule, list, episodes, ctx);
      const p = this.params(rule);

      // New spikes in grouping order, so the issue or topic speaks and its places follow it.
      const order = list.sort((a, b) => preference(a) - preference(b) || (obs.get(b)!.numbers.negative - obs.get(a)!.numbers.negative) || (a < b ? -1 : 1));
      for (const key of order) {
        const o = obs.get(key)!;
        const sid = stateId(rule.id, key);
        const prev = states.get(sid);
        if (prev?.linked) {
          setState(rule.id, key, linkedStep(prev, o, now, p));
          continue;
        }
        const current = prev ? alerts.get(prev.alertId) : undefined;
        const startsNew = o.firing && (!prev || !current || (prev.phase === 'cooling' && (prev.cooldownUntil ?? 0) <= now));
        if (startsNew && (rule.kind === 'spike' || rule.kind === 'share')) {
          const target = await this.explainedBy(windowSets, rule, key, groupTargets);
          if (target) {
            setState(rule.id, key, { ruleId: rule.id, key, phase: 'firing', alertId: target.id, linked: true, updatedMs: now });
            const latest = alerts.get(target.id) ?? target;
            if (!latest.related.includes(key)) putAlert({ ...latest, related: [...latest.related, key], updatedAt: iso(now) });
            continue;
          }
        }
        const r = step(prev, current, o, now, p, () => this.newAlert(rule, key, o, now));
        setState(rule.id, key, r.state);
        if (!r.alert) continue;
        let alert = r.alert;
        if (r.event === 'alert' || r.event === 'update' || (startsNew && !r.event)) alert = await this.enrich(alert, rule, key, windowSets);
        putAlert(alert);
        if (startsNew && (rule.kind === 'spike' || rule.kind === 'share')) groupTargets.push({ alert, key, rule });
        if (r.event) said.push({ alertId: alert.id, event: r.event, rule });
      }
    }

    // Messages last, so an alert names every key grouped into it this round.
    const quiet = isQuiet(now, this.o.timezone, this.o.alerts.quietHours);
    for (const { alertId, event, rule } of said) {
      let alert = alerts.get(alertId)!;
      const deferred = !rule.urgent && quiet;
      if (deferred) {
        const last = alert.events.map((e) => e.event).lastIndexOf(event);
        alert = { ...alert, deferred: [...alert.deferred, event], events: alert.events.map((e, i) => (i === last ? { ...e, deferred: true } : e)) };
        putAlert(alert);
      } else {
        outbox.push(...(await this.queue(alert, event, rule, now)));
      }
      events.push({ alert, event, deferred, at: iso(now) });
    }

    // Quiet hours over: one digest of what they held back.
    let digests = 0;
    if (!quiet) {
      const held = new Map<string, AlertRecord>();
      for (const a of await store.listAlerts({ deferred: true, limit: 1000 })) held.set(a.id, a);
      for (const a of changedAlerts.values()) {
        if (a.deferred.length) held.set(a.id, a);
        else held.delete(a.id);
      }
      if (held.size) {
        const list = [...held.values()].map((a) => changedAlerts.get(a.id) ?? a).sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
        const firstHeld = Math.min(...list.map((a) => Date.parse(a.events.find((e) => e.deferred)?.at ?? a.updatedAt)));
        const qs = quietStart(firstHeld, this.o.timezone, this.o.alerts.quietHours) ?? firstHeld;
        outbox.push(...this.queueDigest(list, qs, now));
        digests = 1;
        for (const a of list) putAlert({ ...a, deferred: [], events: [...a.events, { event: 'digest', at: iso(now), size: a.size }] });
      }
    }

    const ok = await store.commitAlerts({
      expectVersion: progress.version,
      keyStates: [...changedStates.values()],
      clearKeyStates: [...cleared.values()],
      alerts: [...changedAlerts.values()],
      outbox,
      cleanKeys: dirty,
    });
    if (!ok) return false;
    report.events.push(...events);
    report.queued += outbox.length;
    report.digests += digests;
    for (const e of events) this.o.log.info({ alert: e.alert.id, kind: e.alert.kind, key: e.alert.key, event: e.event, deferred: e.deferred }, 'alert');
    return true;
  }

  /** An open alert of a spike/share rule whose window mentions make up most of this key's. */
  private async explainedBy(
    sets: WindowSets,
    rule: AlertRule,
    key: string,
    targets: readonly { alert: AlertRecord; key: string; rule: AlertRule }[],
  ): Promise<AlertRecord | undefined> {
    const mine = await sets.negatives(key, rule.window);
    if (!mine.size) return undefined;
    for (const t of targets) {
      if (t.key === key && t.rule.id === rule.id) continue;
      // A spike is news a share shift is not: only another spike may speak for it.
      if (rule.kind === 'spike' && t.rule.kind !== 'spike') continue;
      const theirs = await sets.negatives(t.key, t.rule.window);
      let shared = 0;
      for (const id of mine) if (theirs.has(id)) shared++;
      if (shared >= 0.5 * mine.size) return t.alert;
    }
    return undefined;
  }

  private newAlert(rule: AlertRule, key: string, o: Observation, now: number): AlertRecord {
    const id = `a${createHash('sha1').update(`${rule.id}\u0000${key}\u0000${now}`).digest('hex').slice(0, 11)}`;
    return {
      id,
      ruleId: rule.id,
      kind: KIND[rule.kind],
      key,
      related: [],
      label: key,
      ...(key.startsWith('issue:') ? { issueId: key.slice('issue:'.length) } : {}),
      status: 'open',
      startedAt: iso(now),
      updatedAt: iso(now),
      size: o.size,
      notifiedSize: 0,
      numbers: o.numbers,
      samples: [],
      deferred: [],
      events: [],
    };
  }

  /** Label, three example mentions (the newest), and the latency of the one that tipped it. */
  private async enrich(alert: AlertRecord, rule: AlertRule, key: string, sets: WindowSets): Promise<AlertRecord> {
    const now = this.o.clock.now();
    const ids = rule.kind === 'hoax' ? await sets.carriers(key, rule.window) : [...(await sets.negatives(key, rule.window, true))];
    const samples: AlertSample[] = [];
    let tipping: Mention | undefined;
    for (const id of ids.slice(0, 12)) {
      const m = await this.o.feed.get(id);
      if (!m) continue;
      tipping ??= m;
      if (samples.length < 3 && !samples.some((s) => s.sourceId === m.sourceId && s.author === m.author && s.title === m.title)) {
        samples.push({
          id: m.id,
          url: m.url,
          title: m.title,
          sourceId: m.sourceId,
          ...(m.author ? { author: m.author } : {}),
          ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
          ...(m.storedAt ? { storedAt: m.storedAt } : {}),
        });
      }
    }
    const label = alert.label === alert.key ? await this.label(key) : alert.label;
    const latency = alert.latency ?? (tipping ? latencyOf(tipping, now) : undefined);
    return { ...alert, label, samples: samples.length ? samples : alert.samples, ...(latency ? { latency } : {}) };
  }

  private channelsOf(rule: AlertRule | undefined): AlertChannelRef[] {
    if (!rule?.channels) return [...this.o.channels];
    return this.o.channels.filter((c) => rule.channels!.includes(c.id));
  }

  private async queue(alert: AlertRecord, event: Exclude<AlertEvent, 'digest' | 'test'>, rule: AlertRule, now: number): Promise<OutboxEntry[]> {
    const chans = this.channelsOf(rule);
    if (!chans.length) return [];
    const facts = event === 'resolved' || !this.o.facts ? [] : await this.o.facts(alert).catch(() => []);
    const related = await Promise.all(alert.related.slice(0, 5).map((k) => this.label(k)));
    const sample = alert.samples[0] ? await this.o.feed.get(alert.samples[0].id) : undefined;
    const d = rule.kind === 'hoax' ? sample?.analysis?.hoax.debunks[0] : undefined;
    const seq = alert.events.length;
    return chans.map((c) => ({
      id: `${alert.id}:${event}:${seq}:${c.id}`,
      alertId: alert.id,
      channel: c.id,
      event,
      message: buildMessage(alert, event, {
        lang: c.lang ?? this.o.alerts.lang,
        timezone: this.o.timezone,
        linkTemplate: this.o.alerts.linkTemplate,
        relatedLabels: related,
        facts,
        ...(d ? { debunk: { title: d.title, url: d.url } } : {}),
      }),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: iso(now),
      createdAt: iso(now),
    }));
  }

  private queueDigest(list: readonly AlertRecord[], fromMs: number, now: number): OutboxEntry[] {
    const byChannel = new Map<string, { ref: AlertChannelRef; alerts: AlertRecord[] }>();
    for (const a of list) {
      const rule = this.rules.find((r) => r.id === a.ruleId);
      for (const c of this.channelsOf(rule)) {
        const e = byChannel.get(c.id) ?? { ref: c, alerts: [] };
        e.alerts.push(a);
        byChannel.set(c.id, e);
      }
    }
    return [...byChannel.values()].map(({ ref, alerts }) => ({
      id: `digest:${fromMs}:${ref.id}`,
      alertId: `digest:${fromMs}`,
      channel: ref.id,
      event: 'digest' as const,
      message: buildDigest(alerts, fromMs, now, { lang: ref.lang ?? this.o.alerts.lang, timezone: this.o.timezone, linkTemplate: this.o.alerts.linkTemplate }),
      state: 'pending' as const,
      attempts: 0,
      nextAttemptAt: iso(now),
      createdAt: iso(now),
    }));
  }
}

function latencyOf(m: Mention, now: number): AlertRecord['latency'] {
  const pub = m.publishedAt ? Date.parse(m.publishedAt) : NaN;
  const stored = m.storedAt ? Date.parse(m.storedAt) : NaN;
  return {
    mentionId: m.id,
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
    ...(m.storedAt ? { storedAt: m.storedAt } : {}),
    ...(!Number.isNaN(pub) ? { publishToDetectMs: now - pub } : {}),
    ...(!Number.isNaN(stored) ? { storeToDetectMs: now - stored } : {}),
  };
}

function sameContribution(a: AlertContribution, b: AlertContribution): boolean {
  return (
    a.slot === b.slot &&
    a.negative === b.negative &&
    a.head === b.head &&
    a.actor === b.actor &&
    a.hoaxKey === b.hoaxKey &&
    a.keys.length === b.keys.length &&
    a.keys.every((k, i) => k === b.keys[i])
  );
}

/** The mentions of the current windows, read once per detection from the contributions. */
class WindowSets {
  private cache = new Map<number, AlertContribution[]>();
  constructor(
    private readonly store: AlertStore,
    private readonly now: number,
  ) {}

  private async since(fromSlot: number): Promise<AlertContribution[]> {
    let c = this.cache.get(fromSlot);
    if (!c) {
      c = await this.store.recentAlertContributions(fromSlot);
      this.cache.set(fromSlot, c);
    }
    return c;
  }

  /** Negative mentions of a key in the window; `newestFirst` orders them by arrival, newest first. */
  async negatives(key: string, windowMs: number, newestFirst = false): Promise<Set<string>> {
    const to = slotOf(this.now);
    const from = to - Math.max(1, Math.round(windowMs / SLOT_MS)) + 1;
    const list = (await this.since(from)).filter((c) => c.negative && c.slot <= to && c.keys.includes(key));
    if (newestFirst) list.reverse();
    return new Set(list.map((c) => c.mentionId));
  }

  /** Mentions carrying a claim within the window, newest first. */
  async carriers(hoaxKey: string, windowMs: number): Promise<string[]> {
    const from = slotOf(this.now - windowMs);
    const list = await this.store.recentAlertContributions(from, { hoaxKey });
    return list.reverse().map((c) => c.mentionId);
  }
}
