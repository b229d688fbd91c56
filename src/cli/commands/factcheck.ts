import type { Command } from 'commander';
import { addLangOption, parseLang, type Lang } from '../i18n.js';
import { maxLineBytes, openLines } from '../io.js';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';
import { terminalSafe } from '../terminal.js';
import type { ImportTotals } from '../factcheck-import.js';

export function importSummary(t: ImportTotals, lang: Lang): string {
  return lang === 'en'
    ? `imported: ${t.written} new, ${t.updated} updated, ${t.duplicates} unchanged, ${t.bad} skipped; ${t.total} debunks in the index`
    : `diimpor: ${t.written} baru, ${t.updated} diperbarui, ${t.duplicates} tidak berubah, ${t.bad} dilewati; ${t.total} bantahan di indeks`;
}

export function registerFactcheck(program: Command): void {
  const fc = program.command('factcheck').description('manage the debunk index used for hoax matching');
  const imp = fc
    .command('import')
    .description('import published debunks from JSONL lines {url, title, text, publishedAt?} (re-import is idempotent by url)')
    .argument('<file>', 'JSONL file, - for stdin')
    .option('--max-line-mb <n>', 'longest input line in MB; a longer line is reported and skipped (default 10)')
    .option('-c, --config <file>', 'config file (its store holds the debunk index)');
  addLangOption(imp, 'summary language').action(async (file: string, opts, cmd: Command) => {
    const all: GlobalOpts & { lang?: string; maxLineMb?: string } = { ...cmd.optsWithGlobals(), ...opts };
    const lang = parseLang(all.lang);
    const config = readConfig(all, false);
    const lines = openLines(file, { maxLineBytes: maxLineBytes(all.maxLineMb) });
    const { importDebunks } = await import('../factcheck-import.js');
    const store = await openStore(config, makeLogger());
    try {
      const t = await importDebunks(store, lines, (n, msg) => process.stderr.write(`pantau factcheck import: line ${n}: ${terminalSafe(msg)}\n`));
      process.stdout.write(importSummary(t, lang) + '\n');
      if (t.bad > 0 && t.written + t.updated + t.duplicates === 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });
}
