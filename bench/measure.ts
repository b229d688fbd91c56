// Timing helpers for the benchmarks. The machine may be shared, so each figure is the best of several
// runs, and both wall-clock time and this process's CPU time are kept: on a loaded machine the wall
// clock also counts time the process waited for a core, while CPU time is what one core spent.
import { cpus, loadavg } from 'node:os';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Best (lowest) wall and CPU time of `runs` calls of fn. */
export function best(runs: number, fn: () => void): Timing {
  let wallMs = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const w0 = performance.now();
    const c0 = cpuMs();
    fn();
    cpu = Math.min(cpu, cpuMs() - c0);
    wallMs = Math.min(wallMs, performance.now() - w0);
  }
  return { wallMs, cpuMs: cpu };
}

export const rate = (docs: number, ms: number): string => (docs / (ms / 1000)).toFixed(0).padStart(7);
export const perDoc = (docs: number, ms: number): string => ((ms * 1000) / docs).toFixed(1).padStart(7);

export function machineLine(): string {
  const l = loadavg().map((x) => x.toFixed(2)).join(' ');
  return `${cpus().length} cores, load average ${l} (1/5/15 min)`;
}
