// Reading the fact base: YAML and CSV, figures in Indonesian number forms, every bad fact reported
// with where it is and why, the rest kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { figureValue, parseFactsCsv, parseFactsFile, parseFactsYaml } from '../../../src/facts/parse.js';
import { FIXTURES } from '../../helpers/map-days.js';

describe('fact files', () => {
  it('reads the fixture fact base', () => {
    const { facts, problems } = parseFactsYaml(readFileSync(`${FIXTURES}facts.yaml`, 'utf8'));
    expect(problems).toEqual([]);
    expect(facts.length).toBeGreaterThan(10);
    const f = facts.find((x) => x.id === 'bpbd-posko-banjir-jambi-timur')!;
    expect(f.figures).toEqual({ 'posko pengungsian': 3, 'paket sembako': 1200, 'kepala keluarga terdampak': 450 });
    expect(f.regions).toEqual(['15.71.03.1010']);
    expect(f.date).toBe('2026-11-30');
  });

  it('reads Indonesian number forms in figures', () => {
    expect(figureValue('1.200')).toBe(1200);
    expect(figureValue('18,5')).toBe(18.5);
    expect(figureValue('42')).toBe(42);
    expect(figureValue('Rp 2,1 triliun')).toBe('Rp 2,1 triliun');
  });

  it('reports each bad YAML fact with its item number and keeps the others', () => {
    const yaml = `
- { id: ok-1, statement: Satu., date: 2026-11-01, source_url: "https://x.go.id/a", opd: Dinas A }
- { id: no-date, statement: Dua., source_url: "https://x.go.id/b", opd: Dinas B }
- { id: bad-url, statement: Tiga., date: 2026-11-01, source_url: "x.go.id", opd: Dinas C }
- { id: ok-1, statement: Empat., date: 2026-11-01, source_url: "https://x.go.id/d", opd: Dinas D }
- { id: bad-region, statement: Lima., date: 2026-11-01, source_url: "https://x.go.id/e", opd: Dinas E, regions: [Jambi] }
- { id: typo, statement: Enam., date: 2026-11-01, source_url: "https://x.go.id/f", opd: Dinas F, tag: [x] }
`;
    const { facts, problems } = parseFactsYaml(yaml);
    expect(facts.map((f) => f.id)).toEqual(['ok-1']);
    expect(problems.map((p) => p.where)).toEqual(['item 2', 'item 3', 'item 4', 'item 5', 'item 6']);
    expect(problems[0]!.reason).toMatch(/no-date: "date" must be a date YYYY-MM-DD/);
    expect(problems[2]!.reason).toMatch(/the same id as item 1/);
    expect(problems[4]!.reason).toMatch(/unknown field "tag"/);
  });

  it('reads CSV with figures, tags and regions, reporting bad rows by line', () => {
    const csv = `id;statement;figures;date;source_url;opd;tags;regions
pupr-1;"Perbaikan 42 ruas jalan; 61 km.";"ruas: 42; panjang (km): 61";2026-11-05;https://jambikota.go.id/a;Dinas PUPR;jalan, infrastruktur;15.71
bad;Tanpa tanggal.;;;https://jambikota.go.id/b;Dinas PUPR;;
`;
    const { facts, problems } = parseFactsCsv(csv);
    expect(facts).toEqual([
      { id: 'pupr-1', statement: 'Perbaikan 42 ruas jalan; 61 km.', figures: { ruas: 42, 'panjang (km)': 61 }, date: '2026-11-05', source_url: 'https://jambikota.go.id/a', opd: 'Dinas PUPR', tags: ['jalan', 'infrastruktur'], regions: ['15.71'] },
    ]);
    expect(problems).toEqual([{ where: 'line 3', reason: expect.stringMatching(/bad: "date" must be a date/) }]);
  });

  it('chooses the reader by extension and refuses what is not a list', () => {
    expect(parseFactsFile('f.csv', 'id,statement,date,source_url,opd\n').facts).toEqual([]);
    expect(() => parseFactsFile('f.yaml', 'just: a mapping')).toThrow(/expected a list of facts/);
    expect(() => parseFactsFile('f.yaml', 'a: [')).toThrow(/not valid YAML/);
  });
});
