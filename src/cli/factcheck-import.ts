// `pantau factcheck import`: published debunks from JSONL into the debunk index. Loaded by the
// command's action only.
import { errorMessage } from '../core/errors.js';
import { mentionId } from '../core/ids.js';
import type { Debunk, Store } from '../core/types.js';
import { canonicalizeUrl } from '../../crawlers/shared/url.js';
import { isTooLong, type TooLongLine } from './io.js';

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

export interface ImportTotals {
  written: number;
  updated: number;
  duplicates: number;
  bad: number;
  /** Debunks in the index after the import. */
  total: number;
}

export async function importDebunks(store: Store, lines: AsyncIterable<string | TooLongLine>, onBadLine: (n: number, msg: string) => void): Promise<ImportTotals> {
  let n = 0;
  let batch: Debunk[] = [];
  const t = { written: 0, updated: 0, duplicates: 0, bad: 0, total: 0 };
  const flush = async () => {
    const r = await store.upsertDebunks(batch);
    t.written += r.written;
    t.updated += r.updated;
    t.duplicates += r.duplicates;
    t.bad += r.dropped.length;
    batch = [];
  };
  for await (const line of lines) {
    n++;
    if (isTooLong(line)) {
      t.bad++;
      onBadLine(n, `too long (${(line.bytes / 1024 / 1024).toFixed(1)} MB); skipped`);
      continue;
    }
    if (!line.trim()) continue;
    try {
      batch.push(parseDebunk(line));
    } catch (err) {
      t.bad++;
      onBadLine(n, errorMessage(err).slice(0, 200));
    }
    if (batch.length >= 500) await flush();
  }
  await flush();
  t.total = (await store.listDebunks()).length;
  return t;
}
