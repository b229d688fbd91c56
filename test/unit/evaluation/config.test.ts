// The complaints and evaluation sections of the one config schema: defaults, env overrides, and
// "key: expected X, got Y" errors; a named import format over the built-in LAPOR! columns.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config.js';
import { LAPOR_COLUMNS, complaintFormat } from '../../../src/core/evaluation-config.js';

describe('complaints and evaluation config', () => {
  it('has defaults and env overrides', () => {
    const c = parseConfig({}, { env: {} });
    expect(c.complaints).toMatchObject({ deadlineDays: 5, holidays: [], formats: {}, issueWindowDays: 3 });
    expect(c.evaluation).toEqual({ beforeHours: 24, afterHours: 24, minMentions: 10, linkMinScore: 0.35, confidence: 0.95 });
    expect(parseConfig({}, { env: { PANTAU_COMPLAINTS_DEADLINE_DAYS: '7' } }).complaints.deadlineDays).toBe(7);
    expect(parseConfig({}, { env: { PANTAU_EVALUATION_MIN_MENTIONS: '4' } }).evaluation.minMentions).toBe(4);
  });

  it.each([
    [{ complaints: { deadlineDays: 'lima' } }, /^config: complaints\.deadlineDays: expected number, got string "lima"/],
    [{ complaints: { holidays: ['25-12-2026'] } }, /complaints\.holidays\[0\]: expected a date YYYY-MM-DD, got string "25-12-2026"/],
    [{ complaints: { formats: { lapor: { mapping: { isi: 'Isi' } } } } }, /unknown key "complaints\.formats\.lapor\.mapping\.isi"/],
    [{ complaints: { formats: { lapor: { delimiter: ';;' } } } }, /complaints\.formats\.lapor\.delimiter: expected one character/],
    [{ evaluation: { beforeHours: 0 } }, /evaluation\.beforeHours: .*got number 0/],
    [{ evaluation: { confidence: 2 } }, /evaluation\.confidence: .*got number 2/],
  ])('rejects %j with one line', (raw, re) => {
    expect(() => parseConfig(raw as Record<string, unknown>, { env: {} })).toThrow(re);
  });

  it('maps a named format over the LAPOR! columns', () => {
    const cfg = parseConfig({ complaints: { formats: { lapor: { mapping: { text: 'Uraian' } }, email: { mapping: { text: 'Body', receivedAt: 'Date' } } } } }, { env: {} });
    expect(complaintFormat(cfg.complaints.formats, 'lapor')!.mapping).toEqual({ ...LAPOR_COLUMNS, text: 'Uraian' });
    expect(complaintFormat(cfg.complaints.formats, 'sp4n')!.mapping).toEqual(LAPOR_COLUMNS);
    const email = complaintFormat(cfg.complaints.formats, 'email')!.mapping;
    expect(email.text).toBe('Body');
    expect(email.author).toBe('author');
    expect(complaintFormat(cfg.complaints.formats, 'fax')).toBeUndefined();
  });
});
