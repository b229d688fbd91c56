// npm run bench:analyze-cli — `pantau analyze` end to end, as the issue-18 throughput check runs it:
// the built CLI as a child process (pinned to one core with `taskset -c 0` where taskset exists) over
// 50,000 JSON lines alternating reviews and circulated-hoax narratives, stdout and stderr to files.
// Prints docs/s on the wall clock and per CPU-second of the child (user + system), its peak RSS, and
// the start-up share (the CPU of a one-line run against the full run's). Asserts nothing about time.
//
//   npm run bench:analyze-cli                                  generated texts (bench/mixed-corpus.ts)
//   npm run bench:analyze-cli -- --shared ../shared            SmSA train reviews + FakeNewsID claims
//   npm run bench:analyze-cli -- --in FILE                     any JSONL file
//   npm run bench:analyze-cli -- --compare OTHER/dist/src/cli/main.js
//       runs another build alternately on the same file (old vs new in the same conditions) and says
//       whether the two outputs are byte-identical.
// Options: --lines N (50000), --runs N (BENCH_RUNS, 3), --keep (leave the temp dir, printed).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machineLine } from './measure.js';
import { generatedMixedLines, sharedMixedLines } from './mixed-corpus.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const LINES = Number(option('lines') ?? 50_000);
const RUNS = Number(option('runs') ?? process.env.BENCH_RUNS ?? 3);
const SHARED = option('shared');
const INPUT = option('in');
const COMPARE = option('compare');
const KEEP = process.argv.includes('--keep');

const hasTaskset = spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0;

interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

/** One run of `bin analyze`: the child reports its own resource usage on exit (a --require preload). */
function analyze(bin: string, input: string, out: string, dir: string): Usage {
  const usageFile = join(dir, 'usage.json');
  rmSync(usageFile, { force: true });
  const node = [process.execPath, '--require', join(dir, 'usage.cjs'), bin, 'analyze', '--in', input, '--out', out];
  const [cmd, ...args] = hasTaskset ? ['taskset', '-c', '0', ...node] : node;
  const errFile = join(dir, 'stderr.txt');
  const err = openSync(errFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(cmd!, args, {
    cwd: dir,
    env: { ...process.env, PANTAU_CONFIG: '', PANTAU_STORAGE_PATH: '', PANTAU_CACHE_DIR: join(dir, 'cache'), PANTAU_BENCH_USAGE: usageFile },
    // stderr to a file, as a user redirecting it (one "no id" line per input line here).
    stdio: ['ignore', 'ignore', err],
  });
  const wallMs = performance.now() - t0;
  closeSync(err);
  if (r.status !== 0) throw new Error(`${bin} analyze: exit ${r.status}: ${readFileSync(errFile, 'utf8').slice(-500)}`);
  const u = JSON.parse(readFileSync(usageFile, 'utf8')) as { userCPUTime: number; systemCPUTime: number; maxRSS: number };
  return { wallMs, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 };
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function summary(label: string, n: number, runs: Usage[], startup: Usage[]): void {
  const wall = runs.map((u) => (n * 1000) / u.wallMs);
  const cpu = runs.map((u) => (n * 1000) / u.cpuMs);
  const su = median(startup.map((u) => u.cpuMs));
  console.log(`${label}:`);
  console.log(`  docs/s wall clock      best ${fmt(Math.max(...wall))}   median ${fmt(median(wall))}   spread ${fmt(Math.min(...wall))}–${fmt(Math.max(...wall))}`);
  console.log(`  docs/s per CPU-second  best ${fmt(Math.max(...cpu))}   median ${fmt(median(cpu))}   spread ${fmt(Math.min(...cpu))}–${fmt(Math.max(...cpu))}`);
  console.log(`  peak RSS               ${fmt(Math.max(...runs.map((u) => u.maxRssMb)))} MB (one-line run: ${fmt(median(startup.map((u) => u.maxRssMb)))} MB)`);
  console.log(`  start-up (one-line run) ${(su / 1000).toFixed(2)} s CPU = ${((100 * su) / median(runs.map((u) => u.cpuMs))).toFixed(1)}% of a full run's CPU`);
}

const bins = [BIN, ...(COMPARE ? [resolve(COMPARE)] : [])];
for (const b of bins) if (!existsSync(b)) throw new Error(`missing ${b} (npm run build)`);
const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-analyze-cli-'));
try {
  writeFileSync(
    join(dir, 'usage.cjs'),
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.PANTAU_BENCH_USAGE, JSON.stringify(process.resourceUsage())));\n",
  );
  const input = INPUT ? resolve(INPUT) : join(dir, 'mixed.jsonl');
  let what: string;
  if (INPUT) what = `${INPUT}`;
  else if (SHARED) {
    writeFileSync(input, sharedMixedLines(LINES, resolve(SHARED)).join('\n') + '\n');
    what = `${fmt(LINES)} lines from ${SHARED}: SmSA train reviews and FakeNewsID train claims, alternating`;
  } else {
    writeFileSync(input, generatedMixedLines(LINES).join('\n') + '\n');
    what = `${fmt(LINES)} generated lines: reviews and hoax-style narratives, alternating`;
  }
  const n = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).length;
  const one = join(dir, 'one.jsonl');
  writeFileSync(one, readFileSync(input, 'utf8').split('\n')[0] + '\n');
  console.log(`pantau analyze end to end: ${what} (${n} docs, ${(statSync(input).size / 1e6).toFixed(1)} MB)`);
  console.log(`${hasTaskset ? 'taskset -c 0' : 'no taskset: not pinned'}, Node ${process.version}, ${RUNS} runs per build${COMPARE ? ', builds alternating' : ''}`);
  console.log(`machine before: ${machineLine()}`);
  const runs = bins.map(() => [] as Usage[]);
  const startup = bins.map(() => [] as Usage[]);
  for (let r = 0; r < RUNS; r++) {
    bins.forEach((b, k) => {
      runs[k]!.push(analyze(b, input, join(dir, `out-${k}.jsonl`), dir));
      startup[k]!.push(analyze(b, one, join(dir, `one-${k}.jsonl`), dir));
    });
  }
  console.log(`machine after:  ${machineLine()}`);
  bins.forEach((b, k) => summary(k === 0 ? 'this build' : `compared build ${b}`, n, runs[k]!, startup[k]!));
  if (COMPARE) {
    const same = readFileSync(join(dir, 'out-0.jsonl')).equals(readFileSync(join(dir, 'out-1.jsonl')));
    console.log(`outputs byte-identical: ${same ? 'yes' : 'NO'}`);
  }
  if (KEEP) console.log(`kept ${dir}`);
} finally {
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
