// Decide how to turn response bytes into text. Order (close to the WHATWG encoding sniffing rules):
// BOM, Content-Type charset, in-document declaration (<?xml encoding>, <meta charset>, http-equiv),
// then sniffing. Indonesian sites often declare the wrong charset, so a declaration is corrected when
// the bytes plainly contradict it (see decideCharset).
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

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

/** Normalize a declared label to an encoding iconv-lite can decode, or undefined if unusable. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return undefined;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (WINDOWS_1252_ALIASES.has(l)) return 'windows-1252';
  // A document can't really be UTF-16 without a BOM once we've read it as ASCII-compatible text.
  if (l === 'utf-16' || l === 'utf-16le' || l === 'utf-16be') return undefined;
  return iconv.encodingExists(l) ? l : undefined;
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

export function decideCharset(body: Buffer, contentType?: string | null): CharsetDecision {
  const bom = bomCharset(body);
  if (bom) return { charset: bom, source: 'bom' };

  const rawHeader = charsetFromContentType(contentType);
  const rawDoc = rawHeader ? undefined : charsetFromDocument(body);
  const declared = normalizeCharset(rawHeader ?? rawDoc);
  const source: CharsetSource = rawHeader ? 'header' : 'document';
  const utf8 = isUtf8(body);

  if (declared === 'utf-8') {
    // Declared UTF-8 but bytes that cannot be UTF-8: it is a legacy single-byte page.
    if (!utf8) return { charset: 'windows-1252', source: 'sniff', overridden: 'utf-8' };
    return { charset: 'utf-8', source };
  }
  if (declared === 'windows-1252' || (declared && /^iso-8859-/.test(declared))) {
    // Declared Latin-1 but the bytes are valid UTF-8 with multi-byte sequences: random Latin-1 text
    // is practically never valid UTF-8, so this is a mislabeled UTF-8 page (kapanlagi.com style).
    if (utf8 && hasHighBytes(body)) return { charset: 'utf-8', source: 'sniff', overridden: declared };
    return { charset: declared, source };
  }
  if (declared) return { charset: declared, source };
  return { charset: utf8 ? 'utf-8' : 'windows-1252', source: 'sniff' };
}

/** Decode a response body to text (BOM stripped). */
export function decodeBody(body: Buffer, contentType?: string | null): { text: string; decision: CharsetDecision } {
  const decision = decideCharset(body, contentType);
  const text = iconv.decode(body, decision.charset, { stripBOM: true });
  return { text, decision };
}

/** Decode an HTML (or XML) document's bytes to text; the Content-Type header is optional. */
export function decodeHtml(body: Buffer, contentType?: string | null): string {
  return decodeBody(body, contentType).text;
}
