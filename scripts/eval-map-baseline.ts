// Dev only: the TF-IDF + average-linkage baseline (plain words, no stemming, no must-links, no
// places, no relevance filter) on the labelled fixture days, best threshold. Calibrates how hard a
// set of days is: the issue says such a baseline reaches 0.65 on the held-out days.
import { readFileSync } from 'node:fs';
import { bcubed } from '../src/maps/bcubed.js';
import { averageLinkage, type Edge } from '../src/maps/linkage.js';
import { basicTextTools, isMapStopword } from '../src/maps/text.js';
import { dot, Idf, tfidf } from '../src/maps/vectors.js';

const files = process.argv.slice(2);
for (const f of files) {
  const rows = readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
  const tfs = rows.map((r) => {
    const tf = new Map<string, number>();
    for (const w of basicTextTools.tokenize(`${r.title ?? ''} ${r.text.slice(0, 700)}`)) if (w.length > 2 && !isMapStopword(w)) tf.set(`t:${w}`, (tf.get(`t:${w}`) ?? 0) + 1);
    return tf;
  });
  const idf = new Idf();
  tfs.forEach((t) => idf.add(t));
  const vs = tfs.map((t) => tfidf(t, idf));
  const edges: Edge[] = [];
  for (let i = 0; i < vs.length; i++) for (let j = i + 1; j < vs.length; j++) edges.push({ a: i, b: j, sim: dot(vs[i]!, vs[j]!) });
  const gold = new Map(rows.map((r, i) => [String(i), r.label!]));
  let best = { t: 0, f1: 0 };
  for (let t = 0.02; t < 0.6; t += 0.02) {
    const lab = averageLinkage(vs.length, edges, t);
    const b = bcubed(new Map(lab.map((c, i) => [String(i), String(c)])), gold);
    if (b.f1 > best.f1) best = { t, f1: b.f1 };
  }
  console.log(`${f}: baseline best F1 ${best.f1.toFixed(3)} at threshold ${best.t.toFixed(2)}`);
}
