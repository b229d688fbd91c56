// Grouping-only spelling folds of post words onto the period's news words (src/maps/spelling.ts).
import { describe, expect, it } from 'vitest';
import { spellingFolds } from '../../../src/maps/spelling.js';

const news = (s: string) => ({ words: s.split(' '), social: false });
const post = (s: string) => ({ words: s.split(' '), social: true });

describe('spellingFolds', () => {
  it('folds informal spellings of the news words of the period', () => {
    const f = spellingFolds([
      news('lubang jalan kaharuddin nasution makin besar'),
      news('banjir rendam rumah warga air sampah menumpuk pasar cik puan'),
      post('lobang kaharudin nst makin gede'),
      post('bnjir lagi aer masuk smpah cikpuan'),
    ]);
    expect(Object.fromEntries(f)).toEqual({ lobang: 'lubang', kaharudin: 'kaharuddin', nst: 'nasution', bnjir: 'banjir', aer: 'air', smpah: 'sampah', cikpuan: 'cik puan' });
  });

  it('leaves words the news writes, real words that only look alike, and posts alone without news', () => {
    const f = spellingFolds([news('jalan barat niaga pasar'), post('berat naga pasir jalan')]);
    expect(f.size).toBe(0);
    expect(spellingFolds([post('lobang bnjir')]).size).toBe(0);
  });

  it('keeps -nya aside and takes the most frequent news word', () => {
    const f = spellingFolds([news('lubang lubang'), news('lubang'), post('lobangnya')]);
    expect(f.get('lobangnya')).toBe('lubangnya');
  });
});
