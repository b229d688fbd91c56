// Issue 20 from outside: an alert is detected and queued, and the process is killed with SIGKILL
// while it delivers (the receiver holds the request without answering). After a restart the alert is
// delivered — once, with the same idempotency key — and a further run sends nothing more.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifySignature } from '../../src/alerts/channels/webhook.js';
import { until } from '../helpers/manual-clock.js';
import { BIN, pantau, ROOT } from './helpers.js';

let dir: string;
let cfg: string;
let server: Server;
let url: string;
const held: string[] = [];
const accepted: string[] = [];
const env = { PANTAU_WEBHOOK_SECRET: 'rahasia' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-alerts-kill-'));
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const key = String(req.headers['x-pantau-idempotency-key']);
      // The first delivery never gets an answer: the process is killed while it waits.
      if (held.length === 0) {
        held.push(key);
        return;
      }
      const ok = verifySignature('rahasia', req.headers['x-pantau-timestamp'] as string, Buffer.concat(chunks).toString('utf8'), req.headers['x-pantau-signature'] as string, Date.now());
      if (ok) accepted.push(key);
      res.writeHead(ok ? 200 : 401).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  cfg = join(dir, 'pantau.config.yaml');
  writeFileSync(
    cfg,
    `storage: { path: ${join(dir, 'p.db')} }\n` +
      `alerts:\n  delivery: { timeout: 2m }\n  channels: [{ id: ops, kind: webhook, url: "${url}" }]\n` +
      `  rules: [{ id: program, kind: watch, phrases: ["Kartu Jambi Sehat"] }]\n`,
  );
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

it('kill -9 between detection and delivery: after a restart the alert is delivered once', async () => {
  const file = join(dir, 'm.jsonl');
  const now = Date.now();
  writeFileSync(
    file,
    JSON.stringify({
      url: 'https://jambiekspres.example/berita/kartu-jambi-sehat-ditolak',
      title: 'Warga Kecewa, Kartu Jambi Sehat Ditolak Rumah Sakit',
      text: 'Warga Kota Jambi kecewa dan marah karena Kartu Jambi Sehat ditolak rumah sakit. Pasien miskin terlantar dan tidak dilayani.',
      publishedAt: new Date(now - 60_000).toISOString(),
      source: 'jambi-ekspres',
    }) + '\n',
  );
  const child = spawn(process.execPath, [BIN, 'import', file, '--config', cfg], { cwd: ROOT, env: { ...process.env, PANTAU_LOG_LEVEL: 'error', PANTAU_CONFIG: '', ...env }, stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  await until(() => held.length === 1, 'the first delivery attempt', 20_000);
  child.kill('SIGKILL');
  await exited;
  expect(accepted).toEqual([]);

  const r1 = await pantau(['alerts', 'check', '--config', cfg], { env });
  expect(r1.stderr).toBe('');
  expect(r1.code).toBe(0);
  expect(accepted).toEqual(held);
  const r2 = await pantau(['alerts', 'check', '--config', cfg], { env });
  expect(r2.code).toBe(0);
  expect(r2.stdout).toMatch(/peringatan: tidak ada yang baru/);
  expect(accepted).toHaveLength(1);

  const list = await pantau(['alerts', 'list', '--json', '--config', cfg], { env });
  const alerts = JSON.parse(list.stdout) as { kind: string; label: string; deliveries: { state: string; attempts: number }[]; latency: { publishToAlertMs: number } }[];
  expect(alerts).toHaveLength(1);
  expect(alerts[0]!.kind).toBe('watch');
  expect(alerts[0]!.label).toBe('Kartu Jambi Sehat');
  expect(alerts[0]!.deliveries).toEqual([{ channel: 'ops', event: 'alert', state: 'sent', attempts: 1, sentAt: expect.any(String) }]);
  expect(alerts[0]!.latency.publishToAlertMs).toBeGreaterThan(0);
}, 90_000);
