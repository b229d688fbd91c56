import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { decodeHtml } from '../../../crawlers/shared/charset.js';
import { detectLanguage } from '../../../analyzers/language/index.js';

const MAX_FILE_BYTES = 50_000_000;

/** Read an HTML file (plain or gzip, detected by magic bytes) and decode its charset. */
export function readHtmlFile(file: string): string {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new InputError(`file not found: ${file}`);
  }
  if (!st.isFile()) throw new InputError(`not a file: ${file}`);
  if (st.size > MAX_FILE_BYTES) throw new InputError(`file too large: ${file} is ${st.size} bytes (limit ${MAX_FILE_BYTES})`);
  let buf = readFileSync(file);
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: MAX_FILE_BYTES * 4 });
    } catch (e) {
      throw new InputError(`${file}: not a valid gzip file (${(e as Error).message})`);
    }
  }
  return decodeHtml(buf);
}

export function extractRecord(html: string, url: string) {
  const a = extractArticle(html, url);
  return {
    url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    text: a.text,
    publishedAt: a.publishedAt ?? null,
    author: a.author ?? null,
    language: a.language || (a.text ? detectLanguage(`${a.title}\n${a.text}`) : 'und'),
  };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract one article (title, text, date, author) from a saved HTML file (.html or .gz) and print JSON')
    .argument('<file>', 'HTML file, optionally gzip-compressed')
    .option('-u, --url <url>', 'the URL the page was fetched from (for canonical links and dates)')
    .action((file: string, opts: { url?: string }) => {
      const url = opts.url ?? `file://${file}`;
      const html = readHtmlFile(file);
      process.stdout.write(JSON.stringify(extractRecord(html, url)) + '\n');
    });
}
