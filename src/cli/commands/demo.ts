import type { Command } from 'commander';
import { addLangOption, parseLang } from '../i18n.js';

export function registerDemo(program: Command): void {
  const demo = program
    .command('demo')
    .description('run the whole chain offline on bundled sample material (loopback server, SQLite) and print a summary')
    .option('--dir <dir>', 'where to keep the demo database and config (default: ~/.cache/pantau/demo, replaced at every demo)');
  addLangOption(demo, 'summary language').action(async (opts: { lang: string; dir?: string }) => {
    const lang = parseLang(opts.lang);
    const { runDemo } = await import('../demo-run.js');
    await runDemo({ lang, dir: opts.dir });
  });
}
