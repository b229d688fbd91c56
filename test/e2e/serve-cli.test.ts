// `pantau users add|list|passwd|remove` and `pantau serve`'s refusals, as a user runs them: the
// password from standard input, a short one refused, a wrong role refused; serve refuses to listen
// beyond loopback without TLS or a trusted proxy, and answers on loopback with the CSP header.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, pantau } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-serve-cli-'));
const cfg = join(dir, 'pantau.config.yaml');
writeFileSync(cfg, 'storage: { path: pantau.db }\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pantau users', () => {
  it('adds, lists, changes a password and removes accounts', async () => {
    const add = await pantau(['users', 'add', 'sari', '--role', 'humas', '--config', cfg], { input: 'kata-sandi-panjang\n' });
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain('ditambahkan: sari (humas)');
    expect((await pantau(['users', 'add', 'sari', '--role', 'humas', '--config', cfg], { input: 'kata-sandi-panjang\n' })).stderr).toMatch(/exists/);
    const short = await pantau(['users', 'add', 'budi', '--role', 'admin', '--config', cfg], { input: 'pendek\n' });
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/at least 10 characters/);
    const role = await pantau(['users', 'add', 'budi', '--role', 'camat', '--config', cfg], { input: 'kata-sandi-panjang\n' });
    expect(role.stderr).toMatch(/--role: expected admin, humas, pimpinan, got "camat"/);
    const list = JSON.parse((await pantau(['users', 'list', '--json', '--config', cfg])).stdout) as { username: string; role: string }[];
    expect(list.map((u) => [u.username, u.role])).toEqual([['sari', 'humas']]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt/);
    // People read the table in the office's time zone (WIB by default), not in UTC.
    expect((await pantau(['users', 'list', '--config', cfg])).stdout).toMatch(/^sari\thumas\t\d{4}-\d\d-\d\d \d\d:\d\d WIB\n$/);
    expect((await pantau(['users', 'passwd', 'sari', '--config', cfg, '--lang', 'en'], { input: 'kata-sandi-baru-123\n' })).stdout).toContain('password changed: sari');
    expect((await pantau(['users', 'remove', 'sari', '--config', cfg])).stdout).toContain('dihapus: sari');
    expect((await pantau(['users', 'remove', 'sari', '--config', cfg])).stderr).toMatch(/no user "sari"/);
  });
});

describe('pantau serve', () => {
  it('refuses to listen beyond loopback without TLS or a trusted proxy', async () => {
    const r = await pantau(['serve', '--host', '0.0.0.0', '--port', '0', '--config', cfg]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/refusing to listen beyond loopback without TLS/);
  });

  it('listens on loopback (port 0) and sends the CSP header', async () => {
    const proc = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--config', cfg], { env: { ...process.env, PANTAU_CONFIG: '', PANTAU_LOG_LEVEL: 'error' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        proc.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        proc.on('exit', (c) => reject(new Error(`exited ${c}`)));
      });
      const r = await fetch(`${url}/`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
      const w = await fetch(`${url}/api/alerts/x/ack`, { method: 'POST' });
      expect(w.status).toBe(401);
    } finally {
      proc.kill('SIGTERM');
    }
  });
});
