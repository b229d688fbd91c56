// `import` sources: CSV / JSON / JSONL exports from a social-listening tool or a staff spreadsheet.
// source.url is a file path (relative to the working directory, or file://). options.mapping maps
// our fields to the file's columns, e.g. { text: "Isi", author: "Akun", date: "Tanggal", url: "Tautan",
// platform: "Platform", replyTo: "Balasan Untuk", likes: "Suka" }; unmapped fields look for a column
// of their own name. Rows stream (import-file.ts), so the file's size does not decide memory. A bad
// row is reported as dropped (file#row=N) and the rest still imports; a file that cannot be read as a
// whole is a PermanentError. A row with a platform id (the `id` column) is identified by it, so the
// comments of one post that all carry the post's URL stay separate mentions; a row without one by
// its URL. The cursor is the hash of the bytes imported: an unchanged file is not read again.
import { createHash } from 'node:crypto';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/core/errors.js';
import { DEFAULT_TIMEZONE } from '../../src/core/time.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { loadCursor, saveCursor } from './cursor.js';
import { isImportZone, parseImportDate } from './import-date.js';
import { knownEncoding, openImportFile, type ImportFormat } from './import-file.js';
import { parseCount, pick, truthy } from './import-values.js';
import { isObj, str, toRawItem } from './item.js';
import { IMPORT_FIELDS } from './option-schemas.js';
import { sameHandle, socialOptions } from './options.js';
import type { SocialDeps } from './types.js';

export { IMPORT_FIELDS };
type Field = (typeof IMPORT_FIELDS)[number];

export function importPath(source: Source): string {
  const u = source.url.trim();
  if (/^file:/i.test(u)) return fileURLToPath(u);
  if (/^https?:/i.test(u)) throw new ConfigError(`sources[id=${source.id}].url: an import source takes a file path, got "${u}"`);
  return resolve(u);
}

function mappingOf(source: Source): Record<Field, string> {
  const raw = socialOptions(source, 'import').mapping ?? {};
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, raw[f] ?? f])) as Record<Field, string>;
}

export function formatOf(source: Source, path: string): ImportFormat {
  const f = (socialOptions(source, 'import').format ?? extname(path).slice(1)).toLowerCase();
  if (f === 'csv' || f === 'tsv' || f === 'txt') return 'csv';
  if (f === 'json') return 'json';
  if (f === 'jsonl' || f === 'ndjson') return 'jsonl';
  throw new ConfigError(`sources[id=${source.id}].options.format: expected csv, json or jsonl, got "${f || '(none)'}"`);
}

/** options.timezone (IANA name, offset or WIB/WITA/WIT), else the office's zone from the config. */
export function importZone(source: Source, configZone: string | undefined): string {
  const tz = socialOptions(source, 'import').timezone;
  if (tz && !isImportZone(tz)) {
    throw new ConfigError(`sources[id=${source.id}].options.timezone: expected an IANA time zone ("Asia/Jakarta"), an offset ("+07:00") or WIB/WITA/WIT, got "${tz}"`);
  }
  return tz ?? configZone ?? DEFAULT_TIMEZONE;
}

/** options.encoding: an iconv-lite name, checked before the file is opened. */
export function importEncoding(source: Source): string | undefined {
  const enc = socialOptions(source, 'import').encoding;
  if (enc && !knownEncoding(enc)) {
    throw new ConfigError(`sources[id=${source.id}].options.encoding: unknown encoding "${enc}" (iconv-lite names: utf-8, utf-16le, windows-1252, latin1, …)`);
  }
  return enc;
}

/** options.delimiter: one character (guessed from the header line when absent). */
export function importDelimiter(source: Source): string | undefined {
  const d = socialOptions(source, 'import').delimiter;
  if (d !== undefined && [...d].length !== 1) throw new ConfigError(`sources[id=${source.id}].options.delimiter: expected one character, got "${d}"`);
  return d;
}

export function createImportCrawler(deps: SocialDeps): Crawler {
  return {
    kinds: ['import'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'import', source: source.id });
      const path = importPath(source);
      const format = formatOf(source, path);
      const mapping = mappingOf(source);
      const tz = importZone(source, deps.timezone);
      const { platform: platformDefault = 'import', ownedHandle, maxBytes } = socialOptions(source, 'import');
      const file = await openImportFile(
        {
          path,
          format,
          encoding: importEncoding(source),
          delimiter: importDelimiter(source),
          maxBytes,
        },
        log,
        // A source warning in the run's report where the runner offers one (ctx.warn, optional).
        (message) => (ctx as CrawlContext & { warn?(message: string): void }).warn?.(message),
      );
      const cursor = await loadCursor(ctx, source.id);
      if (cursor.sha256 === file.facts.sha256) {
        log.debug({ path }, 'import file unchanged since the last run');
        return;
      }
      const fetchedAt = new Date();
      for await (const { row, value } of file.records()) {
        const ref = `${path}#row=${row}`;
        const problem = (reason: string) => {
          log.warn({ ref, reason }, 'import row dropped');
          ctx.report('dropped', ref, reason);
        };
        if (typeof value === 'string') {
          problem(value);
          continue;
        }
        if (!isObj(value)) {
          problem('record is not an object');
          continue;
        }
        const get = (f: Field) => pick(value, mapping[f]);
        const text = str(get('text'))?.trim();
        if (!text) {
          problem(`no text in column "${mapping.text}"`);
          continue;
        }
        const date = parseImportDate(get('date'), tz);
        if (date === 'invalid') {
          problem(`unreadable date "${String(get('date'))}" in column "${mapping.date}" (expected e.g. 2026-11-30, 30/11/2026 09.15 or 1 Desember 2026 09.15 WIB)`);
          continue;
        }
        const platform = str(get('platform'))?.trim().toLowerCase() || platformDefault;
        const author = str(get('author'))?.trim() || undefined;
        const handle = str(get('authorHandle'))?.trim() || undefined;
        const link = str(get('url'))?.trim();
        const platformId = str(get('id'))?.trim();
        // A stable id for rows without one: the same row in a re-export maps to the same mention.
        const id =
          platformId ||
          createHash('sha1').update([platform, handle ?? author ?? '', date ? date.toISOString() : '', text].join('\u0000')).digest('hex').slice(0, 16);
        const urn = `urn:pantau:import:${source.id}:${platform}:${id}`;
        const url = link && /^https?:\/\//i.test(link) ? link : urn;
        const ownedCol = get('owned');
        const isOwned =
          ownedCol !== undefined && ownedCol !== '' ? truthy(ownedCol) : source.owned && (sameHandle(handle, ownedHandle) || sameHandle(author, ownedHandle));
        const item = toRawItem(
          source,
          {
            platform,
            platformId: id,
            url,
            text,
            title: str(get('title')),
            author,
            authorHandle: handle ?? author,
            publishedAt: date,
            replyTo: str(get('replyTo'))?.trim() || undefined,
            threadId: str(get('threadId'))?.trim() || undefined,
            engagement: { likes: parseCount(get('likes')), replies: parseCount(get('replies')), shares: parseCount(get('shares')), views: parseCount(get('views')) },
            isOwned,
            extra: { importFile: path, importRow: row },
          },
          fetchedAt,
        );
        // The platform id identifies the row when there is one: the comments of a post are often
        // exported with the post's URL (or the URL plus a #fragment), which would fold them into one.
        if (platformId) item.identity = urn;
        yield item;
      }
      // Through the context, so the runner commits it only once every row above is stored.
      await saveCursor(ctx, source.id, { sha256: file.sha256() });
    },
  };
}
