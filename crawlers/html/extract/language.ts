// Language hint from markup: <html lang>, og:locale, content-language/language meta, JSON-LD
// inLanguage. Normalized to the primary subtag ('id', 'en', …); the legacy code 'in' means 'id'.
import { articleLd, ldString, metaValue, type PageScan } from './scan.js';

const NAMES: Record<string, string> = {
  indonesia: 'id',
  indonesian: 'id',
  'bahasa indonesia': 'id',
  bahasa: 'id',
  english: 'en',
  inggris: 'en',
  jawa: 'jv',
  javanese: 'jv',
};

export function normalizeLanguage(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const t = raw.trim().toLowerCase().split(/[,;]/)[0].trim();
  if (!t) return undefined;
  if (NAMES[t]) return NAMES[t];
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(t);
  if (!m) return undefined;
  const code = m[1];
  if (code === 'in' || code === 'ind') return 'id';
  if (code === 'eng') return 'en';
  return code;
}

export function extractLanguage(scan: PageScan): string | undefined {
  const ld = articleLd(scan);
  for (const raw of [
    scan.htmlLang,
    metaValue(scan, 'og:locale'),
    metaValue(scan, 'content-language', 'language', 'dc.language', 'inlanguage'),
    ld ? ldString(ld.inLanguage) : undefined,
  ]) {
    const l = normalizeLanguage(raw);
    if (l && l !== 'und' && l !== 'xx') return l;
  }
  return undefined;
}

const ID_WORDS = new Set(
  'yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga atau karena saat oleh adalah sudah bisa telah kata tersebut mereka kami kita'.split(' '),
);
const EN_WORDS = new Set('the and of to is in that for with was on as by it are be this from have has were said'.split(' '));

/**
 * Indonesian or English from the article's own words, for templates that declare the wrong
 * language (old Kompas and Kapanlagi pages say lang="en"). Undefined when neither clearly dominates.
 */
export function textLanguage(text: string): 'id' | 'en' | undefined {
  const words = text.toLowerCase().match(/[a-z]+/g);
  if (!words || words.length < 30) return undefined;
  const sample = words.slice(0, 600);
  let id = 0;
  let en = 0;
  for (const w of sample) {
    if (ID_WORDS.has(w)) id++;
    else if (EN_WORDS.has(w)) en++;
  }
  if (id >= sample.length * 0.06 && id > en * 3) return 'id';
  if (en >= sample.length * 0.06 && en > id * 3) return 'en';
  return undefined;
}
