// npm run bench:crawl — crawls a loopback farm of 10,000 generated articles across 50 hosts with
// per-host limits, end to end (fetch + extract + store, no analysis), and prints articles/s and peak RSS.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseConfig } from '../src/core/config.js';
import { createLogger } from '../src/core/log.js';
import { runOnce } from '../src/pipeline/runner.js';
import { openPipeline } from '../src/cli/runtime.js';

const HOSTS = Number(process.env.BENCH_HOSTS ?? 50);
const PER_HOST = Number(process.env.BENCH_PER_HOST ?? 200);

const child = spawn(process.execPath, [join(import.meta.dirname, 'crawl-server.js'), String(HOSTS), String(PER_HOST)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const first = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
const bases = JSON.parse(first) as string[];
const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-'));
try {
  const config = parseConfig({
    storage: { driver: 'sqlite', path: join(dir, 'bench.db'), batchSize: 200 },
    crawl: { perHostConcurrency: 4, perHostIntervalMs: 0, concurrency: 64, retries: 1, maxItemsPerSource: PER_HOST },
    sources: bases.map((b, i) => ({ id: `host-${i + 1}`, kind: 'rss', url: `${b}/feed.xml` })),
  });
  const p = await openPipeline(config, createLogger({ level: 'warn' }), { analyze: false });
  // Where the memory goes: V8 heap vs buffers/native (better-sqlite3, sockets), sampled each second.
  const peak = { heapUsed: 0, external: 0, arrayBuffers: 0 };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.external = Math.max(peak.external, m.external);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
  }, 1000);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const summary = await runOnce(config.sources, p.deps, HOSTS);
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  await p.close();
  const n = summary.totals.indexed;
  console.log(`hosts ${HOSTS}, articles offered ${HOSTS * PER_HOST}`);
  console.log(`indexed ${n}, failed ${summary.totals.failed}, dropped ${summary.totals.dropped}, skipped ${summary.totals.skipped}`);
  console.log(`end to end (fetch + extract + store): ${(n / s).toFixed(0)} articles/s  (${s.toFixed(1)} s)`);
  // Wall time depends on what else the machine runs; CPU time of this process does not (much). The
  // loopback server runs in its own process, on the other core.
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`crawler CPU ${cpuS.toFixed(1)} s: ${(n / cpuS).toFixed(0)} articles per CPU-second (load average ${loadavg()[0]!.toFixed(1)})`);
  const mb = (b: number) => (b / 1048576).toFixed(0);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB  (peak V8 heap used ${mb(peak.heapUsed)} MB, external ${mb(peak.external)} MB, array buffers ${mb(peak.arrayBuffers)} MB)`);
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}
