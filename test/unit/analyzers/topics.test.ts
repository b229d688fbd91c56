import { describe, expect, it } from 'vitest';
import { emptyAnalysis } from '../../../src/core/types.js';
import { createTopicAnalyzer, DEFAULT_TAXONOMY, emergingTerms, TopicRules } from '../../../analyzers/topics/index.js';

// [text, expected topic that must be among the (≤3) topics]
const cases: [string, string][] = [
  ['Jalan rusak di Kelurahan Thehok sudah tiga bulan tidak diperbaiki, banyak pengendara motor terjatuh.', 'infrastruktur'],
  ['Warga mengeluhkan jalan berlubang dan lampu jalan mati di ruas Sipin.', 'infrastruktur'],
  ['Pembangunan jembatan penghubung dua desa molor dari jadwal, kontraktor diberi sanksi.', 'infrastruktur'],
  ['Banjir rob kembali merendam permukiman warga pesisir sejak pagi.', 'banjir-lingkungan'],
  ['Sampah menumpuk di TPS liar dekat pasar, baunya menyengat.', 'banjir-lingkungan'],
  ['Kabut asap akibat karhutla membuat kualitas udara memburuk.', 'banjir-lingkungan'],
  ['Kasus DBD meningkat, dinas kesehatan melakukan fogging di tiga kecamatan.', 'kesehatan'],
  ['Angka stunting di kabupaten turun berkat program posyandu.', 'kesehatan'],
  ['Pasien BPJS mengeluh ditolak rumah sakit daerah.', 'kesehatan'],
  ['Orang tua protes sistem zonasi PPDB tahun ini karena anaknya tidak diterima.', 'pendidikan'],
  ['Ruang kelas SD negeri rusak parah, siswa belajar di teras.', 'pendidikan'],
  ['Warga antre berjam-jam mengurus perizinan di mal pelayanan publik.', 'pelayanan-publik'],
  ['Oknum petugas kelurahan diduga melakukan pungli saat pengurusan surat.', 'pelayanan-publik'],
  ['Harga cabai merah di pasar tradisional naik jadi Rp80 ribu per kilogram.', 'ekonomi-harga'],
  ['Pemerintah menggelar operasi pasar untuk menekan inflasi menjelang Lebaran.', 'ekonomi-harga'],
  ['Elpiji 3 kg langka, warga antre di pangkalan.', 'ekonomi-harga'],
  ['Aksi begal kembali terjadi, polisi menangkap dua pelaku curanmor.', 'keamanan-ketertiban'],
  ['Satpol PP menertibkan pedagang kaki lima di trotoar.', 'keamanan-ketertiban'],
  ['KPU menetapkan tiga pasangan calon wali kota untuk Pilkada 2024.', 'politik-pilkada'],
  ['Bawaslu menemukan dugaan politik uang menjelang pencoblosan.', 'politik-pilkada'],
  ['Penyaluran bansos BLT tidak tepat sasaran, warga miskin tidak terdata di DTKS.', 'sosial-bansos'],
  ['Kepala desa diperiksa terkait penggunaan dana desa.', 'sosial-bansos'],
  ['Kemacetan parah terjadi di simpang empat karena lampu merah mati.', 'transportasi'],
  ['Parkir liar di depan mal dikeluhkan pengguna jalan, Dishub turun tangan.', 'transportasi'],
  ['Kejaksaan menetapkan kepala dinas sebagai tersangka korupsi pengadaan barang.', 'korupsi-hukum'],
  ['KPK menggelar OTT terhadap pejabat daerah terkait suap proyek.', 'korupsi-hukum'],
  ['Tanah longsor menimbun rumah warga, BPBD mengevakuasi korban.', 'bencana'],
  ['Gempa magnitudo 5,2 mengguncang wilayah selatan, warga panik keluar rumah.', 'bencana'],
  ['Blanko e-KTP habis, warga tidak bisa mencetak KTP di Disdukcapil.', 'kependudukan'],
  ['Pengurusan akta kelahiran dan kartu keluarga kini bisa daring.', 'kependudukan'],
  ['Festival budaya Batanghari menarik ribuan wisatawan.', 'pariwisata-budaya'],
  ['Petani mengeluhkan pupuk subsidi langka menjelang musim tanam.', 'pertanian-pangan'],
];

describe('topic rules', () => {
  const a = createTopicAnalyzer();

  it.each(cases)('%s → %s', (text, expected) => {
    const topics = a.analyze({ id: 'x', text }, emptyAnalysis()).topics!;
    expect(topics).toContain(expected);
    expect(topics.length).toBeLessThanOrEqual(3);
  });

  it('finds most cases as the first topic', () => {
    const first = cases.filter(([text, exp]) => a.analyze({ id: 'x', text }, emptyAnalysis()).topics![0] === exp).length;
    expect(first / cases.length).toBeGreaterThanOrEqual(0.85);
  });

  it('gives no topic to unrelated chatter', () => {
    for (const text of ['Selamat pagi semua, semoga harimu menyenangkan!', 'Pertandingan tadi malam seru sekali, golnya indah.']) {
      expect(a.analyze({ id: 'x', text }, emptyAnalysis()).topics).toEqual([]);
    }
  });

  it('needs more than one weak word', () => {
    const r = new TopicRules(DEFAULT_TAXONOMY);
    expect(r.score('Saya lewat jalan itu kemarin.').map((h) => h.id)).not.toContain('infrastruktur');
    expect(r.score('Jalan itu rusak dan proyeknya mangkrak.').map((h) => h.id)).toContain('infrastruktur');
  });

  it('is multi-label and counts the title', () => {
    const topics = a.analyze(
      { id: 'x', title: 'Banjir Rendam Jalan, Warga Terserang Diare', text: 'Banjir setinggi lutut merendam jalan utama; puskesmas mencatat kasus diare meningkat.' },
      emptyAnalysis(),
    ).topics!;
    expect(topics).toEqual(expect.arrayContaining(['banjir-lingkungan', 'kesehatan']));
  });

  it('accepts a custom taxonomy', () => {
    const custom = createTopicAnalyzer({ taxonomy: { topics: [{ id: 'sawit', label: { id: 'Sawit', en: 'Palm oil' }, strong: ['harga tbs'], weak: [] }] } });
    expect(custom.analyze({ id: 'x', text: 'Harga TBS sawit anjlok minggu ini.' }, emptyAnalysis()).topics).toEqual(['sawit']);
  });

  it('every taxonomy entry has labels and keywords', () => {
    const ids = new Set<string>();
    for (const t of DEFAULT_TAXONOMY.topics) {
      expect(ids.has(t.id)).toBe(false);
      ids.add(t.id);
      expect(t.label.id && t.label.en).toBeTruthy();
      expect(t.strong.length).toBeGreaterThan(5);
    }
  });
});

describe('emergingTerms', () => {
  const filler = (i: number) => `Pemerintah kota menggelar rapat koordinasi rutin bersama dinas terkait nomor ${i % 7}.`;
  const baseline = Array.from({ length: 7 }, (_, d) => Array.from({ length: 40 }, (_, i) => `${filler(i + d)} Warga membahas harga beras di pasar.`));

  it('surfaces a new phrase and ignores steady ones', () => {
    const today = [
      ...Array.from({ length: 34 }, (_, i) => `${filler(i)} Warga membahas harga beras di pasar.`),
      ...Array.from({ length: 6 }, (_, i) => `Jembatan Aurduri ambruk pagi ini, warga panik. Foto ${i}`),
    ];
    const terms = emergingTerms(today, baseline, { minCount: 3 });
    const names = terms.map((t) => t.term);
    expect(names).toContain('jembatan aurduri');
    expect(names).not.toContain('harga beras');
    expect(names).not.toContain('rapat koordinasi');
    const j = terms.find((t) => t.term === 'jembatan aurduri')!;
    expect(j.todayCount).toBe(6);
    expect(j.baselineMean).toBe(0);
    expect(j.ratio).toBeGreaterThan(3);
    expect(j.z).toBeGreaterThan(2);
  });

  it('respects the minimum count and works without a baseline', () => {
    const today = ['Isu baru muncul: tarif parkir naik.', 'Tarif parkir naik lagi!'];
    expect(emergingTerms(today, [], { minCount: 3 })).toEqual([]);
    expect(emergingTerms(today, [], { minCount: 2 }).map((t) => t.term)).toContain('tarif parkir');
  });

  it('scales for volume: a busier day alone is not emerging', () => {
    const day = (n: number) => Array.from({ length: n }, () => 'Harga beras naik di pasar induk.');
    expect(emergingTerms(day(100), [day(20), day(20), day(20)])).toEqual([]);
  });
});
