import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Mention } from '../../core/types.js';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';

export function searchRecord(m: Mention) {
  return {
    id: m.id,
    url: m.url,
    canonicalUrl: m.canonicalUrl,
    title: m.title,
    sourceId: m.sourceId,
    kind: m.kind,
    publishedAt: m.publishedAt ?? null,
    fetchedAt: m.fetchedAt,
    author: m.author ?? null,
    language: m.language ?? null,
    sentiment: m.analysis?.sentiment ?? null,
    topics: m.analysis?.topics ?? [],
    hoax: m.analysis ? { score: m.analysis.hoax.score, flagged: m.analysis.hoax.flagged === true, indicators: m.analysis.hoax.indicators } : null,
    /** Syndicated copies of one story across outlets share this id (the first copy's id). */
    clusterId: typeof m.meta?.clusterId === 'string' ? m.meta.clusterId : null,
    snippet: m.text.slice(0, 240),
  };
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search of stored mentions; an empty query lists the newest')
    .argument('[query]', 'words to search for', '')
    .option('--json', 'print a JSON array')
    .option('-n, --limit <n>', 'how many results', '20')
    .option('--source <id>', 'only this source')
    .option('--sentiment <label>', 'positive | neutral | negative')
    .option('--topic <id>', 'only this topic')
    .option('-c, --config <file>', 'config file')
    .action(async (query: string, opts, cmd: Command) => {
      const all: GlobalOpts & Record<string, string | boolean | undefined> = { ...cmd.optsWithGlobals(), ...opts };
      const limit = Number(all.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit: expected a positive whole number, got "${all.limit}"`);
      if (all.sentiment && !['positive', 'neutral', 'negative'].includes(String(all.sentiment))) {
        throw new InputError(`--sentiment: expected positive, neutral or negative, got "${all.sentiment}"`);
      }
      const config = readConfig(all, false);
      const store = await openStore(config, makeLogger());
      try {
        const page = await store.search({
          text: query,
          limit,
          sourceId: all.source as string | undefined,
          sentiment: all.sentiment as 'positive' | 'neutral' | 'negative' | undefined,
          topic: all.topic as string | undefined,
        });
        if (all.json) {
          process.stdout.write(JSON.stringify(page.items.map(searchRecord), null, 2) + '\n');
          return;
        }
        if (page.items.length === 0) {
          process.stdout.write(query ? `Tidak ada hasil untuk "${query}" (no results).\n` : 'Belum ada berita tersimpan (no mentions stored yet).\n');
          return;
        }
        for (const m of page.items) {
          const s = m.analysis?.sentiment.label ?? '-';
          const date = (m.publishedAt ?? m.fetchedAt).slice(0, 10);
          // The hoax mark only when the analyzer flagged it (analyses stored before the flag have none).
          const hoax = m.analysis?.hoax.flagged === true ? '  [hoaks?]' : '';
          process.stdout.write(`${date}  [${s}]${hoax}  ${m.title}\n            ${m.url}\n`);
        }
        process.stdout.write(`${page.items.length} of ${page.total} shown\n`);
      } finally {
        await store.close();
      }
    });
}
