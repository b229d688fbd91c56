// The CLI's cache of the validated config (src/cli/config-cache.ts): a command whose config has not
// changed skips the config reader, and any change (the file's content even at the same size and
// mtime, an environment override) is validated again with the same errors as without a cache.
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pantau } from './helpers.js';

const SLOW = 120_000;
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-config-cache-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A resolve hook that prints every module the CLI loads (as in first-use.test.ts). */
function hookArgs(): string[] {
  const hooks = at('hooks.mjs');
  writeFileSync(hooks, `export async function resolve(s, c, n) { const r = await n(s, c); process.stderr.write('MODULE ' + r.url + '\\n'); return r; }\n`);
  const reg = at('register.mjs');
  writeFileSync(reg, `import { register } from 'node:module';\nregister(${JSON.stringify('file://' + hooks)});\n`);
  return ['--import', 'file://' + reg];
}
const loadsConfigReader = (stderr: string) => /MODULE .*node_modules\/(zod|yaml)\//.test(stderr);

describe('config cache', () => {
  it('skips the config reader for an unchanged config and re-validates an edited one with the same errors', async () => {
    const cache = at('cache');
    const cfg = at('pantau.config.yaml');
    const env = { PANTAU_CACHE_DIR: cache };
    const good = 'storage:\n  path: ./pantau.db\ncrawl:\n  timeoutMs: 5000\n';
    writeFileSync(cfg, good);
    const nodeArgs = hookArgs();

    const first = await pantau(['search', '', '--config', cfg], { env, nodeArgs });
    expect(first.code).toBe(0);
    expect(loadsConfigReader(first.stderr)).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const second = await pantau(['search', '', '--config', cfg], { env, nodeArgs });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(loadsConfigReader(second.stderr)).toBe(false);

    // Same size, same mtime, another content: the content hash catches it.
    const { mtime } = statSync(cfg);
    const bad = good.replace('5000', 'soon');
    expect(bad.length).toBe(good.length);
    writeFileSync(cfg, bad);
    utimesSync(cfg, mtime, mtime);
    const edited = await pantau(['search', '', '--config', cfg], { env });
    const uncached = await pantau(['search', '', '--config', cfg], { env: { PANTAU_CONFIG_CACHE: 'off' } });
    expect(edited.code).not.toBe(0);
    expect(edited.stderr).toMatch(/crawl\.timeoutMs: expected .*, got string "soon"/);
    expect(edited.stderr).toBe(uncached.stderr);
    expect(edited.code).toBe(uncached.code);

    // Back to the valid file (a hit again), then a bad environment override must not be served from the cache.
    writeFileSync(cfg, good);
    expect((await pantau(['sources', '--config', cfg], { env })).code).toBe(0);
    const hit = await pantau(['sources', '--config', cfg], { env, nodeArgs });
    expect(loadsConfigReader(hit.stderr)).toBe(false);
    const override = await pantau(['sources', '--config', cfg], { env: { ...env, PANTAU_CRAWL_TIMEOUT_MS: 'soon' } });
    const overrideUncached = await pantau(['sources', '--config', cfg], { env: { PANTAU_CONFIG_CACHE: 'off', PANTAU_CRAWL_TIMEOUT_MS: 'soon' } });
    expect(override.code).not.toBe(0);
    expect(override.stderr).toContain('PANTAU_CRAWL_TIMEOUT_MS');
    expect(override.stderr).toBe(overrideUncached.stderr);
  }, SLOW);
});
