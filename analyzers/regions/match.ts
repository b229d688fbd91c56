// Finding candidate place mentions: spans of 1–6 capitalized tokens whose lower-case key is in the
// gazetteer, plus the cue words around each span. One hash lookup per token and span length instead
// of tens of thousands of regular expressions, so the analyzer stays well under a millisecond per doc.
import { ABBREVIATED, BLOCKERS, LIST_JOINERS, LOCATIVE, STRONG_CUES, TRANSPARENT, WEAK_CUES, twoWordCue, type StrongCue } from './cues.js';
import type { Gazetteer, KeyEntry } from './gazetteer.js';
import type { TrieNode } from './trie.js';
import type { Token } from './tokenize.js';

export interface Mention {
  /** First and last token of the name (inclusive). */
  first: number;
  last: number;
  /** First token of the cue + name, for the reported match text. */
  matchFirst: number;
  key: string;
  entry: KeyEntry;
  strong?: StrongCue;
  /** The cue word itself, lower-case ("kecamatan", "kampung"). */
  cueWord?: string;
  /** The strong cue came from an earlier name in the same list ("Kelurahan A dan B"). */
  inherited: boolean;
  weak: boolean;
  locative: boolean;
  /** The sentence is Title Case or ALL CAPS, so a capital letter says nothing. */
  caseBlind: boolean;
  /** A capitalized word follows that is not part of the name: "Budiman Sudjatmiko", "Jelutung FC". */
  followedByName: boolean;
  /** A capitalized word precedes mid-sentence: "Bank Sampah Mayang Mangurai", "Rajawali Citra". */
  precededByName: boolean;
  /** The name opens its sentence, so its capital letter says nothing. */
  sentStart: boolean;
  /** The next/previous mention, when only a comma separates them ("Sekernan, Muaro Jambi"). */
  next?: Mention;
  prev?: Mention;
}

/** Connectors that may sit lower-case inside an official name ("Pangkajene dan Kepulauan"). */
const INNER_LOWER = new Set(['dan', 'di', 'ke']);
const FUNCTION_WORDS = new Set(['di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'ini', 'itu', 'akan', 'oleh', 'atau', 'juga', 'sudah', 'telah', 'karena', 'saat', 'tak', 'tidak', 'jadi', 'bagi']);

/** Per sentence: true when capitalization carries no information (headline Title Case, ALL CAPS). */
export function caseBlindSentences(tokens: Token[]): boolean[] {
  const stats: { letters: number; lower: number; upper: number; fnCap: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = (stats[t.sent] ??= { letters: 0, lower: 0, upper: 0, fnCap: 0 });
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) continue; // numbers say nothing about case
    const initial = i === 0 || tokens[i - 1]!.sent !== t.sent;
    s.letters++;
    if (!t.cap) s.lower++;
    else if (t.text.length >= 3 && t.text === t.text.toUpperCase()) s.upper++;
    if (!initial && t.cap && FUNCTION_WORDS.has(t.lower)) s.fnCap++;
  }
  return stats.map((s) => !!s && (s.upper >= 0.7 * s.letters || s.fnCap > 0 || (s.letters >= 4 && s.lower === 0)));
}

function sameSentenceAdjacent(tokens: Token[], i: number): boolean {
  // Token i follows token i-1 within a sentence, separated by spaces (or "Kec." style abbreviation).
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (!p || p.sent !== t.sent) return false;
  return t.gap === 'space' || (t.gap === 'period' && ABBREVIATED.has(p.lower));
}

/** Longest gazetteer key starting at token i, or undefined. Walks the token trie (see trie.ts). */
function longest(tokens: Token[], i: number, gaz: Gazetteer): { last: number; key: string; entry: KeyEntry } | undefined {
  let bestLast = -1;
  let bestEntry: KeyEntry | undefined;
  const end = Math.min(tokens.length, i + gaz.maxTokens);
  let level: Map<string, TrieNode> | undefined = gaz.trie;
  for (let j = i; j < end && level; j++) {
    const t = tokens[j]!;
    if (j > i) {
      if (t.sent !== tokens[i]!.sent || (t.gap !== 'space' && t.gap !== 'hyphen')) break;
      if (!t.cap && !INNER_LOWER.has(t.lower)) break;
    }
    // No node: the words so far are neither a key nor the start of one.
    const node: TrieNode | undefined = level.get(t.lower);
    if (!node) break;
    if (t.cap && node.entry) {
      bestLast = j;
      bestEntry = node.entry;
    }
    level = node.next;
  }
  if (!bestEntry) return undefined;
  let key = tokens[i]!.lower;
  for (let j = i + 1; j <= bestLast; j++) key += ' ' + tokens[j]!.lower;
  return { last: bestLast, key, entry: bestEntry };
}

function cueBefore(tokens: Token[], i: number): { strong?: StrongCue; cueWord?: string; weak: boolean; locative: boolean; blocked: boolean; cueAt: number } {
  const res = { strong: undefined as StrongCue | undefined, cueWord: undefined as string | undefined, weak: false, locative: false, blocked: false, cueAt: i };
  if (!sameSentenceAdjacent(tokens, i)) return res;
  const p1 = tokens[i - 1]!;
  const p2 = i >= 2 && sameSentenceAdjacent(tokens, i - 1) ? tokens[i - 2] : undefined;
  const two = p2 ? twoWordCue(p2.lower, p1.lower) : undefined;
  const strong = two ?? STRONG_CUES.get(p1.lower);
  if (strong) {
    res.strong = strong;
    res.cueWord = p1.lower;
    res.cueAt = two ? i - 2 : i - 1;
    // "di Kecamatan X", "warga Desa X": the weak cue before the strong one counts too.
    if (p2 && WEAK_CUES.has(p2.lower)) res.weak = true;
    return res;
  }
  if (BLOCKERS.has(p1.lower)) res.blocked = true;
  else if (WEAK_CUES.has(p1.lower)) {
    res.weak = true;
    res.locative = LOCATIVE.has(p1.lower);
  }
  return res;
}

/** Does a regency- or province-level cue word at token i introduce a place of that level at i+1? */
function cueReading(tokens: Token[], i: number, gaz: Gazetteer): boolean {
  const cue = STRONG_CUES.get(tokens[i]!.lower);
  if (!cue || (cue.level !== 'regency' && cue.level !== 'province')) return false;
  if (i + 1 >= tokens.length || !sameSentenceAdjacent(tokens, i + 1) || !tokens[i + 1]!.cap) return false;
  const m = longest(tokens, i + 1, gaz);
  return !!m && m.entry.places.some((p) => p.level === cue.level && (!cue.regencyType || p.regencyType === cue.regencyType));
}

export function findMentions(tokens: Token[], gaz: Gazetteer): Mention[] {
  const blind = caseBlindSentences(tokens);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || cueReading(tokens, i, gaz)) {
      i++;
      continue;
    }
    const m = longest(tokens, i, gaz);
    if (!m) {
      i++;
      continue;
    }
    // "Sungai Batang Merangin": "Sungai Batang" is a village name, but the river "Batang Merangin" is
    // the longer reading; moving on lets the blocker word "Sungai" apply to it.
    if (BLOCKERS.has(t.lower) && i + 1 < tokens.length && tokens[i + 1]!.cap) {
      const inner = longest(tokens, i + 1, gaz);
      if (inner && inner.last > m.last) {
        i++;
        continue;
      }
    }
    const cue = cueBefore(tokens, i);
    const after = tokens[m.last + 1];
    const followedByName =
      !!after && after.sent === t.sent && after.gap === 'space' && after.cap && !STRONG_CUES.has(after.lower) &&
      !gaz.byKey.has(after.lower) && !gaz.prefixes.has(after.lower);
    const p1 = tokens[i - 1];
    const precededByName =
      !!p1 && !cue.strong && !cue.weak && p1.cap && p1.sent === t.sent && t.gap === 'space' && i - 1 > 0 &&
      tokens[i - 2]!.sent === t.sent && !TRANSPARENT.has(p1.lower);
    const mention: Mention = {
      first: i,
      last: m.last,
      matchFirst: cue.strong ? cue.cueAt : i,
      key: m.key,
      entry: m.entry,
      strong: cue.strong,
      cueWord: cue.cueWord,
      inherited: false,
      weak: cue.weak,
      locative: cue.locative,
      caseBlind: blind[t.sent] ?? false,
      followedByName,
      precededByName,
      sentStart: i === 0 || tokens[i - 1]!.sent !== t.sent,
    };
    const prev = out[out.length - 1];
    if (prev && !cue.strong && !cue.blocked) inheritFromList(tokens, prev, mention);
    if (prev && prev.last + 1 === i && t.gap === 'comma') {
      prev.next = mention;
      mention.prev = prev;
    }
    if (!cue.blocked) out.push(mention);
    i = m.last + 1;
  }
  return out;
}

/** From token j on, names separated by commas and then "dan"/"serta" + a name: "…, B, dan C". */
function listEndsWithJoiner(tokens: Token[], j: number): boolean {
  const sent = tokens[j - 1]?.sent;
  for (let k = j; k < tokens.length && k < j + 16; k++) {
    const t = tokens[k]!;
    if (t.sent !== sent) return false;
    if (LIST_JOINERS.has(t.lower)) return !!tokens[k + 1]?.cap && tokens[k + 1]!.sent === sent;
    if (!t.cap) return false;
  }
  return false;
}

/**
 * "Kelurahan Sungai Putri dan Solok Sipin", "Kecamatan A, B, dan C": a name listed right after a
 * cued name gets the same cue. After a bare comma only when the list goes on, so "Desa Sukamaju,
 * Cibadak, Sukabumi" does not make Cibadak a village.
 */
function inheritFromList(tokens: Token[], prev: Mention, m: Mention): void {
  if (!prev.strong || (prev.strong.level !== 'district' && prev.strong.level !== 'village')) return;
  const i = m.first;
  const t = tokens[i]!;
  const p1 = tokens[i - 1];
  let ok = false;
  if (p1 && LIST_JOINERS.has(p1.lower) && t.gap === 'space' && prev.last === i - 2) ok = true;
  if (t.gap === 'comma' && prev.last === i - 1) ok = listEndsWithJoiner(tokens, m.last + 1);
  if (ok) {
    m.strong = prev.strong;
    m.cueWord = prev.cueWord;
    m.inherited = true;
  }
}
