// Is a citizen's comment a question or a complaint? A pure, rule-based detector for Indonesian
// social-media comments, used by the owned-channel audit (src/audit) to decide which comments the
// office owes an answer. Rules over a lower-cased, de-elongated text: a "?" or a question word
// (apa, kapan, gimana, mohon info, …) makes a question; complaint vocabulary (rusak, macet, pungli,
// belum diperbaiki, …) makes a complaint. Both can be true. Recall matters more than precision here:
// an unnecessary answer costs little, an ignored complaint costs trust.

const QUESTION_WORDS = [
  'apa', 'apakah', 'bagaimana', 'bagaimanakah', 'gimana', 'gmn', 'bgmn', 'kapan', 'kpn', 'kenapa', 'knp', 'mengapa',
  'dimana', 'di mana', 'dmn', 'kemana', 'ke mana', 'siapa', 'berapa', 'brp', 'bisakah', 'bolehkah', 'adakah', 'apakah',
  'mohon info', 'minta info', 'info dong', 'infonya dong', 'mau tanya', 'mau nanya', 'numpang tanya', 'izin bertanya',
  'ijin bertanya', 'boleh tau', 'boleh tahu', 'bisa gak', 'bisa ga', 'bisa nggak', 'bisa tidak', 'kok bisa', 'benarkah', 'benar gak',
];

const COMPLAINT_WORDS = [
  'rusak', 'tolong', 'kapan diperbaiki', 'belum diperbaiki', 'lambat', 'lelet', 'kecewa', 'mengecewakan', 'parah', 'mati',
  'padam', 'macet', 'banjir', 'tergenang', 'genangan', 'belum', 'tidak ada', 'gak ada', 'ga ada', 'nggak ada', 'enggak ada',
  'pungli', 'pungutan liar', 'calo', 'sogok', 'berlubang', 'lubang', 'bocor', 'mampet', 'tersumbat', 'kotor', 'bau',
  'sampah menumpuk', 'menumpuk', 'longsor', 'roboh', 'ambruk', 'terbengkalai', 'tidak berfungsi', 'gak jalan', 'susah', 'sulit',
  'ribet', 'buruk', 'jelek', 'keluhan', 'mengeluh', 'komplain', 'lapor', 'melapor', 'laporan', 'antri lama', 'antre lama',
  'tidak dilayani', 'dipersulit', 'gelap', 'bising', 'mahal', 'telat', 'terlambat', 'hilang', 'diabaikan', 'tidak direspon',
  'tidak ditanggapi', 'dicuekin', 'sudah lama', 'berbulan-bulan', 'bertahun-tahun', 'kapan ditindak', 'minta ditindak',
];

function phraseRegex(words: string[]): RegExp {
  const alts = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, '[- ]?').replace(/ /g, '\\s+'));
  // Letters on either side would make it part of another word ("apartemen", "kemacetan" is still caught via "macet" below).
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})(?![\\p{L}])`, 'u');
}

const QUESTION_RE = phraseRegex(QUESTION_WORDS);
const COMPLAINT_RE = phraseRegex(COMPLAINT_WORDS);
// Affixed forms common in complaints: ke-…-an / ber-/ter- stems ("kemacetan", "kerusakan", "kebanjiran", "terbengkalai").
const COMPLAINT_AFFIXED = /(?<![\p{L}])(?:ke(?:macet|rusak|banjir|lambat|terlambat|ecewa)an|ke(?:rusak|macet)an|dibiarkan\s+rusak)(?![\p{L}])/u;
// "min?" / "admin?" — addressing the account admin with a question mark is a question even without a question word.
const THANKS_ONLY = /^(?:terima\s*kasih|makasih|mksh|trims|thanks?|mantap|mantul|keren|sip|siap|oke?|ok)\b[\s\p{L}!.,]*$/u;

export interface QuestionVerdict {
  question: boolean;
  complaint: boolean;
}

/** Lower-case, strip URLs and mentions, squeeze elongations ("kapannnn" → "kapan"). */
export function normalizeComment(text: string): string {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#][\p{L}\p{N}_.]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isQuestionOrComplaint(text: string): QuestionVerdict {
  const t = normalizeComment(text);
  if (!t) return { question: false, complaint: false };
  const complaint = COMPLAINT_RE.test(t) || COMPLAINT_AFFIXED.test(t);
  const question = t.includes('?') || (QUESTION_RE.test(t) && !THANKS_ONLY.test(t));
  return { question, complaint };
}

/** Either one: the comment deserves an answer. */
export function needsAnswer(text: string): boolean {
  const v = isQuestionOrComplaint(text);
  return v.question || v.complaint;
}
