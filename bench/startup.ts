// npm run bench:startup — how long `pantau` takes before it does any work: repeated spawns of the
// built CLI (like hyperfine), printing the median, min and max wall-clock time of each command and,
// on Linux, the median CPU time the child used (user + system, read from /proc/self/stat's
// children fields; on a shared machine the wall clock also counts waiting for a core).
// Asserts nothing: figures go into the README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;

/** CPU seconds of waited-for children so far (utime + stime of reaped children), or NaN off Linux. */
function childCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3; cutime and cstime are fields 16 and 17 (1-based).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The config cache (src/cli/config-cache.ts) of the runs: in the temp dir, removed at the end. */
let cacheDir = '';

function run(args: string[], env: Record<string, string>): { wall: number; cpu: number; code: number | null } {
  const c0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PANTAU_CONFIG: '', PANTAU_CACHE_DIR: cacheDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = performance.now() - t0;
  return { wall, cpu: childCpuMs() - c0, code: r.status };
}

function measure(label: string, args: string[], env: Record<string, string> = {}): void {
  for (let i = 0; i < WARMUP; i++) run(args, env);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = run(args, env);
    if (r.code !== 0) throw new Error(`${label}: exit code ${r.code}`);
    walls.push(r.wall);
    cpus.push(r.cpu);
  }
  const f = (n: number) => n.toFixed(0).padStart(6);
  process.stdout.write(`${label.padEnd(38)}${f(median(walls))}${f(Math.min(...walls))}${f(Math.max(...walls))}${Number.isNaN(cpus[0]) ? '' : f(median(cpus))}\n`);
}

if (!existsSync(BIN)) throw new Error(`build first: ${BIN} is missing (npm run build)`);
const page = join(ROOT, 'test', 'fixtures', 'pages', 'antara-singlepage.html');
const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-startup-'));
cacheDir = join(dir, 'config-cache');
try {
  // A small store to search: the demo's, written once into the temp dir.
  const demo = spawnSync(process.execPath, [BIN, 'demo', '--dir', dir], { cwd: ROOT, env: { ...process.env, PANTAU_CONFIG: '', PANTAU_CACHE_DIR: cacheDir }, stdio: 'ignore' });
  if (demo.status !== 0) throw new Error('pantau demo failed');
  const cfg = join(dir, 'pantau.config.yaml');
  // A tiny page: what `extract` costs before any extraction work (the real page adds the work).
  const tiny = join(dir, 'tiny.html');
  writeFileSync(tiny, '<html><head><title>Banjir di Jambi</title></head><body><article><p>Banjir merendam rumah warga di Telanaipura.</p></article></body></html>');
  process.stdout.write(
    `pantau start-up: ${RUNS} runs per command after ${WARMUP} warm-ups, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}\n` +
      `${'command'.padEnd(38)}${'median'.padStart(6)}${'min'.padStart(6)}${'max'.padStart(6)}${'cpu'.padStart(6)}  (ms; cpu = median user+system)\n`,
  );
  measure('node -e 0 (Node itself)', ['-e', '0']);
  measure('pantau --help', [BIN, '--help']);
  measure('pantau search --help', [BIN, 'search', '--help']);
  measure('pantau extract tiny.html (start-up)', [BIN, 'extract', tiny]);
  measure('pantau extract antara-singlepage.html', [BIN, 'extract', page]);
  // The warm-ups leave the validated config in the cache: these are the runs of an unchanged config.
  measure('pantau search banjir (demo store)', [BIN, 'search', 'banjir', '--config', cfg]);
  measure('  the same, config cache off', [BIN, 'search', 'banjir', '--config', cfg], { PANTAU_CONFIG_CACHE: 'off' });
  measure('pantau search "" --json (demo store)', [BIN, 'search', '', '--json', '--config', cfg]);
  measure('pantau sources (demo config)', [BIN, 'sources', '--config', cfg]);
  measure('  the same, config cache off', [BIN, 'sources', '--config', cfg], { PANTAU_CONFIG_CACHE: 'off' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
