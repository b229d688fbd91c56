// Watch-list matching: the people and organisations the office follows, by name and aliases.
// Acronym-like aliases ("BPBD", "Dinas PUPR", "Wako Jambi") and multi-word aliases match
// case-insensitively (social posts write "dinas pupr"); a single mixed-case word such as a person's
// name ("Maulana") must be capitalized, so the common word "maulana" in other senses is not taken.
// Whole words only: matching runs on tokens, never on substrings.
import type { EToken } from './tokenize.js';
import { etokenize } from './tokenize.js';

export interface WatchEntry {
  name: string;
  type: 'person' | 'organization';
  aliases: string[];
  role?: string;
}

interface Pattern {
  words: string[]; // lower-case
  caseSensitive: boolean;
  surface: string[]; // original case
  entry: WatchEntry;
}

export interface WatchHit {
  start: number;
  end: number;
  entry: WatchEntry;
}

export class WatchList {
  private readonly byFirst = new Map<string, Pattern[]>();

  constructor(entries: WatchEntry[]) {
    for (const entry of entries) {
      const names = new Set([entry.name, ...entry.aliases].map((s) => s.trim()).filter(Boolean));
      for (const n of names) {
        const toks = etokenize(n).filter((t) => t.word);
        if (!toks.length) continue;
        const single = toks.length === 1;
        const acronym = single && toks[0]!.text === toks[0]!.text.toUpperCase() && /\p{L}/u.test(toks[0]!.text);
        const p: Pattern = {
          words: toks.map((t) => t.lower),
          surface: toks.map((t) => t.text),
          caseSensitive: single && !acronym,
          entry,
        };
        const list = this.byFirst.get(p.words[0]!) ?? [];
        list.push(p);
        // Longest patterns first so "Dinas PUPR Kota Jambi" wins over "Dinas PUPR".
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(p.words[0]!, list);
      }
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  find(tokens: EToken[]): WatchHit[] {
    const out: WatchHit[] = [];
    if (this.byFirst.size === 0) return out;
    const words = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.word);
    for (let k = 0; k < words.length; k++) {
      const cands = this.byFirst.get(words[k]!.t.lower);
      if (!cands) continue;
      for (const p of cands) {
        if (k + p.words.length > words.length) continue;
        let ok = true;
        for (let j = 0; j < p.words.length && ok; j++) {
          const t = words[k + j]!.t;
          ok = t.lower === p.words[j] && (!p.caseSensitive || t.text[0] === p.surface[j]![0]);
          // Words of one name must be adjacent tokens (no punctuation between them).
          if (ok && j > 0) ok = words[k + j]!.i === words[k + j - 1]!.i + 1;
        }
        if (ok) {
          out.push({ start: words[k]!.i, end: words[k + p.words.length - 1]!.i + 1, entry: p.entry });
          k += p.words.length - 1;
          break;
        }
      }
    }
    return out;
  }
}
