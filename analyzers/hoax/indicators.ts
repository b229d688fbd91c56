// Named, explainable hoax indicators: surface signs that fact-checkers (MAFINDO, Kominfo) list for
// circulated hoaxes. Each has a weight used in the score; the names are shown to humas staff, so a
// score is never a bare number. Phrase patterns read a lower-cased copy of the text; shouting, the
// speaker cue and punctuation read the raw text (case matters there).

export type IndicatorName =
  | 'clickbait'
  | 'provocation_share'
  | 'all_caps'
  | 'many_exclamations'
  | 'no_named_source'
  | 'known_hoax_phrasing'
  | 'question_headline'
  | 'urgency'
  | 'debunk_match';

/** Contribution of each indicator to the indicator score (combined as 1 − Π(1 − w)). */
export const INDICATOR_WEIGHTS: Record<IndicatorName, number> = {
  provocation_share: 0.45,
  known_hoax_phrasing: 0.45,
  all_caps: 0.3,
  many_exclamations: 0.25,
  clickbait: 0.25,
  urgency: 0.2,
  question_headline: 0.1,
  no_named_source: 0.1,
  debunk_match: 0.6,
};

// "Sebarkan!", "viralkan", "bagikan ke semua grup", "share sebanyak-banyaknya", "teruskan ke 10 orang".
const PROVOCATION_SHARE =
  /\b(?:sebar(?:kan|luaskan|kanlah)|sebar\s+luaskan|viral(?:kan|kanlah)|(?:bagikan|share|teruskan|forward|kirim(?:kan)?)\s+(?:ke|kepada|info\s+ini|pesan\s+ini|berita\s+ini|sebanyak|seluas)|share\s+(?:ya|yuk|agar|biar|supaya)|jangan\s+berhenti\s+di\s+(?:anda|kamu|sini)|tolong\s+(?:di\s*)?(?:sebar|share|viral|bagi)|bantu\s+(?:sebar|share|viral))/;

// Chain-message and conspiracy formulas that rarely appear in edited news.
const KNOWN_HOAX =
  /\b(?:(?:info|pesan|kiriman|copas|copy\s*paste)\s+(?:dari\s+)?(?:grup|group|grp)\s+sebelah|pesan\s+berantai|info\s+(?:a1|valid|akurat\s+dari\s+dalam)|100\s*%\s*(?:valid|akurat|nyata)|(?:sebelum|keburu)\s+(?:di\s*)?hapus|(?:media|tv|televisi)\s+(?:tidak|gak|nggak|tak)\s+(?:akan\s+)?(?:memberitakan|menyiarkan|berani)|dirahasiakan\s+(?:oleh\s+)?pemerintah|(?:berita|info)\s+ini\s+(?:tidak|tak)\s+akan\s+(?:muncul|ada)|(?:ini\s+)?bukan\s+hoa[xk]s?|(?:dijamin|pasti)\s+(?:ampuh|sembuh)|sembuh\s+total|klik\s+(?:link|tautan)\s+(?:berikut|ini|di\s+bawah)|(?:hadiah|bantuan|subsidi)\s+(?:gratis\s+)?(?:rp\.?\s*\d|dari\s+pemerintah\s+sebesar)|kuota\s+gratis|inbox\s+(?:aja|saja)|hubungi\s+(?:wa|whatsapp)\b|orang\s+dalam\s+(?:bilang|mengatakan)|konspirasi|elite\s+global|antek\s+(?:asing|aseng|pki)|chip\s+(?:di\s+)?(?:dalam\s+)?vaksin)/;

// Headline formulas of clickbait: hidden payoff, emotional bait.
const CLICKBAIT =
  /\b(?:bikin\s+(?:kaget|geger|heboh|merinding|melongo|syok|nangis)|(?:tak|tidak|gak|nggak)\s+(?:di\s*)?sangka|mengejutkan|terbongkar|akhirnya\s+terungkap|fakta\s+(?:mengejutkan|sebenarnya|yang\s+disembunyikan)|yang\s+(?:terjadi\s+)?selanjutnya\s+(?:bikin|sungguh)|jangan\s+kaget|astaga|gempar|geger|heboh(?:kan)?!|wow!?|ngeri!|innalillahi|subhanallah|masya\s*allah|bukti\s+nyata|ternyata\s+(?:ini|begini|inilah)|lihat\s+(?:apa|videonya)\s+(?:yang|sebelum))/;

// Calls to act now: chain messages and scams pressure the reader.
const URGENCY =
  /\b(?:segera(?:\s+(?:hapus|cek|daftar|sebarkan|lakukan))|darurat!|penting!+|waspada!+|awas!+|hati[\s-]*hati!+|breaking\s+news|info\s+penting|berlaku\s+(?:mulai\s+)?(?:besok|hari\s+ini|malam\s+ini)|hari\s+ini\s+juga|sebelum\s+terlambat|batas\s+(?:waktu|akhir)\s+(?:hari\s+ini|besok)|detik\s+ini\s+juga|mulai\s+(?:besok|malam\s+ini)\s+(?:akan|dilarang|wajib))/;

// "Hoaks atau fakta?", "Benarkah …?": the title asks instead of reporting.
const QUESTION_HEADLINE = /\?\s*$|\b(?:hoa[xk]s?\s+atau\s+fakta|fakta\s+atau\s+hoa[xk]s?|benarkah|apakah\s+benar|betulkah)\b/iu;

// Attribution: named speakers, quoted officials, cited outlets. Edited news is full of these.
// "kata Bupati", "ujar Ahmad": a speech verb followed by a capitalized name (case-sensitive on purpose).
const SPEAKER = /\b(?:[Kk]ata|[Uu]jar|[Uu]ngkap|[Tt]utur|[Jj]elas|[Tt]erang|[Uu]cap|[Tt]egas|[Ss]ebut)(?:nya)?\s+\p{Lu}/u;
const ATTRIBUTION =
  /\b(?:katanya|ujarnya|ungkapnya|tuturnya|jelasnya|terangnya|ucapnya|tegasnya|imbuhnya|tambahnya|pungkasnya|lanjutnya)\b|\b(?:menurut|dilansir|melansir|dikutip|mengutip|dalam\s+keterangan|dalam\s+siaran\s+pers|keterangan\s+tertulis|kepada\s+wartawan|saat\s+dikonfirmasi|dihubungi)\b|\b(?:said|according\s+to)\b|\(antara[^)]{0,30}\)|\b(?:kompas\.com|republika\.co\.id|liputan6\.com|tempo\.co|detik(?:com|news)?|cnn\s+indonesia)\b/;

export interface IndicatorInput {
  title?: string;
  text: string;
}

/**
 * Only the opening of a text is read for indicators: a circulated claim states itself early, and
 * regex passes over 1 MB pages would dominate the analyzer's cost.
 */
export const MAX_INDICATOR_CHARS = 2000;

/** Indicators present in a text, in a fixed order. Does not include debunk_match (needs the index). */
export function detectIndicators({ title = '', text }: IndicatorInput): IndicatorName[] {
  const body = text.length > MAX_INDICATOR_CHARS ? text.slice(0, MAX_INDICATOR_CHARS) : text;
  const all = title ? `${title}\n${body}` : body;
  // The phrase patterns are written in lower case and run without the `i` flag over one lower-cased
  // copy: case-insensitive Unicode regexes cost several times more per character in V8.
  const lower = all.toLowerCase();
  const out: IndicatorName[] = [];
  if (CLICKBAIT.test(lower)) out.push('clickbait');
  if (PROVOCATION_SHARE.test(lower)) out.push('provocation_share');
  if (isShouting(title) || isShouting(body)) out.push('all_caps');
  // Fewer than three '!' can only form the "!!" half of the old /!{2,}|(?:!…){3,}!/ pattern.
  if (countExclamations(all) >= 3 || all.includes('!!')) out.push('many_exclamations');
  if (text.length >= 300 && !ATTRIBUTION.test(lower) && !SPEAKER.test(all)) out.push('no_named_source');
  if (KNOWN_HOAX.test(lower)) out.push('known_hoax_phrasing');
  if (title ? QUESTION_HEADLINE.test(title) : QUESTION_HEADLINE.test(firstLine(body))) out.push('question_headline');
  if (URGENCY.test(lower)) out.push('urgency');
  return out;
}

/** Indicator score in [0, 1]: independent-evidence combination of the fired indicators' weights. */
export function indicatorScore(names: readonly IndicatorName[]): number {
  let keep = 1;
  for (const n of names) keep *= 1 - INDICATOR_WEIGHTS[n];
  return 1 - keep;
}

function firstLine(text: string): string {
  const nl = text.search(/[\n.!]/);
  return (nl < 0 ? text : text.slice(0, nl + 1)).slice(0, 200);
}

function countExclamations(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length && n < 10; i++) if (s.charCodeAt(i) === 33) n++;
  return n;
}

/** Mostly upper-case letters over a stretch long enough to be shouting (not an acronym like "DPRD"). */
export function isShouting(s: string): boolean {
  if (!s) return false;
  let upper = 0;
  let letters = 0;
  const lim = Math.min(s.length, 2000);
  for (let i = 0; i < lim; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= 25 && upper / letters >= 0.6;
}
