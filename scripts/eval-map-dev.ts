// Dev harness: fixture days through the analyzers and the story clusterer (no store), grouped per
// day with look-back, B-cubed per day against the `label` field. node dist/scripts/eval-map-dev.js DAYFILE…
import { readFileSync } from 'node:fs';
import { createDefaultAnalyzers } from '../analyzers/index.js';
import { StoryClusterer } from '../analyzers/cluster/index.js';
import { loadGazetteer } from '../analyzers/regions/index.js';
import { stem, tokenize } from '../analyzers/normalize/index.js';
import { mentionId } from '../src/core/ids.js';
import type { Mention } from '../src/core/types.js';
import { bcubed } from '../src/maps/bcubed.js';
import { groupMentions, type GroupingParams } from '../src/maps/group.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const params: Partial<GroupingParams> = JSON.parse(process.env.PARAMS ?? '{}');
const verbose = process.argv.includes('--verbose');
const lookback = Number(process.env.LOOKBACK ?? 0);
const rows = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>));
const analyzers = createDefaultAnalyzers({ homeRegion: '15.71' });
const clusterer = new StoryClusterer();
const gold = new Map<string, string>();
const mentions: Mention[] = rows.map((r) => {
  const id = mentionId(r.url);
  gold.set(id, r.label);
  return { id, sourceId: r.source, kind: r.kind, url: r.url, canonicalUrl: r.url, title: r.title ?? r.text.split('\n')[0].slice(0, 200), text: r.text, publishedAt: r.publishedAt, fetchedAt: r.publishedAt, meta: { ...(r.author ? { authorHandle: r.author } : {}) } };
});
mentions.sort((a, b) => Date.parse(a.publishedAt!) - Date.parse(b.publishedAt!));
const analyses = analyzers.analyzeMany(mentions.map((m) => ({ id: m.id, title: m.title, text: m.text, publishedAt: m.publishedAt, kind: m.kind })));
mentions.forEach((m, i) => {
  m.analysis = analyses[i];
  m.meta = { ...m.meta, clusterId: clusterer.assign(m.id, m.text, m.title) };
});
const dayOf = (m: Mention) => new Date(Date.parse(m.publishedAt!) + 7 * 3600e3).toISOString().slice(0, 10);
const days = [...new Set(mentions.map(dayOf))].sort();
const text = { tokenize, stem };
const gaz = loadGazetteer();
const directory = { entries: [...gaz.byCode.values()].filter((p) => p.code === '15.71' || p.code.startsWith('15.71.')).map((p) => ({ code: p.code, name: p.name, level: p.level as any })) };
let sum = 0;
// Days kept untouched until the end: never scored while tuning (pass --final to score them).
const UNTOUCHED = ['2026-12-04', '2026-12-05'];
const only = process.env.DAYS?.split(',');
const shown = (only ? days.filter((d) => only.includes(d)) : days).filter((d) => process.argv.includes('--final') || !UNTOUCHED.includes(d));
for (const d of shown) {
  const lo = Date.parse(d) - lookback * 86400e3;
  const window = mentions.filter((m) => dayOf(m) <= d && Date.parse(dayOf(m)) >= lo);
  const g = groupMentions(window, { homeRegion: '15.71', text, homeWords: new Set(['jambi']), directory }, params);
  const pred = new Map<string, string>();
  g.groups.forEach((gr, i) => gr.members.forEach((id) => pred.set(id, `g${i}`)));
  for (const id of g.outside) pred.set(id, 'outside');
  const today = new Map([...gold].filter(([id]) => window.some((m) => m.id === id && dayOf(m) === d)));
  const predToday = new Map([...pred].filter(([id]) => today.has(id)));
  const b = bcubed(predToday, today);
  sum += b.f1;
  console.log(`${d}: B3 P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)} (${b.items} mentions)`);
  if (verbose) {
    const byPred = new Map<string, string[]>();
    for (const [id, p] of predToday) (byPred.get(p) ?? byPred.set(p, []).get(p)!).push(id);
    for (const [p, ids] of byPred) {
      const labels = ids.map((id) => today.get(id));
      const cnt = new Map<string, number>();
      for (const l of labels) cnt.set(l!, (cnt.get(l!) ?? 0) + 1);
      const mixed = cnt.size > 1;
      console.log(`  ${mixed ? '!!' : '  '} ${p} [${ids.length}] ${[...cnt].map(([l, c]) => `${l}:${c}`).join(' ')}`);
      if (mixed || process.argv.includes('--all')) for (const id of ids) { const m = mentions.find((x) => x.id === id)!; console.log(`        ${today.get(id)} | ${m.title.slice(0, 80)} | places ${g.features.get(id)!.places} rel ${g.relevance.get(id)}`); }
    }
    // label split across predictions
    const byGold = new Map<string, Set<string>>();
    for (const [id, l] of today) (byGold.get(l) ?? byGold.set(l, new Set()).get(l)!).add(predToday.get(id)!);
    for (const [l, ps] of byGold) if (ps.size > 1) console.log(`  split ${l}: ${[...ps].join(', ')}`);
  }
}
console.log(`mean F1 ${(sum / shown.length).toFixed(3)}`);
