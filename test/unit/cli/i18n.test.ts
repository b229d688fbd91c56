// Issue 16.13: the words people read are Indonesian by default, English with --lang en; topics by
// label, hoax indicators by name, never as slugs.
import { describe, expect, it } from 'vitest';
import { INDICATOR_WEIGHTS } from '../../../analyzers/hoax/indicators.js';
import { DEFAULT_TAXONOMY } from '../../../analyzers/topics/taxonomy.js';
import { dispositionWord, formatCounts, indicatorName, parseLang, sentimentWord, statusWord, topicLabel } from '../../../src/cli/i18n.js';

describe('i18n', () => {
  it('dispositions and counts', () => {
    expect(formatCounts({ indexed: 23, duplicate: 2, skipped: 0, dropped: 1, failed: 0 }, 'id')).toBe('tersimpan 23, duplikat 2, dibuang 1');
    expect(formatCounts({ indexed: 0, duplicate: 0, skipped: 3, dropped: 0, failed: 2 }, 'en')).toBe('indexed 0, skipped 3, failed 2');
    expect(dispositionWord('failed', 'id')).toBe('gagal');
  });

  it('every topic of the taxonomy and every hoax indicator has words in both languages', () => {
    for (const t of DEFAULT_TAXONOMY.topics) {
      expect(topicLabel(t.id, 'id')).toBe(t.label.id);
      expect(topicLabel(t.id, 'en')).toBe(t.label.en);
    }
    for (const name of Object.keys(INDICATOR_WEIGHTS)) {
      expect(indicatorName(name, 'id')).not.toBe(name);
      expect(indicatorName(name, 'id')).not.toMatch(/_/);
      expect(indicatorName(name, 'en')).not.toMatch(/_/);
    }
    expect(indicatorName('provocation_share', 'id')).toBe('ajakan menyebarkan');
  });

  it('sentiment and status words; --lang takes id or en only', () => {
    expect(sentimentWord('negative', 'id')).toBe('negatif');
    expect(statusWord('failing', 'id')).toBe('gagal');
    expect(parseLang(undefined)).toBe('id');
    expect(parseLang('EN')).toBe('en');
    expect(() => parseLang('jv')).toThrow('--lang: expected id or en, got "jv"');
  });
});
