// Decide how to turn response bytes into text. Order (close to the WHATWG encoding sniffing rules):
// BOM, Content-Type charset (UTF-16 included), in-document declaration (<?xml encoding>, <meta charset>,
// http-equiv; a declared utf-16 there means utf-8), then sniffing (UTF-16 by its zero bytes, UTF-8). Indonesian sites often
// declare the wrong charset, so a declaration is corrected when the bytes plainly contradict it.
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

// iconv-lite (CommonJS) is required on first use: UTF-8, nearly every page, decodes without it, and
// `pantau extract` starts faster for not loading it (npm run bench:startup).
const requireCjs = createRequire(import.meta.url);
let iconvLib: typeof Iconv | undefined;
const iconv = (): typeof Iconv => (iconvLib ??= requireCjs('iconv-lite') as typeof Iconv);

export type CharsetSource = 'bom' | 'header' | 'document' | 'sniff';

export interface CharsetDecision {
  /** iconv-lite encoding name, lower case (utf-8, windows-1252, utf-16le, …). */
  charset: string;
  source: CharsetSource;
  /** The label that was declared, when it was overridden by the bytes. */
  overridden?: string;
}

/** Labels browsers treat as windows-1252 (Latin-1 pages really are cp1252 in practice). */
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'x-cp1252', 'iso_8859-1', 'cp819', 'ibm819']);

/** WHATWG Encoding labels of UTF-16LE and UTF-16BE ("utf-16" alone means little-endian). */
const UTF16LE_LABELS = new Set(['utf-16', 'utf-16le', 'unicode', 'ucs-2', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff']);
const UTF16BE_LABELS = new Set(['utf-16be', 'unicodefffe']);

/** Normalize a declared label to an encoding iconv-lite can decode, or undefined if unusable. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return undefined;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (WINDOWS_1252_ALIASES.has(l) || l === 'x-user-defined') return 'windows-1252';
  if (UTF16LE_LABELS.has(l)) return 'utf-16le';
  if (UTF16BE_LABELS.has(l)) return 'utf-16be';
  return iconv().encodingExists(l) ? l : undefined;
}

/** charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  if (!contentType) return undefined;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2];
}

function bomCharset(body: Buffer): string | undefined {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Encoding declared inside the document: XML declaration, <meta charset>, or http-equiv Content-Type. */
export function charsetFromDocument(body: Buffer): string | undefined {
  // Declarations are ASCII and near the top; latin1 maps bytes 1:1 so nothing is lost in the probe.
  const head = body.subarray(0, 4096).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  return undefined;
}

/** True when the bytes contain at least one byte ≥ 0x80 (i.e. are not plain ASCII). */
function hasHighBytes(body: Buffer): boolean {
  for (let i = 0; i < body.length; i++) if (body[i]! >= 0x80) return true;
  return false;
}

/**
 * Well-formed multi-byte UTF-8 sequences and bytes that are not part of one. A UTF-8 page with a stray
 * byte has many of the first and a few of the second; a windows-1252 page practically none of the first.
 */
export function utf8Evidence(body: Buffer): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = body.length;
  for (let i = 0; i < n; ) {
    const b = body[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (body[i + k]! & 0xc0) === 0x80;
    // Overlong, surrogate and out-of-range forms (the second byte's allowed range).
    if (ok && len === 3) ok = !(b === 0xe0 && body[i + 1]! < 0xa0) && !(b === 0xed && body[i + 1]! > 0x9f);
    if (ok && len === 4) ok = !(b === 0xf0 && body[i + 1]! < 0x90) && !(b === 0xf4 && body[i + 1]! > 0x8f);
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * UTF-16 without a BOM, recognised by its zero bytes: HTML and XML are mostly ASCII, so one byte of
 * nearly every pair is 0 — a position no ASCII-compatible encoding of text puts a 0 in.
 */
function sniffUtf16(body: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(body.length, 2048) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (body[i] === 0) evenZero++;
    if (body[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function decideCharset(body: Buffer, contentType?: string | null): CharsetDecision {
  const bom = bomCharset(body);
  if (bom) return { charset: bom, source: 'bom' };

  const rawHeader = charsetFromContentType(contentType);
  const fromHeader = normalizeCharset(rawHeader);
  // A UTF-16 charset is honoured from the header only (the transport): bytes we could read a <meta>
  // from as ASCII are not UTF-16, so the WHATWG prescan turns a declared utf-16 into utf-8.
  if (fromHeader === 'utf-16le' || fromHeader === 'utf-16be') return { charset: fromHeader, source: 'header' };
  const rawDoc = rawHeader ? undefined : charsetFromDocument(body);
  let declared = rawHeader ? fromHeader : normalizeCharset(rawDoc);
  if (!rawHeader && (declared === 'utf-16le' || declared === 'utf-16be')) declared = 'utf-8';
  const source: CharsetSource = rawHeader ? 'header' : 'document';
  if (!declared) {
    const utf16 = sniffUtf16(body);
    if (utf16) return { charset: utf16, source: 'sniff' };
  }
  const utf8 = isUtf8(body);

  if (declared === 'utf-8') {
    if (utf8) return { charset: 'utf-8', source };
    // Declared UTF-8 but some bytes are not: a legacy single-byte page carries no well-formed UTF-8
    // sequence at all, a UTF-8 page with a stray byte many. Keep the latter UTF-8 (one U+FFFD per bad
    // byte, as a browser shows it) instead of turning every “ of the page into â€œ.
    const ev = utf8Evidence(body);
    if (ev.multibyte >= ev.invalid) return { charset: 'utf-8', source };
    return { charset: 'windows-1252', source: 'sniff', overridden: 'utf-8' };
  }
  if (declared === 'windows-1252' || (declared && /^iso-8859-/.test(declared))) {
    // Declared Latin-1 but the bytes are valid UTF-8 with multi-byte sequences: random Latin-1 text
    // is practically never valid UTF-8, so this is a mislabeled UTF-8 page (kapanlagi.com style).
    if (utf8 && hasHighBytes(body)) return { charset: 'utf-8', source: 'sniff', overridden: declared };
    return { charset: declared, source };
  }
  if (declared) return { charset: declared, source };
  if (utf8) return { charset: 'utf-8', source: 'sniff' };
  const ev = utf8Evidence(body);
  return { charset: ev.multibyte > 0 && ev.multibyte >= ev.invalid ? 'utf-8' : 'windows-1252', source: 'sniff' };
}

/** Decode a response body to text (BOM stripped). */
export function decodeBody(body: Buffer, contentType?: string | null): { text: string; decision: CharsetDecision } {
  const decision = decideCharset(body, contentType);
  // UTF-8 as iconv-lite decodes it (Buffer's decoder, U+FFFD for bad bytes, the BOM stripped).
  let text: string;
  if (decision.charset === 'utf-8') {
    text = body.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } else text = iconv().decode(body, decision.charset, { stripBOM: true });
  return { text, decision };
}

/** Decode an HTML (or XML) document's bytes to text; the Content-Type header is optional. */
export function decodeHtml(body: Buffer, contentType?: string | null): string {
  return decodeBody(body, contentType).text;
}
