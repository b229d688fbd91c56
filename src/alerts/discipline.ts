// The discipline that keeps alerts few and right, as a pure state machine per rule × key:
//
//   idle ──bar met──▶ firing ──below half the bar──▶ calming ──for resolveAfter──▶ cooling ──cooldown──▶ idle
//                      ▲   │ grows × growth: update        │ bar met again: firing      │ bar met again within
//                      │   ▼                                ▼                            │ the cooldown: the same
//                      └── (stays firing while elevated)   *reda* sent when it ends     ▼ alert reopens, no new one
//
// One alert per spike and key; an update only when the episode has grown `growth` times (default ×2)
// since the last message; one *reda* when it ends; within the cooldown (default 4 h) a renewed spike
// continues the same alert. An acknowledged key sends nothing — no update, no *reda*, no new alert —
// until it grows past growth × its size when acknowledged, for `ackFor` (default 24 h).
// Quiet hours are not decided here: the evaluator defers the events this returns.
import type { AlertEvent, AlertKeyState, AlertNumbers, AlertRecord } from '../core/alerts.js';

export interface Observation {
  firing: boolean;
  calm: boolean;
  /** Size of the episode now (negatives since it started, carriers of a claim). */
  size: number;
  numbers: AlertNumbers;
}

export interface DisciplineParams {
  cooldownMs: number;
  ackForMs: number;
  growth: number;
  resolveAfterMs: number;
}

export interface Step {
  /** The key's state afterwards; undefined = idle (no row). */
  state: AlertKeyState | undefined;
  /** The alert, created or changed (undefined: nothing to write). */
  alert?: AlertRecord;
  /** The message to send, if any. */
  event?: Exclude<AlertEvent, 'digest' | 'test'>;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function ackQuiet(state: AlertKeyState | undefined, size: number, now: number, growth: number): boolean {
  return state?.ackSize !== undefined && (state.ackUntil ?? 0) > now && size < growth * state.ackSize;
}

function withEvent(alert: AlertRecord, event: AlertEvent, now: number): AlertRecord {
  return { ...alert, notifiedSize: alert.size, events: [...alert.events, { event, at: iso(now), size: alert.size }] };
}

/**
 * One evaluation of one key that is not linked to another key's alert. `current` is the key's own
 * alert when its state names one; `create` makes a fresh alert record for a new episode.
 */
export function step(
  prev: AlertKeyState | undefined,
  current: AlertRecord | undefined,
  obs: Observation,
  now: number,
  p: DisciplineParams,
  create: () => AlertRecord,
): Step {
  const state = prev && !prev.linked ? prev : undefined;
  const update = (a: AlertRecord): AlertRecord => ({ ...a, size: Math.max(a.size, obs.size), numbers: obs.numbers, updatedAt: iso(now) });

  // Idle (or past the cooldown): a new episode when the bar is met.
  const overCooldown = !state || (state.phase === 'cooling' && (state.cooldownUntil ?? 0) <= now) || !current;
  if (overCooldown) {
    const ackKept = state && (state.ackUntil ?? 0) > now ? { ackSize: state.ackSize, ackUntil: state.ackUntil } : {};
    if (!obs.firing) {
      // Nothing to do; keep the row only while an acknowledgement still holds.
      if (ackKept.ackUntil && state) return { state: { ...state, updatedMs: now } };
      return { state: undefined };
    }
    let alert = update(create());
    alert = { ...alert, size: obs.size };
    const next: AlertKeyState = { ruleId: alert.ruleId, key: alert.key, phase: 'firing', alertId: alert.id, linked: false, updatedMs: now, ...ackKept };
    if (ackQuiet(next, obs.size, now, p.growth)) return { state: next, alert };
    delete next.ackSize;
    delete next.ackUntil;
    return { state: next, alert: withEvent(alert, 'alert', now), event: 'alert' };
  }

  let alert = update(current);
  let next: AlertKeyState = { ...state, updatedMs: now };

  if (obs.firing || !obs.calm) {
    // The bar is met (or the key is still elevated): the episode goes on.
    if (next.phase !== 'firing') {
      next = { ...next, phase: 'firing' };
      delete next.calmSince;
      delete next.cooldownUntil;
      if (alert.status === 'resolved') {
        alert = { ...alert, status: 'open' };
        delete alert.resolvedAt;
      }
    }
    if (!obs.firing) return { state: next, alert };
    if (next.ackSize !== undefined) {
      if (ackQuiet(next, alert.size, now, p.growth)) return { state: next, alert };
      // Grew past what was acknowledged: speak again, and the acknowledgement is used up. An
      // episode that began quiet (acknowledged) was never announced: its first word is the alert.
      delete next.ackSize;
      delete next.ackUntil;
      const ev = alert.events.some((e) => e.event === 'alert') ? 'update' : 'alert';
      return { state: next, alert: withEvent(alert, ev, now), event: ev };
    }
    if (alert.size >= p.growth * Math.max(1, alert.notifiedSize)) {
      return { state: next, alert: withEvent(alert, 'update', now), event: 'update' };
    }
    return { state: next, alert };
  }

  // Calm.
  if (next.phase === 'firing') return { state: { ...next, phase: 'calming', calmSince: now }, alert };
  if (next.phase === 'calming' && now - (next.calmSince ?? now) >= p.resolveAfterMs) {
    next = { ...next, phase: 'cooling', cooldownUntil: now + p.cooldownMs };
    delete next.calmSince;
    alert = { ...alert, status: 'resolved', resolvedAt: iso(now) };
    if (ackQuiet(next, alert.size, now, p.growth) || next.ackSize !== undefined) return { state: next, alert };
    return { state: next, alert: withEvent(alert, 'resolved', now), event: 'resolved' };
  }
  return { state: next, alert };
}

/**
 * A key whose spike another key's alert already reports (the same mentions): it keeps a state so it
 * does not fire on its own during the episode, and says nothing.
 */
export function linkedStep(prev: AlertKeyState, obs: Observation, now: number, p: DisciplineParams): AlertKeyState | undefined {
  if (obs.firing || !obs.calm) {
    const next: AlertKeyState = { ...prev, phase: 'firing', updatedMs: now };
    delete next.calmSince;
    delete next.cooldownUntil;
    return next;
  }
  if (prev.phase === 'firing') return { ...prev, phase: 'calming', calmSince: now, updatedMs: now };
  if (prev.phase === 'calming' && now - (prev.calmSince ?? now) >= p.resolveAfterMs) {
    return { ...prev, phase: 'cooling', cooldownUntil: now + p.cooldownMs, updatedMs: now };
  }
  if (prev.phase === 'cooling' && (prev.cooldownUntil ?? 0) <= now) return undefined;
  return prev;
}

/** Acknowledge an alert: its key stays quiet until it grows past growth × its size now. */
export function acknowledge(state: AlertKeyState | undefined, alert: AlertRecord, now: number, p: DisciplineParams): { state: AlertKeyState; alert: AlertRecord } {
  const base: AlertKeyState = state ?? {
    ruleId: alert.ruleId,
    key: alert.key,
    phase: 'cooling',
    alertId: alert.id,
    linked: false,
    cooldownUntil: now,
    updatedMs: now,
  };
  return {
    state: { ...base, ackSize: Math.max(1, alert.size), ackUntil: now + p.ackForMs, updatedMs: now },
    alert: { ...alert, ackedAt: iso(now), updatedAt: iso(now) },
  };
}
