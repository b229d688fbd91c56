import type { Command } from 'commander';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('list configured sources with their status: last success, items found, errors, next due')
    .option('--json', 'print JSON')
    .option('-c, --config <file>', 'config file')
    .action(async (opts, cmd: Command) => {
      const all: GlobalOpts & { json?: boolean } = { ...cmd.optsWithGlobals(), ...opts };
      const config = readConfig(all, true);
      const store = await openStore(config, makeLogger());
      try {
        const rows = [];
        for (const s of config.sources) {
          const st = await store.getSourceState(s.id);
          const status = !st?.lastRunAt ? 'never-run' : st.consecutiveFailures > 0 ? 'failing' : 'ok';
          rows.push({
            id: s.id,
            kind: s.kind,
            url: s.url,
            everyMinutes: s.everyMinutes,
            status,
            lastRunAt: st?.lastRunAt ?? null,
            lastSuccessAt: st?.lastSuccessAt ?? null,
            nextDueAt: st?.nextDueAt ?? null,
            itemsFound: st?.itemsFound ?? 0,
            consecutiveFailures: st?.consecutiveFailures ?? 0,
            lastError: st?.lastError ?? null,
          });
        }
        if (all.json) {
          process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        // Columns as wide as their longest value, so long ids and kinds (google-news) stay aligned.
        const idW = Math.max(2, ...rows.map((r) => r.id.length));
        const kindW = Math.max(4, ...rows.map((r) => r.kind.length));
        for (const r of rows) {
          process.stdout.write(
            `${r.status.padEnd(9)} ${r.id.padEnd(idW)} ${r.kind.padEnd(kindW)} items ${String(r.itemsFound).padStart(5)}  ` +
              `last ok ${r.lastSuccessAt ?? '-'}${r.lastError ? `  error: ${r.lastError}` : ''}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
