import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { resolveEntity, resolveTopic } from '../../../src/cli/commands/search-filters.js';
import { parseDateOption } from '../../../src/cli/dates.js';

describe('search filter values', () => {
  const topics = [
    { id: 'jalan-rusak', label: { id: 'Jalan Rusak', en: 'Damaged roads' }, strong: [], weak: [] },
    { id: 'jalan-macet', label: { id: 'Jalan Macet', en: 'Traffic jams' }, strong: [], weak: [] },
  ];
  it('a topic word that fits several topics names them', () => {
    expect(() => resolveTopic('jalan', topics)).toThrow(/fits several topics: jalan-rusak \(Jalan Rusak\), jalan-macet \(Jalan Macet\)/);
    expect(resolveTopic('rusak', topics)).toBe('jalan-rusak');
    expect(resolveTopic('traffic', topics)).toBe('jalan-macet');
    expect(() => resolveTopic('', topics)).toThrow(InputError);
  });
  it('an entity name not on the watch list is looked up as a person and as an organization', () => {
    expect(resolveEntity('Dinas PUPR')).toEqual(['person:dinas pupr', 'organization:dinas pupr']);
    expect(resolveEntity('Pak Wali', [{ name: 'Maulana', type: 'person', aliases: ['Pak Wali'] }])).toEqual(['person:maulana']);
    expect(() => resolveEntity('!!!')).toThrow(/no letters/);
  });
  it('dates: local midnight, a whole day for --to, local date-times, explicit offsets', () => {
    expect(parseDateOption('2024-05-02', 'from', 'Asia/Jayapura')).toBe('2024-05-01T15:00:00.000Z');
    expect(parseDateOption('2024-05-02', 'to', 'Asia/Jayapura')).toBe('2024-05-02T15:00:00.000Z');
    expect(parseDateOption('2024-05-02T08:00', 'to', 'Asia/Jakarta')).toBe('2024-05-02T01:00:00.000Z');
    expect(parseDateOption('2024-05-02T08:00Z', 'from', 'Asia/Jakarta')).toBe('2024-05-02T08:00:00.000Z');
    expect(parseDateOption(undefined, 'from', 'Asia/Jakarta')).toBeUndefined();
    expect(() => parseDateOption('2024-02-31', 'to', 'Asia/Jakarta')).toThrow(/--to: expected YYYY-MM-DD/);
  });
});
