// Fixture days for tuning and checking the alert defaults: several ordinary days of a city's news and
// posts (programme news, ordinary complaints spread over topics and places, syndicated copies of a
// negative wire story, national news, chatter on social media) and, on one day, a labelled negative
// spike on one matter. Written for Pantau (templates in Indonesian as local outlets and residents
// write), generated deterministically from a seed, so the tuning can be re-run and the untouched
// scenarios stay untouched. Rows are `pantau import` JSONL rows.
import { mulberry32 as rng } from '../analyzers/shared/random.js';

export interface ImportRow {
  url: string;
  title?: string;
  text: string;
  publishedAt: string;
  source: string;
  kind: 'news' | 'social';
  author?: string;
  /** What the row is (not read by Pantau): baseline, syndicated, national, or the spike's label. */
  label: string;
}

export interface Scenario {
  name: string;
  /** Tuned on, or kept untouched until the end. */
  split: 'tune' | 'untouched';
  days: string[];
  spikeDay: string;
  /** First mention of the spike (ISO, +07:00). */
  spikeStart: string;
  spikeLabel: string;
  rows: ImportRow[];
}

const NEWS = ['tribun-jambi', 'jambi-ekspres', 'jambi-one', 'metro-jambi', 'antara-jambi', 'jambi-update', 'jambi-link', 'jamberita'];
const NATIONAL = ['kompas', 'detik', 'cnn-indonesia'];
const SOCIAL = ['x', 'facebook', 'instagram'];
const HANDLES = [
  'rina_jbi', 'bang_udin88', 'wargajambi', 'dedi.kurnia', 'mak_ijah', 'fajar_telanai', 'siti_nurjanah', 'anakjambi_', 'yogi.pratama', 'lilis.s',
  'hendra_kotabaru', 'ucok_jelutung', 'nova.ardiansyah', 'info_jambi_kota', 'putri_alam_barajo', 'rahmat.h', 'dewi_paalmerah', 'joko.s', 'mimi_sipin', 'arif.budiman',
];

const KEC: [string, string[]][] = [
  ['Telanaipura', ['Simpang IV Sipin', 'Buluran Kenali', 'Teluk Kenali', 'Pematang Sulur']],
  ['Jambi Timur', ['Tanjung Pinang', 'Talang Banjar', 'Sulanjana', 'Rajawali']],
  ['Kota Baru', ['Simpang III Sipin', 'Suka Karya', 'Paal Lima']],
  ['Alam Barajo', ['Mayang Mangurai', 'Kenali Besar', 'Rawasari', 'Bagan Pete']],
  ['Jelutung', ['Jelutung', 'Kebun Handil', 'Cempaka Putih', 'Payo Lebar']],
  ['Paal Merah', ['Talang Bakung', 'Eka Jaya', 'Lingkar Selatan', 'Payo Selincah']],
  ['Jambi Selatan', ['Thehok', 'Pasir Putih', 'Tambak Sari', 'Wijaya Pura']],
  ['Pasar Jambi', ['Orang Kayo Hitam', 'Beringin', 'Sungai Asam']],
  ['Danau Sipin', ['Legok', 'Solok Sipin', 'Murni', 'Selamat']],
];
const STREETS = ['Jalan Lingkar Selatan', 'Jalan Sumantri Brojonegoro', 'Jalan Kol. Abunjani', 'Jalan Hayam Wuruk', 'Jalan Pattimura', 'Jalan Jenderal Sudirman', 'Jalan Orang Kayo Hitam', 'Jalan Kapten Pattimura', 'Jalan Marsda Surya Darma', 'Jalan Sultan Agung'];

type Gen = (p: Picks) => { title: string; text: string };
interface Picks {
  kec: string;
  kel: string;
  street: string;
  n: number;
  pick<T>(xs: readonly T[]): T;
}

// Programme news and ordinary city news: neutral or positive.
const CITY: Gen[] = [
  (p) => ({ title: `Pemkot Jambi Salurkan Bantuan Beras untuk ${p.n * 100} Keluarga di Kecamatan ${p.kec}`, text: `Pemerintah Kota Jambi menyalurkan bantuan beras cadangan pangan kepada ${p.n * 100} keluarga penerima manfaat di Kecamatan ${p.kec}. Penyaluran berlangsung tertib di kantor Kelurahan ${p.kel} dan disambut baik oleh warga.` }),
  (p) => ({ title: `Wali Kota Jambi Resmikan Taman Bermain Baru di Kelurahan ${p.kel}`, text: `Wali Kota Jambi meresmikan taman bermain ramah anak di Kelurahan ${p.kel}, Kecamatan ${p.kec}. Taman dilengkapi area hijau, jalur pejalan kaki dan lampu penerangan. Warga menyambut gembira fasilitas baru ini.` }),
  (p) => ({ title: `Disdukcapil Kota Jambi Buka Layanan Jemput Bola di ${p.kec}`, text: `Dinas Kependudukan dan Pencatatan Sipil Kota Jambi membuka layanan jemput bola perekaman KTP elektronik di Kecamatan ${p.kec}. Layanan gratis ini berlangsung hingga akhir pekan.` }),
  (p) => ({ title: `Pasar Murah Digelar di Kelurahan ${p.kel}, Warga Antusias`, text: `Pemkot Jambi menggelar pasar murah di Kelurahan ${p.kel}. Minyak goreng, gula dan beras dijual di bawah harga pasar. Warga antusias dan stok habis sebelum siang.` }),
  (p) => ({ title: `Perbaikan ${p.street} Rampung, Arus Lalu Lintas Kembali Lancar`, text: `Dinas PUPR Kota Jambi menyelesaikan pengaspalan ${p.street}. Pengendara kini merasa nyaman karena jalan sudah mulus dan arus lalu lintas kembali lancar.` }),
  (p) => ({ title: `Posyandu di ${p.kel} Gelar Imunisasi dan Pemeriksaan Gizi Balita`, text: `Puskesmas bersama kader posyandu di Kelurahan ${p.kel} menggelar imunisasi dan pemeriksaan gizi balita. Sebanyak ${p.n * 10} balita mendapat layanan.` }),
  (_p) => ({ title: `Festival Kuliner Jambi Digelar di Tanggo Rajo Akhir Pekan Ini`, text: `Festival kuliner khas Jambi kembali digelar di kawasan Tanggo Rajo, Kecamatan Pasar Jambi. Puluhan pelaku UMKM ikut serta menjajakan tempoyak, gulai ikan patin dan kue tradisional.` }),
  (_p) => ({ title: `DPRD Kota Jambi Bahas Rancangan APBD ${2027}`, text: `DPRD Kota Jambi melanjutkan pembahasan rancangan APBD bersama tim anggaran pemerintah daerah. Rapat membahas belanja pendidikan, kesehatan dan infrastruktur.` }),
  (p) => ({ title: `Sekolah di ${p.kec} Terima Bantuan Buku dan Komputer`, text: `Dinas Pendidikan Kota Jambi menyerahkan bantuan buku bacaan dan komputer kepada sekolah dasar di Kecamatan ${p.kec}. Kepala sekolah berterima kasih atas perhatian pemerintah.` }),
  (_p) => ({ title: `Kapolresta Jambi Pimpin Apel Pengamanan Akhir Pekan`, text: `Kapolresta Jambi memimpin apel pengamanan akhir pekan di Mapolresta. Personel disiagakan di sejumlah titik keramaian di Kota Jambi.` }),
  (p) => ({ title: `Pelatihan UMKM Digital Diikuti ${p.n * 20} Pelaku Usaha di Kota Jambi`, text: `Dinas Koperasi dan UKM Kota Jambi menggelar pelatihan pemasaran digital bagi pelaku UMKM. Peserta belajar memasarkan produk lewat lokapasar dan media sosial.` }),
  (_p) => ({ title: `Cuaca Kota Jambi Hari Ini Berawan, Berpotensi Hujan Ringan Sore`, text: `BMKG memperkirakan cuaca Kota Jambi berawan dengan potensi hujan ringan pada sore hari. Suhu berkisar 24 hingga 32 derajat Celsius.` }),
];

// Ordinary complaints: negative, spread over topics and places, one or two at a time.
const COMPLAINTS: Gen[] = [
  (p) => ({ title: `Warga Keluhkan Jalan Berlubang di ${p.street}`, text: `Warga mengeluhkan jalan berlubang di ${p.street}, Kecamatan ${p.kec}. Lubang yang dalam membuat pengendara motor sering terjatuh, namun belum juga diperbaiki.` }),
  (p) => ({ title: `Sampah Menumpuk di TPS Kelurahan ${p.kel}, Bau Menyengat`, text: `Tumpukan sampah di TPS Kelurahan ${p.kel}, Kecamatan ${p.kec}, sudah tiga hari tidak diangkut. Warga mengeluhkan bau busuk yang menyengat dan lalat.` }),
  (p) => ({ title: `Lampu Jalan Mati, ${p.street} Gelap Gulita Saat Malam`, text: `Lampu penerangan jalan di ${p.street} mati sejak sepekan lalu. Warga khawatir rawan kejahatan dan kecelakaan karena jalan gelap gulita.` }),
  (p) => ({ title: `Air PDAM Tidak Mengalir Dua Hari di ${p.kel}`, text: `Warga Kelurahan ${p.kel} mengeluhkan air PDAM yang tidak mengalir selama dua hari. Mereka terpaksa membeli air bersih untuk kebutuhan sehari-hari.` }),
  (p) => ({ title: `Pencurian Sepeda Motor Kembali Terjadi di ${p.kec}`, text: `Aksi pencurian sepeda motor kembali terjadi di Kecamatan ${p.kec}. Korban kehilangan motor yang diparkir di depan rumah. Warga resah karena kasus serupa sering terjadi.` }),
  (_p) => ({ title: `Harga Cabai di Pasar Angso Duo Melonjak, Pedagang Mengeluh Sepi Pembeli`, text: `Harga cabai merah di Pasar Angso Duo melonjak tajam. Pedagang mengeluh pembeli berkurang dan warga keberatan dengan kenaikan harga yang memberatkan.` }),
  (p) => ({ title: `Drainase Tersumbat, Air Meluap ke Jalan di ${p.kel}`, text: `Saluran drainase di Kelurahan ${p.kel} tersumbat sampah sehingga air meluap ke jalan setiap hujan. Warga meminta pemerintah segera membersihkan saluran.` }),
  (p) => ({ title: `Parkir Liar di ${p.street} Bikin Macet`, text: `Parkir liar di bahu ${p.street} membuat lalu lintas macet setiap sore. Pengendara kesal karena petugas jarang menertibkan.` }),
  (p) => ({ title: `Pelayanan di Kantor Kelurahan ${p.kel} Dikeluhkan Lambat`, text: `Sejumlah warga mengeluhkan pelayanan surat keterangan di kantor Kelurahan ${p.kel} yang lambat dan berbelit. Warga harus datang berkali-kali.` }),
];

// A negative wire story: every outlet prints its own copy within the hour (one story).
const WIRE: Gen[] = [
  (p) => ({ title: `Kecelakaan Truk dan Motor di ${p.street}, Satu Orang Luka Berat`, text: `Kecelakaan lalu lintas antara truk bermuatan pasir dan sepeda motor terjadi di ${p.street}, Kecamatan ${p.kec}, Kota Jambi. Pengendara motor mengalami luka berat dan dilarikan ke rumah sakit. Polisi masih menyelidiki penyebab kecelakaan.` }),
  (p) => ({ title: `Rumah Warga di ${p.kel} Hangus Terbakar`, text: `Sebuah rumah warga di Kelurahan ${p.kel}, Kecamatan ${p.kec}, Kota Jambi hangus terbakar. Api diduga berasal dari korsleting listrik. Pemilik rumah mengalami kerugian ratusan juta rupiah.` }),
  (p) => ({ title: `Polisi Tangkap Pengedar Sabu di ${p.kec}`, text: `Satresnarkoba Polresta Jambi menangkap seorang pengedar sabu di Kecamatan ${p.kec}. Polisi menyita barang bukti sabu dan uang tunai. Pelaku terancam hukuman berat.` }),
];

const NATIONAL_NEWS: Gen[] = [
  () => ({ title: 'Harga Emas Antam Hari Ini Naik Tipis', text: 'Harga emas batangan Antam naik tipis dibandingkan kemarin. Pembelian kembali juga ikut naik.' }),
  () => ({ title: 'Timnas Indonesia Jalani Latihan Jelang Laga Kualifikasi', text: 'Skuad Timnas Indonesia menjalani latihan di Jakarta jelang laga kualifikasi pekan depan.' }),
  () => ({ title: 'Menteri Keuangan Paparkan Realisasi APBN', text: 'Menteri Keuangan memaparkan realisasi APBN hingga bulan lalu dalam konferensi pers di Jakarta.' }),
  () => ({ title: 'Gempa Magnitudo 5,1 Guncang Maluku, Tidak Berpotensi Tsunami', text: 'BMKG mencatat gempa magnitudo 5,1 mengguncang wilayah Maluku. Gempa tidak berpotensi tsunami.' }),
];

const CHATTER: ((p: Picks) => string)[] = [
  (p) => `mantap pemkot, taman baru di ${p.kel} keren buat anak2 main`,
  (p) => `ada yg tau jadwal pasar murah minggu ini di ${p.kec}?`,
  () => `pagi2 udah ngopi di tanggo rajo, jambi cerah hari ini`,
  (p) => `makasih pak wali jalan di ${p.street} udah mulus sekarang`,
  () => `info loker di kota jambi dong gaes`,
  () => `tempoyak ikan patin emang paling enak se jambi`,
  (p) => `jalan di ${p.street} rusak parah udah 3 bulan ga diperbaiki, tolong lah`,
  (p) => `sampah di tps ${p.kel} numpuk lagi, bau banget`,
  (p) => `macet parah di simpang ${p.kec} pagi ini, telat kerja`,
  (p) => `air pdam di ${p.kel} mati lagi, capek deh`,
];

// The spikes: the matter, its place, and the words residents and outlets use about it.
interface SpikeDef {
  label: string;
  kec: string;
  kel: string;
  news: Gen[];
  social: ((p: Picks) => string)[];
}

const SPIKES: Record<string, SpikeDef> = {
  banjir: {
    label: 'banjir-tanjung-pinang',
    kec: 'Jambi Timur',
    kel: 'Tanjung Pinang',
    news: [
      () => ({ title: 'Banjir Rendam Ratusan Rumah di Kelurahan Tanjung Pinang, Warga Mengungsi', text: 'Hujan deras sejak dini hari membuat ratusan rumah di Kelurahan Tanjung Pinang, Kecamatan Jambi Timur, terendam banjir setinggi 80 sentimeter. Warga mengungsi ke masjid dan menunggu bantuan.' }),
      () => ({ title: 'Tanjung Pinang Kebanjiran Lagi, Drainase Tak Mampu Tampung Air', text: 'Banjir kembali melanda Kelurahan Tanjung Pinang, Jambi Timur. Warga menilai drainase tersumbat sampah dan sedimen sehingga air meluap ke permukiman. Lebih dari 300 rumah terdampak.' }),
      () => ({ title: 'Warga Jambi Timur Keluhkan Lambatnya Bantuan Korban Banjir', text: 'Korban banjir di Kelurahan Tanjung Pinang mengeluhkan bantuan yang belum datang. Anak-anak dan lansia kedinginan di pengungsian tanpa makanan yang cukup.' }),
      () => ({ title: 'Banjir di Tanjung Pinang Lumpuhkan Aktivitas Warga', text: 'Banjir yang merendam Kelurahan Tanjung Pinang, Kecamatan Jambi Timur melumpuhkan aktivitas warga. Sekolah diliburkan dan jalan tidak bisa dilalui kendaraan.' }),
      () => ({ title: 'Air Belum Surut, Korban Banjir Tanjung Pinang Mulai Terserang Penyakit', text: 'Air banjir di Kelurahan Tanjung Pinang belum juga surut. Sejumlah warga mulai terserang gatal-gatal dan diare di pengungsian.' }),
      () => ({ title: 'Ketinggian Banjir di Jambi Timur Capai Satu Meter', text: 'Ketinggian air banjir di Kelurahan Tanjung Pinang, Kecamatan Jambi Timur, mencapai satu meter. Warga menyelamatkan barang ke lantai atas dan menunggu perahu karet.' }),
    ],
    social: [
      () => `banjir lagi di tanjung pinang, air udah masuk rumah sepinggang 😭`,
      () => `ya allah banjir tanjung pinang parah, tolong bantuannya pemkot`,
      () => `jalan di tanjung pinang ga bisa dilewatin, banjir tinggi bgt`,
      () => `drainase jambi timur ga pernah beres, tiap hujan banjir terus`,
      () => `kasian warga tanjung pinang ngungsi di masjid kedinginan, bantuan belum dateng`,
      () => `banjir parah di jambi timur, motor mogok semua`,
      () => `udah 3 kali banjir bulan ini di tanjung pinang, pemerintah kemana?`,
    ],
  },
  sampah: {
    label: 'tpa-talang-gulo',
    kec: 'Kota Baru',
    kel: 'Suka Karya',
    news: [
      () => ({ title: 'TPA Talang Gulo Terbakar, Asap Tebal Selimuti Permukiman Warga', text: 'Tumpukan sampah di TPA Talang Gulo, Kecamatan Kota Baru, terbakar. Asap tebal menyelimuti permukiman warga Kelurahan Suka Karya dan membuat warga sesak napas.' }),
      () => ({ title: 'Warga Suka Karya Keluhkan Asap Kebakaran TPA Talang Gulo', text: 'Warga Kelurahan Suka Karya mengeluhkan asap dari kebakaran TPA Talang Gulo yang masuk ke rumah. Anak-anak batuk dan warga mengungsi sementara.' }),
      () => ({ title: 'Sampah Tak Terangkut, TPS di Kota Jambi Meluber Imbas Kebakaran TPA', text: 'Akibat kebakaran TPA Talang Gulo, truk sampah tidak bisa membuang muatan. Sampah menumpuk dan meluber di TPS berbagai kelurahan di Kota Jambi.' }),
      () => ({ title: 'Pemadaman Api di TPA Talang Gulo Belum Tuntas, Asap Masih Pekat', text: 'Petugas pemadam kebakaran belum berhasil memadamkan api di TPA Talang Gulo. Asap pekat masih menyelimuti Kecamatan Kota Baru dan warga khawatir kesehatan terganggu.' }),
      () => ({ title: 'Puluhan Warga Kota Baru Alami ISPA Akibat Asap TPA', text: 'Puskesmas mencatat puluhan warga Kecamatan Kota Baru mengalami ISPA akibat asap kebakaran TPA Talang Gulo. Warga meminta pemerintah bertindak cepat.' }),
    ],
    social: [
      () => `asap tpa talang gulo masuk rumah, anak batuk2 terus 😷`,
      () => `tpa kebakaran lagi, asapnya sampe ke suka karya parah`,
      () => `sampah di tps depan rumah udah meluber gara2 tpa kebakaran`,
      () => `sesak napas asap tpa talang gulo, pemkot tolong lah`,
      () => `bau asap sampah terbakar di kota baru ga ketahan`,
      () => `kapan sih tpa talang gulo beres, tiap tahun kebakaran`,
    ],
  },
  listrik: {
    label: 'listrik-padam',
    kec: 'Jelutung',
    kel: 'Jelutung',
    news: [
      () => ({ title: 'Listrik Padam Total di Sebagian Besar Kota Jambi, Warga Mengeluh', text: 'Pemadaman listrik terjadi di sebagian besar wilayah Kota Jambi, termasuk Kecamatan Jelutung dan Kota Baru. Warga mengeluh karena padam tanpa pemberitahuan.' }),
      () => ({ title: 'PLN Belum Beri Penjelasan Soal Pemadaman Listrik di Jambi', text: 'Hingga malam, PLN belum memberikan penjelasan soal pemadaman listrik yang melanda Kota Jambi. Warga kesal karena aktivitas terganggu.' }),
      () => ({ title: 'Lampu Lalu Lintas Mati Akibat Listrik Padam, Simpang di Jelutung Macet', text: 'Pemadaman listrik membuat lampu lalu lintas di sejumlah simpang di Kecamatan Jelutung mati. Kemacetan panjang terjadi dan pengendara saling serobot.' }),
      () => ({ title: 'Pedagang Pasar Jelutung Rugi Akibat Listrik Padam Berjam-jam', text: 'Pedagang di Pasar Jelutung mengeluhkan kerugian karena listrik padam berjam-jam. Barang dagangan di lemari pendingin rusak.' }),
      () => ({ title: 'Listrik Padam, Pasien di Klinik Kota Jambi Terpaksa Dirujuk', text: 'Pemadaman listrik yang berkepanjangan membuat sebuah klinik di Kota Jambi kesulitan melayani pasien. Beberapa pasien terpaksa dirujuk.' }),
    ],
    social: [
      () => `mati lampu lagi se kota jambi, pln ngapain aja sih`,
      () => `listrik padam udah 3 jam di jelutung, panas banget ga bisa tidur`,
      () => `pln jambi parah, padam ga ada pemberitahuan`,
      () => `mati listrik, lampu merah simpang jelutung mati, macet total`,
      () => `frozen food dagangan rusak semua gara2 listrik padam 😡`,
      () => `kapan nyala lagi ini listrik, anak mau belajar`,
    ],
  },
  jembatan: {
    label: 'jembatan-retak',
    kec: 'Danau Sipin',
    kel: 'Legok',
    news: [
      () => ({ title: 'Jembatan di Legok Retak, Warga Takut Melintas', text: 'Jembatan penghubung di Kelurahan Legok, Kecamatan Danau Sipin, mengalami retak parah. Warga takut melintas dan meminta jembatan segera diperbaiki.' }),
      () => ({ title: 'Jembatan Retak di Danau Sipin Ditutup, Kemacetan Mengular', text: 'Dinas PUPR menutup jembatan yang retak di Kelurahan Legok. Penutupan membuat kemacetan panjang di jalur alternatif dan warga harus memutar jauh.' }),
      () => ({ title: 'Warga Legok Keluhkan Jembatan Rusak Tak Kunjung Diperbaiki', text: 'Warga Kelurahan Legok mengeluhkan jembatan yang sudah lama rusak dan kini retak makin parah. Anak sekolah terpaksa memutar jauh.' }),
      () => ({ title: 'Retakan Jembatan Legok Makin Lebar, DPRD Minta Pemkot Bertindak', text: 'Anggota DPRD Kota Jambi meminta pemerintah segera memperbaiki jembatan retak di Legok yang dinilai membahayakan pengguna jalan.' }),
      () => ({ title: 'Akibat Jembatan Ditutup, Pedagang di Danau Sipin Sepi Pembeli', text: 'Penutupan jembatan yang retak di Kelurahan Legok membuat pedagang di Kecamatan Danau Sipin sepi pembeli. Mereka mengeluh omzet turun drastis.' }),
    ],
    social: [
      () => `jembatan legok retak parah, ngeri lewat situ`,
      () => `jembatan ditutup macet parah mutar jauh, telat sekolah anak`,
      () => `udah lama rusak baru ditutup pas retak, pemkot telat banget`,
      () => `macet total gara2 jembatan legok ditutup 😤`,
      () => `takut ambruk jembatan di danau sipin, tolong cepet diperbaiki`,
    ],
  },
  keracunan: {
    label: 'keracunan-sekolah',
    kec: 'Alam Barajo',
    kel: 'Mayang Mangurai',
    news: [
      () => ({ title: 'Puluhan Siswa SD di Mayang Mangurai Diduga Keracunan Makanan', text: 'Puluhan siswa sekolah dasar di Kelurahan Mayang Mangurai, Kecamatan Alam Barajo, mengalami mual dan muntah setelah menyantap makanan di sekolah. Mereka dilarikan ke puskesmas dan rumah sakit.' }),
      () => ({ title: 'Korban Keracunan Makanan di Alam Barajo Bertambah', text: 'Jumlah siswa yang diduga keracunan makanan di Kecamatan Alam Barajo terus bertambah. Orang tua panik dan mendatangi rumah sakit.' }),
      () => ({ title: 'Orang Tua Siswa Keluhkan Keracunan Makanan di Sekolah Mayang Mangurai', text: 'Orang tua siswa mengeluhkan kejadian keracunan makanan di sekolah di Kelurahan Mayang Mangurai. Mereka meminta penyedia makanan diperiksa.' }),
      () => ({ title: 'Dinkes Kota Jambi Periksa Sampel Makanan Penyebab Keracunan Siswa', text: 'Dinas Kesehatan Kota Jambi mengambil sampel makanan yang diduga menyebabkan keracunan puluhan siswa di Alam Barajo. Siswa masih dirawat di rumah sakit.' }),
      () => ({ title: 'Siswa Korban Keracunan di Jambi Masih Dirawat, Orang Tua Cemas', text: 'Sejumlah siswa korban keracunan makanan di Kecamatan Alam Barajo masih dirawat di rumah sakit. Orang tua cemas dan meminta kejelasan.' }),
    ],
    social: [
      () => `anak aku muntah2 abis makan di sekolah, katanya banyak yg keracunan 😢`,
      () => `keracunan makanan di sd mayang, ortu pada panik ke rs`,
      () => `serem banget keracunan massal di sekolah alam barajo`,
      () => `siapa yg tanggung jawab anak2 keracunan makanan sekolah?`,
      () => `rs penuh anak2 sd keracunan, kasian banget`,
    ],
  },
  pungli: {
    label: 'pungli-angso-duo',
    kec: 'Pasar Jambi',
    kel: 'Beringin',
    news: [
      () => ({ title: 'Video Dugaan Pungli di Pasar Angso Duo Viral di Media Sosial', text: 'Sebuah video yang memperlihatkan dugaan pungutan liar terhadap pedagang di Pasar Angso Duo, Kecamatan Pasar Jambi, viral di media sosial. Pedagang mengaku resah dengan pungli.' }),
      () => ({ title: 'Pedagang Pasar Angso Duo Mengaku Dipungli Tiap Hari', text: 'Sejumlah pedagang Pasar Angso Duo mengaku dipungut uang setiap hari oleh oknum. Mereka keberatan karena sudah membayar retribusi resmi.' }),
      () => ({ title: 'Ombudsman Jambi Soroti Dugaan Pungli di Pasar Angso Duo', text: 'Ombudsman Jambi menyoroti dugaan pungutan liar di Pasar Angso Duo dan meminta pemerintah menindak tegas oknum pelaku.' }),
      () => ({ title: 'Pungli di Pasar Angso Duo, Pedagang Minta Oknum Ditindak', text: 'Pedagang meminta oknum pelaku pungli di Pasar Angso Duo ditindak tegas. Praktik pungli dinilai memberatkan pedagang kecil.' }),
    ],
    social: [
      () => `viral video pungli di pasar angso duo, parah banget oknumnya`,
      () => `pedagang angso duo dipalak tiap hari, mana pemkot??`,
      () => `pungli pasar angso duo udah lama, baru viral sekarang`,
      () => `kasian pedagang kecil dipungli terus di angso duo 😡`,
      () => `tolong ditindak itu oknum pungli pasar angso duo`,
      () => `malu2in, pungli terang2an di pasar angso duo`,
    ],
  },
};

interface ScenarioSpec {
  name: string;
  split: 'tune' | 'untouched';
  seed: number;
  days: string[];
  spikeDay: string;
  /** Local time (WIB) of the first spike mention, "HH:MM". */
  spikeAt: string;
  spike: keyof typeof SPIKES;
  /** Spike mentions per 30 minutes from its start (news, social). */
  shape: [number, number][];
  /** Ordinary mentions per day (news, social). */
  volume: [number, number];
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** "YYYY-MM-DDTHH:MM:00+07:00" of a day and a minute of the day (WIB). */
function wib(day: string, minute: number): string {
  const h = Math.floor(minute / 60);
  const m = Math.floor(minute % 60);
  return `${day}T${pad(h)}:${pad(m)}:00+07:00`;
}

/** A minute of the day drawn with the news day's shape: little at night, most 06–22. */
function dayMinute(r: () => number): number {
  for (;;) {
    const m = Math.floor(r() * 1440);
    const h = m / 60;
    const w = h < 5 ? 0.08 : h < 7 ? 0.6 : h < 13 ? 1 : h < 18 ? 0.85 : h < 22 ? 0.6 : 0.2;
    if (r() < w) return m;
  }
}

function slug(s: string, r: () => number): string {
  return `${s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}-${Math.floor(r() * 1e6).toString(36)}`;
}

export function buildScenario(spec: ScenarioSpec): Scenario {
  const r = rng(spec.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const picks = (): Picks => {
    const [kec, kels] = pick(KEC);
    return { kec, kel: pick(kels), street: pick(STREETS), n: 2 + Math.floor(r() * 18), pick };
  };
  const rows: ImportRow[] = [];
  const newsRow = (day: string, minute: number, source: string, g: { title: string; text: string }, label: string) => {
    rows.push({ url: `https://${source}.example/berita/${slug(g.title, r)}`, title: g.title, text: g.text, publishedAt: wib(day, minute), source, kind: 'news', label });
  };
  const socialRow = (day: string, minute: number, text: string, label: string) => {
    const platform = pick(SOCIAL);
    const author = pick(HANDLES);
    rows.push({ url: `https://${platform}.example/${author}/status/${Math.floor(r() * 1e12).toString(36)}`, text, publishedAt: wib(day, minute), source: platform, kind: 'social', author, label });
  };

  for (const day of spec.days) {
    const [nNews, nSocial] = spec.volume.map((v) => Math.round(v * (0.8 + r() * 0.4)));
    for (let i = 0; i < nNews!; i++) {
      const u = r();
      const minute = dayMinute(r);
      if (u < 0.08) newsRow(day, minute, pick(NATIONAL), pick(NATIONAL_NEWS)(picks()), 'national');
      else if (u < 0.3) newsRow(day, minute, pick(NEWS), pick(COMPLAINTS)(picks()), 'baseline');
      else newsRow(day, minute, pick(NEWS), pick(CITY)(picks()), 'baseline');
    }
    for (let i = 0; i < nSocial!; i++) socialRow(day, dayMinute(r), pick(CHATTER)(picks()), 'baseline');
    // One or two negative wire stories a day: 3–6 outlets within the hour, plus a few posts.
    const wires = 1 + Math.floor(r() * 2);
    for (let w = 0; w < wires; w++) {
      const p = picks();
      const g = pick(WIRE)(p);
      const at = dayMinute(r);
      const outlets = [...NEWS].sort(() => r() - 0.5).slice(0, 3 + Math.floor(r() * 4));
      outlets.forEach((o, i) => newsRow(day, Math.min(1439, at + i * (5 + r() * 12)), o, { title: i ? `${g.title} ` : g.title, text: g.text }, 'syndicated'));
      for (let k = 0; k < Math.floor(r() * 3); k++) socialRow(day, Math.min(1439, at + 20 + r() * 60), `${g.title.toLowerCase()}, ngeri`, 'syndicated');
    }
    // A small cluster of complaints about one thing in one place (ordinary, not a spike).
    const c = pick(COMPLAINTS);
    const cp = picks();
    const at = dayMinute(r);
    for (let k = 0; k < 2 + Math.floor(r() * 2); k++) newsRow(day, Math.min(1439, at + r() * 120), pick(NEWS), c(cp), 'baseline');
  }

  const sp = SPIKES[spec.spike]!;
  const [hh, mm] = spec.spikeAt.split(':').map(Number);
  const start = hh! * 60 + mm!;
  const sPicks = (): Picks => ({ kec: sp.kec, kel: sp.kel, street: pick(STREETS), n: 3, pick });
  let first = Infinity;
  spec.shape.forEach(([n, s], i) => {
    for (let k = 0; k < n; k++) {
      const minute = Math.min(1439, start + i * 30 + (i === 0 && k === 0 ? 0 : r() * 30));
      first = Math.min(first, minute);
      const g = sp.news[(i * 3 + k) % sp.news.length]!(sPicks());
      newsRow(spec.spikeDay, minute, NEWS[(i + k) % NEWS.length]!, { title: k >= sp.news.length ? `${g.title} (${k})` : g.title, text: g.text }, sp.label);
    }
    for (let k = 0; k < s; k++) {
      const minute = Math.min(1439, start + i * 30 + r() * 30);
      socialRow(spec.spikeDay, minute, pick(sp.social)(sPicks()), sp.label);
    }
  });
  rows.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0));
  return { name: spec.name, split: spec.split, days: spec.days, spikeDay: spec.spikeDay, spikeStart: wib(spec.spikeDay, first === Infinity ? start : first), spikeLabel: sp.label, rows };
}

const days = (first: string, n: number): string[] => {
  const out: string[] = [];
  const d = new Date(`${first}T00:00:00Z`);
  for (let i = 0; i < n; i++) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
};

// A spike grows over its first hours and then lingers; the shapes differ in size and speed.
export const SCENARIOS: ScenarioSpec[] = [
  { name: 'banjir-pagi', split: 'tune', seed: 11, days: days('2026-10-05', 6), spikeDay: '2026-10-10', spikeAt: '05:40', spike: 'banjir', shape: [[1, 1], [2, 3], [2, 4], [1, 4], [1, 3], [1, 2], [0, 2], [1, 1]], volume: [45, 25] },
  { name: 'sampah-siang', split: 'tune', seed: 23, days: days('2026-10-12', 5), spikeDay: '2026-10-16', spikeAt: '13:10', spike: 'sampah', shape: [[1, 2], [1, 3], [2, 3], [1, 2], [1, 2], [0, 2]], volume: [50, 30] },
  { name: 'listrik-malam', split: 'tune', seed: 37, days: days('2026-10-19', 7), spikeDay: '2026-10-24', spikeAt: '19:05', spike: 'listrik', shape: [[1, 4], [2, 6], [1, 4], [1, 3], [0, 2]], volume: [40, 30] },
  // Smaller spikes (added after the first untouched check showed the defaults missed small ones).
  { name: 'banjir-kecil-siang', split: 'tune', seed: 71, days: days('2026-09-07', 6), spikeDay: '2026-09-11', spikeAt: '10:20', spike: 'banjir', shape: [[1, 1], [1, 2], [1, 2], [1, 2], [1, 1], [0, 1]], volume: [45, 30] },
  { name: 'sampah-kecil-pagi', split: 'tune', seed: 83, days: days('2026-09-14', 5), spikeDay: '2026-09-17', spikeAt: '07:45', spike: 'sampah', shape: [[1, 1], [1, 1], [1, 2], [1, 2], [0, 1], [1, 1]], volume: [50, 25] },
  { name: 'listrik-kecil-sore', split: 'tune', seed: 97, days: days('2026-09-21', 6), spikeDay: '2026-09-25', spikeAt: '16:30', spike: 'listrik', shape: [[0, 2], [1, 2], [1, 2], [1, 1], [0, 2]], volume: [40, 30] },
  { name: 'jembatan-pagi', split: 'untouched', seed: 41, days: days('2026-11-02', 5), spikeDay: '2026-11-05', spikeAt: '07:20', spike: 'jembatan', shape: [[1, 1], [1, 2], [2, 2], [1, 2], [1, 1], [0, 1]], volume: [45, 25] },
  { name: 'keracunan-siang', split: 'untouched', seed: 53, days: days('2026-11-09', 6), spikeDay: '2026-11-14', spikeAt: '11:15', spike: 'keracunan', shape: [[1, 1], [2, 2], [2, 3], [1, 2], [1, 1]], volume: [50, 25] },
  { name: 'pungli-malam', split: 'untouched', seed: 67, days: days('2026-11-16', 6), spikeDay: '2026-11-20', spikeAt: '20:30', spike: 'pungli', shape: [[0, 3], [1, 4], [1, 3], [1, 2], [0, 2]], volume: [45, 35] },
];

export function scenario(name: string): Scenario {
  const s = SCENARIOS.find((x) => x.name === name);
  if (!s) throw new Error(`no alert fixture scenario "${name}"`);
  return buildScenario(s);
}
