import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract one article (title, text, date, author) from a saved HTML file (.html or .gz) and print JSON')
    .argument('<file>', 'HTML file, optionally gzip-compressed')
    .option('-u, --url <url>', 'the URL the page was fetched from (for canonical links and dates)')
    .action(async (file: string, opts: { url?: string }) => {
      const { extractFile } = await import('../extract-file.js');
      const url = opts.url ?? pathToFileURL(resolve(file)).href;
      process.stdout.write(JSON.stringify(extractFile(file, url)) + '\n');
    });
}
