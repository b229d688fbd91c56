import type { Command } from 'commander';
import { DEFAULT_TIMEZONE, formatLocalMinute } from '../../core/time.js';
import { addLangOption, parseLang, statusWord, type Lang } from '../i18n.js';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';
import { terminalSafe } from '../terminal.js';
import { storeHealthLine } from '../store-health.js';

/** "2026-11-23 08:00 WIB" — people read times in the office's zone; JSON keeps ISO instants. */
export function localTime(iso: string | null | undefined, zone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '-';
  return formatLocalMinute(Date.parse(iso), zone);
}

const T = {
  id: { items: 'item', lastOk: 'terakhir berhasil', error: 'galat' },
  en: { items: 'items', lastOk: 'last ok', error: 'error' },
};

export interface SourceRow {
  id: string;
  kind: string;
  status: string;
  itemsFound: number;
  lastSuccessAt: string | null;
  lastError: string | null;
}

/** The table of `pantau sources`; every field from the store or the web is printed terminal-safe. */
export function formatSources(rows: SourceRow[], lang: Lang, zone = DEFAULT_TIMEZONE): string {
  const t = T[lang];
  // Columns as wide as their longest value, so long ids and kinds (google-news) stay aligned.
  const idW = Math.max(2, ...rows.map((r) => r.id.length));
  const kindW = Math.max(4, ...rows.map((r) => r.kind.length));
  const statusW = Math.max(...rows.map((r) => statusWord(r.status, lang).length), 4);
  return rows
    .map(
      (r) =>
        `${statusWord(r.status, lang).padEnd(statusW)} ${r.id.padEnd(idW)} ${r.kind.padEnd(kindW)} ${t.items} ${String(r.itemsFound).padStart(5)}  ` +
        `${t.lastOk} ${localTime(r.lastSuccessAt, zone)}${r.lastError ? `  ${t.error}: ${terminalSafe(r.lastError)}` : ''}\n`,
    )
    .join('');
}

export function registerSources(program: Command): void {
  const cmd = program
    .command('sources')
    .description('list configured sources with their status: last success, items found, errors, next due')
    .option('--json', 'print JSON')
    .option('-c, --config <file>', 'config file');
  addLangOption(cmd).action(async (opts, c: Command) => {
    const all: GlobalOpts & { json?: boolean; lang?: string } = { ...c.optsWithGlobals(), ...opts };
    const lang = parseLang(all.lang);
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
      // With Elasticsearch: whether the cluster answers and how many mentions wait in the local outbox.
      const health = await store.health?.();
      if (all.json) process.stdout.write(JSON.stringify(health ? { sources: rows, storage: health } : rows, null, 2) + '\n');
      else {
        if (health) process.stdout.write(storeHealthLine(health, lang));
        process.stdout.write(formatSources(rows, lang, config.timezone));
      }
    } finally {
      await store.close();
    }
  });
}
