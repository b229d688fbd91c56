// Linking the office's facts to an issue. Each fact gets a score from four parts, each 0–1:
//   text   — cosine of the fact's words (statement and tags, TF-IDF over the fact base) with the
//            issue's centroid words;
//   topic  — the share of the fact's tags that the issue is about (its topics, key words, word pairs);
//   place  — the fact's regions against the issue's places: the same kelurahan 1, its kecamatan 0.8,
//            the whole city 0.3; a fact about another kecamatan counts against (−0.5);
//   entity — the fact's OPD among the issue's organisations or the OPD the issue's topic belongs to.
// score = 0.4·text + 0.25·topic + 0.2·place + 0.15·entity.
//
// Whether a fact *answers* the issue is a separate, stricter question than whether it is related. Topic,
// place and OPD say the fact is from the same field — any road fact shares the topic and the OPD of any
// road complaint, any fact about a kecamatan shares the place of every issue there — but only what the
// fact says can answer what people say: a fact answers an issue when its words meet the issue's
// (text ≥ ANSWER_MIN_TEXT), whatever else it matches. "42 ruas jalan diperbaiki" is related to a
// pothole on another street but says nothing about it; the brief then asks the OPD for data instead of
// citing it. Facts that answer come first, then the merely related ones (each group by score); facts of
// the fact base before items of the office's own channels (owned sources), so those never push the
// fact base's answer down.
import type { Fact } from '../core/types.js';
import { entityKey, streetsOf } from '../maps/features.js';
import { streetsConflict } from '../maps/group.js';
import { foldWord } from '../maps/fold.js';
import { related, within } from '../maps/regions.js';
import { isMapStopword, type TextTools } from '../maps/text.js';
import { dot, Idf, tfidf, type SparseVector } from '../maps/vectors.js';

export const FACT_WEIGHTS = { text: 0.4, topic: 0.25, place: 0.2, entity: 0.15 } as const;
/** Facts scoring below this are not listed. */
export const MIN_FACT_SCORE = 0.15;
export const MAX_FACTS = 5;
/**
 * A fact answers an issue from this text similarity on. Set on the three labelled check sets' tuning
 * days (Jambi, Pekanbaru, Samarinda 12-14): the answering facts' text part was 0.19–0.85, the best
 * fact of an issue labelled with no answer at most 0.13 (a generic or another place's fact sharing
 * only topic, place and OPD); 0.16 sits between.
 */
export const ANSWER_MIN_TEXT = 0.16;

export interface FactCandidate extends Fact {
  owned?: boolean;
}

export interface IssueProfile {
  /** The issue's TF-IDF centroid (features.ts families). */
  centroid: SparseVector;
  topics: readonly string[];
  /** Most specific home places with their mention counts. */
  places: readonly { code: string; count: number }[];
  /** Organisation names of the issue. */
  organizations: readonly string[];
  /** The OPD from the topic table. */
  opd: string;
  /** Street names of the issue. */
  streets?: readonly string[];
}

export interface FactLink {
  fact: FactCandidate;
  score: number;
  parts: { topic: number; place: number; entity: number; text: number };
  /** The tags and places that matched, for the reason line. */
  matched: { tags: string[]; places: string[] };
  /** The fact says something about what the issue's mentions say (text ≥ ANSWER_MIN_TEXT): the brief may cite it. */
  answers: boolean;
}

function factTf(f: Fact, text: TextTools, homeWords?: ReadonlySet<string>): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (s: string, w: number): void => {
    let prev: string | undefined;
    for (const raw of text.tokenize(s)) {
      const t = foldWord(raw);
      if (t.length < 3 || isMapStopword(t) || homeWords?.has(t) || /^\d+$/.test(t)) {
        prev = undefined;
        continue;
      }
      tf.set(`t:${text.stem(t)}`, (tf.get(`t:${text.stem(t)}`) ?? 0) + w);
      if (prev) tf.set(`b:${prev} ${t}`, (tf.get(`b:${prev} ${t}`) ?? 0) + w);
      prev = t;
    }
  };
  add(f.statement, 1);
  for (const tag of f.tags) add(tag, 1.5);
  return tf;
}

export class FactLinker {
  private readonly vectors: SparseVector[];

  constructor(
    private readonly facts: readonly FactCandidate[],
    private readonly text: TextTools,
    private readonly homeWords?: ReadonlySet<string>,
  ) {
    const idf = new Idf();
    const tfs = facts.map((f) => factTf(f, text, homeWords));
    tfs.forEach((t) => idf.add(t));
    this.vectors = tfs.map((t) => tfidf(t, idf));
  }

  link(issue: IssueProfile, asOf?: string): FactLink[] {
    const words: SparseVector = new Map();
    let norm = 0;
    for (const [k, x] of issue.centroid) {
      if (k.startsWith('t:') || k.startsWith('b:')) {
        words.set(k, x);
        norm += x * x;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, x] of words) words.set(k, x / norm);
    const topics = new Set(issue.topics);
    const orgKeys = new Set([...issue.organizations, issue.opd].map((o) => entityKey(o, 'organization', this.homeWords)).filter(Boolean) as string[]);
    const orgWords = new Set([...orgKeys].flatMap((k) => k.slice('organization:'.length).split(' ')).filter((w) => w.length > 3 && w !== 'dinas' && w !== 'badan'));
    const out: FactLink[] = [];
    this.facts.forEach((f, i) => {
      const text = Math.max(0, dot(this.vectors[i]!, words));
      // topic: which tags the issue is about
      const matchedTags = f.tags.filter((tag) => {
        const t = foldWord(tag).trim();
        if (topics.has(t)) return true;
        const ws = t.split(/\s+/).filter((w) => w && !isMapStopword(w));
        if (!ws.length) return false;
        if (ws.length > 1 && (words.get(`b:${ws.join(' ')}`) ?? 0) > 0) return true;
        return ws.every((w) => (words.get(`t:${this.text.stem(w)}`) ?? 0) > 0.05);
      });
      const topic = f.tags.length ? Math.min(1, matchedTags.length / Math.min(2, f.tags.length)) : 0;
      // place
      let place = 0;
      const matchedPlaces: string[] = [];
      if (f.regions.length && issue.places.length) {
        let best = -0.5;
        for (const r of f.regions) {
          for (const p of issue.places) {
            if (!related(r, p.code)) continue;
            const s = r === p.code ? 1 : within(p.code, r) ? (r.split('.').length >= 3 ? 0.8 : 0.3) : 0.6;
            if (s > best) best = s;
            matchedPlaces.push(p.code);
          }
        }
        place = best;
      } else if (f.regions.length && !issue.places.length) place = 0.1;
      // entity: the fact's OPD in the issue
      const opdKey = entityKey(f.opd, 'organization', this.homeWords);
      let entity = 0;
      if (opdKey && orgKeys.has(opdKey)) entity = 1;
      else if (opdKey) {
        const ws = opdKey.slice('organization:'.length).split(' ').filter((w) => w.length > 3 && w !== 'dinas' && w !== 'badan');
        if (ws.some((w) => orgWords.has(w))) entity = 0.6;
      }
      let score = FACT_WEIGHTS.text * text + FACT_WEIGHTS.topic * topic + FACT_WEIGHTS.place * place + FACT_WEIGHTS.entity * entity;
      // A fact dated after the period's end did not exist yet; one over a year old may be stale.
      // A fact about a named street the issue does not name is about another road.
      const factStreets = streetsOf(f.statement, '');
      if (factStreets.length && issue.streets?.length && streetsConflict(factStreets, issue.streets)) score *= 0.6;
      if (asOf && f.date > asOf) score *= 0.5;
      else if (asOf && Date.parse(asOf) - Date.parse(f.date) > 365 * 86_400_000) score *= 0.8;
      // An item of the office's own channels carries its analysis' topics as tags, which match any
      // issue of the topic: it must also say something about this one.
      if (score < MIN_FACT_SCORE || (text < 0.03 && topic === 0) || (f.owned && text < 0.1)) return;
      out.push({
        fact: f,
        score: Math.round(score * 1000) / 1000,
        parts: { topic: round(topic), place: round(place), entity: round(entity), text: round(text) },
        matched: { tags: matchedTags, places: [...new Set(matchedPlaces)] },
        answers: text >= ANSWER_MIN_TEXT,
      });
    });
    out.sort(
      (a, b) =>
        Number(!!a.fact.owned) - Number(!!b.fact.owned) || Number(b.answers) - Number(a.answers) || b.score - a.score || (a.fact.id < b.fact.id ? -1 : 1),
    );
    return out.slice(0, MAX_FACTS);
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
