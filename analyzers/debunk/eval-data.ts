// Loaders for measuring debunk matching on the shared (unlicensed, test-only) fact-check data and on
// ordinary news. Nothing here is shipped as data: the files are read in place from ../shared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Debunk } from '../../src/core/types.js';
import { parseCsvObjects } from './csv.js';

export interface ClaimCase {
  /** The circulated claim, as a post would state it. */
  text: string;
  title?: string;
  /** URL of the debunk that answers it. */
  expectedUrl: string;
  date?: string;
}

export interface NegativeCase {
  text: string;
  title?: string;
  origin: string;
}

export interface DebunkPairs {
  debunks: Pick<Debunk, 'url' | 'title' | 'text' | 'publishedAt'>[];
  claims: ClaimCase[];
}

// TurnBackHoax HOAX_TEXT = the quoted claim, then "= = =" / "PENJELASAN:" and the explanation, then
// "REFERENSI:". The claim half is the query; the explanation half is the debunk body (without the
// quoted claim, so the test is not a copy lookup).
const SEPARATOR = /(?:={2,}|(?:=\s){2,}=?|\bpenjelasan\s*:?|\bsumber\s*:)/i;
const REFERENCES = /\breferensi\s*:[\s\S]*$/i;

export function turnbackhoaxPairs(dir: string): DebunkPairs {
  const out: DebunkPairs = { debunks: [], claims: [] };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
    for (const r of parseCsvObjects(readFileSync(join(dir, f), 'utf8'))) {
      const raw = r.HOAX_TEXT ?? '';
      const cut = SEPARATOR.exec(raw);
      const claim = (cut ? raw.slice(0, cut.index) : raw).replace(/[“”"]/g, ' ').trim();
      const explanation = cut ? raw.slice(cut.index + cut[0].length).replace(REFERENCES, '').replace(/^[\s=:]+/, '') : '';
      const url = `https://turnbackhoax.id/?p=${r.ID}`;
      const date = r.DATE ? new Date(`${r.DATE} UTC`).toISOString().slice(0, 10) : undefined;
      out.debunks.push({ url, title: `[SALAH] ${r.TITLE}`, text: explanation.trim(), publishedAt: date });
      if (claim.length >= 15) out.claims.push({ text: claim, expectedUrl: url, date });
    }
  }
  return out;
}

/**
 * Tempo Cek Fakta feed items: the debunk is the title (verdict + claim); the one-line summary
 * describes what circulated ("Sebuah video beredar … diklaim …"), so it stands in for the claim.
 */
export function tempoPairs(file: string): DebunkPairs {
  const j = JSON.parse(readFileSync(file, 'utf8')) as { items: { url: string; title: string; summary?: string; pubDate?: string }[] };
  const out: DebunkPairs = { debunks: [], claims: [] };
  const seen = new Set<string>();
  for (const it of j.items) {
    if (seen.has(it.url)) continue;
    seen.add(it.url);
    const date = it.pubDate ? new Date(it.pubDate).toISOString().slice(0, 10) : undefined;
    out.debunks.push({ url: it.url, title: it.title, text: '', publishedAt: date });
    if (it.summary && it.summary.length >= 30) out.claims.push({ text: it.summary, expectedUrl: it.url, date });
  }
  return out;
}

const ITEM = /<item>([\s\S]*?)<\/item>/g;
const TAG = (name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`);
function decodeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/<[^>]+>/g, ' ')
    .trim();
}

/** Ordinary news items (title + description) from RSS files under a directory (fixtures/web/feeds/id). */
export function feedNews(dir: string): NegativeCase[] {
  const out: NegativeCase[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else if (name.name.endsWith('.xml')) {
        const xml = readFileSync(p, 'latin1').includes('encoding="UTF-8"') ? readFileSync(p, 'utf8') : readFileSync(p, 'latin1');
        for (const m of xml.matchAll(ITEM)) {
          const title = decodeXml(TAG('title').exec(m[1])?.[1] ?? '');
          const text = decodeXml(TAG('description').exec(m[1])?.[1] ?? '');
          if (title || text) out.push({ title, text: text || title, origin: p });
        }
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Expected article bodies of real Indonesian news pages (fixtures/web/truth/anpandu). */
export function truthArticles(file: string): NegativeCase[] {
  if (!existsSync(file)) return [];
  const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out: NegativeCase[] = [];
  for (const [k, v] of Object.entries(j)) {
    const o = v as { title?: string; content?: string };
    if (o && typeof o === 'object' && typeof o.content === 'string' && o.content.length > 200) {
      out.push({ title: o.title, text: o.content, origin: k });
    }
  }
  return out;
}

/** News-like sentences from NERGRIT (token-per-line BIO), grouped into short paragraphs. */
export function nergritParagraphs(file: string, perParagraph = 3): NegativeCase[] {
  if (!existsSync(file)) return [];
  const sentences: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tok = line.split(/\s+/)[0];
    if (!line.trim()) {
      if (cur.length) sentences.push(cur.join(' '));
      cur = [];
    } else if (tok) cur.push(tok);
  }
  if (cur.length) sentences.push(cur.join(' '));
  const out: NegativeCase[] = [];
  for (let i = 0; i + perParagraph <= sentences.length; i += perParagraph) {
    out.push({ text: sentences.slice(i, i + perParagraph).join(' '), origin: file });
  }
  return out;
}
