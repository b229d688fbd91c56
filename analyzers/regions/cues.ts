// Words around a capitalized name that say what kind of thing it is. Kecamatan and kelurahan names
// are mostly ordinary words ("Kota Baru", "Tengah", "Sungai Putri"), so whether a name is tagged
// depends on these cues far more than on the name itself.
import type { RegionTag } from '../../src/core/types.js';

export type Level = RegionTag['level'];

/** A cue that fixes the administrative level of the following name. */
export interface StrongCue {
  level: Level;
  /** For regencies: "Kota X" and "Kabupaten X" are different places (Kota/Kabupaten Bandung). */
  regencyType?: 'kota' | 'kabupaten';
}

/** One-word cues, matched case-insensitively on the token before the name ("Kec." included). */
export const STRONG_CUES: ReadonlyMap<string, StrongCue> = new Map<string, StrongCue>([
  ['provinsi', { level: 'province' }],
  ['propinsi', { level: 'province' }],
  ['prov', { level: 'province' }],
  ['pemprov', { level: 'province' }],
  ['gubernur', { level: 'province' }],
  ['wagub', { level: 'province' }],
  ['kabupaten', { level: 'regency', regencyType: 'kabupaten' }],
  ['kab', { level: 'regency', regencyType: 'kabupaten' }],
  ['pemkab', { level: 'regency', regencyType: 'kabupaten' }],
  ['bupati', { level: 'regency', regencyType: 'kabupaten' }],
  ['kota', { level: 'regency', regencyType: 'kota' }],
  ['kotamadya', { level: 'regency', regencyType: 'kota' }],
  ['pemkot', { level: 'regency', regencyType: 'kota' }],
  ['walikota', { level: 'regency', regencyType: 'kota' }],
  ['wako', { level: 'regency', regencyType: 'kota' }],
  ['wawako', { level: 'regency', regencyType: 'kota' }],
  ['kecamatan', { level: 'district' }],
  ['kec', { level: 'district' }],
  ['camat', { level: 'district' }],
  ['distrik', { level: 'district' }],
  ['kapanewon', { level: 'district' }],
  ['kemantren', { level: 'district' }],
  ['kelurahan', { level: 'village' }],
  ['kel', { level: 'village' }],
  ['lurah', { level: 'village' }],
  ['desa', { level: 'village' }],
  ['ds', { level: 'village' }],
  ['kades', { level: 'village' }],
  ['nagari', { level: 'village' }],
  ['gampong', { level: 'village' }],
  ['kalurahan', { level: 'village' }],
  ['pekon', { level: 'village' }],
  ['kampung', { level: 'village' }],
  ['kp', { level: 'village' }],
]);

/** Cues whose abbreviation may be followed by a full stop ("Kec. Jelutung", "Kab. Bungo"). */
export const ABBREVIATED = new Set(['kec', 'kel', 'kab', 'ds', 'prov', 'kp']);

/**
 * Weak cues: a preposition or noun that usually precedes a place. Enough for places inside the home
 * region, not for a name that could be anywhere. LOCATIVE is the stricter subset used for names that
 * are also people's names ("kata Budiman" vs "banjir di Budiman").
 */
export const LOCATIVE = new Set(['di', 'kawasan', 'wilayah', 'daerah', 'seputaran', 'sekitaran', 'area', 'lingkungan']);
export const WEAK_CUES = new Set([...LOCATIVE, 'warga', 'ke', 'dari', 'asal', 'penduduk', 'masyarakat', 'menuju', 'sekitar', 'dekat']);

/**
 * Capitalized words that may stand before a place name without making it part of another name:
 * offices named after the area they cover ("Polsek Alam Barajo", "DPRD Kota Jambi").
 */
export const TRANSPARENT = new Set([
  'polsek', 'polres', 'polresta', 'polrestabes', 'polda', 'koramil', 'kodim', 'korem', 'kua', 'dprd', 'pemdes', 'bpd',
  'kantor', 'sekretariat', 'kejari', 'kejati', 'pn', 'pengadilan', 'kpu', 'kpud', 'bawaslu', 'panwascam', 'ppk', 'pps',
  'wilayah', 'warga', 'kampung', 'dusun', 'rt', 'rw', 'kawasan', 'seberang',
]);

/** Words that join names in a list, so "Kelurahan A dan B" gives B the cue of A. */
export const LIST_JOINERS = new Set(['dan', 'serta', 'atau', 'hingga', 'sampai', 'dengan']);

/**
 * A place name right after these is part of another name: a street ("Jalan Sumatera"), a building,
 * a company or a school ("Universitas Jambi", "Bank Jambi"), or a person's title ("Ibu Murni").
 */
export const BLOCKERS = new Set([
  'jalan', 'jl', 'jln', 'gang', 'gg', 'lorong', 'lr', 'komplek', 'kompleks', 'perumahan', 'perum', 'blok',
  'hotel', 'masjid', 'mesjid', 'gereja', 'klenteng', 'pura', 'vihara', 'rs', 'rsud', 'rumah', 'puskesmas', 'klinik',
  'universitas', 'univ', 'institut', 'politeknik', 'sekolah', 'sd', 'smp', 'sma', 'smk', 'sman', 'smpn', 'sdn', 'mts', 'man', 'stikes',
  'bank', 'pt', 'cv', 'toko', 'warung', 'restoran', 'kafe', 'cafe', 'mall', 'plaza',
  'stasiun', 'bandara', 'pelabuhan', 'terminal', 'jembatan', 'tugu', 'taman', 'stadion', 'gor', 'lapangan',
  'kapal', 'km', 'kmp', 'klub', 'persatuan', 'tim', 'fc', 'ps', 'pasar', 'bioskop', 'museum', 'gedung',
  'pak', 'bapak', 'bu', 'ibu', 'bang', 'mas', 'mbak', 'kak', 'dik', 'sdr', 'saudara', 'saudari', 'tuan', 'nyonya',
  'h', 'hj', 'haji', 'hajjah', 'dr', 'drs', 'ir', 'prof', 'ustaz', 'ustad', 'ustadz', 'kiai', 'kyai', 'almarhum', 'almarhumah',
  'kakek', 'nenek', 'paman', 'bibi', 'putra', 'putri', 'anak', 'istri', 'suami', 'bin', 'binti',
  'nama', 'bernama', 'inisial', 'akun',
  // Natural features named after a place: "Sungai Batanghari", "Gunung Kerinci", "Danau Sipin" is a
  // kecamatan only as a whole name, which matches before this check.
  'sungai', 'gunung', 'danau', 'pulau', 'selat', 'teluk', 'bukit', 'pantai', 'kali', 'gua', 'goa', 'pegunungan', 'laut', 'muara',
  // Facilities named after the area they serve.
  'tpa', 'tps', 'tpst', 'pdam', 'uptd', 'upt', 'posyandu', 'polindes', 'bumdes', 'koperasi',
]);

/**
 * Regency names that are everyday words and, bare, usually mean something else: "kawasan Puncak" is
 * the Bogor highland, not Kabupaten Puncak in Papua. Only tagged after "Kabupaten"/"Kota"/"Bupati".
 */
export const NEEDS_TYPE_CUE = new Set(['puncak', 'batu', 'metro', 'buru', 'pati', 'banjar', 'bone', 'muna', 'sigi', 'kaur', 'ende', 'landak', 'lebak', 'batang', 'agam', 'belu', 'malaka', 'lingga', 'toba', 'karo', 'seruyan', 'paser']);

/** Two-word cues read backwards from the name: "Wali Kota Jambi", "Wakil Bupati Tebo". */
export function twoWordCue(prev2: string, prev1: string): StrongCue | undefined {
  if (prev2 === 'wali' && prev1 === 'kota') return { level: 'regency', regencyType: 'kota' };
  if (prev2 === 'rumah' && prev1 === 'sakit') return undefined;
  return undefined;
}
