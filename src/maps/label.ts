// An issue's short Indonesian label and key terms. The label is the headline of the news mention
// closest to the issue's centroid (the most typical story), trimmed; an issue of posts only is named
// by its strongest key terms ("Sampah Talang Banjar"). Key terms are shown as people wrote them: a
// stem ("rendam") is shown in its most frequent written form ("terendam").
import type { Mention } from '../core/types.js';
import { foldWord } from './fold.js';
import { isMapStopword, type TextTools } from './text.js';
import { dot, type SparseVector } from './vectors.js';

const MAX_LABEL = 90;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ALNUM = /[^\p{L}\p{N}]+/u;
const NON_ALNUM_ASCII = /[^A-Za-z0-9]+/;

/** A headline without the outlet's suffix, cut at a clause boundary when long. */
export function trimHeadline(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  t = t.replace(/\s+[-|–—]\s+[^-|–—]{2,40}$/u, '').trim();
  if (t.length <= MAX_LABEL) return t;
  const cut = Math.max(t.lastIndexOf(', ', MAX_LABEL), t.lastIndexOf(': ', MAX_LABEL), t.lastIndexOf(' - ', MAX_LABEL));
  if (cut >= 30) return t.slice(0, cut).trim();
  const sp = t.lastIndexOf(' ', MAX_LABEL - 1);
  return `${t.slice(0, sp > 30 ? sp : MAX_LABEL - 1)}…`;
}

function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => (w.length <= 3 && /^(dan|di|ke|dari|yang)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
}

/** Written word → its stem, per set of text tools (pure functions, so memoized; bounded). */
const stemMemo = new WeakMap<TextTools, Map<string, string>>();
const STEM_MEMO = 100_000;

function stemsOf(text: TextTools): Map<string, string> {
  let m = stemMemo.get(text);
  if (!m) stemMemo.set(text, (m = new Map()));
  return m;
}

/**
 * Stem → the form the members write most often, from the words as written (not the normalizer's
 * expansions: "pdam" stays "pdam", never "perusahaan daerah air minum").
 */
function surfaces(split: readonly (readonly string[])[], text: TextTools): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const stemOf = stemsOf(text);
  for (const ws of split) {
    for (const w of ws) {
      if (w.length < 3 || isMapStopword(w)) continue;
      let st = stemOf.get(w);
      if (st === undefined) {
        st = text.stem(text.tokenize(w)[0] ?? w);
        if (stemOf.size >= STEM_MEMO) stemOf.clear();
        stemOf.set(w, st);
      }
      let c = counts.get(st);
      if (!c) counts.set(st, (c = new Map()));
      c.set(w, (c.get(w) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [st, c] of counts) out.set(st, [...c.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0]);
  return out;
}

/** The strongest word and word-pair features of a centroid, as written; pairs hide their own words. */
export function keyTermsOf(centroid: SparseVector, members: readonly Mention[], text: TextTools, n = 8): string[] {
  // Each member's title and lead folded once, for both the written forms and the written pairs.
  // Split once at every run of non-letters: the words for the written forms, and joined by single
  // spaces the text with each run replaced by one (what f.replace(/[^\p{L}\p{N}]+/gu, ' ') gives).
  const split = members.map((m) => {
    const f = foldWord(`${m.title ?? ''} ${(m.text ?? '').slice(0, 700)}`);
    // On ASCII text the Unicode classes are these letters and digits (as in foldName).
    return f.split(NON_ASCII.test(f) ? NON_ALNUM : NON_ALNUM_ASCII);
  });
  const surf = surfaces(split, text);
  const written = split.map((ws) => ws.join(' ')).join(' | ');
  const feats = [...centroid.entries()]
    .filter(([k]) => k.startsWith('t:') || k.startsWith('b:') || k.startsWith('s:'))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [];
  for (const [k] of feats) {
    const body = k.slice(2);
    // A pair shown only as written ("pekerjaan umum" is the normalizer's reading of "PUPR").
    const term = k[0] === 't' ? surf.get(body) : k[0] === 'b' && !written.includes(body) ? undefined : body;
    // A stem nobody wrote (an expansion of the normalizer) is not shown.
    if (!term) continue;
    // Digits name no matter ("5jt"), and a brief must not carry a figure that is no count or fact.
    if (/\p{N}/u.test(term)) continue;
    if (out.some((t) => t === term || t.split(' ').includes(term))) continue;
    // A pair replaces the single words it contains.
    if (term.includes(' ')) {
      const parts = term.split(' ');
      // A pair that shares a word with a pair already taken reads across its edge ("putih meninggal"
      // beside "kayu putih", from "… Kayu Putih meninggal"): the same phrase, not a new term.
      if (out.some((t) => t.includes(' ') && t.split(' ').some((w) => parts.includes(w)))) continue;
      for (let i = out.length - 1; i >= 0; i--) if (parts.includes(out[i]!)) out.splice(i, 1);
    }
    out.push(term);
    if (out.length >= n) break;
  }
  return out;
}

export interface LabelChoice {
  label: string;
  /** The mention whose headline it is (absent for a label from key terms). */
  from?: string;
}

export function issueLabel(
  members: readonly Mention[],
  vectors: ReadonlyMap<string, SparseVector>,
  centroid: SparseVector,
  keyTerms: readonly string[],
): LabelChoice {
  let best: Mention | undefined;
  let bestScore = -Infinity;
  for (const m of members) {
    if (m.kind !== 'news' || !m.title?.trim()) continue;
    const v = vectors.get(m.id);
    // Most typical story first; an owned source's own headline only when it is as typical.
    const s = (v ? dot(v, centroid) : 0) - (m.meta?.isOwned ? 0.05 : 0);
    if (s > bestScore) {
      bestScore = s;
      best = m;
    }
  }
  if (best) return { label: trimHeadline(best.title), from: best.id };
  // Posts only: the most typical post's first clause, which reads as people wrote it.
  let post: Mention | undefined;
  let postScore = -Infinity;
  for (const m of members) {
    const v = vectors.get(m.id);
    const s = v ? dot(v, centroid) : 0;
    if (s > postScore) {
      postScore = s;
      post = m;
    }
  }
  const line = firstClause(post?.text || post?.title || '');
  if (line) return { label: line, from: post!.id };
  return { label: keyTerms.length ? titleCase(keyTerms.slice(0, 3).join(' ')) : '—' };
}

/** Abbreviations a dot ends without ending the sentence ("Jl. DI Panjaitan", "Kel. Sempaja", "H. Juanda"). */
const ABBREVIATION = /(?:^|[\s(])(?:jl|jln|gg|kel|kec|kab|kp|prov|no|dr|drs|ir|hj|st|tgl|pkl|sdn|smpn|[a-z])$/i;

/** Where the first sentence of `t` ends (the index of its stop), or -1. */
function sentenceEnd(t: string): number {
  for (const m of t.matchAll(/[.!?](?=\s|$)/g)) if (m[0] !== '.' || !ABBREVIATION.test(t.slice(0, m.index))) return m.index;
  return -1;
}

/** "lampu jalan di jalan kol abunjani mati semua dari minggu lalu, gelap…" → up to 70 characters, capitalized. */
export function firstClause(text: string): string {
  let t = text.replace(/https?:\/\/\S+/g, '').replace(/[@#]\S+/g, '').replace(/[^\p{L}\p{N}\s.,:;!?'"()%/-]/gu, '').replace(/\s+/g, ' ').trim();
  const end = sentenceEnd(t);
  if (end > 15) t = t.slice(0, end);
  if (t.length > 70) {
    const comma = t.lastIndexOf(',', 70);
    const sp = t.lastIndexOf(' ', 69);
    t = comma > 25 ? t.slice(0, comma) : `${t.slice(0, sp > 25 ? sp : 69)}…`;
  }
  return t ? t[0]!.toUpperCase() + t.slice(1) : '';
}
