// The effect of a response shown in the issue map (JSON `issues[].effect`, a line in Markdown and
// HTML): for each issue of the map with a response linked in the store, the figures of
// src/evaluation/effect.ts in the map's shorter shape. The map itself stays pure; the CLI calls
// this after producing it.
import type { Store } from '../core/types.js';
import type { IssueMap, MapEffect } from '../maps/types.js';
import { issueEffect, responseContent, type EffectOptions, type IssueEffect } from './effect.js';

export function toMapEffect(e: IssueEffect): MapEffect {
  const c = e.negativeShareChange;
  return {
    responseAt: e.response.at,
    ...(e.response.url ? { responseUrl: e.response.url } : {}),
    replyHours: e.replyHours,
    before: { volume: e.before.volume, negativeShare: e.before.negativeShare },
    after: { volume: e.after.volume, negativeShare: e.after.negativeShare },
    negativeShareChange: c ? { diff: c.diff, low: c.low, high: c.high, confidence: c.confidence } : null,
    minMentions: e.minMentions,
    pickup: e.pickup.count,
  };
}

/** Set `effect` on the map's issues that have a linked response (in place); returns the map. */
export async function attachEffects(map: IssueMap, store: Store, opts: EffectOptions): Promise<IssueMap> {
  for (const issue of map.issues) {
    const links = await store.listResponseLinks({ issueId: issue.id });
    if (!links.length) continue;
    const first = [...links].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0]!;
    issue.effect = toMapEffect(await issueEffect(store, issue.id, links, await responseContent(store, first), opts));
  }
  return map;
}
