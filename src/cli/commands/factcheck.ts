import type { Command } from 'commander';
import { errorMessage } from '../../core/errors.js';
import { mentionId } from '../../core/ids.js';
import type { Debunk } from '../../core/types.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { openLines } from '../io.js';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';

/** Validate one JSONL line {url, title, text, publishedAt?} into a Debunk keyed by its canonical URL. */
export function parseDebunk(line: string): Debunk {
  const o: unknown = JSON.parse(line);
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('expected a JSON object');
  const r = o as Record<string, unknown>;
  if (typeof r.url !== 'string' || !/^https?:\/\//i.test(r.url)) throw new Error('expected "url" to be an http(s) URL');
  if (typeof r.title !== 'string' || !r.title.trim()) throw new Error('expected a non-empty "title"');
  const text = typeof r.text === 'string' ? r.text : '';
  let publishedAt: string | undefined;
  if (typeof r.publishedAt === 'string' && !Number.isNaN(Date.parse(r.publishedAt))) publishedAt = new Date(r.publishedAt).toISOString();
  const url = canonicalizeUrl(r.url);
  return { id: mentionId(url), url, title: r.title.trim(), text, publishedAt };
}

export function registerFactcheck(program: Command): void {
  const fc = program.command('factcheck').description('manage the debunk index used for hoax matching');
  fc.command('import')
    .description('import published debunks from JSONL lines {url, title, text, publishedAt?} (re-import is idempotent by url)')
    .argument('<file>', 'JSONL file, - for stdin')
    .option('-c, --config <file>', 'config file')
    .action(async (file: string, opts, cmd: Command) => {
      const all: GlobalOpts = { ...cmd.optsWithGlobals(), ...opts };
      const config = readConfig(all, false);
      const store = await openStore(config, makeLogger());
      let n = 0;
      let bad = 0;
      let batch: Debunk[] = [];
      const totals = { written: 0, updated: 0, duplicates: 0 };
      const flush = async () => {
        const r = await store.upsertDebunks(batch);
        totals.written += r.written;
        totals.updated += r.updated;
        totals.duplicates += r.duplicates;
        bad += r.dropped.length;
        batch = [];
      };
      try {
        for await (const line of openLines(file)) {
          n++;
          if (!line.trim()) continue;
          try {
            batch.push(parseDebunk(line));
          } catch (err) {
            bad++;
            process.stderr.write(`pantau factcheck import: line ${n}: ${errorMessage(err)}\n`);
          }
          if (batch.length >= 500) await flush();
        }
        await flush();
        const total = (await store.listDebunks()).length;
        process.stdout.write(
          `imported: ${totals.written} new, ${totals.updated} updated, ${totals.duplicates} unchanged, ${bad} skipped; ${total} debunks in the index\n`,
        );
      } finally {
        await store.close();
      }
    });
}
