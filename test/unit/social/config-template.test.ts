// The starter config (`pantau init`) stays valid, and so do its commented social examples once a
// user uncomments them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config.js';

const text = readFileSync(fileURLToPath(new URL('../../../src/cli/templates/pantau.config.yaml', import.meta.url)), 'utf8');

describe('starter config', () => {
  it('parses, with the audit defaults', () => {
    const cfg = parseConfig(parseYaml(text) as Record<string, unknown>, { env: {} });
    expect(cfg.audit).toEqual({ deadlineDays: 3, holidays: [] });
  });

  it('its social examples parse when uncommented', () => {
    const start = text.indexOf('  # Social media.');
    expect(start).toBeGreaterThan(0);
    const social = text
      .slice(start)
      .split('\n')
      .map((l) => (/^ {2}# (- id:| {2})/.test(l) ? l.replace(/^ {2}# /, '  ') : l))
      .join('\n');
    const cfg = parseConfig(parseYaml(text.slice(0, start) + social) as Record<string, unknown>, { env: {} });
    const kinds = cfg.sources.filter((s) => ['telegram', 'instagram', 'youtube', 'reddit', 'import'].includes(s.kind));
    expect(kinds.map((s) => [s.id, s.kind, s.owned])).toEqual([
      ['tg-pemkot', 'telegram', true],
      ['ig-pemkot', 'instagram', true],
      ['yt-pemkot', 'youtube', true],
      ['reddit-jambi', 'reddit', false],
      ['laporan-warga', 'import', false],
    ]);
    expect(kinds[1]!.options).toMatchObject({ igUserId: '17841400000000000', cadence: '1d', answerDeadlineDays: 2 });
  });
});
