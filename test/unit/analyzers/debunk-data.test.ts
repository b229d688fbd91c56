// Measures debunk matching on ../shared fact-check data (test use only; never copied); skips when absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateDebunks } from '../../../analyzers/debunk/index.js';
import { feedNews, nergritParagraphs, tempoPairs, truthArticles, turnbackhoaxPairs } from '../../../analyzers/debunk/eval-data.js';

const SHARED = process.env.PANTAU_SHARED ?? fileURLToPath(new URL('../../../../shared/', import.meta.url));
const TBH = `${SHARED}data/factcheck/turnbackhoax-2024`;
const TEMPO = `${SHARED}data/factcheck/tempo-cekfakta/tempo_cekfakta_items.derived.json`;
const present = existsSync(TBH) && existsSync(TEMPO);
if (!present) console.warn(`skipping debunk data tests: ${TBH} not found`);

const fmt = (r: ReturnType<typeof evaluateDebunks>) =>
  `indexed ${r.indexed}, claims ${r.claims}: top1 ${r.top1.toFixed(3)}, top3 ${r.top3.toFixed(3)}, ` +
  `recall@${r.threshold} ${r.recallAtThreshold.toFixed(3)}; negatives ${r.negatives}: attached ${(r.negativeAttachRate * 100).toFixed(1)}%; ` +
  `${Math.round(r.docsPerSec)} docs/s; sweep ${r.sweep.map((s) => `${s.threshold}:${s.recall.toFixed(2)}/${(s.negativeAttachRate * 100).toFixed(1)}%`).join(' ')}`;

describe.skipIf(!present)('debunk matching on TurnBackHoax / Tempo', () => {
  const tbh = present ? turnbackhoaxPairs(TBH) : { debunks: [], claims: [] };
  const negatives = present
    ? [
        ...feedNews(`${SHARED}fixtures/web/feeds/id`),
        ...truthArticles(`${SHARED}fixtures/web/truth/anpandu/indonesian-news-scraper.derived.json`),
        ...nergritParagraphs(`${SHARED}data/nergrit/valid_preprocess.txt`),
      ]
    : [];

  it('puts the right debunk first for circulated claims (~900 indexed) and spares ordinary news', () => {
    // Every 4th TurnBackHoax debunk (≈ 937): title + explanation indexed, the quoted claim is the query.
    const pick = tbh.debunks.filter((_, i) => i % 4 === 0);
    const urls = new Set(pick.map((d) => d.url));
    const r = evaluateDebunks({ debunks: pick, claims: tbh.claims.filter((c) => urls.has(c.expectedUrl)), negatives });
    console.log(`TBH~900: ${fmt(r)}`);
    expect(r.top1).toBeGreaterThanOrEqual(0.7);
    // What `pantau analyze` shows: the right debunk first in hoax.debunks, i.e. above the default threshold.
    expect(r.recallAtThreshold).toBeGreaterThanOrEqual(0.7);
    expect(r.negativeAttachRate).toBeLessThanOrEqual(0.05);
  });

  it('Sep–Dec 2024 claims against all 4,396 debunks (TurnBackHoax 2024 + Tempo 2025–26)', () => {
    // A bigger, mixed index: more near-duplicate debunks compete for each claim.
    const tempo = tempoPairs(TEMPO);
    const claims = tbh.claims.filter((c) => (c.date ?? '') >= '2024-09-01');
    const r = evaluateDebunks({ debunks: [...tbh.debunks, ...tempo.debunks], claims, negatives });
    console.log(`TBH all + Tempo (${r.indexed}), Sep–Dec claims: ${fmt(r)}`);
    expect(r.top1).toBeGreaterThanOrEqual(0.6);
    // The later period, untouched while the index options were tuned on Jan–Aug: measured right first
    // above the threshold 0.805 (0.802 before), fixture news attached 1.9% (4.9% before).
    const news = [...feedNews(`${SHARED}fixtures/web/feeds/id`), ...truthArticles(`${SHARED}fixtures/web/truth/anpandu/indonesian-news-scraper.derived.json`)];
    const rn = evaluateDebunks({ debunks: [...tbh.debunks, ...tempo.debunks], claims, negatives: news });
    expect(rn.recallAtThreshold).toBeGreaterThanOrEqual(0.78);
    expect(rn.negativeAttachRate).toBeLessThanOrEqual(0.03);
  });

  it('Tempo: title-only debunks found from their one-line claim summary', () => {
    const tempo = tempoPairs(TEMPO);
    const r = evaluateDebunks({ debunks: tempo.debunks, claims: tempo.claims, negatives });
    console.log(`Tempo: ${fmt(r)}`);
    expect(r.top1).toBeGreaterThanOrEqual(0.5);
  });
});
