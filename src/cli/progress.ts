// Human progress on a TTY (stderr), nothing extra otherwise: pino's structured logs cover pipes/cron.
import type { ProgressReporter, SourceResult } from '../pipeline/runner.js';

export function ttyProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter | undefined {
  if (!stream.isTTY) return undefined;
  const counts = new Map<string, number>();
  return {
    sourceStart(s) {
      counts.set(s.id, 0);
      stream.write(`→ ${s.id} (${s.kind}) ${s.url}\n`);
    },
    item(s, m) {
      const n = (counts.get(s.id) ?? 0) + 1;
      counts.set(s.id, n);
      stream.write(`  + ${m.title.slice(0, 90)}\n`);
    },
    sourceDone(r: SourceResult) {
      stream.write(`${r.ok ? '✓' : '✗'} ${r.sourceId}: ${formatCounts(r.counts)}${r.error ? ` — ${r.error}` : ''}\n`);
    },
  };
}

export function formatCounts(c: Record<string, number>): string {
  return Object.entries(c)
    .filter(([k, v]) => v > 0 || k === 'indexed')
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
