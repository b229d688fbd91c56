// `import` sources: CSV / JSON / JSONL exports from a social-listening tool or a staff spreadsheet.
// source.url is a file path (relative to the working directory, or file://). options.mapping maps
// our fields to the file's columns, e.g. { text: "Isi", author: "Akun", date: "Tanggal", url: "Tautan",
// platform: "Platform", replyTo: "Balasan Untuk", likes: "Suka" }; unmapped fields look for a column
// of their own name. A bad row is reported as dropped (file#row=N) and the rest still imports; a file
// that cannot be read as a whole is a PermanentError. The cursor is the file's hash: an unchanged
// file is not re-read.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { parseCsv } from './csv.js';
import { loadCursor, saveCursor } from './cursor.js';
import { parseCount, parseImportDate, pick, truthy } from './import-values.js';
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

type Format = 'csv' | 'json' | 'jsonl';

function formatOf(source: Source, path: string): Format {
  const f = (socialOptions(source, 'import').format ?? extname(path).slice(1)).toLowerCase();
  if (f === 'csv' || f === 'tsv' || f === 'txt') return 'csv';
  if (f === 'json') return 'json';
  if (f === 'jsonl' || f === 'ndjson') return 'jsonl';
  throw new ConfigError(`sources[id=${source.id}].options.format: expected csv, json or jsonl, got "${f || '(none)'}"`);
}

/** The file's records with the row number used in reports; rows that are not objects are problems. */
export function readRecords(text: string, format: Format, opts: { delimiter?: string; where: string }): { row: number; value: unknown }[] {
  if (format === 'csv') {
    let rows;
    try {
      rows = parseCsv(text, opts.delimiter);
    } catch (e) {
      throw new PermanentError(`import ${opts.where}: malformed CSV: ${(e as Error).message}`, 'malformed');
    }
    const header = rows.shift();
    if (!header) return [];
    const names = header.fields.map((h) => h.trim());
    return rows.map((r) => ({
      row: r.line,
      value: r.fields.length > names.length ? `row has ${r.fields.length} fields, the header ${names.length}` : Object.fromEntries(names.map((n, i) => [n, r.fields[i] ?? ''])),
    }));
  }
  if (format === 'jsonl') {
    return text
      .split(/\r?\n/)
      .map((l, i) => ({ row: i + 1, l: l.trim() }))
      .filter((x) => x.l)
      .map(({ row, l }) => {
        try {
          return { row, value: JSON.parse(l) as unknown };
        } catch {
          return { row, value: 'not valid JSON' };
        }
      });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PermanentError(`import ${opts.where}: malformed JSON: ${(e as Error).message.split('\n')[0]}`, 'malformed');
  }
  const list = Array.isArray(doc) ? doc : isObj(doc) ? [doc.data, doc.items, doc.records, doc.mentions].find(Array.isArray) : undefined;
  if (!list) throw new PermanentError(`import ${opts.where}: expected a JSON array of records (or {data|items|records: [...]})`, 'malformed');
  return list.map((value, i) => ({ row: i + 1, value }));
}

export function createImportCrawler(deps: SocialDeps): Crawler {
  return {
    kinds: ['import'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'import', source: source.id });
      const path = importPath(source);
      const format = formatOf(source, path);
      const mapping = mappingOf(source);
      const { timezone: tz = '+07:00', platform: platformDefault = 'import', ownedHandle, maxBytes, delimiter } = socialOptions(source, 'import');
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch (e) {
        throw new PermanentError(`import: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'not_found');
      }
      if (size > maxBytes) throw new PermanentError(`import: ${path} is ${size} bytes, over options.maxBytes (${maxBytes})`, 'too_large');
      const buf = await readFile(path);
      const hash = createHash('sha256').update(buf).digest('hex');
      const cursor = await loadCursor(ctx, source.id);
      if (cursor.sha256 === hash) {
        log.debug({ path }, 'import file unchanged since the last run');
        return;
      }
      const records = readRecords(buf.toString('utf8'), format, { delimiter, where: path });
      const fetchedAt = new Date();
      for (const { row, value } of records) {
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
          problem(`unreadable date "${String(get('date'))}" in column "${mapping.date}"`);
          continue;
        }
        const platform = str(get('platform'))?.trim().toLowerCase() || platformDefault;
        const author = str(get('author'))?.trim() || undefined;
        const handle = str(get('authorHandle'))?.trim() || undefined;
        const link = str(get('url'))?.trim();
        // A stable id for rows without one: the same row in a re-export maps to the same mention.
        const id =
          str(get('id'))?.trim() ||
          createHash('sha1').update([platform, handle ?? author ?? '', date ? date.toISOString() : '', text].join('\u0000')).digest('hex').slice(0, 16);
        const url = link && /^https?:\/\//i.test(link) ? link : `urn:pantau:import:${source.id}:${platform}:${id}`;
        const ownedCol = get('owned');
        const isOwned =
          ownedCol !== undefined && ownedCol !== '' ? truthy(ownedCol) : source.owned && (sameHandle(handle, ownedHandle) || sameHandle(author, ownedHandle));
        yield toRawItem(
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
      }
      await saveCursor(ctx, source.id, { sha256: hash });
      void deps;
    },
  };
}
