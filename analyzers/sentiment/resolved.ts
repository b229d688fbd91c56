// Recovery news: "Listrik Sudah Normal" whose body recounts the outage it ends. The news-event prior
// (model.ts) reads every harm word of the body as harm now, so such stories came out strongly
// negative (issue 18: −0.98). When the opening (the headline, or a sentence's first words) says the
// harm is over — service back, water receded, fire out, patients home — and does not deny it
// ("belum pulih", "belum surut"), the harm the text recounts is the harm that ended: the prior then
// counts it as relief (resolvedScores). The linear model's own weights are untouched.
import type { LexiconScore } from './lexicon-score.js';
import { LEXICON, NEGATORS } from './lexicon.js';

/** Phrases (normalized tokens joined by spaces) that report a harm as over. */
export const RESOLVED_PHRASES: readonly string[] = [
  'sudah normal', 'telah normal', 'kembali normal', 'normal kembali', 'berangsur normal',
  'sudah pulih', 'telah pulih', 'kembali pulih', 'pulih', 'berangsur pulih',
  'kembali mengalir', 'mengalir kembali', 'mengalir lagi', 'sudah mengalir',
  'kembali menyala', 'menyala kembali', 'menyala lagi', 'sudah menyala',
  'kembali dibuka', 'dibuka kembali', 'sudah dibuka', 'kembali dilayani',
  'kembali lancar', 'lancar kembali', 'sudah lancar',
  'kembali beroperasi', 'beroperasi kembali', 'kembali berfungsi', 'berfungsi kembali',
  'berhasil dipadamkan', 'sudah dipadamkan', 'telah dipadamkan',
  'surut', 'sudah surut', 'mulai surut', 'teratasi', 'berhasil diatasi', 'sudah diatasi',
  'selesai diperbaiki', 'sudah diperbaiki', 'telah diperbaiki', 'rampung diperbaiki',
  'diizinkan pulang', 'sudah sembuh', 'dinyatakan sembuh', 'ditemukan selamat',
];

const BY_FIRST = new Map<string, string[][]>();
for (const p of RESOLVED_PHRASES) {
  const w = p.split(' ');
  const l = BY_FIRST.get(w[0]) ?? [];
  l.push(w);
  BY_FIRST.set(w[0], l);
}

/** How many opening tokens are read: a headline, or the first clause of a sentence. */
export const RESOLVED_SPAN = 12;

const harm = (t: string | undefined): boolean => t !== undefined && (LEXICON.get(t) ?? 0) < 0;

/** "kembali rusak", "padam lagi", "kembali terjadi": the opening reports the harm back. */
function renewedHarm(tokens: readonly string[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    if (tokens[i] === 'kembali' && (harm(tokens[i + 1]) || tokens[i + 1] === 'terjadi')) return true;
    if (tokens[i] === 'lagi' && harm(tokens[i - 1])) return true;
  }
  return false;
}

/** True when the first RESOLVED_SPAN tokens report a harm as over, no negator stands just before,
 * and they do not report a harm back. */
export function reportsResolution(tokens: readonly string[]): boolean {
  const n = Math.min(tokens.length, RESOLVED_SPAN);
  if (renewedHarm(tokens, n)) return false;
  for (let i = 0; i < n; i++) {
    const cands = BY_FIRST.get(tokens[i]);
    if (!cands) continue;
    for (const w of cands) {
      let ok = i + w.length <= tokens.length;
      for (let k = 1; ok && k < w.length; k++) ok = tokens[i + k] === w[k];
      if (!ok) continue;
      // "belum pulih", "tidak kunjung surut", "belum juga normal": still harm.
      let negated = false;
      for (let j = Math.max(0, i - 3); j < i; j++) if (NEGATORS.has(tokens[j]) || tokens[j] === 'kunjung') negated = true;
      if (!negated) return true;
    }
  }
  return false;
}

/** Relief the report of a recovery itself carries, on the event scale (lexicon.ts, EVENTS). */
export const RESOLUTION_RELIEF = 2;

/** The lexicon and event scores the prior reads for a text that reports its harm as over: the harm
 * recounted counts as relief, and the recovery itself as RESOLUTION_RELIEF more. */
export function resolvedScores(lexicon: LexiconScore, events: LexiconScore): { lexicon: LexiconScore; events: LexiconScore } {
  return {
    lexicon: { pos: lexicon.pos + lexicon.neg, neg: 0, hits: lexicon.hits },
    events: { pos: events.pos + events.neg + RESOLUTION_RELIEF, neg: 0, hits: events.hits },
  };
}

/** The tokens without the lexicon's harm and complaint words (negative entries, single words). */
export function withoutHarm(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !harm(t));
}
