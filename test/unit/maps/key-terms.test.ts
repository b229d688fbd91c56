// An issue's key terms: a word pair that reads across the edge of a pair already taken is not a term.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/types.js';
import { keyTermsOf } from '../../../src/maps/label.js';
import { basicTextTools } from '../../../src/maps/text.js';

const member = { id: 'm1', title: 'Balita di Kayu Putih meninggal karena DBD', text: 'Dinkes melakukan fogging.' } as unknown as Mention;

describe('keyTermsOf', () => {
  it('keeps "kayu putih" and drops "putih meninggal" read across it; a pair sharing no word stays', () => {
    const centroid = new Map([
      ['b:kayu putih', 0.9],
      ['b:putih meninggal', 0.8],
      ['b:melakukan fogging', 0.5],
      ['t:dbd', 0.4],
    ]);
    const terms = keyTermsOf(centroid, [member], basicTextTools);
    expect(terms).toContain('kayu putih');
    expect(terms).not.toContain('putih meninggal');
    expect(terms).toContain('melakukan fogging');
    expect(terms).toContain('dbd');
  });
});
