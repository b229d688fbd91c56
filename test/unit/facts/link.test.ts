// Linking facts to an issue: related (topic, place, OPD, text) versus answering (what the fact says
// meets what the issue's mentions say). Only answering facts may be cited by a brief.
import { describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../../analyzers/normalize/index.js';
import type { Fact } from '../../../src/core/types.js';
import { ANSWER_MIN_TEXT, FactLinker, type IssueProfile } from '../../../src/facts/link.js';

const text = { tokenize, stem };
const fact = (id: string, statement: string, tags: string[], regions: string[] = []): Fact =>
  ({ id, statement, date: '2026-11-20', source_url: `https://kota.example/${id}`, opd: 'Dinas PUPR Kota Jambi', tags, regions }) as Fact;

/** An issue centroid over stemmed words of the given text (t: features, unit length). */
function issue(words: string, places: string[] = []): IssueProfile {
  const c = new Map<string, number>();
  for (const w of tokenize(words)) c.set(`t:${stem(w)}`, (c.get(`t:${stem(w)}`) ?? 0) + 1);
  const n = Math.sqrt([...c.values()].reduce((s, x) => s + x * x, 0));
  for (const [k, x] of c) c.set(k, x / n);
  return { centroid: c, topics: ['infrastruktur'], places: places.map((code) => ({ code, count: 3 })), organizations: ['Dinas PUPR Kota Jambi'], opd: 'Dinas PUPR Kota Jambi' };
}

const facts = [
  fact('ruas-kota', 'Hingga November Dinas PUPR telah memperbaiki puluhan ruas kota.', ['jalan', 'infrastruktur']),
  fact('lingkar', 'Perbaikan Jalan Lingkar Barat yang berlubang dijadwalkan mulai Desember.', ['jalan', 'jalan rusak', 'infrastruktur'], ['15.71.09']),
  fact('pasar', 'Pedagang pasar direlokasi ke gedung baru.', ['pasar']),
];
const linker = new FactLinker(facts, text);

describe('FactLinker', () => {
  it('marks a fact as answering only when its words meet the issue, not for topic, place and OPD alone', () => {
    const links = linker.link(issue('jalan tergenang air hujan kendaraan mogok genangan', ['15.71.09']));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => !l.answers)).toBe(true);
    expect(links.find((l) => l.fact.id === 'lingkar')!.parts.place).toBe(1);
  });

  it('puts an answering fact before related ones that score higher', () => {
    const links = linker.link(issue('jalan lingkar barat berlubang perbaikan lubang jalan'));
    const lingkar = links.find((l) => l.fact.id === 'lingkar')!;
    expect(lingkar.answers).toBe(true);
    expect(lingkar.parts.text).toBeGreaterThanOrEqual(ANSWER_MIN_TEXT);
    expect(links[0]!.fact.id).toBe('lingkar');
    expect(links.filter((l) => !l.answers).every((l) => l.parts.text < ANSWER_MIN_TEXT)).toBe(true);
  });
});
