// `pantau demo`: the whole chain offline on the bundled sample site, then a summary for people.
// Loaded by the command's action only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createLogger } from '../core/log.js';
import type { Mention, Store } from '../core/types.js';
import { runAllOnce } from '../pipeline/run-all.js';
import { startDemoSite } from './demo/site.js';
import { formatCounts, indicatorName, sentimentWord, topicLabel, type Lang } from './i18n.js';
import { buildAnalyzers, openPipeline, readConfig } from './runtime.js';
import { selfCommand } from './self.js';
import { terminalSafe } from './terminal.js';
import { factcheckSourceIds } from '../core/factcheck-sources.js';

const T = {
  id: {
    title: 'Pantau — demo (tanpa internet: situs contoh di 127.0.0.1)',
    perSource: 'Berita per sumber',
    sentiment: 'Sebaran sentimen berita',
    topics: 'Isu terbanyak',
    negative: 'Berita paling negatif',
    hoax: 'Terindikasi hoaks',
    debunk: 'bantahan',
    debunks: 'Bantahan dari situs cek fakta',
    robots: 'Dilewati karena robots.txt',
    next: 'Coba cari',
    stored: 'Tersimpan di',
    removed: 'Basis data demo sementara sudah dihapus; simpan dengan --dir FOLDER untuk mencoba pencarian.',
  },
  en: {
    title: 'Pantau — demo (no internet: sample site on 127.0.0.1)',
    perSource: 'Items per source',
    sentiment: 'Sentiment of the news',
    topics: 'Top issues',
    negative: 'Most negative stories',
    hoax: 'Possible hoaxes',
    debunk: 'debunk',
    debunks: 'Debunks from the fact-check site',
    robots: 'Skipped by robots.txt',
    next: 'Try a search',
    stored: 'Stored in',
    removed: 'The temporary demo database was removed; keep one with --dir FOLDER to try a search.',
  },
};

/**
 * Where the demo keeps its database when no --dir is given: one fixed folder in the user's cache
 * (replaced at every demo), so the printed search line works afterwards and repeated demos never
 * pile up folders in /tmp. Undefined when that folder cannot be made (then a temp dir is used and
 * removed at the end).
 */
export function defaultDemoDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const dir = join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pantau', 'demo');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * The summary of the stored demo: sentiment, issues, most negative stories and possible hoaxes are
 * about the news, so items of fact-check sources (the debunks themselves, written in the words of
 * the hoax they refute) are left out of them and counted on their own line.
 */
export async function summary(store: Store, lang: Lang, factcheckSources: ReadonlySet<string>, out: (s: string) => void): Promise<void> {
  const t = T[lang];
  const stored = (await store.search({ text: '', limit: 1000 })).items;
  const news = stored.filter((m) => !factcheckSources.has(m.sourceId));
  const debunks = stored.length - news.length;
  const bySentiment = new Map<string, number>();
  const byTopic = new Map<string, number>();
  for (const m of news) {
    if (!m.analysis) continue;
    bySentiment.set(m.analysis.sentiment.label, (bySentiment.get(m.analysis.sentiment.label) ?? 0) + 1);
    for (const topic of m.analysis.topics) byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
  }
  out(`\n${t.sentiment}:`);
  for (const label of ['positive', 'neutral', 'negative']) {
    if (bySentiment.has(label)) out(`  ${sentimentWord(label, lang)}: ${bySentiment.get(label)}`);
  }
  const topics = [...byTopic].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (topics.length) out(`\n${t.topics}: ${topics.slice(0, 6).map(([id, n]) => `${topicLabel(id, lang)} (${n})`).join(', ')}`);
  const neg = news
    .filter((m) => m.analysis?.sentiment.label === 'negative')
    .sort((a, b) => a.analysis!.sentiment.score - b.analysis!.sentiment.score);
  out(`\n${t.negative}:`);
  for (const m of neg.slice(0, 5)) out(`  ${m.analysis!.sentiment.score.toFixed(2).padStart(5)}  ${terminalSafe(m.title)}`);
  // Only what the hoax analyzer flagged (its threshold, or a matched debunk): never a bare score cut-off.
  const hoax = news.filter((m: Mention) => m.analysis?.hoax.flagged === true);
  out(`\n${t.hoax}:`);
  for (const m of hoax) {
    out(`  ${m.analysis!.hoax.score.toFixed(2)}  ${terminalSafe(m.title)}`);
    if (m.analysis!.hoax.indicators.length) out(`        [${m.analysis!.hoax.indicators.map((i) => indicatorName(i, lang)).join(', ')}]`);
    for (const d of m.analysis!.hoax.debunks) out(`        ${t.debunk}: ${terminalSafe(d.title)} (${d.similarity.toFixed(2)})`);
  }
  if (debunks) out(`\n${t.debunks}: ${debunks}`);
}

export async function runDemo(opts: { lang: Lang; dir?: string }): Promise<void> {
  const t = T[opts.lang];
  const out = (s: string) => process.stdout.write(s + '\n');
  let dir = opts.dir ?? defaultDemoDir();
  const temporary = dir === undefined;
  dir ??= mkdtempSync(join(tmpdir(), 'pantau-demo-'));
  mkdirSync(dir, { recursive: true });
  const cfgFile = join(dir, 'pantau.config.yaml');
  const site = await startDemoSite();
  try {
    writeFileSync(
      cfgFile,
      `# Written by \`pantau demo\`; the sample site it points at only lives while the demo runs.\n` +
        stringify({
          storage: { driver: 'sqlite', path: join(dir, 'pantau.db') },
          crawl: { perHostIntervalMs: 0, perHostConcurrency: 4, retries: 0, timeoutMs: 5000 },
          sources: site.material.sources.map((s) => ({ id: s.id, name: s.name, kind: 'rss', url: site.feedUrl(s), factcheck: s.factcheck })),
        }),
    );
    const config = readConfig({ config: cfgFile }, true);
    // Quiet logs: the demo prints its own summary.
    const log = createLogger({ level: process.env.PANTAU_LOG_LEVEL || 'error' });
    const p = await openPipeline(config, log);
    try {
      out(t.title);
      const run = await runAllOnce(config.sources, p.deps, () => buildAnalyzers(config, p.deps.store));
      out(`\n${t.perSource}:`);
      for (const r of run.sources) out(`  ${r.sourceId.padEnd(16)} ${formatCounts(r.counts, opts.lang)}${r.error ? ` — ${terminalSafe(r.error)}` : ''}`);
      const robots = run.reasons.filter((r) => /robots/i.test(r.reason));
      if (robots.length) out(`  ${t.robots}: ${robots.map((r) => terminalSafe(new URL(r.url).pathname)).join(', ')}`);
      await summary(p.deps.store, opts.lang, new Set(factcheckSourceIds(config)), out);
      if (temporary) out(`\n${t.removed}`);
      else {
        out(`\n${t.stored}: ${config.storage.path}`);
        out(`${t.next}: ${selfCommand()} search banjir --config ${cfgFile}`);
      }
      if (run.failedSources.length) process.exitCode = 1;
    } finally {
      await p.close();
    }
  } finally {
    await site.close();
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}
