// The labelled check days scored the way the acceptance script runs Pantau: through the real CLI of a
// build, into a fresh store — `pantau import` of every day file, `pantau facts import facts.yaml`, then
// `pantau map --date D --format json` per day in order — against the rows' `label`, DIR/answers.json
// and DIR/check.json ({homeRegion, untouched: [days], spike: {day, label}}). DIR/config.yaml is used
// with its storage path moved into a temp dir. Untouched days are mapped (the next days' continuity
// reads their ids) but only scored with --final.
//   node dist/scripts/eval-map-cli.js DIR [--final] [--bin path/to/dist/src/cli/main.js] [--keep OUT]
// --keep writes each day's map JSON into OUT. Outside mentions count as one cluster (as the dev
// harness does); the F1 with them as singletons is printed beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bcubed } from '../src/maps/bcubed.js';
import { emptyFactTally, factTallySummary, tallyFacts } from './map-check-facts.js';
import { continuity } from './map-continuity.js';

interface MapJson {
  issues: { id: string; label: string; volume: number; sentiment: { negative: number }; hoax: { flagged: boolean }; facts: { id: string; score: number; answers?: boolean; parts?: { topic: number; place: number; entity: number; text: number } }[]; brief?: { needsData?: string }; mentions: { url: string }[] }[];
  outside: { volume: number; mentions: { url: string }[] };
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const dir = resolve(args[0] ?? '');
const final = args.includes('--final');
const bin = resolve(opt('bin') ?? join(import.meta.dirname, '..', 'src', 'cli', 'main.js'));
const keep = opt('keep');
const check = existsSync(join(dir, 'check.json')) ? (JSON.parse(readFileSync(join(dir, 'check.json'), 'utf8')) as { untouched?: string[]; spike?: { day: string; label: string } }) : {};
const untouched = check.untouched ?? [];
const answers = JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8')) as Record<string, string | null>;
const files = readdirSync(dir).filter((f) => /^day-.*\.jsonl$/.test(f)).sort();
const gold = new Map<string, { label: string; day: string }>(); // url → label and file day
for (const f of files) for (const l of readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)) gold.set((JSON.parse(l) as { url: string }).url, { label: (JSON.parse(l) as { label: string }).label, day: f.slice(4, 14) });

function pantau(argv: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pantau ${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

const tmp = mkdtempSync(join(tmpdir(), 'pantau-map-cli-'));
try {
  const cfg = join(tmp, 'config.yaml');
  writeFileSync(cfg, readFileSync(join(dir, 'config.yaml'), 'utf8').replace(/^(\s*path:\s*).*$/m, `$1${join(tmp, 'pantau.db')}`));
  for (const f of files) pantau(['import', join(dir, f), '--config', cfg]);
  pantau(['facts', 'import', join(dir, 'facts.yaml'), '--config', cfg]);
  if (keep) mkdirSync(keep, { recursive: true });
  const days = files.map((f) => f.slice(4, 14));
  let f1sum = 0, single = 0, scored = 0, spikeOk: boolean | undefined;
  const facts = emptyFactTally();
  const majority = new Map<string, Map<string, string>>();
  for (const d of days) {
    const out = pantau(['map', '--date', d, '--format', 'json', '--config', cfg]);
    if (keep) writeFileSync(join(keep, `${d}.json`), out);
    if (untouched.includes(d) && !final) { console.log(`${d}: (untouched, not scored)`); continue; }
    const map = JSON.parse(out) as MapJson;
    const pred = new Map<string, string>();
    for (const is of map.issues) for (const m of is.mentions) pred.set(m.url, is.id);
    for (const m of map.outside.mentions) pred.set(m.url, 'outside');
    const g = new Map([...gold].filter(([, v]) => v.day === d).map(([u, v]) => [u, v.label]));
    const missing = [...g.keys()].filter((u) => !pred.has(u));
    for (const u of missing) pred.set(u, `missing:${u}`);
    const b = bcubed(pred, g);
    // outside as singletons on both sides: a stricter reading of "issues match the labels"
    const s = bcubed(new Map([...pred].map(([u, p]) => [u, p === 'outside' ? `o:${u}` : p])), new Map([...g].map(([u, l]) => [u, l === 'outside' ? `o:${u}` : l])));
    f1sum += b.f1; single += s.f1; scored++;
    const votes = new Map<string, Map<string, number>>();
    for (const [u, l] of g) { const p = pred.get(u)!; const c = votes.get(l) ?? new Map<string, number>(); c.set(p, (c.get(p) ?? 0) + 1); votes.set(l, c); }
    const maj = new Map([...votes].map(([l, c]) => [l, [...c].sort((x, y) => y[1] - x[1])[0]![0]]));
    majority.set(d, maj);
    const lines = tallyFacts(facts, maj, map.issues, answers);
    const mostNeg = [...map.issues].sort((a, b2) => b2.sentiment.negative - a.sentiment.negative)[0];
    let note = '';
    if (check.spike?.day === d) {
      spikeOk = mostNeg?.id === maj.get(check.spike.label);
      note = `; spike day: most negative ${spikeOk ? 'IS' : 'is NOT'} the labelled ${check.spike.label}`;
    }
    console.log(`${d}: B3 F1 ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)}; outside as singletons ${s.f1.toFixed(3)}), ${map.issues.length} issues, outside ${map.outside.volume}${missing.length ? `, ${missing.length} missing` : ''}; most negative: ${mostNeg?.label} (${mostNeg?.sentiment.negative})${note}`);
    for (const is of map.issues) {
      const labels = new Map<string, number>();
      for (const m of is.mentions) { const l = gold.get(m.url)?.label ?? '?'; labels.set(l, (labels.get(l) ?? 0) + 1); }
      console.log(`   ${is.id} ${is.label} | v${is.volume} neg ${is.sentiment.negative}${is.hoax.flagged ? ' HOAX' : ''} | ${[...labels].map(([l, c]) => `${l}×${c}`).join(' ')}`);
    }
    const outLabels = new Map<string, number>();
    for (const m of map.outside.mentions) { const l = gold.get(m.url)?.label ?? '?'; outLabels.set(l, (outLabels.get(l) ?? 0) + 1); }
    console.log(`   outside | ${[...outLabels].map(([l, c]) => `${l}×${c}`).join(' ')}`);
    for (const l of lines) console.log(l);
  }
  const { ok: contOk, total: contTotal, clash } = continuity(days, majority);
  console.log(`mean B3 F1 ${(f1sum / scored).toFixed(3)} over ${scored} days (outside as singletons ${(single / scored).toFixed(3)}); ${factTallySummary(facts)}; continuity ${contOk}/${contTotal}, ids reused across labels ${clash}${spikeOk === undefined ? '' : `; spike ${spikeOk ? 'ok' : 'WRONG'}`}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
