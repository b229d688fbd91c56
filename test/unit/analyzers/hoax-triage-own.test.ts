// Pantau's own ordinary text for the triage model (triage-data.ts ownOrdinaryTexts): read from the
// repository's fixtures, never the hoax items, never the Samarinda check set, the same rows every time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headlineTweet, ownOrdinaryTexts, TRIAGE_OWN_WEIGHTS } from '../../../analyzers/hoax/triage-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('own ordinary text for the triage model', () => {
  const rows = ownOrdinaryTexts(ROOT);

  it('reads every source, all ordinary, with the relative weights', () => {
    const sets = new Set(rows.map((r) => r.set));
    for (const s of ['own-days', 'own-days-shared', 'own-sentiment', 'own-news', 'own-posts', 'own-extract-pages']) expect(sets.has(s), s).toBe(true);
    expect(rows.every((r) => r.label === 0 && r.text.length > 0)).toBe(true);
    expect(rows.filter((r) => r.title).every((r) => r.weight === TRIAGE_OWN_WEIGHTS.news)).toBe(true);
    expect(rows.filter((r) => r.kind === 'social').every((r) => r.weight === TRIAGE_OWN_WEIGHTS.post)).toBe(true);
    expect(ownOrdinaryTexts(ROOT)).toEqual(rows);
  });

  it('leaves out the items labelled as hoaxes and the Samarinda check days', () => {
    const texts = new Set(rows.map((r) => r.text));
    const day = (p: string) => readFileSync(`${ROOT}test/fixtures/${p}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; label?: string });
    const jambi = day('maps/day-2026-12-01.jsonl');
    const hoaxes = jambi.filter((r) => r.label?.startsWith('hoaks-'));
    expect(hoaxes.length).toBeGreaterThan(0);
    for (const r of hoaxes) expect(texts.has(r.text)).toBe(false);
    expect(texts.has(jambi.find((r) => !r.label?.startsWith('hoaks-'))!.text)).toBe(true);
    for (const r of day('maps-check3/day-2026-12-14.jsonl')) expect(texts.has(r.text)).toBe(false);
  });

  it('shares a headline as a post with a short link, the same way every time', () => {
    const t = headlineTweet('Timnas Indonesia Tahan Imbang Vietnam 1-1');
    expect(t).toMatch(/^Timnas Indonesia Tahan Imbang Vietnam 1-1 .*http:\/\/bit\.ly\/[0-9a-z]+/);
    expect(headlineTweet('Timnas Indonesia Tahan Imbang Vietnam 1-1')).toBe(t);
  });
});
