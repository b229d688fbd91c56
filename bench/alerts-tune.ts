// Tuning check of the alert defaults on the fixture days (bench/alert-days.ts): for each scenario,
// `pantau import` of its days into a fresh store, then `pantau alerts replay --json` over them with
// the default settings, and the acceptance rule: a negative-spike alert within the first two hours
// of the labelled spike, none on the baseline days. The untouched scenarios are run only with
// --split untouched (or all), once the defaults are settled.
//   node dist/bench/alerts-tune.js [--split tune|untouched|all] [--verbose]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildScenario, SCENARIOS, type Scenario } from './alert-days.js';
import { buildCityScenario, CITY_SCENARIOS } from './alert-cities.js';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'tune';
const verbose = args.includes('--verbose');
/** Each scenario again with other seeds (other ordinary days, other spike timings within its shape). */
const seeds = args.includes('--seeds') ? Number(args[args.indexOf('--seeds') + 1]) : 1;
/** Settings of the spike rule to try instead of the defaults, as YAML flow pairs: --spike "minStories: 4". */
const spikeOverride = args.includes('--spike') ? args[args.indexOf('--spike') + 1] : undefined;
/** days: bench/alert-days.ts (Kota Jambi); cities: bench/alert-cities.ts (other cities, noisy baselines). */
const suite = args.includes('--suite') ? args[args.indexOf('--suite') + 1] : 'days';
/** Only this set of the cities suite (kecil, sedang, besar, untouched). */
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
/** One replay per day (--from D --to D), as a checker may run it, instead of one over all days. */
const perDay = args.includes('--per-day');
const BIN = join(import.meta.dirname, '..', 'src', 'cli', 'main.js');

interface Ev {
  at: string;
  kind: string;
  key: string;
  label: string;
  counts: { negative: number; total: number; stories?: number };
  baseline: number;
  baselineDays: number;
}

let ok = 0;
let n = 0;
const pool: { split: string; seed: number; name: string; set?: string; build: (seed: number, name: string) => Scenario }[] =
  suite === 'cities'
    ? CITY_SCENARIOS.map((s) => ({ split: s.split, seed: s.seed, name: s.name, set: s.set, build: (seed, name) => buildCityScenario({ ...s, seed, name }) }))
    : SCENARIOS.map((s) => ({ split: s.split, seed: s.seed, name: s.name, build: (seed, name) => buildScenario({ ...s, seed, name }) }));
const specs = pool
  .filter((s) => (split === 'all' || s.split === split) && (!only || s.set === only))
  .flatMap((s) => Array.from({ length: seeds }, (_, k) => ({ ...s, seed: s.seed + 1000 * k, name: k ? `${s.name}#${k}` : s.name })));
let baselineDays = 0;
let falseDays = 0;
const delays: number[] = [];
for (const spec of specs) {
  const sc = spec.build(spec.seed, spec.name);
  const dir = mkdtempSync(join(tmpdir(), 'pantau-alerts-tune-'));
  try {
    const file = join(dir, 'days.jsonl');
    writeFileSync(file, sc.rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const cfg = join(dir, 'pantau.config.yaml');
    writeFileSync(
      cfg,
      `storage: { path: ${join(dir, 'p.db')} }\n` +
        (spikeOverride ? `alerts: { rules: [{ id: lonjakan-negatif, kind: spike, ${spikeOverride} }, { id: porsi-negatif, kind: share }, { id: hoaks-menyebar, kind: hoax }, { id: nama-dipantau, kind: watch }] }\n` : ''),
    );
    const env = { ...process.env, PANTAU_LOG_LEVEL: 'error', PANTAU_CONFIG: '' };
    execFileSync(process.execPath, [BIN, 'import', file, '--config', cfg], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const t0 = Date.now();
    const ranges = perDay ? sc.days.map((d) => [d, d] as const) : [[sc.days[0]!, sc.days[sc.days.length - 1]!] as const];
    const events = ranges.flatMap(
      ([from, to]) => JSON.parse(execFileSync(process.execPath, [BIN, 'alerts', 'replay', '--from', from, '--to', to, '--json', '--config', cfg], { env, encoding: 'utf8' })) as Ev[],
    );
    const ms = Date.now() - t0;
    const spikes = events.filter((e) => e.kind.includes('spike'));
    const start = Date.parse(sc.spikeStart);
    const hit = spikes.find((e) => Date.parse(e.at) >= start && Date.parse(e.at) <= start + 2 * 3_600_000);
    const localDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
    const falses = spikes.filter((e) => localDay(e.at) !== sc.spikeDay);
    const pass = !!hit && falses.length === 0;
    baselineDays += sc.days.length - 1;
    falseDays += new Set(falses.map((e) => localDay(e.at))).size;
    if (hit) delays.push((Date.parse(hit.at) - start) / 60_000);
    n++;
    if (pass) ok++;
    const neg = sc.rows.filter((r) => r.label === sc.spikeLabel).length;
    console.log(
      `${pass ? 'PASS' : 'FAIL'} ${sc.name} (${spec.split}): ${sc.rows.length} rows, spike ${sc.spikeLabel} ${neg} rows from ${sc.spikeStart}; ` +
        `first spike alert ${hit ? `${Math.round((Date.parse(hit.at) - start) / 60_000)} min after start (${hit.key}, ${hit.counts.negative} neg in ${hit.counts.stories} stories vs ${hit.baseline})` : 'none in 2 h'}; ` +
        `baseline-day spike alerts ${falses.length}; other alerts ${events.length - spikes.length}; replay ${ms} ms`,
    );
    if (verbose || !pass) for (const e of events) console.log(`     ${e.at} ${e.kind} ${e.key} "${e.label}" neg ${e.counts.negative}/${e.counts.total} stories ${e.counts.stories ?? '-'} vs ${e.baseline} (${e.baselineDays} d)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
delays.sort((a, b) => a - b);
console.log(`${ok} of ${n} scenarios pass (${split}); spike found within 2 h in ${delays.length} of ${n} (median ${delays[delays.length >> 1] ?? '-'} min after its start); baseline days with a spike alert: ${falseDays} of ${baselineDays}`);
