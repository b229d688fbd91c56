// Token features for the averaged-perceptron entity tagger: the word, its shape, affixes, its
// neighbours and the tag just assigned. Titles and roles ("Pak", "Gubernur", "Kapolda") and speech
// verbs ("kata", "ujar") are not listed by hand: the tagger learns them as neighbour-word features.

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];

/** Word shape with repeats collapsed: "Jambi" → "Xx", "PUPR" → "X", "12/3" → "d/d". ASCII fast path. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else if (c < 128) s = w[i]!;
    else {
      const ch = w[i]!;
      s = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    }
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** Words that introduce a person's name in Indonesian news: titles, ranks, roles, speech verbs. */
export const PERSON_CUES = new Set(
  `bapak ibu pak bu sdr saudara saudari tuan nyonya h hj haji dr drs dra ir prof kh ustaz ustadz kiai gus mbak mas bang
  presiden wapres gubernur wagub bupati wabup walikota wali wako wawako camat lurah kades menteri wamen kepala kadis kabid
  sekda direktur dirut ketua wakil anggota kapolda kapolres kapolresta kapolsek kajari kajati danrem dandim jenderal irjen
  brigjen kombes akbp kompol akp iptu ipda aiptu bripka briptu kolonel letkol mayor kapten pelatih penyanyi aktor aktris
  kata ujar ucap ungkap jelas tutur sebut tegas terang imbuh papar tambah menurut oleh bersama`.split(/\s+/),
);

/** Head words of organisation names. */
export const ORG_HEADS = new Set(
  `dinas badan kementerian kantor partai universitas institut sekolah pt cv bank dprd dpr mpr pemkot pemkab pemprov polres
  polresta polda polsek kejari kejati pengadilan rumah rsud yayasan lembaga komisi perusahaan persatuan asosiasi ikatan
  himpunan organisasi klub fc tim majelis dewan satpol bpbd kpu bawaslu kpk bnn bmkg bps tni polri`.split(/\s+/),
);

/** Feature strings for token i; `prev`/`prev2` are the tags already given to i-1 and i-2. */
export function features(words: string[], lowers: string[], shapes: string[], i: number, prev: string, prev2: string): string[] {
  const w = words[i]!;
  const lw = lowers[i]!;
  const p1 = i > 0 ? lowers[i - 1]! : '<s>';
  const p2 = i > 1 ? lowers[i - 2]! : '<s>';
  const n1 = i + 1 < words.length ? lowers[i + 1]! : '</s>';
  const n2 = i + 2 < words.length ? lowers[i + 2]! : '</s>';
  const sh = shapes[i]!;
  const psh = i > 0 ? shapes[i - 1]! : '<s>';
  const nsh = i + 1 < words.length ? shapes[i + 1]! : '</s>';
  return [
    'b',
    'w=' + lw,
    'sh=' + sh,
    'p3=' + lw.slice(0, 3),
    's3=' + lw.slice(-3),
    's2=' + lw.slice(-2),
    'len=' + Math.min(w.length, 8),
    'first=' + (i === 0 ? 1 : 0) + sh,
    'p1=' + p1,
    'p2=' + p2,
    'n1=' + n1,
    'n2=' + n2,
    'p1w=' + p1 + '|' + sh,
    'n1w=' + n1 + '|' + sh,
    'psh=' + psh + '|' + sh,
    'nsh=' + sh + '|' + nsh,
    't1=' + prev,
    't12=' + prev2 + '|' + prev,
    't1sh=' + prev + '|' + sh,
    't1w=' + prev + '|' + lw,
    'pc=' + (PERSON_CUES.has(p1) ? 1 : 0) + sh,
    'oh=' + (ORG_HEADS.has(lw) ? 1 : 0) + '|' + (ORG_HEADS.has(p1) ? 1 : 0),
  ];
}
