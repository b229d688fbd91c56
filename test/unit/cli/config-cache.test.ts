// The config cache's entries (src/cli/config-cache.ts): what comes back is exactly what the config
// reader gave, and the key moves with everything the validated config depends on.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config.js';
import { SOURCE_OPTION_SCHEMAS } from '../../../crawlers/options.js';
import { probeConfig, readCachedConfig, writeCachedConfig } from '../../../src/cli/config-cache.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', '..', 'src', 'cli', 'templates', 'pantau.config.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-config-cache-unit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('config cache entries', () => {
  it('returns the starter config exactly as validated (undefined keys, numbers, paths)', () => {
    const file = join(dir, 'pantau.config.yaml');
    copyFileSync(TEMPLATE, file);
    const env = { PANTAU_CACHE_DIR: join(dir, 'c1') };
    const fresh = loadConfig({ file, env, sourceOptions: SOURCE_OPTION_SCHEMAS, required: true });
    const probe = probeConfig(file, env)!;
    expect(probe.file).toBe(file);
    expect(readCachedConfig(probe)).toBeUndefined();
    writeCachedConfig(probe, fresh);
    const cached = readCachedConfig(probeConfig(file, env)!);
    expect(cached).toStrictEqual(fresh);
    expect(cached!.sources.length).toBeGreaterThan(0);
  });

  it('moves the key with the content, the overrides and the cache switch', () => {
    const file = join(dir, 'k.yaml');
    writeFileSync(file, 'storage:\n  path: a.db\n');
    const env = { PANTAU_CACHE_DIR: join(dir, 'c2') };
    const base = probeConfig(file, env)!;
    expect(probeConfig(file, { ...env })!.key).toBe(base.key);
    expect(probeConfig(file, { ...env, PANTAU_STORAGE_BATCH_SIZE: '50' })!.key).not.toBe(base.key);
    expect(probeConfig(file, { ...env, ELASTICSEARCH_URL: 'http://127.0.0.1:9200' })!.key).not.toBe(base.key);
    expect(probeConfig(file, { ...env, HOME_UNRELATED: 'x' })!.key).toBe(base.key);
    writeFileSync(file, 'storage:\n  path: b.db\n');
    expect(probeConfig(file, env)!.key).not.toBe(base.key);
    expect(probeConfig(file, { ...env, PANTAU_CONFIG_CACHE: 'off' })).toBeUndefined();
    expect(probeConfig(join(dir, 'missing.yaml'), env)).toBeUndefined();
  });
});
