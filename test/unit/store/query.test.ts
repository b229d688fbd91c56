import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { compileFilter, pageBounds, toFtsQuery } from '../../../src/store/sqlite/query.js';

describe('toFtsQuery', () => {
  it('quotes every word and ANDs them', () => {
    expect(toFtsQuery('banjir jambi')).toBe('"banjir" AND "jambi"');
  });
  it('neutralizes FTS5 syntax', () => {
    expect(toFtsQuery('"foo')).toBe('"""foo"');
    expect(toFtsQuery('a:b')).toBe('"a:b"');
    expect(toFtsQuery('-x')).toBe('"-x"');
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR(a" AND "b)"');
    expect(toFtsQuery('AND OR NOT')).toBe('"AND" AND "OR" AND "NOT"');
  });
  it('keeps a trailing * as a prefix search and drops words without letters', () => {
    expect(toFtsQuery('korup*')).toBe('"korup"*');
    expect(toFtsQuery('* - "" :')).toBe('');
    expect(toFtsQuery('')).toBe('');
    expect(toFtsQuery(undefined)).toBe('');
  });
});

describe('compileFilter', () => {
  it('rejects unparseable dates with an InputError', () => {
    expect(() => compileFilter({ from: 'kemarin' })).toThrow(InputError);
  });
  it('joins FTS only when there is searchable text', () => {
    expect(compileFilter({ text: '***' }).fullText).toBe(false);
    expect(compileFilter({ text: 'x' }).fullText).toBe(true);
  });
});

describe('pageBounds', () => {
  it('defaults, floors and clamps', () => {
    expect(pageBounds({})).toEqual({ limit: 20, offset: 0 });
    expect(pageBounds({ limit: 5.7, offset: 2.2 })).toEqual({ limit: 5, offset: 2 });
    expect(pageBounds({ limit: -1, offset: -5 })).toEqual({ limit: 20, offset: 0 });
    expect(pageBounds({ limit: 1e9 })).toEqual({ limit: 10_000, offset: 0 });
  });
});
