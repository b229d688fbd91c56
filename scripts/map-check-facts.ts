// The answering-fact count of the map check sets, shared by eval-map-days and eval-map-cli: for each
// labelled issue of a day (its majority issue id), is the labelled fact among the issue's first three,
// and first; and does the map say the facts answer the issue at all. An issue labelled with no answer
// (null) must say "perlu data dari OPD" (brief.needsData, or for an issue without a brief no fact
// marked `answers`); an issue with an answering fact must not, and should cite the labelled one.
// Maps from before facts carried `answers` are read by the rule their briefs used: a fact scored ≥ 0.4.
export interface FactTally {
  hits: number;
  first: number;
  total: number;
  /** Null-answer issues that say "perlu data dari OPD". */
  needOk: number;
  needTotal: number;
  /** Issues with an answering fact that say "perlu data dari OPD" all the same. */
  falseNeed: number;
  /** Issues with an answering fact whose cited facts include it. */
  cited: number;
}

export const emptyFactTally = (): FactTally => ({ hits: 0, first: 0, total: 0, needOk: 0, needTotal: 0, falseNeed: 0, cited: 0 });

interface TallyFact {
  id: string;
  score: number;
  answers?: boolean;
  parts?: { topic: number; place: number; entity: number; text: number };
}
interface TallyIssue {
  id: string;
  facts: readonly TallyFact[];
  brief?: { needsData?: string };
}

const answersOf = (f: TallyFact): boolean => f.answers ?? f.score >= 0.4;

/** The facts the map cites as answering the issue (empty: it asks the OPD for data). */
export function citedFacts(is: TallyIssue): TallyFact[] {
  if (is.brief?.needsData) return [];
  return is.facts.filter(answersOf);
}

export const factTallySummary = (t: FactTally): string =>
  `answering fact in first three ${t.hits}/${t.total}, first ${t.first}/${t.total}; perlu data on no-fact issues ${t.needOk}/${t.needTotal}, on issues with an answering fact ${t.falseNeed}/${t.total} (labelled fact cited ${t.cited}/${t.total})`;

/** Adds one day to `t`; returns that day's diagnostic lines. */
export function tallyFacts(t: FactTally, majority: Map<string, string>, issues: readonly TallyIssue[], answers: Record<string, string | null>): string[] {
  const lines: string[] = [];
  const show = (f: TallyFact): string =>
    `${f.id}(${f.score}${answersOf(f) ? '*' : ''}${f.parts ? ` t${f.parts.topic} p${f.parts.place} e${f.parts.entity} x${f.parts.text}` : ''})`;
  const got = (facts: readonly TallyFact[] | undefined, n: number): string => facts?.slice(0, n).map(show).join(' ') ?? '(no issue)';
  for (const [l, iid] of majority) {
    if (l === 'outside' || !(l in answers)) continue;
    const is = issues.find((x) => x.id === iid);
    const want = answers[l];
    const cited = is ? citedFacts(is) : [];
    if (want === null) {
      t.needTotal++;
      const ok = cited.length === 0;
      if (ok) t.needOk++;
      lines.push(`   ${ok ? 'ok ' : 'XX '} ${l}: no answer expected${ok ? '' : ', cites one'}; got ${got(is?.facts, 2)}`);
      continue;
    }
    t.total++;
    const idx = is ? is.facts.findIndex((f) => f.id === want) : -1;
    if (idx >= 0 && idx < 3) t.hits++;
    if (idx === 0) t.first++;
    if (!cited.length) t.falseNeed++;
    if (cited.some((f) => f.id === want)) t.cited++;
    const need = !cited.length ? ' (says perlu data)' : !cited.some((f) => f.id === want) ? ' (cites others)' : '';
    lines.push(`   ${idx === 0 ? 'ok ' : idx > 0 && idx < 3 ? 'ok3' : 'XX '} ${l}: want ${want} at ${idx}${need}; got ${got(is?.facts, 3)}`);
  }
  return lines;
}
