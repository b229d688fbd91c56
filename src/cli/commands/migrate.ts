import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ConfigError } from '../../core/errors.js';
import { addLangOption, parseLang, type Lang } from '../i18n.js';
import { makeLogger, readConfig, type GlobalOpts } from '../runtime.js';
import type { MigrateProgress, MigrateResult } from '../../store/migrate.js';

function bar(p: MigrateProgress, lang: Lang): string {
  const share = p.total ? Math.min(1, p.copied / p.total) : 1;
  const filled = Math.round(share * 30);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${p.copied}/${p.total} ${lang === 'id' ? 'berita' : 'mentions'} (${Math.round(share * 100)}%)`;
}

function list(missing: readonly string[]): string {
  return `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`;
}

export function migrateSummary(r: MigrateResult, to: string, lang: Lang): string {
  const ok = r.total - r.missing.length;
  const l = r.ledgers;
  if (lang === 'en') {
    return (
      `${r.resumed ? 'resumed; ' : ''}copied ${r.copied} mentions to ${to} (${r.written} written, ${r.duplicates} already there, ${r.dropped.length} refused), ${r.debunks} debunks` +
      `${l ? `, ${l.added.corrections} corrections and ${l.added.issueCorrections} issue merges/splits` : ''}\n` +
      `check: ${ok} of ${r.total} mentions are in ${to}${r.missing.length ? ` — missing: ${list(r.missing)}` : ''}\n` +
      (l
        ? `check: ${l.check.found.corrections} of ${l.check.total.corrections} corrections and ${l.check.found.issueCorrections} of ${l.check.total.issueCorrections} issue merges/splits are in ${to}${l.check.missing.length ? ` — missing: ${list(l.check.missing)}` : ''}\n`
        : '')
    );
  }
  const idMissing = l?.check.missing.map((m) => m.replace(/^issue correction /, 'koreksi isu ').replace(/^correction /, 'koreksi ')) ?? [];
  return (
    `${r.resumed ? 'dilanjutkan; ' : ''}disalin ${r.copied} berita ke ${to} (${r.written} ditulis, ${r.duplicates} sudah ada, ${r.dropped.length} ditolak), ${r.debunks} bantahan` +
    `${l ? `, ${l.added.corrections} koreksi dan ${l.added.issueCorrections} penggabungan/pemisahan isu` : ''}\n` +
    `pemeriksaan: ${ok} dari ${r.total} berita ada di ${to}${r.missing.length ? ` — hilang: ${list(r.missing)}` : ''}\n` +
    (l
      ? `pemeriksaan: ${l.check.found.corrections} dari ${l.check.total.corrections} koreksi dan ${l.check.found.issueCorrections} dari ${l.check.total.issueCorrections} penggabungan/pemisahan isu ada di ${to}${idMissing.length ? ` — hilang: ${list(idMissing)}` : ''}\n`
      : '')
  );
}

export function registerMigrate(program: Command): void {
  const cmd = program
    .command('migrate')
    .description('copy every stored mention (analysis, issue ids, first-stored time) and debunk to the other backend (into another SQLite file also the corrections ledger and issue merges/splits); resumable, checked at the end')
    .requiredOption('--to <backend>', 'elasticsearch or sqlite')
    .option('--path <file>', 'with --to sqlite: the SQLite file to write (default storage.path)')
    .option('--batch <n>', 'mentions per write (default 500)')
    .option('--restart', 'start over instead of resuming an interrupted migration')
    .option('-c, --config <file>', 'config file');
  addLangOption(cmd).action(async (opts, c: Command) => {
    const all: GlobalOpts & { to: string; path?: string; batch?: string; restart?: boolean; lang?: string } = { ...c.optsWithGlobals(), ...opts };
    const lang = parseLang(all.lang);
    if (all.to !== 'elasticsearch' && all.to !== 'sqlite') throw new ConfigError(`--to: expected elasticsearch or sqlite, got "${all.to}"`);
    const batch = all.batch === undefined ? 500 : Number(all.batch);
    if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) throw new ConfigError(`--batch: expected a whole number 1–10000, got "${all.batch}"`);
    const config = readConfig(all, false);
    const log = makeLogger();
    const node = config.storage.node ?? process.env.ELASTICSEARCH_URL;
    if (!node) throw new ConfigError('storage.node: the Elasticsearch cluster to migrate to or from (or set ELASTICSEARCH_URL)');
    const [{ SqliteStore }, { openElasticsearchStore }, { migrate, Checkpoint, requireStored }, { copyLedgers, checkLedgers }] = await Promise.all([
      import('../../store/sqlite/store.js'),
      import('../../store/elasticsearch/index.js'),
      import('../../store/migrate.js'),
      import('../../store/sqlite/ledger-copy.js'),
    ]);
    const ctx = { timezone: config.timezone, ownedSources: config.sources.filter((s) => s.owned).map((s) => s.id), log };
    const es = openElasticsearchStore({ ...config.storage, node, statePath: config.storage.path, ...ctx, refresh: all.to !== 'elasticsearch' });
    const sqlitePath = all.to === 'sqlite' && all.path ? all.path : config.storage.path;
    const sqlite = new SqliteStore(sqlitePath, { log, timezone: config.timezone, ownedSources: ctx.ownedSources });
    // The ledgers live in the state file: a target in another file gets a copy of them (ledger-copy.ts).
    const ownLedger = all.to === 'sqlite' && resolve(sqlitePath) !== resolve(config.storage.path);
    const progress = process.stderr.isTTY ? (p: MigrateProgress) => process.stderr.write(bar(p, lang)) : undefined;
    try {
      const checkpoint = new Checkpoint(sqlite.database, all.to === 'elasticsearch' ? `elasticsearch:${node}:${config.storage.indexPrefix}` : `sqlite:${sqlitePath}`);
      const r =
        all.to === 'elasticsearch'
          ? await migrate(
              sqlite,
              {
                write: async (b) => {
                  const w = await es.copyMentions(b);
                  requireStored(w.unstored.length, w.error);
                  return w.result;
                },
                existingIds: (ids) => es.es.existingIds(ids),
                upsertDebunks: (d) => es.upsertDebunks(d),
                finish: () => es.es.refresh(),
              },
              checkpoint,
              { batch, restart: all.restart, onProgress: progress },
            )
          : await migrate(
              es,
              {
                write: (b) => sqlite.copyMentions(b),
                existingIds: (ids) => sqlite.existingIds(ids),
                upsertDebunks: (d) => sqlite.upsertDebunks(d),
                ...(ownLedger ? { copyLedgers: () => copyLedgers(es.state, sqlite), checkLedgers: () => checkLedgers(es.state, sqlite) } : {}),
              },
              checkpoint,
              { batch, restart: all.restart, onProgress: progress },
            );
      if (progress) process.stderr.write('\n');
      process.stdout.write(migrateSummary(r, all.to === 'elasticsearch' ? `Elasticsearch ${node}` : sqlitePath, lang));
      if (r.missing.length || r.ledgers?.check.missing.length) process.exitCode = 1;
    } finally {
      await sqlite.close();
      await es.close();
    }
  });
}
