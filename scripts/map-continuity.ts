// Continuity of the map check sets, shared by the in-process scorer (eval-map-days) and the one that
// runs the real CLI (eval-map-cli): the same label on consecutive days keeps its issue id, and two
// different labels never share one. Input: per day, label → the id of the issue most of it went to.
export function continuity(days: string[], labelIds: Map<string, Map<string, string>>): { ok: number; total: number; clash: number } {
  let ok = 0;
  let total = 0;
  let clash = 0;
  for (let i = 1; i < days.length; i++) {
    const a = labelIds.get(days[i - 1]!);
    const b = labelIds.get(days[i]!);
    if (!a || !b) continue;
    for (const [l, id] of b) {
      if (l === 'outside') continue;
      if (a.has(l)) {
        total++;
        if (a.get(l) === id) ok++;
        else console.log(`   continuity lost: ${l} ${days[i - 1]} ${a.get(l)} → ${days[i]} ${id}`);
      }
      for (const [l2, id2] of a) {
        if (l2 !== l && l2 !== 'outside' && id2 === id) {
          clash++;
          console.log(`   id reused: ${l2} (${days[i - 1]}) → ${l} (${days[i]})`);
        }
      }
    }
  }
  return { ok, total, clash };
}
