// Mentions and analyses for the Store contract and the store's unit tests.
import { expect } from 'vitest';
import { emptyAnalysis, type Analysis, type Mention } from '../../src/core/types.js';

let seq = 0;

/** A valid mention; ids are unique per call unless given. */
export function mention(over: Partial<Mention> = {}): Mention {
  seq++;
  const id = over.id ?? `m${String(seq).padStart(6, '0')}`;
  return {
    id,
    sourceId: 'jambiekspres',
    kind: 'news',
    url: `https://jambi.example/berita/${id}`,
    canonicalUrl: `https://jambi.example/berita/${id}`,
    title: `Berita ${id}`,
    text: `Isi berita nomor ${id} tentang kota Jambi.`,
    fetchedAt: '2024-05-01T00:00:00.000Z',
    ...over,
  };
}

export function analysis(over: Partial<Analysis> = {}): Analysis {
  return { ...emptyAnalysis(), language: 'id', versions: { sentiment: '1' }, ...over };
}

/** A mention as read back, without the store-assigned storedAt (checked to be an ISO instant). */
export function stored(m: Mention | undefined): Mention | undefined {
  if (!m) return m;
  const { storedAt, ...rest } = m;
  expect(typeof storedAt).toBe('string');
  expect(new Date(Date.parse(storedAt!)).toISOString()).toBe(storedAt);
  return rest;
}

/** Ids of mentions, sorted (for set comparisons). */
export const idsOf = (ms: readonly Mention[]): string[] => ms.map((m) => m.id).sort();
