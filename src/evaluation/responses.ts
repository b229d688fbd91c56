// The office's responses linked to issues, automatically:
// - an owned mention (a post on the office's own channel, a press release on its own site) that the
//   issue map grouped into the issue is a response at its publication time;
// - a fact the map linked to the issue (src/maps linking: topic, place, entity, text) with a score
//   of at least `minScore` is a response when it is dated on or after the issue's first day: an
//   owned item offered as a fact at its publication time (when it is not older than the issue), a
//   fact of the fact base at the start of its day in the office's zone when that day is after the
//   issue's first day (facts are dated by day: one of the first day or older cannot be told from
//   background; link it by hand with its time, `pantau evaluate link ISSUE FACT --at T`).
// A person links or unlinks by hand (`pantau evaluate link|unlink`); a manual link is never
// overwritten by these.
import type { ResponseLink } from '../core/evaluation.js';
import { localDay, startOfLocalDay } from '../core/time.js';
import type { Mention } from '../core/types.js';
import type { IssueMap } from '../maps/types.js';

const ms = (m: Mention): number => Date.parse(m.publishedAt ?? m.fetchedAt);

export function autoResponseLinks(map: Pick<IssueMap, 'issues'>, owned: readonly Mention[], opts: { minScore: number; timezone: string }): ResponseLink[] {
  const out: ResponseLink[] = [];
  const ownedByUrl = new Map(owned.map((m) => [m.url, m]));
  for (const issue of map.issues) {
    const first = Date.parse(issue.firstSeen);
    const firstDay = localDay(first, opts.timezone);
    for (const m of owned) {
      if (m.issueId !== issue.id) continue;
      out.push({ issueId: issue.id, kind: 'mention', itemId: m.id, at: new Date(ms(m)).toISOString(), how: 'auto', url: m.url, title: m.title });
    }
    for (const f of issue.facts) {
      if (f.score < opts.minScore) continue;
      if (f.owned) {
        const m = ownedByUrl.get(f.source_url);
        if (!m || ms(m) < first || m.issueId === issue.id) continue;
        out.push({ issueId: issue.id, kind: 'mention', itemId: m.id, at: new Date(ms(m)).toISOString(), how: 'auto', score: f.score, url: m.url, title: m.title });
        continue;
      }
      // Dated by day only: a fact of the issue's first day or earlier cannot be told from background.
      if (f.date <= firstDay) continue;
      const at = startOfLocalDay(f.date, opts.timezone);
      out.push({ issueId: issue.id, kind: 'fact', itemId: f.id, at: new Date(at).toISOString(), how: 'auto', score: f.score, url: f.source_url, title: f.statement.slice(0, 160) });
    }
  }
  return out;
}
