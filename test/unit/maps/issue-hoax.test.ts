import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/types.js';
import { issueHoax } from '../../../src/maps/hoax.js';

const post = (id: string, text: string): Mention => ({ id, url: `https://x.test/${id}`, sourceId: 'x', kind: 'social', text, fetchedAt: '2027-01-13T01:00:00Z' }) as Mention;

describe('issueHoax: about a hoax', () => {
  it('an issue passing a claim on and calling it a hoax once is about the hoax, not flagged', () => {
    const h = issueHoax([post('a', 'Masih ada yang sebar link PKH di grup RT. Dinsos su bilang itu hoaks'), post('b', 'link PKH palsu masih beredar di WA'), post('c', 'polisi su tangkap yang sebar link PKH palsu?')], () => false);
    expect(h.flagged).toBe(false);
    expect(h.aboutHoax).toBe(true);
  });

  it('a complaint that names no claim being passed on is not about a hoax', () => {
    const h = issueHoax([post('a', 'air PDAM mati tiga hari, yang bilang sudah normal itu hoaks'), post('b', 'air masih mati di oepura')], () => false);
    expect(h.flagged).toBe(false);
    expect(h.aboutHoax).toBe(false);
  });
});
