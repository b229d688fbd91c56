import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { loadConfig } from '../../core/config.js';
import { createLogger } from '../../core/log.js';
import type { Mention, Store } from '../../core/types.js';
import { runAllOnce } from '../../pipeline/run-all.js';
import { startDemoSite } from '../demo/site.js';
import { formatCounts } from '../progress.js';
import { buildAnalyzers, openPipeline } from '../runtime.js';

type Lang = 'id' | 'en';
const T = {
  id: {
    title: 'Pantau — demo (tanpa internet: situs contoh di 127.0.0.1)',
    perSource: 'Berita per sumber',
    sentiment: 'Sebaran sentimen',
    labels: { positive: 'positif', neutral: 'netral', negative: 'negatif' },
    topics: 'Isu terbanyak',
    negative: 'Berita paling negatif',
    hoax: 'Terindikasi hoaks',
    debunk: 'bantahan',
    robots: 'Dilewati karena robots.txt',
    next: 'Coba cari',
    stored: 'Tersimpan di',
  },
  en: {
    title: 'Pantau — demo (no internet: sample site on 127.0.0.1)',
    perSource: 'Items per source',
    sentiment: 'Sentiment split',
    labels: { positive: 'positive', neutral: 'neutral', negative: 'negative' },
    topics: 'Top issues',
    negative: 'Most negative stories',
    hoax: 'Possible hoaxes',
    debunk: 'debunk',
    robots: 'Skipped by robots.txt',
    next: 'Try a search',
    stored: 'Stored in',
  },
};

async function summary(store: Store, lang: Lang, out: (s: string) => void): Promise<void> {
  const t = T[lang];
  const all = (await store.search({ text: '', limit: 1000 })).items;
  const bySentiment = await store.countBy('sentiment', {});
  const topics = await store.countBy('topic', {});
  out(`\n${t.sentiment}:`);
  for (const b of bySentiment) out(`  ${t.labels[b.key as keyof typeof t.labels] ?? b.key}: ${b.count}`);
  if (topics.length) out(`\n${t.topics}: ${topics.slice(0, 6).map((b) => `${b.key} (${b.count})`).join(', ')}`);
  const neg = all
    .filter((m) => m.analysis?.sentiment.label === 'negative')
    .sort((a, b) => (a.analysis!.sentiment.score - b.analysis!.sentiment.score));
  out(`\n${t.negative}:`);
  for (const m of neg.slice(0, 5)) out(`  ${m.analysis!.sentiment.score.toFixed(2).padStart(5)}  ${m.title}`);
  // Only what the hoax analyzer flagged (its threshold, or a matched debunk): never a bare score cut-off.
  const hoax = all.filter((m: Mention) => m.analysis?.hoax.flagged === true);
  out(`\n${t.hoax}:`);
  for (const m of hoax) {
    out(`  ${m.analysis!.hoax.score.toFixed(2)}  ${m.title}`);
    if (m.analysis!.hoax.indicators.length) out(`        [${m.analysis!.hoax.indicators.join(', ')}]`);
    for (const d of m.analysis!.hoax.debunks) out(`        ${t.debunk}: ${d.title} (${d.similarity.toFixed(2)})`);
  }
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the whole chain offline on bundled sample material (loopback server, temporary SQLite) and print a summary')
    .option('--lang <lang>', 'summary language: id (Indonesian) or en', process.env.PANTAU_LANG ?? 'id')
    .option('--dir <dir>', 'where to keep the demo database and config (default: a new temp dir)')
    .action(async (opts: { lang: string; dir?: string }) => {
      const lang: Lang = opts.lang === 'en' ? 'en' : 'id';
      const t = T[lang];
      const out = (s: string) => process.stdout.write(s + '\n');
      const site = await startDemoSite();
      const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'pantau-demo-'));
      mkdirSync(dir, { recursive: true });
      const cfgFile = join(dir, 'pantau.config.yaml');
      try {
        writeFileSync(
          cfgFile,
          `# Written by \`pantau demo\`; the sample site it points at only lives while the demo runs.\n` +
            stringify({
              storage: { driver: 'sqlite', path: join(dir, 'pantau.db') },
              crawl: { perHostIntervalMs: 0, perHostConcurrency: 4, retries: 0, timeoutMs: 5000 },
              sources: site.material.sources.map((s) => ({
                id: s.id,
                name: s.name,
                kind: 'rss',
                url: site.feedUrl(s),
                factcheck: s.factcheck,
              })),
            }),
        );
        const config = loadConfig({ file: cfgFile });
        // Quiet logs: the demo prints its own summary.
        const log = createLogger({ level: process.env.PANTAU_LOG_LEVEL || 'error' });
        const p = await openPipeline(config, log);
        try {
          out(t.title);
          const run = await runAllOnce(config.sources, p.deps, () => buildAnalyzers(config, p.deps.store));
          out(`\n${t.perSource}:`);
          for (const r of run.sources) out(`  ${r.sourceId.padEnd(16)} ${formatCounts(r.counts)}${r.error ? ` — ${r.error}` : ''}`);
          const robots = run.reasons.filter((r) => /robots/i.test(r.reason));
          if (robots.length) out(`  ${t.robots}: ${robots.map((r) => new URL(r.url).pathname).join(', ')}`);
          await summary(p.deps.store, lang, out);
          out(`\n${t.stored}: ${config.storage.path}`);
          out(`${t.next}: npx pantau search banjir --config ${cfgFile}`);
          if (run.failedSources.length) process.exitCode = 1;
        } finally {
          await p.close();
        }
      } finally {
        await site.close();
      }
    });
}
