// bench:map's import-side step: the issue ids of every complete day of a generated store assigned the
// way `pantau import` assigns them after storing (src/cli/map-ids.ts → src/maps/assign-ids.ts), in
// one process, oldest day first, as if every mention had just been imported (the store's id state is
// set to "everything stored since the epoch" when it has none). "Today" is the day given (its ids are
// left for `pantau map`: the morning case). Prints one line per day and a JSON summary last.
//   node dist/bench/map-assign.js CONFIG TODAY
import { systemClock } from '../src/core/clock.js';
import { startOfLocalDay } from '../src/core/time.js';
import { assignIds } from '../src/cli/map-ids.js';
import { loadRuntime, makeLogger, openStore, readConfig } from '../src/cli/runtime.js';
import { beginStoring } from '../src/maps/assign-ids.js';

const [cfgFile, today] = process.argv.slice(2);
if (!cfgFile || !today) throw new Error('usage: map-assign.js CONFIG TODAY');
await loadRuntime();
const config = readConfig({ config: cfgFile }, true);
const store = await openStore(config, makeLogger());
try {
  // A store with no id state gets one whose mark is the epoch: every stored mention counts as just imported.
  await beginStoring(store, () => 0);
  // Noon of `today` in the office's zone.
  const noon = startOfLocalDay(today, config.timezone) + 12 * 3_600_000;
  const clock = { now: () => noon, sleep: systemClock.sleep };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const o = await assignIds(config, store, clock, (d) =>
    console.log(
      `ids of ${d.day}: ${String(d.written).padStart(6)} written, ${(d.cpuMs / 1000).toFixed(2)} s CPU, ${(d.wallMs / 1000).toFixed(2)} s wall, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
    ),
  );
  const cpu = process.cpuUsage(cpu0);
  if (o.error) throw new Error(o.error);
  const per = o.done.map((d) => d.cpuMs / 1000).sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      days: o.done.length,
      written: o.done.reduce((s, d) => s + d.written, 0),
      cpuS: (cpu.user + cpu.system) / 1e6,
      wallS: (performance.now() - t0) / 1000,
      perDayCpuS: { min: per[0], median: per[Math.floor(per.length / 2)], max: per[per.length - 1] },
      pending: o.report?.pending ?? [],
    }),
  );
} finally {
  await store.close();
}
