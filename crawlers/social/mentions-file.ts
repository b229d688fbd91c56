// The reader behind `pantau import FILE`: mentions from an archive, another tool's export or a rebuilt
// day, as JSONL, CSV or a JSON array, one object per mention:
//   {url, title?, text, publishedAt, source, kind?, author?, engagement?}
// `source` (the outlet or account) becomes the mention's source id, so maps count outlets; `kind` is
// news (default) or social; `engagement` is an object {likes, replies, shares, views} or flat
// columns of those names. It is a Crawler, so the pipeline runner stores these rows exactly as it
// stores crawled items (normalize → dedupe by canonical URL → analyze → cluster → store). Dates are
// read by the importers' one date parser; a zone-less one is in the office's zone.
import { InputError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, MentionKind, RawItem, Source } from '../../src/core/types.js';
import { parseImportDate } from './import-date.js';
import { DEFAULT_IMPORT_MAX_BYTES, openImportFile, type ImportFormat } from './import-file.js';
import { parseCount, pick } from './import-values.js';
import { firstLine, isObj, str, type Engagement } from './item.js';

export interface MentionsFileOptions {
  format: ImportFormat;
  /** iconv-lite name; detected (BOM, UTF-8 check, windows-1252 fallback) when absent. */
  encoding?: string;
  delimiter?: string;
  /** Source id for rows without a `source` value; without it such a row is a bad row. */
  defaultSource?: string;
  /** Zone of zone-less dates (config `timezone`). */
  timezone: string;
  maxBytes?: number;
  /** Each bad row as it is found (the CLI prints it on stderr). */
  onBadRow?: (line: number, reason: string) => void;
  /** A one-line warning about the file (an encoding fallback). */
  onWarning?: (message: string) => void;
}

const ENGAGEMENT = ['likes', 'replies', 'shares', 'views'] as const;

/** The mention in one row, or why the row is unusable. */
export function mentionFromRow(row: unknown, o: Pick<MentionsFileOptions, 'defaultSource' | 'timezone'>, fetchedAt: Date): RawItem | string {
  if (!isObj(row)) return 'expected an object';
  const url = str(pick(row, 'url'))?.trim();
  if (!url) return 'no "url"';
  if (!/^https?:\/\/[^\s/]+/i.test(url)) return `"url" is not an http(s) URL: "${url.slice(0, 200)}"`;
  const text = str(pick(row, 'text'))?.trim() ?? '';
  const title = str(pick(row, 'title'))?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text && !title) return 'no "text"';
  const rawDate = pick(row, 'publishedAt') ?? pick(row, 'published_at') ?? pick(row, 'date');
  const publishedAt = parseImportDate(rawDate, o.timezone);
  if (publishedAt === undefined) return 'no "publishedAt"';
  if (publishedAt === 'invalid') {
    return `unreadable "publishedAt" "${String(rawDate).slice(0, 100)}" (expected ISO 8601 or e.g. 30/11/2026 09.15, 1 Desember 2026 09.15 WIB)`;
  }
  const sourceId = str(pick(row, 'source'))?.trim() || o.defaultSource;
  if (!sourceId) return 'no "source" (give each row a source, or --source ID)';
  const kindRaw = str(pick(row, 'kind'))?.trim().toLowerCase() || 'news';
  if (kindRaw !== 'news' && kindRaw !== 'social') return `"kind" must be news or social, got "${kindRaw.slice(0, 50)}"`;
  const kind: MentionKind = kindRaw;
  const engagement: Engagement = {};
  let nested = pick(row, 'engagement');
  // A CSV cell may hold the object as JSON.
  if (typeof nested === 'string' && nested.trim().startsWith('{')) {
    try {
      nested = JSON.parse(nested) as unknown;
    } catch {
      return '"engagement" is not valid JSON';
    }
  }
  if (nested !== undefined && nested !== null && nested !== '' && !isObj(nested)) return '"engagement" must be an object {likes, replies, shares, views}';
  for (const k of ENGAGEMENT) {
    const v = isObj(nested) && nested[k] !== undefined ? nested[k] : pick(row, k) ?? pick(row, `engagement.${k}`);
    if (v === undefined || v === null || v === '') continue;
    const n = parseCount(v);
    if (n === undefined) return `"${k}" is not a count: "${String(v).slice(0, 50)}"`;
    engagement[k] = n;
  }
  const author = str(pick(row, 'author'))?.trim() || undefined;
  const meta: Record<string, unknown> = {};
  if (Object.keys(engagement).length) meta.engagement = engagement;
  if (kind === 'social' && author) meta.authorHandle = author;
  return {
    sourceId,
    url,
    kind,
    fetchedAt,
    text,
    title: title || firstLine(text),
    author,
    publishedAt,
    meta,
  };
}

/** The synthetic source the runner counts a `pantau import` under (":" keeps it apart from config ids). */
export function importSource(path: string): Source {
  return { id: ':import', name: path, kind: 'import', url: path, everyMinutes: 0, render: false, owned: false, factcheck: false, options: {} };
}

export function createMentionsFileCrawler(o: MentionsFileOptions): Crawler {
  return {
    kinds: ['import'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'mentions-file', file: source.url });
      const file = await openImportFile(
        { path: source.url, format: o.format, encoding: o.encoding, delimiter: o.delimiter, maxBytes: o.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES },
        log,
        o.onWarning,
      );
      const fetchedAt = new Date();
      for await (const { row, value } of file.records()) {
        const m = typeof value === 'string' ? value : mentionFromRow(value, o, fetchedAt);
        if (typeof m === 'string') {
          o.onBadRow?.(row, m);
          ctx.report('dropped', `${source.url}:${row}`, m);
          continue;
        }
        m.meta = { ...m.meta, importFile: source.url, importLine: row };
        yield m;
      }
    },
  };
}

/** The file's format from --format or its extension; else from its first character ([ JSON, { JSONL, else CSV). */
export function mentionsFormat(path: string, given: string | undefined, firstChar: string | undefined): ImportFormat {
  const f = (given ?? (/\.([a-z]+)$/i.exec(path)?.[1] ?? '')).toLowerCase();
  if (f === 'csv' || f === 'tsv' || f === 'txt') return 'csv';
  if (f === 'jsonl' || f === 'ndjson') return 'jsonl';
  if (f === 'json') return 'json';
  if (given) throw new InputError(`--format: expected csv, jsonl or json, got "${given}"`);
  return firstChar === '[' ? 'json' : firstChar === '{' ? 'jsonl' : 'csv';
}
