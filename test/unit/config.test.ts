import { describe, expect, it } from 'vitest';
import { parseConfig, parseEvery } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';

describe('config', () => {
  it('fills defaults', () => {
    const c = parseConfig({ sources: [{ id: 'a', kind: 'rss', url: 'https://x.id/rss' }] }, { env: {} });
    expect(c.storage.driver).toBe('sqlite');
    expect(c.crawl.perHostConcurrency).toBe(2);
    expect(c.sources[0]!.everyMinutes).toBe(15);
    expect(c.sources[0]!.render).toBe(false);
  });
  it('names the key and file on a wrong type', () => {
    expect(() => parseConfig({ crawl: { timeoutMs: 'slow' } }, { file: 'x.yaml', env: {} })).toThrow(
      /x\.yaml: crawl\.timeoutMs: expected number, got string "slow"/,
    );
  });
  it('rejects unknown keys', () => {
    expect(() => parseConfig({ storage: { pth: 'a' } }, { file: 'x.yaml', env: {} })).toThrow(/unknown key "storage\.pth"/);
    expect(() => parseConfig({ sources: [{ id: 'a', kind: 'rsss', url: 'https://x' }] }, { env: {} })).toThrow(
      ConfigError,
    );
  });
  it('takes env overrides', () => {
    const c = parseConfig({}, { env: { PANTAU_STORAGE_PATH: '/tmp/z.db', PANTAU_CRAWL_TIMEOUT_MS: '5', PANTAU_CRAWL_ALLOW_PRIVATE_HOSTS: 'a.local,b' } });
    expect(c.storage.path).toBe('/tmp/z.db');
    expect(c.crawl.timeoutMs).toBe(5);
    expect(c.crawl.allowPrivateHosts).toEqual(['a.local', 'b']);
  });
  it('resolves relative storage and import paths against the config file, not the working directory', () => {
    const c = parseConfig(
      {
        storage: { path: 'data/p.db' },
        sources: [
          { id: 'imp', kind: 'import', url: 'exports/ig.csv' },
          { id: 'abs', kind: 'import', url: '/srv/x.jsonl' },
          { id: 'fu', kind: 'import', url: 'file:///srv/y.csv' },
        ],
      },
      { file: '/etc/pantau/pantau.config.yaml', env: {} },
    );
    expect(c.storage.path).toBe('/etc/pantau/data/p.db');
    expect(c.sources.map((s) => s.url)).toEqual(['/etc/pantau/exports/ig.csv', '/srv/x.jsonl', 'file:///srv/y.csv']);
  });
  it('parses durations', () => {
    expect(parseEvery('5m')).toBe(5);
    expect(parseEvery('1h')).toBe(60);
    expect(parseEvery('30s')).toBe(0.5);
    expect(() => parseEvery('soon')).toThrow(/expected a duration/);
  });
});
