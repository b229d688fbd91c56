// `pantau topics`: the issue taxonomy the topic analyzer assigns — the ids and labels that
// `search --topic` (and the map) accept.
import type { Command } from 'commander';
import { DEFAULT_TAXONOMY } from '../../../analyzers/topics/taxonomy.js';
import { resolveLang } from './search-filters.js';

export function topicsTable(lang: 'id' | 'en'): string {
  const head = lang === 'en' ? ['id', 'English', 'Indonesian'] : ['id', 'Indonesia', 'Inggris'];
  const rows = DEFAULT_TAXONOMY.topics.map((t) => (lang === 'en' ? [t.id, t.label.en, t.label.id] : [t.id, t.label.id, t.label.en]));
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), widths.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

export function registerTopics(program: Command): void {
  program
    .command('topics')
    .description('list the issue taxonomy: topic ids with their Indonesian and English labels')
    .option('--json', 'print a JSON array of {id, label: {id, en}}')
    .option('--lang <lang>', 'id (Indonesian) or en', process.env.PANTAU_LANG ?? 'id')
    .action((opts: { json?: boolean; lang?: string }) => {
      const lang = resolveLang(opts.lang);
      if (opts.json) {
        process.stdout.write(JSON.stringify(DEFAULT_TAXONOMY.topics.map((t) => ({ id: t.id, label: { id: t.label.id, en: t.label.en } })), null, 2) + '\n');
        return;
      }
      process.stdout.write(topicsTable(lang));
    });
}
