// Key terms of a mention: the few content words of its title and lead that say what it is about
// ("banjir", "telanaipura", "bansos"). Stored as the `term` facet, so the issue map and the alerts
// can count them per period without reading texts, and Elasticsearch can answer the same counts
// with a `terms` (or `significant_terms`) aggregation over the same keyword field.
//
// This is the TF part of TF-IDF only, on purpose: document frequencies change with every stored
// mention, so the IDF is the reader's job — an aggregation over the facet gives a term's document
// frequency in any period, which is exactly what "emerging in this period vs the background" needs.
// Pure and deterministic (no stemming, no corpus statistics), so every backend and every backfill
// derives the same terms; changing it means bumping TERMS_VERSION and a migration that re-derives.

export const TERMS_VERSION = 1;

/** At most this many terms per mention. */
export const MAX_TERMS = 8;

/** Characters of the body read after the title (the lead: dateline and first sentences). */
const LEAD_CHARS = 400;

/**
 * Indonesian function words, reporting verbs, numbers, weekdays and news boilerplate that name no
 * matter, plus a few English ones (mixed posts exist). Words that name or judge a matter ("rusak",
 * "banjir", "mahal", "lambat") are not in it. Negations are: a unigram "tidak" names nothing.
 */
const STOP = new Set(
  `ada adalah adanya agar akan akhir akhirnya aku akui amat anda antara apa apabila apakah atas atau bagai bagaimana
  bagi bahkan bahwa banyak baru beberapa begini begitu belum benar berada berbagai berikut bersama besar bila bisa boleh
  buat bukan cara dalam dan dapat dari demikian dengan depan di dia diri dirinya disebut ditemui dulu empat enam
  hal hampir hanya harus hari hingga ia ialah ini itu jadi jangan jika juga jumat jumlah kali kalau kami kamis kamu
  kan kata katanya ke kecil kembali kemudian kepada kerap ketika kini kita lagi lain lalu lama lebih lewat lima maka
  masih mau melalui memang menjadi menurut mereka merupakan minggu misalnya mulai namun nya oleh pada padahal para
  pasti per perlu pernah pula pukul punya rabu saat saja salah sama sambil sampai sangat satu saya sebab sebagai
  sebelum sebelumnya sebuah secara sedang sehingga sejak sekali sekitar selama selasa seluruh semua senin sendiri
  seorang seperti serta sesuai setelah setiap sabtu siapa sudah supaya tak tapi tahun tanpa telah tempat tengah
  tentang terhadap terjadi termasuk tersebut tetapi tiap tidak tiga toh tujuh turut untuk usai waktu wib wita wit ya
  yaitu yakni yang bulan pekan kemarin besok nanti pagi siang sore malam jam tadi dua delapan sembilan sepuluh ribu
  juta miliar triliun persen rp orang pihak upaya kegiatan terkait hadir menyampaikan mengatakan menjelaskan
  mengungkapkan menambahkan ujar ungkap jelas tambah tutur sebut kata papar imbuh lanjut kemudian diketahui
  dikatakan disampaikan dijelaskan berita baca juga foto video red editor reporter penulis sumber halaman klik
  selengkapnya simak artikel kompas tribun detik antara com co id www http https
  the a an and or of to in on for with by from at is are was were be been this that it as not no but`
    .split(/\s+/)
    .filter(Boolean),
);

const NON_WORD = /[^\p{L}\p{N}]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
/** A letter or number outside ASCII: what the ASCII loop below cannot read as part of a word. */
const NON_ASCII_WORD_CHAR = /(?![\x00-\x7f])[\p{L}\p{N}]/u;

/** NFKD, combining marks dropped, lower case. */
function foldUnicode(w: string): string {
  return w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Lower case, diacritics folded ("Kopí" → "kopi"): the same spelling of a word for every writer. */
export function foldWord(w: string): string {
  return NON_ASCII.test(w) ? foldUnicode(w) : w.toLowerCase();
}

const DIGITS = /^\p{N}+$/u;

// The ASCII loop below looks words up by position in the text, without cutting them out: a word
// costs a substring only the first time it occurs, and a stop word never. Open addressing over an
// FNV-1a hash of the char codes, the same for a position range and for a string.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h;
}

/** True when src[start, start + key.length) is key. */
function sameAt(key: string, src: string, start: number, len: number): boolean {
  if (key.length !== len) return false;
  for (let k = 0; k < len; k++) if (key.charCodeAt(k) !== src.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A map of words to numbers, looked up by a range of a text and its hash. clear() is O(1) (a slot
 * counts only when stamped with the current generation), so one table serves every mention.
 */
class WordTable {
  private keys: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private values = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private generation = 1;
  private mask = 0;
  private size = 0;

  constructor(capacity: number) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.alloc(n);
  }

  private alloc(n: number): void {
    this.keys = new Array<string | undefined>(n);
    this.hashes = new Int32Array(n);
    this.values = new Int32Array(n);
    this.stamps = new Uint32Array(n);
    this.mask = n - 1;
    this.size = 0;
    this.generation = 1;
  }

  clear(): void {
    this.size = 0;
    if (++this.generation === 0xffffffff) this.alloc(this.stamps.length);
  }

  /** The value stored for src[start, start + len), or -1. */
  get(src: string, start: number, len: number, h: number): number {
    for (let i = h & this.mask; this.stamps[i] === this.generation; i = (i + 1) & this.mask) {
      if (this.hashes[i] === h && sameAt(this.keys[i]!, src, start, len)) return this.values[i]!;
    }
    return -1;
  }

  /** Store a word known to be absent. */
  set(key: string, h: number, value: number): void {
    if ((this.size + 1) * 2 > this.stamps.length) this.grow();
    let i = h & this.mask;
    while (this.stamps[i] === this.generation) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.hashes[i] = h;
    this.values[i] = value;
    this.stamps[i] = this.generation;
    this.size++;
  }

  private grow(): void {
    const { keys, hashes, values, stamps, generation } = this;
    this.alloc(stamps.length * 2);
    for (let i = 0; i < stamps.length; i++) if (stamps[i] === generation) this.set(keys[i]!, hashes[i]!, values[i]!);
  }
}

const STOP_TABLE = new WordTable(STOP.size);
for (const w of STOP) STOP_TABLE.set(w, hashOf(w), 1);

function candidate(w: string): boolean {
  if (w.length < 3 || w.length > 40) return false;
  const c = w.charCodeAt(0);
  // bare numbers ("2026", "15") say nothing alone; the regex only for words starting with a digit
  if (((c >= 48 && c <= 57) || c > 127) && DIGITS.test(w)) return false;
  return !STOP.has(w);
}

/** The word positions of the mention being read (keyTerms runs to completion: one table for all). */
const POSITIONS = new WordTable(128);

/** Weights of the candidate words of a title and lead, in first-occurrence order (see keyTerms). */
class TermWeights {
  readonly words: string[] = [];
  readonly weights: number[] = [];
  private readonly at = POSITIONS;

  constructor() {
    POSITIONS.clear();
  }

  add(w: string, weight: number): void {
    this.addAt(w, 0, w.length, hashOf(w), weight);
  }

  /** Add src[start, start + len), hashed h, not a stop word. */
  private addAt(src: string, start: number, len: number, h: number, weight: number): void {
    const i = this.at.get(src, start, len, h);
    if (i < 0) {
      const w = start === 0 && len === src.length ? src : src.slice(start, start + len);
      this.at.set(w, h, this.words.length);
      this.words.push(w);
      this.weights.push(weight);
    } else this.weights[i]! += weight;
  }

  /**
   * Add the content words of a text (what splitting its folded form on [^\p{L}\p{N}]+ gives). Runs
   * on every stored mention, so plain ASCII (most news) is read by a char loop that hashes each word
   * as it reads it: words of 1–2 or over 40 letters and bare numbers cost nothing more, stop words
   * and repeats are looked up by position (no substring), and ASCII text is tested for other
   * characters once, not again after folding.
   */
  text(text: string, weight: number): void {
    if (!text) return;
    const unicode = NON_ASCII.test(text);
    const folded = unicode ? foldUnicode(text) : text.toLowerCase();
    // Emoji, curly quotes and dashes (a quarter of social posts) separate words as [^\p{L}\p{N}]
    // does, and the loop treats every non-ASCII char as a separator: only a non-ASCII letter or
    // number left after folding needs the split.
    if (unicode && NON_ASCII_WORD_CHAR.test(folded)) {
      for (const w of folded.split(NON_WORD)) if (candidate(w)) this.add(w, weight);
      return;
    }
    let start = -1;
    let digits = true;
    let h = FNV_OFFSET;
    for (let i = 0; i <= folded.length; i++) {
      const c = i < folded.length ? folded.charCodeAt(i) : 0;
      const letter = c >= 97 && c <= 122;
      if (letter || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          digits = true;
          h = FNV_OFFSET;
        }
        if (letter) digits = false;
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (start >= 0) {
        const len = i - start;
        // all-digit words are bare numbers; the rest of candidate() in line
        if (len >= 3 && len <= 40 && !digits && STOP_TABLE.get(folded, start, len, h) < 0) this.addAt(folded, start, len, h, weight);
        start = -1;
      }
    }
  }

  /** The `max` heaviest, ties by first occurrence (what a stable sort by weight would give). */
  top(max: number): string[] {
    const out: string[] = [];
    const taken = new Uint8Array(this.words.length);
    while (out.length < max) {
      let best = -1;
      for (let i = 0; i < this.weights.length; i++) {
        if (!taken[i] && (best < 0 || this.weights[i]! > this.weights[best]!)) best = i;
      }
      if (best < 0) break;
      taken[best] = 1;
      out.push(this.words[best]!);
    }
    return out;
  }
}

/**
 * The key terms of a title and body: content words of the title (weight 3 per occurrence) and of the
 * lead (weight 1), highest weight first, ties by first occurrence; at most MAX_TERMS, no duplicates.
 */
export function keyTerms(title: string | undefined, text: string | undefined, max = MAX_TERMS): string[] {
  const t = new TermWeights();
  t.text(title ?? '', 3);
  t.text((text ?? '').slice(0, LEAD_CHARS), 1);
  return t.top(max);
}
