// Text preparation for debunk matching. Fact-check titles carry verdict labels ("[HOAKS]", "Keliru:",
// "Cek Fakta:") that say nothing about the claim, and the genre's own vocabulary ("beredar", "klaim",
// "unggahan") appears in every debunk and in any news story about hoaxes; both are removed so that
// similarity is about what the claim says, not about the fact-check format.
import { isStopword, normalizeText, stem } from '../normalize/index.js';

// Verdict / rubric labels seen at the start of Indonesian fact-check titles (TurnBackHoax, Tempo,
// Kompas, Antara, Liputan6, cekfakta.com). Applied repeatedly: "Cek Fakta: [HOAKS] …".
const VERDICTS =
  'hoaks|hoax|salah|keliru|menyesatkan|disinformasi|misinformasi|malinformasi|fitnah|klarifikasi|penipuan|' +
  'benar|sebagian benar|tidak benar|konteks keliru|konten (?:palsu|tiruan|manipulasi|yang dimanipulasi)|' +
  'satire|parodi|cek fakta|cekfakta|fakta|hoaks atau fakta|periksa fakta|faktanya|tidak terbukti|belum terbukti';
const PREFIX_BRACKET = /^\s*[[(【]\s*[^\])】]{1,40}[\])】]\s*[:\-–—|]?\s*/u;
const PREFIX_LABEL = new RegExp(`^\\s*(?:${VERDICTS})\\s*(?:[:,!|\\-–—]+\\s*|\\s+(?=klaim\\b))`, 'iu');
const PREFIX_CLAIM = /^\s*klaim\s+(?:bahwa\s+)?/iu;
const SUFFIX_LABEL = new RegExp(`\\s*(?:[,|\\-–—]\\s*)(?:${VERDICTS})(?:nya)?\\s*[!.]?\\s*$`, 'iu');

/** "[HOAKS] Video Banjir di …" → "Video Banjir di …"; "Keliru, Klaim bahwa X" → "X". */
export function stripVerdict(title: string): string {
  let t = title.trim();
  for (let i = 0; i < 4; i++) {
    const before = t;
    t = t.replace(PREFIX_BRACKET, '').replace(PREFIX_LABEL, '').replace(PREFIX_CLAIM, '').replace(SUFFIX_LABEL, '');
    if (t === before) break;
  }
  return t.trim() || title.trim();
}

// Stems of words every fact-check (and every story about hoaxes) uses. Dropping them keeps a news
// story that merely mentions "hoaks beredar di media sosial" from resembling every debunk.
const GENRE = new Set(
  [
    'hoaks', 'hoax', 'keliru', 'salah', 'sesat', 'disinformasi', 'misinformasi', 'fitnah', 'klarifikasi',
    'fakta', 'cek', 'periksa', 'klaim', 'edar', 'unggah', 'akun', 'media', 'sosial', 'medsos', 'narasi',
    'informasi', 'info', 'kabar', 'konten', 'tulis', 'sebut', 'telusur', 'temu', 'jelas', 'benar', 'tidak',
    'bukan', 'viral', 'posting', 'postingan', 'sebar', 'referensi', 'sumber', 'arsip', 'kategori', 'palsu',
    'tiru', 'manipulasi', 'facebook', 'twitter', 'tiktok', 'instagram', 'youtube', 'whatsapp', 'x', 'ada',
    'baru', 'tahun', 'hari', 'tanggal', 'kata', 'buat', 'jadi', 'guna', 'laku', 'lihat', 'hasil', 'asli',
  ].map((w) => stem(w)),
);

const NUMBER = /^\d+$/;

// Hoax posts write words with digits for letters to dodge filters ("rus4k", "dirin9ku5", "k45us"). A
// token with a digit between two letters is read back as letters; "covid19", "5g", "g20" (no letter
// after the digit) are left alone.
const LEET = /[a-z]\d+[a-z]/;
const LEET_MAP: Record<string, string> = { '0': 'o', '1': 'i', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g' };
function unLeet(tok: string): string {
  return LEET.test(tok) ? tok.replace(/\d/g, (d) => LEET_MAP[d] ?? d) : tok;
}

/** Content tokens: normalized, no stopwords or genre words, stemmed. Numbers (years, amounts) kept. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  const norm = normalizeText(text);
  if (!norm) return out;
  for (const raw of norm.split(' ')) {
    const tok = unLeet(raw);
    if (tok.length < 2 && !NUMBER.test(tok)) continue;
    if (isStopword(tok)) continue;
    const s = stem(tok);
    if (s.length < 2 || GENRE.has(s) || isStopword(s)) continue;
    out.push(s);
  }
  return out;
}

/** Character n-grams of a normalized string (word-boundary padded), as a set. */
export function charGrams(text: string, n = 4): Set<string> {
  const s = ` ${normalizeText(text)} `;
  const out = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}
