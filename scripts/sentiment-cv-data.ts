// The data layout behind scripts/train-sentiment.ts and scripts/train-sentiment-cv.ts: which rows
// are trained on, which are cross-validated, and which stay untouched until the final report.
//
// - NusaX pool = NusaX train + the tune half of NusaX valid (560 rows): cross-validated (repeated,
//   stratified 5-fold). Each fold trains on SmSA train + the rest of the pool, minus every row that
//   nearly duplicates a row of the fold (NusaX was sampled from SmSA: without this the figure would
//   measure memorisation of the fold's SmSA twins).
// - SmSA valid tune half: scored by the model trained on SmSA train + the whole pool.
// - Untouched (never trained on, never looked at while choosing): NusaX valid untouched half, SmSA
//   valid untouched half, the untouched halves of IndoLEM tweets and of our own sets. Training rows
//   nearly duplicating any SmSA valid or NusaX valid row are always removed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLabelledFile, type LabelledText } from '../analyzers/sentiment/dataset.js';
import { splitHalves } from '../analyzers/sentiment/splits.js';

// IndoLEM mixes tweets and hotel reviews without saying which is which; a row with a mention,
// hashtag or link, or without hotel words, is counted as a tweet.
const HOTEL =
  /\b(?:kamar|hotel|kasur|resepsionis|handuk|wastafel|sarapan|airy|menginap|inap|check ?(?:in|out)|cek ?(?:in|out)|ac|wifi|toilet|shower|selimut|sprei|bantal|lokasi|staff?|karyawan|pelayanan|kebersihan|bersih|air panas|kamar mandi)\b/i;
export const isTweet = (t: string): boolean => /@\w|#\w|https?:|\bRT\b/.test(t) || !HOTEL.test(t);

export interface SentimentData {
  smsaTrain: LabelledText[];
  smsaValid: LabelledText[];
  nusaxTrain: LabelledText[];
  nusaxValid: LabelledText[];
  indolem: LabelledText[];
  social: LabelledText[];
  news: LabelledText[];
}

/** IndoLEM's dev files: upstream dev1…dev4 are byte-identical, so every distinct row of dev0…dev4 once. */
export function readIndolemDev(dataDir: string): LabelledText[] {
  const seenRows = new Set<string>();
  const seenFiles = new Set<string>();
  const indolem: LabelledText[] = [];
  for (const i of [0, 1, 2, 3, 4]) {
    const f = join(dataDir, 'indolem-sentiment', `dev${i}.csv`);
    if (!existsSync(f)) continue;
    const h = createHash('sha256').update(readFileSync(f)).digest('hex');
    if (seenFiles.has(h)) continue;
    seenFiles.add(h);
    for (const r of readLabelledFile(f)) if (!seenRows.has(r.text) && seenRows.add(r.text)) indolem.push(r);
  }
  return indolem;
}

export function readSentimentData(dataDir: string, fixturesDir: string): SentimentData {
  const p = (...xs: string[]) => join(dataDir, ...xs);
  const indolem = readIndolemDev(dataDir);
  return {
    smsaTrain: readLabelledFile(p('smsa', 'train_preprocess.tsv')),
    smsaValid: readLabelledFile(p('smsa', 'valid_preprocess.tsv')),
    nusaxTrain: readLabelledFile(p('nusax-senti-id', 'train.csv')),
    nusaxValid: readLabelledFile(p('nusax-senti-id', 'valid.csv')),
    indolem,
    social: readLabelledFile(join(fixturesDir, 'local-gov-social.tsv')),
    news: readLabelledFile(join(fixturesDir, 'local-gov-news.tsv')),
  };
}

/** The dev sets scored by the shipped-like model, by half. */
export function devSets(d: SentimentData): [string, LabelledText[]][] {
  return [
    ['NusaX valid', d.nusaxValid],
    ['SmSA valid', d.smsaValid],
    ['IndoLEM dev, all (binary)', d.indolem],
    ['IndoLEM dev, tweets (binary)', d.indolem.filter((r) => isTweet(r.text))],
    ['own social posts (3 classes)', d.social],
    ['own news sentences (3 classes)', d.news],
  ];
}

/** NusaX train + the tune half of NusaX valid: the rows cross-validated and, at the end, trained on. */
export function nusaxPool(d: SentimentData): LabelledText[] {
  return [...d.nusaxTrain, ...splitHalves(d.nusaxValid).tune];
}
