// Keyword-rule topic matcher. Keywords and text go through the same normalize → stem pipeline, and
// multiword keywords match as contiguous stem sequences, found through a first-stem lookup so a text
// costs one pass over its tokens whatever the taxonomy size.
import { stem, stemmerFor, tokenizeShared } from '../normalize/index.js';
import type { Taxonomy } from './taxonomy.js';

/** The subject of an article is set in its first few paragraphs; the rest costs time, not accuracy. */
const MAX_CHARS = 5_000;

interface Rule {
  topic: number;
  stems: string[];
  weight: number;
  /** Keyword id, so a keyword repeated in a text counts once. */
  key: number;
}

export interface TopicHit {
  id: string;
  score: number;
  /** Keywords that matched (their stemmed form). */
  matched: string[];
}

export function stemTokens(text: string): string[] {
  // tokenize(text) is normalizeText(text).split(' ') without the join and split; the sentiment
  // analyzer has usually tokenized the same title and text already (tokenizeShared).
  return tokenizeShared(text).map((t) => stem(t));
}

export class TopicRules {
  private readonly byFirst = new Map<string, Rule[]>();
  private readonly ids: string[];
  private readonly minScore: number;
  private readonly maxTopics: number;
  private readonly keyText: string[] = [];
  /** stem() for text tokens, skipping the stemmer for words whose stem is no keyword's (stemmerFor). */
  private readonly textStem: (word: string) => string;

  constructor(taxonomy: Taxonomy) {
    this.ids = taxonomy.topics.map((t) => t.id);
    this.minScore = taxonomy.minScore ?? 2;
    this.maxTopics = taxonomy.maxTopics ?? 3;
    taxonomy.topics.forEach((t, topic) => {
      const add = (kw: string, weight: number) => {
        const stems = stemTokens(kw);
        if (stems.length === 0) return;
        const rule: Rule = { topic, stems, weight, key: this.keyText.length };
        this.keyText.push(stems.join(' '));
        const list = this.byFirst.get(stems[0]) ?? [];
        list.push(rule);
        this.byFirst.set(stems[0], list);
      };
      for (const kw of t.strong) add(kw, 2);
      for (const kw of t.weak) add(kw, 1);
    });
    // Longest phrase first, so "banjir rob" is credited before "banjir" at the same position.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    const keywordStems = new Set<string>();
    for (const list of this.byFirst.values()) for (const r of list) for (const s of r.stems) keywordStems.add(s);
    this.textStem = stemmerFor(keywordStems);
  }

  /** stemTokens(text) as far as the rules can tell: a stem that is no keyword's may be NO_STEM. */
  private textStems(text: string): string[] {
    return tokenizeShared(text).map(this.textStem);
  }

  /** Scores every topic; hits in the title count double. Returns topics above minScore, best first. */
  score(text: string, title?: string): TopicHit[] {
    const scores = new Map<number, number>();
    const matched = new Map<number, Set<number>>();
    const scan = (tokens: string[], factor: number) => {
      const seen = new Set<number>();
      for (let i = 0; i < tokens.length; i++) {
        const rules = this.byFirst.get(tokens[i]);
        if (!rules) continue;
        for (const r of rules) {
          if (seen.has(r.key)) continue;
          let ok = true;
          for (let j = 1; j < r.stems.length; j++) {
            if (tokens[i + j] !== r.stems[j]) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
          seen.add(r.key);
          scores.set(r.topic, (scores.get(r.topic) ?? 0) + r.weight * factor);
          let m = matched.get(r.topic);
          if (!m) matched.set(r.topic, (m = new Set()));
          m.add(r.key);
        }
      }
    };
    if (title) scan(this.textStems(title), 2);
    scan(this.textStems(text.slice(0, MAX_CHARS)), 1);
    // A side topic must carry at least a third of the main topic's weight: long articles brush
    // against many issues with one or two generic words each.
    let best = 0;
    for (const v of scores.values()) best = Math.max(best, v);
    const floor = Math.max(this.minScore, best / 3);
    const out: TopicHit[] = [];
    for (const [topic, score] of scores) {
      if (score < floor) continue;
      out.push({ id: this.ids[topic], score, matched: [...(matched.get(topic) ?? [])].map((k) => this.keyText[k]) });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, this.maxTopics);
  }
}
