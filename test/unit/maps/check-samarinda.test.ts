// The third independent check set (test/fixtures/maps-check3: Kota Samarinda, WITA, 128 hand-labelled
// news and posts over three days), on its one tuning day only: 2026-12-15 and 2026-12-16 stay
// untouched and are scored apart (`node dist/scripts/eval-map-cli.js test/fixtures/maps-check3 --final`,
// README). Another city than the fixture days: its places, streets, outlets and time zone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultAnalyzers } from '../../../analyzers/index.js';
import { analyzeDays, readLabelledDay } from '../../helpers/map-days.js';
import { stem, tokenize } from '../../../analyzers/normalize/index.js';
import { loadGazetteer } from '../../../analyzers/regions/index.js';
import { DEFAULT_TAXONOMY } from '../../../analyzers/topics/taxonomy.js';
import { localDay } from '../../../src/core/time.js';
import { parseFactsYaml } from '../../../src/facts/parse.js';
import { bcubed } from '../../../src/maps/bcubed.js';
import { buildIssueMap } from '../../../src/maps/build.js';
import type { IssueMap } from '../../../src/maps/types.js';

const DIR = fileURLToPath(new URL('../../fixtures/maps-check3/', import.meta.url));
const DAY = '2026-12-14';
const ZONE = 'Asia/Makassar';
const HOME = { code: '64.72', name: 'Kota Samarinda' };

let map: IssueMap;
const label = new Map<string, string>();
let answers: Record<string, string | null>;

beforeAll(() => {
  const mentions = analyzeDays(readLabelledDay(`${DIR}day-${DAY}.jsonl`, label), createDefaultAnalyzers({ homeRegion: HOME.code }));
  const gaz = loadGazetteer();
  map = buildIssueMap({
    period: { from: DAY, to: DAY },
    timezone: ZONE,
    mentions: mentions.filter((m) => localDay(Date.parse(m.publishedAt!), ZONE) === DAY),
    facts: parseFactsYaml(readFileSync(`${DIR}facts.yaml`, 'utf8')).facts,
    homeRegion: HOME,
    text: { tokenize, stem },
    directory: { entries: [...gaz.byCode.values()].filter((p) => p.code.startsWith(`${HOME.code}.`)).map((p) => ({ code: p.code, name: p.name, level: p.level as 'district' })) },
    topicLabels: Object.fromEntries(DEFAULT_TAXONOMY.topics.map((t) => [t.id, t.label.id])),
    ownedSources: new Set(['pemkot-samarinda']),
    lang: 'id',
    now: new Date(Date.parse(`${DAY}T23:00:00Z`)),
  });
  answers = JSON.parse(readFileSync(`${DIR}answers.json`, 'utf8')) as Record<string, string | null>;
}, 120_000);

describe('the Samarinda check set, tuning day', () => {
  it('matches the labels (B-cubed F1 ≥ 0.9), every mention in one issue or outside, foreign and national news outside', () => {
    const pred = new Map<string, string>();
    for (const i of map.issues) for (const m of i.mentions) pred.set(m.id, i.id);
    for (const m of map.outside.mentions) pred.set(m.id, 'outside');
    const gold = new Map([...label].filter(([id]) => pred.has(id)));
    expect(pred.size).toBe(43); // the two posts after midnight WITA are the 14th's, not the 13th's
    expect(bcubed(pred, gold).f1).toBeGreaterThanOrEqual(0.9);
    for (const m of map.outside.mentions) expect(label.get(m.id)).toBe('outside');
  });

  it('links the labelled answering fact first for each labelled issue', () => {
    for (const [l, want] of Object.entries(answers)) {
      if (l.startsWith('_') || want === null) continue;
      const counts = new Map<string, number>();
      for (const i of map.issues) for (const m of i.mentions) if (label.get(m.id) === l) counts.set(i.id, (counts.get(i.id) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1])[0];
      if (!top) continue; // the issue does not run that day
      expect(map.issues.find((i) => i.id === top[0])!.facts[0]?.id, l).toBe(want);
    }
  });

  it('reads the streets of the news ("Jalan DI Panjaitan", "Jl. Sultan Alimuddin") into one issue per street', () => {
    const road = map.issues.find((i) => i.mentions.some((m) => label.get(m.id) === 'jalan-sultan-alimuddin'))!;
    expect(road.mentions.every((m) => label.get(m.id) === 'jalan-sultan-alimuddin')).toBe(true);
    expect(road.mentions.length).toBe(3);
  });
});
