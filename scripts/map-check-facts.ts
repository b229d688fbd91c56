// The answering-fact count of the map check sets, shared by eval-map-days and eval-map-cli: for each
// labelled issue of a day (its majority issue id), is the labelled fact among the issue's first three,
// and first; an issue labelled with no answer (null) must get no fact scored ≥ 0.4.
export interface FactTally {
  hits: number;
  first: number;
  total: number;
  needOk: number;
  needTotal: number;
}

export const emptyFactTally = (): FactTally => ({ hits: 0, first: 0, total: 0, needOk: 0, needTotal: 0 });

/** Adds one day to `t`; returns that day's diagnostic lines. */
export function tallyFacts(
  t: FactTally,
  majority: Map<string, string>,
  issues: readonly { id: string; facts: readonly { id: string; score: number }[] }[],
  answers: Record<string, string | null>,
): string[] {
  const lines: string[] = [];
  const got = (facts: readonly { id: string; score: number }[] | undefined, n: number): string =>
    facts?.slice(0, n).map((f) => `${f.id}(${f.score})`).join(' ') ?? '(no issue)';
  for (const [l, iid] of majority) {
    if (l === 'outside' || !(l in answers)) continue;
    const is = issues.find((x) => x.id === iid);
    const want = answers[l];
    if (want === null) {
      t.needTotal++;
      const ok = !is?.facts.some((f) => f.score >= 0.4);
      if (ok) t.needOk++;
      lines.push(`   ${ok ? 'ok ' : 'XX '} ${l}: no answer expected; got ${got(is?.facts, 2)}`);
      continue;
    }
    t.total++;
    const idx = is ? is.facts.findIndex((f) => f.id === want) : -1;
    if (idx >= 0 && idx < 3) t.hits++;
    if (idx === 0) t.first++;
    lines.push(`   ${idx === 0 ? 'ok ' : idx > 0 && idx < 3 ? 'ok3' : 'XX '} ${l}: want ${want} at ${idx}; got ${got(is?.facts, 3)}`);
  }
  return lines;
}
