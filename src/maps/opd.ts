// Which OPD (perangkat daerah) answers for an issue, when no fact names one: a key-term rule first
// (rubbish is the environment office's even inside the flooding topic), then the topic. The
// names are the usual nomenclature of a kota/kabupaten; "{region}" becomes the home region's name
// ("Kota Jambi"). An office overrides any topic with `map.opd` in its config. Documented in README.

export interface OpdRule {
  topic?: string;
  /** Any of these key terms (folded words or word pairs). */
  terms?: string[];
  /** A term rule that does not apply to an issue with one of these topics. */
  notTopics?: string[];
  opd: string;
}

export const OPD_RULES: readonly OpdRule[] = [
  { terms: ['sampah', 'tps', 'tpa', 'limbah', 'kebersihan'], opd: 'Dinas Lingkungan Hidup {region}' },
  { terms: ['pdam', 'perumda', 'tirta', 'air mati', 'aer mati'], opd: 'Perumda Air Minum (PDAM) {region}' },
  // Clean water handed out after a flood or a disaster is relief, the disaster office's matter.
  { terms: ['air bersih'], notTopics: ['banjir-lingkungan', 'bencana'], opd: 'Perumda Air Minum (PDAM) {region}' },
  { terms: ['drainase', 'parit', 'gorong', 'pintu air'], opd: 'Dinas PUPR {region}' },
  { terms: ['pkl', 'satpol', 'penertiban'], opd: 'Satpol PP {region}' },
  { terms: ['parkir', 'jukir', 'traffic', 'lalu lintas', 'tonase', 'angkot'], opd: 'Dinas Perhubungan {region}' },
  { terms: ['dbd', 'demam', 'fogging', 'puskesmas', 'keracunan', 'imunisasi', 'stunting', 'posyandu'], opd: 'Dinas Kesehatan {region}' },
  { terms: ['ktp', 'dukcapil', 'disdukcapil', 'akta'], opd: 'Disdukcapil {region}' },
  { terms: ['blt', 'bansos', 'bpnt', 'pkh', 'dtks'], opd: 'Dinas Sosial {region}' },
  { terms: ['kebakaran', 'terbakar', 'damkar'], opd: 'Dinas Pemadam Kebakaran dan Penyelamatan {region}' },
  // PLN is no OPD: the economy section of the secretariat is the office's channel to the local PLN
  // unit. Last of the term rules: a flood story that also names the power cut stays the flood's.
  { terms: ['pln', 'pemadaman', 'mati lampu', 'listrik padam', 'padam listrik', 'listrik mati'], opd: 'Bagian Perekonomian Setda {region} (bersama PLN UP3 setempat)' },
  { topic: 'infrastruktur', opd: 'Dinas PUPR {region}' },
  { topic: 'banjir-lingkungan', opd: 'BPBD {region}' },
  { topic: 'bencana', opd: 'BPBD {region}' },
  { topic: 'kesehatan', opd: 'Dinas Kesehatan {region}' },
  { topic: 'pendidikan', opd: 'Dinas Pendidikan {region}' },
  { topic: 'pelayanan-publik', opd: 'Bagian Organisasi Setda {region}' },
  { topic: 'ekonomi-harga', opd: 'Dinas Perindustrian dan Perdagangan {region}' },
  { topic: 'keamanan-ketertiban', opd: 'Satpol PP {region}' },
  { topic: 'politik-pilkada', opd: 'Badan Kesatuan Bangsa dan Politik {region}' },
  { topic: 'sosial-bansos', opd: 'Dinas Sosial {region}' },
  { topic: 'transportasi', opd: 'Dinas Perhubungan {region}' },
  { topic: 'korupsi-hukum', opd: 'Inspektorat {region}' },
  { topic: 'kependudukan', opd: 'Disdukcapil {region}' },
  { topic: 'pariwisata-budaya', opd: 'Dinas Pariwisata dan Kebudayaan {region}' },
  { topic: 'pertanian-pangan', opd: 'Dinas Ketahanan Pangan dan Pertanian {region}' },
  { topic: 'perumahan-tata-ruang', opd: 'Dinas Perumahan dan Kawasan Permukiman {region}' },
];

export const DEFAULT_OPD = 'Bagian Protokol dan Komunikasi Pimpinan {region}';

/** The OPD to ask about an issue with these topics (most frequent first) and key terms. */
export function opdFor(topics: readonly string[], keyTerms: readonly string[], regionName: string, overrides: Record<string, string> = {}): string {
  const fill = (s: string): string => s.replace('{region}', regionName).trim();
  for (const t of topics) if (overrides[t]) return fill(overrides[t]!);
  const words = new Set(keyTerms.flatMap((k) => [k, ...k.split(' ')]));
  for (const r of OPD_RULES) {
    if (r.notTopics?.some((t) => topics.includes(t))) continue;
    if (r.terms && r.terms.some((t) => words.has(t) || keyTerms.some((k) => k.includes(t)))) return fill(r.opd);
  }
  for (const t of topics) {
    const r = OPD_RULES.find((x) => x.topic === t);
    if (r) return fill(r.opd);
  }
  return fill(DEFAULT_OPD);
}
