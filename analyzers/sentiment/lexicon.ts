// Hand-curated Indonesian polarity lexicon (AFINN-style weights −3…+3) for the words a humas office
// cares about. No maintained package ships an Indonesian list (natural's vocabularies cover European
// languages only; `sentiment` ships English), so this one is ours. It matters most where the trained
// model is weakest: public-service complaints ("banjir lagi", "jalan rusak", "pungli") that review
// and politics corpora rarely contain. Entries are in normalized form (see analyzers/normalize);
// lookups fall back to the Sastrawi stem so "mengecewakan" finds "kecewa".

const GENERAL: Record<string, number> = {
  // positive
  bagus: 2, baik: 2, hebat: 3, keren: 2, mantap: 3, luar_biasa: 3, senang: 2, gembira: 2, bahagia: 3,
  suka: 2, cinta: 2, puas: 2, memuaskan: 2, nyaman: 2, enak: 2, lezat: 3, ramah: 2, bersih: 2, rapi: 2,
  indah: 2, cantik: 2, murah: 1, terjangkau: 1, cepat: 1, tanggap: 2, sigap: 2, responsif: 2, sukses: 2,
  berhasil: 2, lancar: 2, aman: 2, tertib: 1, terima_kasih: 2, apresiasi: 2, bangga: 2, salut: 2,
  rekomendasi: 2, recommended: 2, terbaik: 3, juara: 2, unggul: 2, maju: 1, meningkat: 1, berkembang: 1,
  membantu: 2, bermanfaat: 2, manfaat: 1, peduli: 2, transparan: 2, jujur: 2, adil: 2, tepat: 1,
  efektif: 2, efisien: 2, mudah: 1, praktis: 1, ramai: 1, lengkap: 1, sehat: 1, segar: 1, sejuk: 1,
  strategis: 1, asyik: 2, asik: 2, seru: 2, lucu: 1, menarik: 2, inovatif: 2, kreatif: 2, ramah_lingkungan: 2,
  dukung: 1, mendukung: 1, setuju: 1, selamat: 1, berkah: 2, syukur: 2, alhamdulillah: 2, semangat: 2,
  optimis: 2, harapan: 1, solusi: 1, perbaikan: 1, diperbaiki: 1, terbantu: 2, terpercaya: 2, oke: 1,
  haha: 1, emopos: 2, wow: 1, kagum: 2, ikhlas: 1, damai: 2, kondusif: 2, sejahtera: 2, prestasi: 2,
  penghargaan: 2, meresmikan: 1, gratis: 1, hemat: 1, memukau: 3, istimewa: 3, sempurna: 3, favorit: 2,
  // negative
  buruk: -2, jelek: -2, parah: -3, rusak: -2, hancur: -3, kecewa: -2, mengecewakan: -3, kesal: -2,
  marah: -2, benci: -3, sedih: -2, takut: -2, khawatir: -1, cemas: -1, bosan: -1, malas: -1, lelah: -1,
  mahal: -1, lambat: -2, lama: -1, telat: -2, terlambat: -2, kotor: -2, bau: -2, jorok: -2, kumuh: -2,
  berantakan: -2, sempit: -1, panas: -1, bising: -1, berisik: -1, macet: -2, kemacetan: -2, banjir: -2,
  genangan: -1, longsor: -2, kebakaran: -2, sampah: -1, limbah: -1, polusi: -2, pencemaran: -2,
  korupsi: -3, koruptor: -3, pungli: -3, suap: -3, gratifikasi: -3, kolusi: -3, nepotisme: -3,
  penipuan: -3, tipu: -3, menipu: -3, bohong: -3, hoaks: -2, hoax: -2, fitnah: -3, kriminal: -2,
  kejahatan: -2, jahat: -3, begal: -3, maling: -3, curi: -2, pencurian: -2, rampok: -3, narkoba: -2,
  kecelakaan: -2, tewas: -2, meninggal: -1, korban: -1, bencana: -2, darurat: -1, krisis: -2,
  keluhan: -2, mengeluh: -2, mengeluhkan: -2, komplain: -2, protes: -2, demo: -1, kritik: -1,
  tolak: -1, menolak: -1, gagal: -2, kegagalan: -2, masalah: -1, bermasalah: -2, kendala: -1,
  sulit: -1, susah: -1, ribet: -2, rumit: -1, repot: -1, mangkrak: -3, terbengkalai: -2, kacau: -2,
  lalai: -2, abai: -2, mengabaikan: -2, cuek: -2, arogan: -2, sombong: -2, kasar: -2, judes: -2,
  jutek: -2, galak: -1, lemot: -2, pelit: -1, curang: -3, zalim: -3, bodoh: -2, goblok: -3, tolol: -3,
  payah: -2, sampah_masyarakat: -3, rugi: -2, merugikan: -2, kerugian: -2, miskin: -1, kemiskinan: -1,
  pengangguran: -1, mati: -1, sakit: -1, penyakit: -1, wabah: -2, emoneg: -2, astaga: -1, aduh: -1,
  mengerikan: -3, seram: -1, ngeri: -2, gelap: -1, padam: -2, mati_lampu: -2, antre: -1,
  antrean: -1, langka: -1, kelangkaan: -2, mogok: -2, bolong: -2, berlubang: -2, lubang: -1,
  retak: -2, ambruk: -3, roboh: -3, tersendat: -2, pemadaman: -2, kekeringan: -2, kurang: -1,
};

/** Public-service and governance phrases (humas domain); underscores join the words of a phrase. */
const HUMAS: Record<string, number> = {
  jalan_rusak: -3, jalan_berlubang: -3, sampah_menumpuk: -3, sampah_berserakan: -2, banjir_lagi: -3,
  tidak_tepat_sasaran: -3, salah_sasaran: -2, tepat_sasaran: 2, pelayanan_buruk: -3, pelayanan_lambat: -3,
  pelayanan_cepat: 2, pelayanan_ramah: 2, air_mati: -2, listrik_padam: -2, lampu_jalan_mati: -2,
  pungutan_liar: -3, jual_beli_jabatan: -3, dana_desa_diselewengkan: -3, diselewengkan: -3,
  penyelewengan: -3, penyalahgunaan: -3, mark_up: -2, tidak_transparan: -3, lamban: -2, tebang_pilih: -2,
  tumpang_tindih: -1, janji_palsu: -3, pencitraan: -1, pemborosan: -2, harga_naik: -2, mahal_sekali: -2,
  izin_dipersulit: -3, dipersulit: -2, dipungut: -1, macet_parah: -3, banjir_rob: -2, air_keruh: -2,
  stunting: -1, gizi_buruk: -2, inflasi: -1, bansos_tidak_merata: -3, tidak_merata: -2,
  pembangunan_jalan: 1, jalan_mulus: 2, sudah_diperbaiki: 2, cepat_tanggap: 3, terima_kasih_pak: 2,
  penghargaan_adipura: 2, adipura: 2, wtp: 2, opini_wtp: 2, bantuan_tersalurkan: 2, tersalurkan: 1,
  bersinergi: 1, sinergi: 1, kolaborasi: 1, gotong_royong: 2, warga_puas: 3, warga_resah: -3,
  resah: -2, meresahkan: -3, keresahan: -2, warga_mengeluh: -3, dikeluhkan: -2,
};

/**
 * Events reported in news: what harms people is negative however neutral the wording ("29
 * penerbangan dibatalkan", "air mati tiga hari", "dua anak meninggal"); relief, completed repairs
 * and recognition are positive. Review corpora hardly contain them, so the model relies on these.
 */
const EVENTS: Record<string, number> = {
  // harm: cancellations, outages, disasters, disease, deaths, crime
  batal: -2, dibatalkan: -2, pembatalan: -2, ditunda: -1, tertunda: -1, penundaan: -1, terhenti: -2,
  dihentikan: -1, lumpuh: -2, terganggu: -2, gangguan: -1, terendam: -2, kebanjiran: -3, tenggelam: -2,
  hanyut: -2, terseret: -2, tertimbun: -3, tertimpa: -2, terjebak: -2, hangus: -2, ludes: -2, terbakar: -2,
  meninggal: -2, meninggal_dunia: -3, tewas: -3, korban_jiwa: -3, korban_meninggal: -3, 'luka-luka': -2,
  terluka: -2, cedera: -2, kritis: -1, keracunan: -3, terjangkit: -2, terpapar: -2, terinfeksi: -2,
  demam_berdarah: -2, dbd: -2, diare: -1, gempa: -2, tsunami: -3, erupsi: -2, abu_vulkanik: -2, kabut_asap: -2,
  karhutla: -2, puting_beliung: -2, angin_kencang: -1, gagal_panen: -3, phk: -2, tersangka: -2,
  ditangkap: -1, pembunuhan: -3, dibunuh: -3, penganiayaan: -3, kekerasan: -2, pemerkosaan: -3, tabrakan: -2,
  terbalik: -2, mengungsi: -2, pengungsi: -1, kerusakan: -2, merusak: -2, kelaparan: -3, busuk: -2,
  berbahaya: -2, bahaya: -2, rawan: -1, ancaman: -1, mengancam: -2, mati_listrik: -2, listrik_mati: -2,
  air_mati: -3, air_tidak_mengalir: -3, tidak_mengalir: -2, putus: -1, tumbang: -1, ambles: -2, jebol: -2,
  kenaikan_harga: -2, melonjak: -1, anjlok: -2, kehilangan: -2, hilang: -1, diliburkan: -1, pandemi: -1,
  // harm the general lexicon already weighs, and residents' complaints as news reports them
  banjir: -2, banjir_lagi: -3, banjir_rob: -2, genangan: -1, longsor: -2, kebakaran: -2, kecelakaan: -2,
  korban: -1, bencana: -2, wabah: -2, padam: -2, pemadaman: -2, listrik_padam: -2, mati_lampu: -2,
  kekeringan: -2, krisis: -2, kelangkaan: -2, ambruk: -3, roboh: -3, macet: -2, kemacetan: -2,
  macet_parah: -3, tersendat: -2, mogok: -2, jalan_rusak: -3, jalan_berlubang: -3, sampah_menumpuk: -3,
  polusi: -2, pencemaran: -2, korupsi: -3, pungli: -3, penipuan: -3, pencurian: -2, begal: -3,
  mengeluh: -2, mengeluhkan: -2, keluhan: -2, dikeluhkan: -2, warga_mengeluh: -3, warga_resah: -3,
  resah: -2, meresahkan: -3, protes: -2,
  // relief, repairs done, recognition
  apresiasi: 2, berhasil: 2, sukses: 2, prestasi: 2, penghargaan: 2, juara: 2, adipura: 2,
  opini_wtp: 2, bantuan_tersalurkan: 2, warga_puas: 3, puas: 2, lancar: 2, cepat_tanggap: 3, meresmikan: 1,
  kembali_normal: 2, normal_kembali: 2, sudah_normal: 2, kembali_lancar: 2, sudah_lancar: 2, pulih: 2,
  membaik: 2, mulus: 1, rampung: 1, tuntas: 1, selesai_diperbaiki: 2, sudah_diperbaiki: 2, telah_diperbaiki: 2,
  diperbaiki: 1, perbaikan_selesai: 2, diresmikan: 1, peresmian: 1, diluncurkan: 1, meluncurkan: 1,
  menyambut_baik: 2, menyambut_gembira: 3, disambut_baik: 2, antusias: 2, bersyukur: 2, mengapresiasi: 2,
  memuji: 2, pujian: 2, meraih: 1, raih: 1, medali: 1, terkendali: 1, stabil: 1, layak_huni: 2,
  menyelamatkan: 2, diselamatkan: 1, kesigapan: 2, ditindaklanjuti: 1, bebas_banjir: 2,
};

/** Words of social posts (after social-slang.ts has mapped them to standard forms). */
const SOCIAL: Record<string, number> = {
  menyebalkan: -3, menyesal: -2, jera: -2, menangis: -2, pusing: -2, sialan: -3, sial: -2, palsu: -2,
  sembarangan: -2, tersumbat: -2, terjatuh: -2, omong_kosong: -3, muak: -3, lemas: -1, innalillahi: -2,
  masyaallah: 2, sepadan: 1, terburuk: -3, lega: 2, diabaikan: -2, dibiarkan: -1, tidak_ditanggapi: -2,
  tidak_ada_respon: -3, tidak_ada_tindakan: -3, tidak_berguna: -3, tidak_jelas: -2, tidak_becus: -3,
  janji_manis: -2, cuma_janji: -3, kerja_bagus: 2, biasa_saja: -1, amin: 1, semoga: 1, rekomendasi: 2,
  kecewa_berat: -3, zalim: -3, mencekik: -2, seremoni: -1, 'ugal-ugalan': -2, rusuh: -2, gila: -1,
};

const toMap = (o: Record<string, number>): ReadonlyMap<string, number> =>
  new Map(Object.entries(o).map(([k, v]) => [k.replace(/_/g, ' '), v] as const));

export const LEXICON: ReadonlyMap<string, number> = toMap({ ...GENERAL, ...HUMAS, ...EVENTS, ...SOCIAL });

/** The news-event entries alone (harm and relief), scored separately as the model's event prior. */
export const EVENT_LEXICON: ReadonlyMap<string, number> = toMap(EVENTS);

/** Longest phrase in the lexicon, in words. */
export const MAX_PHRASE = Math.max(...[...LEXICON.keys()].map((k) => k.split(' ').length));

/** Words that flip the polarity of what follows (within NEGATION_WINDOW tokens). */
export const NEGATORS: ReadonlySet<string> = new Set(['tidak', 'bukan', 'belum', 'jangan', 'tanpa', 'kurang', 'tak']);
export const NEGATION_WINDOW = 2;

/** Intensifiers before ("sangat bagus") or after ("bagus banget") the word they strengthen. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['sangat', 1.5], ['amat', 1.5], ['paling', 1.5], ['terlalu', 1.3], ['begitu', 1.2], ['sungguh', 1.4],
  ['banget', 1.5], ['sekali', 1.5], ['benar-benar', 1.4], ['makin', 1.2], ['semakin', 1.2], ['super', 1.5],
]);
