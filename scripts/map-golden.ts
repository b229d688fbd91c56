// Proof that a change to the map code keeps its output: `pantau map --format json` of the fixture
// days (test/fixtures/maps) through the real CLI of a given build, into a directory, one file per
// day (generatedAt removed), so the JSON of two builds can be compared byte for byte.
//   node dist/scripts/map-golden.js OUT_DIR [--bin path/to/dist/src/cli/main.js] [--compare OTHER_DIR]
// Run it once with the old build's main.js (e.g. a copy of dist/ made before the change) and once
// with the new one, then --compare: exit 1 and the first differing day and path when they differ.
// Each run imports the days and the fact file into a fresh store, maps the last day first (its
// look-back days are not mapped yet: the map maps them on the way), then every day in order (each
// map writes its issue ids, which the next day's continuity reads), then the first day again.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const out = resolve(args[0] ?? '');
const bin = resolve(opt('bin') ?? join(import.meta.dirname, '..', 'src', 'cli', 'main.js'));
const fixtures = resolve(opt('fixtures') ?? join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'maps'));

/** The map JSON without what changes from run to run (the time it was made). */
export function normalizeMap(json: string): string {
  const m = JSON.parse(json) as Record<string, unknown>;
  delete m.generatedAt;
  return `${JSON.stringify(m, null, 1)}\n`;
}

/** The first path where two JSON values differ, or undefined. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return path;
  if (a && typeof a === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    if (ka.join('\u0000') !== kb.join('\u0000')) return `${path} (keys ${ka.join(',')} vs ${kb.join(',')})`;
    for (const k of ka) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${path} (${JSON.stringify(a)} vs ${JSON.stringify(b)})`;
}

function pantau(argv: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pantau ${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

function run(): void {
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'pantau-map-golden-'));
  try {
    const cfg = join(dir, 'pantau.config.yaml');
    writeFileSync(cfg, 'storage: { path: golden.db }\nanalysis: { homeRegion: "15.71" }\n');
    const files = readdirSync(fixtures).filter((f) => /^day-.*\.jsonl$/.test(f)).sort();
    for (const f of files) pantau(['import', join(fixtures, f), '--config', cfg]);
    pantau(['facts', 'import', join(fixtures, 'facts.yaml'), '--config', cfg]);
    const days = files.map((f) => f.slice(4, 14));
    for (const [i, d] of [days[days.length - 1]!, ...days, days[0]!].entries()) {
      const json = pantau(['map', '--date', d, '--format', 'json', '--config', cfg]);
      writeFileSync(join(out, `${i}-${d}.json`), normalizeMap(json));
    }
    console.log(`${days.length + 2} maps written to ${out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compare(other: string): number {
  const names = readdirSync(out).filter((f) => f.endsWith('.json')).sort();
  const theirs = readdirSync(other).filter((f) => f.endsWith('.json')).sort();
  if (names.join() !== theirs.join()) {
    console.log(`different files: ${names.join(' ')} vs ${theirs.join(' ')}`);
    return 1;
  }
  for (const n of names) {
    const a = readFileSync(join(out, n), 'utf8');
    const b = readFileSync(join(other, n), 'utf8');
    if (a === b) continue;
    console.log(`${n}: differs at ${firstDifference(JSON.parse(a), JSON.parse(b))}`);
    return 1;
  }
  console.log(`${names.length} maps identical`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').slice(-2).join('/'))) {
  const other = opt('compare');
  if (other) process.exitCode = compare(resolve(other));
  else run();
}
