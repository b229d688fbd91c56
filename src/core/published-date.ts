// The publication-date rule (README "Dates"): one pure function over the dates a page and its feed
// give, each with where it came from. The extractor runs it on the page's own candidates
// (`pantau extract`); the normalize stage runs it again with the feed's or sitemap's date and the
// fetch time added. Kept in core so both stages apply the same rule without knowing each other.

export type DateSource = 'jsonld' | 'meta' | 'time' | 'byline' | 'url' | 'feed' | 'modified';

export interface DateCandidate {
  source: DateSource;
  /** Epoch milliseconds of the instant as labelled. */
  ms: number;
  /** Offset the value was written in, or given by default ("+07:00"). */
  offset: string;
  hasTime: boolean;
  /** The value named its zone (Z, +07:00, WIB) instead of getting the default. */
  hasZone: boolean;
  /** Bylines: "strong" right at the headline, "weak" found by its class elsewhere on the page. */
  strength?: 'strong' | 'weak';
  /** An all-numeric date that reads either way ("12/02/2026"): the other reading's instant. */
  altMs?: number;
  /** Which reading ms is: day first or month first. */
  order?: 'dmy' | 'mdy';
}

export interface DateRuleOptions {
  /** The page's local offset for zone-less values and for calendar days: WIB for Indonesian pages. */
  localOffset: string;
  /** Offset of the result when the winning value's own zone is not Indonesian; else its own. */
  outputOffset?: string;
  /** When the page was fetched: nothing is published after it. */
  fetchedAt?: number;
}

export interface DateDecision {
  iso: string;
  source: DateSource;
  /** The winning value's zone label was contradicted and its clock read as local time instead. */
  zoneRepaired?: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const INDONESIAN = new Set(['+07:00', '+08:00', '+09:00']);
/** A machine clock this close to a byline's local clock (and far from it as labelled) was local time. */
const BYLINE_CLOCK_SLACK = 3 * HOUR;
/** Tighter for the URL's and the feed's times: those are other records of the same instant. */
const RECORD_CLOCK_SLACK = HOUR;
/** Clock skew allowed between the publisher and us before a date counts as "in the future". */
const FUTURE_SLACK = 15 * 60_000;
/** A crawled news page is at most this old when fetched (for a date that reads two ways). */
const RECENT = 7 * DAY;

/** An all-numeric date that reads both ways takes its other reading (day first ↔ month first). */
export function otherReading(c: DateCandidate): void {
  if (c.altMs === undefined) return;
  Object.assign(c, { ms: c.altMs, altMs: c.ms, order: c.order === 'dmy' ? 'mdy' : 'dmy' });
}

/** Which candidate decides the day when the evidence is tied (first wins). */
const DAY_RANK: ((c: DateCandidate) => boolean)[] = [
  (c) => c.source === 'url',
  (c) => c.source === 'jsonld',
  (c) => c.source === 'meta',
  (c) => c.source === 'feed',
  // The byline at the headline before a bare <time>: the first <time> may be the top bar's "today".
  (c) => c.source === 'byline' && c.strength !== 'weak',
  (c) => c.source === 'time',
  (c) => c.source === 'byline',
  (c) => c.source === 'modified',
];
/** Which candidate gives the time of day on the chosen day (first with a time wins). */
const TIME_RANK: ((c: DateCandidate) => boolean)[] = [
  (c) => c.source === 'jsonld',
  (c) => c.source === 'meta',
  (c) => c.source === 'time',
  (c) => c.source === 'byline' && c.strength !== 'weak',
  (c) => c.source === 'feed',
  (c) => c.source === 'byline',
  (c) => c.source === 'url',
  (c) => c.source === 'modified',
];

/** Independent witnesses: JSON-LD, meta and <time> come from one CMS field, so they count once. */
function witness(c: DateCandidate): string {
  return c.source === 'jsonld' || c.source === 'meta' || c.source === 'time' ? 'machine' : c.source;
}

export function offsetMinutes(off: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(off);
  if (!m) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** ISO 8601 of an instant written in an offset ("2026-11-30T14:05:00+07:00"). */
export function formatInOffset(ms: number, offset: string): string {
  const d = new Date(ms + offsetMinutes(offset) * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}` +
    `T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}${offset}`
  );
}

const rank = (table: ((c: DateCandidate) => boolean)[], c: DateCandidate) => {
  const i = table.findIndex((f) => f(c));
  return i < 0 ? table.length : i;
};

/**
 * Apply the rule:
 * 1. Zone: a machine time (JSON-LD, meta, <time>) labelled with a zone far from the local one (a
 *    `Z` on an Indonesian page) whose clock reads as the byline's local time, the URL's time or the
 *    feed's instant, is that local time; so is one that would lie after the fetch as labelled but
 *    not as local time. Anything else still after the fetch is dropped. A machine time with no zone
 *    at all whose clock is the headline byline's WITA or WIT clock is in that zone, not WIB; so is
 *    one labelled with another Indonesian zone whose clock is the byline's to the minute.
 * 2. Day: the day most independent witnesses (page metadata, byline, URL, feed) agree on, within a
 *    day; ties go to the day most of them give exactly, then to the URL, JSON-LD, meta, the feed, the byline at the headline, <time>, any other
 *    byline. A byline or sidebar date no other witness supports never beats the URL or the feed.
 * 3. Time: on that day, the time of JSON-LD, meta, <time>, the headline byline, the feed, another
 *    byline, the URL, in that order; a date-only value never erases a time.
 */
export function choosePublished(input: DateCandidate[], opts: DateRuleOptions): DateDecision | undefined {
  const local = opts.localOffset;
  let cands = input.filter((c) => Number.isFinite(c.ms)).map((c) => ({ ...c, zoneRepaired: false }));
  if (cands.length === 0) return undefined;

  // 1. Zone labels that contradict the page's local clock.
  // Sidebar-ish bylines are no reference: only the one at the headline, the URL's time and the feed's.
  const refs = cands.filter((c) => c.hasTime && ((c.source === 'byline' && c.strength !== 'weak') || c.source === 'url' || c.source === 'feed'));
  refs.sort((a, b) => rank(TIME_RANK, a) - rank(TIME_RANK, b));
  for (const c of cands) {
    if (!isMachine(c) || !c.hasTime || !c.hasZone || !farFromLocal(c.offset, local)) continue;
    for (const r of refs) {
      const zone = r.source === 'byline' && INDONESIAN.has(r.offset) ? r.offset : local;
      const asLocal = wall(c) - offsetMinutes(zone) * 60_000;
      const slack = r.source === 'byline' ? BYLINE_CLOCK_SLACK : RECORD_CLOCK_SLACK;
      if (Math.abs(asLocal - r.ms) <= slack && Math.abs(c.ms - r.ms) > slack) {
        Object.assign(c, { ms: asLocal, offset: zone, zoneRepaired: true });
        break;
      }
    }
  }
  // The reverse: a machine time labelled with an Indonesian zone whose clock, read as UTC, is the
  // headline byline's or the feed's instant to the minute, and hours from it as labelled (a server
  // printing its UTC clock with a fixed "+07:00": "01:45+07:00" beside "08:45 WIB"), was UTC.
  for (const c of cands) {
    if (!isMachine(c) || !c.hasTime || !c.hasZone || !INDONESIAN.has(c.offset)) continue;
    const r = refs.find((r) => r.source !== 'url' && Math.floor(wall(c) / 60_000) === Math.floor(r.ms / 60_000) && Math.abs(c.ms - r.ms) >= BYLINE_CLOCK_SLACK);
    if (r) Object.assign(c, { ms: wall(c), offset: r.source === 'byline' && INDONESIAN.has(r.offset) ? r.offset : local, zoneRepaired: true });
  }
  // A machine time without a zone was written in the page's own zone: the one its headline byline
  // names (WITA, WIT) when that byline shows the same clock time, not the WIB default.
  const zoned = refs.find((r) => r.source === 'byline' && r.hasZone && INDONESIAN.has(r.offset));
  if (zoned) {
    for (const c of cands) {
      if (!isMachine(c) || !c.hasTime || c.hasZone || c.offset === zoned.offset) continue;
      const asBylineZone = wall(c) - offsetMinutes(zoned.offset) * 60_000;
      if (Math.abs(asBylineZone - zoned.ms) <= RECORD_CLOCK_SLACK && Math.abs(c.ms - zoned.ms) > RECORD_CLOCK_SLACK / 2) {
        Object.assign(c, { ms: asBylineZone, offset: zoned.offset, zoneRepaired: true });
      }
    }
    // One labelled with the neighbouring Indonesian zone (a WordPress set to Jakarta in a Makassar
    // newsroom: "14:05:12+07:00" beside "14:05 WITA") shows the byline's clock to the minute: one
    // stored time printed twice, and the zone the newsroom wrote by hand is the right one. (The same
    // instant in the other zone would show a clock an hour or two apart.)
    for (const c of cands) {
      if (!isMachine(c) || !c.hasTime || !c.hasZone || !INDONESIAN.has(c.offset) || c.offset === zoned.offset) continue;
      if (Math.floor(wall(c) / 60_000) === Math.floor(wall(zoned) / 60_000)) {
        Object.assign(c, { ms: wall(c) - offsetMinutes(zoned.offset) * 60_000, offset: zoned.offset, zoneRepaired: true });
      }
    }
  }
  // An all-numeric date that reads both ways: the reading another witness's day supports, else one
  // that would not lie after the fetch, else the one a page days old at the fetch has.
  for (const c of cands) {
    if (c.altMs === undefined) continue;
    const others = cands.filter((o) => o !== c && o.altMs === undefined);
    const supports = (ms: number) => others.some((o) => Math.abs(dayOf(o, local) - dayOf({ ms, offset: c.offset }, local)) <= 1);
    let swap = supports(c.altMs) && !supports(c.ms);
    if (!swap && opts.fetchedAt !== undefined && !supports(c.ms)) {
      const limit = opts.fetchedAt + FUTURE_SLACK;
      const age = (ms: number) => opts.fetchedAt! - ms;
      swap = (c.ms > limit && c.altMs <= limit) || (c.altMs <= limit && age(c.altMs) <= RECENT && age(c.ms) > RECENT);
    }
    if (swap) otherReading(c);
  }
  // A machine time at exactly midnight is a date-only CMS field written as a datetime when another
  // witness gives a real time that day: it speaks for the day, not the time.
  for (const c of cands) {
    if (!isMachine(c) || !c.hasTime || wall(c) % DAY !== 0) continue;
    if (cands.some((o) => o !== c && o.hasTime && wall(o) % DAY !== 0 && dayOf(o, local) === dayOf(c, local))) c.hasTime = false;
  }
  if (opts.fetchedAt !== undefined) {
    const limit = opts.fetchedAt + FUTURE_SLACK;
    for (const c of cands) {
      if (c.ms <= limit || !isMachine(c) || !c.hasZone || !farFromLocal(c.offset, local)) continue;
      const asLocal = wall(c) - offsetMinutes(local) * 60_000;
      if (asLocal <= limit) Object.assign(c, { ms: asLocal, offset: local, zoneRepaired: true });
    }
    cands = cands.filter((c) => (c.hasTime ? c.ms <= limit : dayOf(c, local) <= dayOf({ ms: opts.fetchedAt!, offset: local }, local)));
    if (cands.length === 0) return undefined;
  }

  // 2. The day. Modification dates speak only when nothing else does.
  const pool = cands.some((c) => c.source !== 'modified') ? cands.filter((c) => c.source !== 'modified') : cands;
  // Support within a day absorbs a UTC or feed date near midnight; on a tie, the day more witnesses
  // give exactly wins (a URL made the evening before loses to JSON-LD and the byline of the next day);
  // a weak byline is often the same stray element as a <time> and does not count twice there.
  let anchor = pool[0];
  let best = -1;
  let bestExact = -1;
  for (const c of pool) {
    const day = dayOf(c, local);
    const support = new Set(pool.filter((o) => Math.abs(dayOf(o, local) - day) <= 1).map(witness)).size;
    const exact = new Set(pool.filter((o) => dayOf(o, local) === day && o.strength !== 'weak').map(witness)).size;
    if (
      support > best ||
      (support === best && (exact > bestExact || (exact === bestExact && rank(DAY_RANK, c) < rank(DAY_RANK, anchor))))
    ) {
      best = support;
      bestExact = exact;
      anchor = c;
    }
  }

  // 3. The time of day on that day.
  const day = dayOf(anchor, local);
  const timed = pool
    .filter((c) => c.hasTime && dayOf(c, local) === day)
    .sort((a, b) => rank(TIME_RANK, a) - rank(TIME_RANK, b));
  const pick = timed[0] ?? anchor;
  // A value in UTC is written in the zone the page's own byline names (WITA, WIT) when it has one.
  const bylineZone = pool.find((c) => c.source === 'byline' && c.hasZone && INDONESIAN.has(c.offset) && c.strength !== 'weak')?.offset;
  // A machine time labelled with one Indonesian zone that is the headline byline's instant in another
  // ("13:05+07:00" beside "14:05 WITA": one moment, printed by a server set to Jakarta) is written
  // in the zone the newsroom wrote by hand.
  const sameInstant = pool.find(
    (c) => c.source === 'byline' && c.strength !== 'weak' && c.hasTime && c.hasZone && INDONESIAN.has(c.offset) && Math.abs(c.ms - pick.ms) < 60_000,
  )?.offset;
  const offset =
    isMachine(pick) && sameInstant && INDONESIAN.has(pick.offset)
      ? sameInstant
      : INDONESIAN.has(pick.offset) && (pick.hasZone || pick.zoneRepaired)
        ? pick.offset
        : (bylineZone ?? opts.outputOffset ?? pick.offset);
  // A day without a time is that day's local midnight, whatever instant stood for it (a feed's UTC midnight).
  const ms = pick.hasTime ? pick.ms : day * DAY - offsetMinutes(INDONESIAN.has(pick.offset) ? pick.offset : local) * 60_000;
  const out: DateDecision = { iso: formatInOffset(ms, offset), source: pick.source };
  if (pick.zoneRepaired) out.zoneRepaired = true;
  return out;
}

function isMachine(c: DateCandidate): boolean {
  return c.source === 'jsonld' || c.source === 'meta' || c.source === 'time' || c.source === 'modified';
}

/** Three hours or more from the local offset: not a neighbouring Indonesian zone. */
function farFromLocal(offset: string, local: string): boolean {
  return Math.abs(offsetMinutes(offset) - offsetMinutes(local)) >= 180;
}

/** Wall-clock milliseconds as written (the instant shifted by its own offset). */
function wall(c: { ms: number; offset: string }): number {
  return c.ms + offsetMinutes(c.offset) * 60_000;
}

/** Calendar day in the value's own zone when it is Indonesian, else in the page's local zone. */
function dayOf(c: { ms: number; offset: string }, local: string): number {
  const off = INDONESIAN.has(c.offset) ? c.offset : local;
  return Math.floor((c.ms + offsetMinutes(off) * 60_000) / DAY);
}
