// `pantau extract FILE`: one article from a saved page. Loaded by the command's action only (it
// pulls in cheerio and the extractor).
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { extractArticle } from '../../crawlers/html/extract/index.js';
import { decodeHtml } from '../../crawlers/shared/charset.js';
import { detectLanguage } from '../../analyzers/language/index.js';

const MAX_FILE_BYTES = 50_000_000;

// Files people save by mistake instead of a page: say what it is rather than "no article".
const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF file (WebP image, audio or video)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
];

/** Why these bytes are not a page, or undefined when they may be one. */
export function notHtml(buf: Buffer): string | undefined {
  if (!/\S/.test(buf.toString('latin1'))) return 'the file is empty';
  for (const [sig, what] of MAGIC) {
    if (sig.every((b, i) => buf[i] === b)) return `not an HTML page: it is ${what}`;
  }
  // UTF-16 pages (with a BOM) legitimately contain NUL bytes; anything else with NULs is binary.
  const utf16 = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  if (!utf16 && buf.subarray(0, 65_536).includes(0)) return 'not an HTML page: binary data';
  return undefined;
}

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
  const problem = notHtml(buf);
  if (problem) throw new InputError(`${file}: ${problem}`);
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

/** The JSON line of `pantau extract`, or an input error when the page holds no article at all. */
export function extractFile(file: string, url: string): ReturnType<typeof extractRecord> {
  const rec = extractRecord(readHtmlFile(file), url);
  if (!rec.title.trim() && !rec.text.trim()) throw new InputError(`${file}: no article found (no title and no text)`);
  return rec;
}
