// Debunk matching sweeps: TurnBackHoax 2024 claims before September (Tempo: before 2026) tune the index
// options; late=1 reports the later, untouched part. Measure only: the fact-check data is never shipped.
import { evaluateDebunks } from '../analyzers/debunk/index.js';
import { feedNews, tempoPairs, truthArticles, turnbackhoaxPairs } from '../analyzers/debunk/eval-data.js';
// Usage: node dist/scripts/train-hoax-debunk-sweep.js [shared=../shared] [late=1] [grid='[{"charWeight":0.45}]']
const S = `${(Object.fromEntries(process.argv.slice(2).map((a) => a.split('='))).shared as string | undefined) ?? '../shared'}/`;
const tbh = turnbackhoaxPairs(`${S}data/factcheck/turnbackhoax-2024`);
const tempo = tempoPairs(`${S}data/factcheck/tempo-cekfakta/tempo_cekfakta_items.derived.json`);
const news = [...feedNews(`${S}fixtures/web/feeds/id`), ...truthArticles(`${S}fixtures/web/truth/anpandu/indonesian-news-scraper.derived.json`)];
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const late = !!args.late;
const inPart = (d?: string, cut = '2024-09-01') => (late ? (d ?? '') >= cut : (d ?? '') < cut);
const debunks = [...tbh.debunks, ...tempo.debunks];
const claimsT = tbh.claims.filter((c) => inPart(c.date));
const claimsP = tempo.claims.filter((c) => inPart(c.date, '2026-01-01'));
const grid = JSON.parse(args.grid ?? '[{}]') as Record<string, number>[];
for (const g of grid) {
  const r1 = evaluateDebunks({ debunks, claims: claimsT, negatives: news, index: g, sweep: [0.3, 0.34, 0.38, 0.42, 0.46] });
  const r2 = evaluateDebunks({ debunks, claims: claimsP, negatives: news, index: g, sweep: [0.3, 0.34, 0.38, 0.42, 0.46] });
  console.log(JSON.stringify(g), `TBH n${r1.claims} top1 ${r1.top1.toFixed(3)} rec ${r1.recallAtThreshold.toFixed(3)} news ${(100 * r1.negativeAttachRate).toFixed(1)}% | Tempo n${r2.claims} top1 ${r2.top1.toFixed(3)} rec ${r2.recallAtThreshold.toFixed(3)} | sweep ${r1.sweep.map((s) => `${s.threshold}:${s.recall.toFixed(3)}/${(100 * s.negativeAttachRate).toFixed(1)}`).join(' ')}`);
}
