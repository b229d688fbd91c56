// Is an issue a hoax, and what refutes it? An issue is flagged when its mentions match a published
// debunk (the hoax analyzer's debunk index), or when its own mentions call it a hoax ("hoaks", "tidak benar", "berita bohong": the outlets and the
// office's clarification are part of the issue). Its debunks are the matched fact-checks and the
// refuting reports of the issue itself.
import type { Mention } from '../core/types.js';
import { hoaxFlaggedOf } from './stats.js';
import type { DebunkRef } from './types.js';

/** Words that call a claim false. "penipuan" (a scam) goes with hoax links, but alone is a crime story. */
const REFUTES = /\b(hoaks|hoax|berita bohong|kabar bohong|disinformasi|misinformasi|tidak benar|palsu|membantah|bantah|klarifikasi|cek fakta)\b/i;
/** A debunk match at least this similar counts towards flagging the issue (the analyzer lists weaker ones). */
const INDEX_MATCH = 0.5;
/** A claim passed on: chain messages, "viral", links to register, "katanya". */
const CLAIM = /\b(sebarkan|viralkan|viral|beredar|broadcast|pesan berantai|berantai|katanya|kabarnya|link|tautan|klaim|daftar cepat)\b/i;
const HOAX_WORD = /\b(hoaks|hoax|berita bohong|kabar bohong|disinformasi|misinformasi)\b/i;

export interface IssueHoax {
  flagged: boolean;
  /**
   * Flagged, or its mentions pass a claim on and call it a hoax (one "itu hoaks" beside "link PKH
   * palsu masih beredar"): too little to flag, enough to say a day's issue continues yesterday's
   * hoax rather than being a real matter of the same service (continuity.ts).
   */
  aboutHoax: boolean;
  score: number;
  indicators: string[];
  debunks: DebunkRef[];
}

const CALLED = 1;
const CLAIMS = 2;
const TALK = 4;
/**
 * What a mention's words say (the tests of issueHoax on its title and text, as bits), kept per mention
 * object: the same mention is read by its day's issue and by the later days' earlier issues.
 */
const wordsMemo = new WeakMap<Mention, number>();
function wordsOf(m: Mention): number {
  let r = wordsMemo.get(m);
  if (r !== undefined) return r;
  const head = `${m.title ?? ''} ${(m.text ?? '').slice(0, 400)}`;
  r = (HOAX_WORD.test(head) ? CALLED : 0) | (CLAIM.test(head) ? CLAIMS : 0) | (REFUTES.test(head) && HOAX_WORD.test(`${head} ${m.text ?? ''}`) ? TALK : 0);
  wordsMemo.set(m, r);
  return r;
}

export function issueHoax(members: readonly Mention[], isOwned: (m: Mention) => boolean): IssueHoax {
  const index = new Map<string, DebunkRef>();
  const refuting: DebunkRef[] = [];
  const indicators = new Map<string, number>();
  let flagged = 0;
  let matched = 0;
  let hoaxTalk = 0;
  let called = 0;
  let claims = 0;
  for (const m of members) {
    const h = m.analysis?.hoax;
    if ((h?.debunks ?? []).some((d) => d.similarity >= INDEX_MATCH)) matched++;
    for (const d of h?.debunks ?? []) {
      const had = index.get(d.url);
      if (!had || (had.similarity ?? 0) < d.similarity) index.set(d.url, { url: d.url, title: d.title, from: 'index', similarity: Math.round(d.similarity * 1000) / 1000 });
    }
    for (const i of h?.indicators ?? []) indicators.set(i, (indicators.get(i) ?? 0) + 1);
    if (hoaxFlaggedOf(m)) flagged++;
    const words = wordsOf(m);
    if (words & CALLED) called++;
    if (words & CLAIMS) claims++;
    if (words & TALK) {
      hoaxTalk++;
      if (m.kind === 'news' || isOwned(m)) refuting.push({ url: m.url, title: m.title, from: 'mention', source: m.sourceId });
    }
  }
  const n = Math.max(1, members.length);
  // The analyzer's per-mention triage flags complaints as often as hoaxes (on the fixture days: 4 of
  // 9 rubbish complaints, 8 of 23 hoax mentions), so alone it flags no issue; a matched debunk or the
  // issue's own mentions calling it a hoax do.
  // One post that happens to resemble a debunk does not make an issue a hoax; a fair share of it does.
  // The debunk matcher also meets ordinary complaints about the same service ("air PDAM mati" against
  // "air PDAM tercemar"), so a match counts when the issue also carries a claim being passed on.
  const byIndex = (matched >= Math.max(2, Math.ceil(0.3 * n)) || (n === 1 && matched === 1)) && (claims > 0 || called > 0);
  const isFlagged = byIndex || (called >= 2 && called / n >= 0.15 && refuting.length > 0);
  const score = Math.min(1, Math.max(hoaxTalk, matched, isFlagged ? flagged : 0) / n);
  const debunks = [...[...index.values()].filter((d) => (d.similarity ?? 0) >= INDEX_MATCH).sort((a, b) => (b.similarity ?? 0) - (a.similarity ?? 0)), ...refuting.slice(0, 5)];
  return {
    flagged: isFlagged,
    aboutHoax: isFlagged || ((called > 0 || hoaxTalk > 0) && claims > 0),
    score: Math.round(score * 1000) / 1000,
    indicators: [...indicators.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k]) => k),
    debunks: isFlagged ? debunks : [],
  };
}
