// A second generator of fixture days for the alert defaults, unlike bench/alert-days.ts on purpose:
// other cities (one inside the bundled Jambi gazetteer, the others outside it, so places are often
// not recognised), other volumes (tens of mentions a day to a few hundred), bursts carried mostly by
// short slangy social posts that name no topic, and a noisy baseline: every ordinary day has several
// ordinary negative matters (a road, a water outage, an accident rewritten by a few outlets in their
// own words over the morning, a run of complaints about one thing), so a detector that fires on
// "a few negatives about one thing" fails here. Written for Pantau; deterministic from a seed.
// Three tuning sets (kecil, sedang, besar) and one scenario kept untouched until the defaults were
// settled (a garbage pile at a market, a matter no tuning scenario uses).
import type { ImportRow, Scenario } from './alert-days.js';
import { mulberry32 as rng } from '../analyzers/shared/random.js';

interface City {
  name: string;
  outlets: string[];
  places: [kec: string, kel: string][];
  streets: string[];
  markets: string[];
  handles: string[];
}

const CITIES: Record<string, City> = {
  bukittinggi: {
    name: 'Bukittinggi',
    outlets: ['padek', 'langgam', 'minangkabaunews', 'harian-haluan', 'covesia'],
    places: [['Guguk Panjang', 'Benteng Pasar Atas'], ['Guguk Panjang', 'Aur Tajungkang'], ['Mandiangin Koto Selayan', 'Campago Ipuh'], ['Mandiangin Koto Selayan', 'Puhun Tembok'], ['Aur Birugo Tigo Baleh', 'Birugo'], ['Aur Birugo Tigo Baleh', 'Belakang Balok']],
    streets: ['Jalan Sudirman', 'Jalan Soekarno-Hatta', 'Jalan Ahmad Yani', 'Jalan Perintis Kemerdekaan', 'Jalan By Pass'],
    markets: ['Pasar Atas', 'Pasar Bawah', 'Pasar Aur Kuning'],
    handles: ['uni_rini', 'ajo.bkt', 'urang_bukik', 'dt.rangkayo', 'fitri_ngarai', 'rafi.sianok', 'mak_etek', 'bkt_info', 'sutan.m', 'reni_jamgadang', 'ikhsan.bkt', 'nanda_aur'],
  },
  jambi: {
    name: 'Jambi',
    outlets: ['tribun-jambi', 'jambi-ekspres', 'jambi-one', 'metro-jambi', 'jambi-update', 'jamberita', 'jambi-link'],
    places: [['Telanaipura', 'Simpang IV Sipin'], ['Jambi Timur', 'Talang Banjar'], ['Kota Baru', 'Paal Lima'], ['Alam Barajo', 'Kenali Besar'], ['Jelutung', 'Payo Lebar'], ['Paal Merah', 'Eka Jaya'], ['Jambi Selatan', 'Pasir Putih'], ['Danau Sipin', 'Solok Sipin']],
    streets: ['Jalan Sumantri Brojonegoro', 'Jalan Kol. Abunjani', 'Jalan Hayam Wuruk', 'Jalan Pattimura', 'Jalan Lingkar Barat'],
    markets: ['Pasar Angso Duo', 'Pasar Talang Banjar', 'Pasar Keluarga'],
    handles: ['rina_jbi', 'bang_udin88', 'wargajambi', 'dedi.kurnia', 'mak_ijah', 'fajar_telanai', 'anakjambi_', 'yogi.pratama', 'hendra_kotabaru', 'ucok_jelutung', 'dewi_paalmerah', 'mimi_sipin', 'arif.b', 'lilis.s'],
  },
  semarang: {
    name: 'Semarang',
    outlets: ['suara-merdeka', 'tribun-jateng', 'jateng-pos', 'radar-semarang', 'ayo-semarang', 'lingkar-jateng', 'jatengnews', 'semarangpos'],
    places: [['Semarang Utara', 'Tanjung Mas'], ['Semarang Utara', 'Kuningan'], ['Genuk', 'Trimulyo'], ['Pedurungan', 'Tlogosari Kulon'], ['Banyumanik', 'Srondol Wetan'], ['Tembalang', 'Bulusan'], ['Semarang Barat', 'Krobokan'], ['Gayamsari', 'Sawah Besar'], ['Candisari', 'Jatingaleh'], ['Ngaliyan', 'Tambakaji']],
    streets: ['Jalan Pemuda', 'Jalan Kaligawe', 'Jalan Setiabudi', 'Jalan Majapahit', 'Jalan Siliwangi', 'Jalan Arteri Soekarno-Hatta', 'Jalan Pandanaran'],
    markets: ['Pasar Johar', 'Pasar Peterongan', 'Pasar Karangayu'],
    handles: ['mas_bro_smg', 'semarangan', 'dimas.pedurungan', 'ayu_tembalang', 'kang.genuk', 'wong_smg', 'rizky.banyumanik', 'nita_candi', 'bayu.krobokan', 'sari_ngaliyan', 'anto.kaligawe', 'lpg_semarang', 'yuni.sawahbesar', 'dodo_tlogosari', 'info_smg', 'pak.rt09'],
  },
  pekanbaru: {
    name: 'Pekanbaru',
    outlets: ['riau-pos', 'tribun-pekanbaru', 'riau-online', 'cakaplah', 'halloriau', 'goriau'],
    places: [['Tampan', 'Simpang Baru'], ['Marpoyan Damai', 'Tangkerang Tengah'], ['Sukajadi', 'Kampung Melayu'], ['Bukit Raya', 'Simpang Tiga'], ['Payung Sekaki', 'Labuh Baru Timur'], ['Tenayan Raya', 'Kulim']],
    streets: ['Jalan HR Soebrantas', 'Jalan Tuanku Tambusai', 'Jalan Sudirman', 'Jalan Arifin Ahmad', 'Jalan Garuda Sakti'],
    markets: ['Pasar Pagi Arengka', 'Pasar Cik Puan', 'Pasar Sukaramai'],
    handles: ['bujang_pku', 'cik.ani', 'urang_riau', 'pekanbaru_hits', 'deni.tampan', 'ros_marpoyan', 'fadil.sukajadi', 'mimi_panam', 'bang.togar', 'nurul_bukitraya', 'ujang.kulim', 'tari_arengka'],
  },
};

type P = { c: City; kec: string; kel: string; st: string; mk: string; n: number };
type News = (p: P) => { title: string; text: string };
type Post = (p: P) => string;

// Programme and ordinary city news: neutral or positive.
const CITY_NEWS: News[] = [
  (p) => ({ title: `Pemkot ${p.c.name} Salurkan Bantuan Pangan di Kecamatan ${p.kec}`, text: `Pemerintah Kota ${p.c.name} menyalurkan bantuan pangan kepada ${p.n * 40} keluarga di Kecamatan ${p.kec}. Penyaluran di kantor Kelurahan ${p.kel} berlangsung tertib.` }),
  (p) => ({ title: `Wali Kota ${p.c.name} Tinjau Pembangunan Puskesmas ${p.kel}`, text: `Wali Kota ${p.c.name} meninjau pembangunan gedung baru Puskesmas ${p.kel}. Pembangunan ditargetkan rampung akhir tahun dan akan memperluas layanan kesehatan warga.` }),
  (p) => ({ title: `Disdukcapil ${p.c.name} Buka Layanan Akhir Pekan`, text: `Dinas Kependudukan dan Pencatatan Sipil Kota ${p.c.name} membuka layanan perekaman KTP elektronik pada akhir pekan di Kecamatan ${p.kec}.` }),
  (p) => ({ title: `Ratusan Pelajar Ikuti Lomba Baca Puisi di ${p.c.name}`, text: `Sebanyak ${p.n * 15} pelajar mengikuti lomba baca puisi tingkat kota yang digelar Dinas Pendidikan Kota ${p.c.name}.` }),
  (p) => ({ title: `Pengaspalan ${p.st} Rampung Lebih Cepat`, text: `Dinas PUPR Kota ${p.c.name} merampungkan pengaspalan ${p.st}. Pengendara kini lebih nyaman melintas.` }),
  (p) => ({ title: `Pasar Murah Digelar di Kelurahan ${p.kel}`, text: `Pemkot ${p.c.name} menggelar pasar murah di Kelurahan ${p.kel}. Beras, minyak goreng dan gula dijual di bawah harga pasar.` }),
  (p) => ({ title: `DPRD ${p.c.name} Gelar Rapat Paripurna Pembahasan Anggaran`, text: `DPRD Kota ${p.c.name} menggelar rapat paripurna membahas rancangan anggaran tahun depan bersama pemerintah kota.` }),
  (p) => ({ title: `UMKM ${p.c.name} Ikut Pameran Produk Lokal`, text: `Puluhan pelaku UMKM Kota ${p.c.name} mengikuti pameran produk lokal. Kerajinan dan kuliner khas daerah ramai dikunjungi.` }),
  (p) => ({ title: `Polresta ${p.c.name} Gelar Patroli Malam di Kecamatan ${p.kec}`, text: `Polresta ${p.c.name} menggelar patroli malam untuk menjaga keamanan di Kecamatan ${p.kec}.` }),
  (p) => ({ title: `Cuaca ${p.c.name} Hari Ini Cerah Berawan`, text: `BMKG memperkirakan cuaca Kota ${p.c.name} cerah berawan, dengan potensi hujan ringan pada sore hari.` }),
  (p) => ({ title: `Posyandu ${p.kel} Gelar Imunisasi Balita`, text: `Kader posyandu Kelurahan ${p.kel} bersama puskesmas menggelar imunisasi dan pemeriksaan gizi untuk ${p.n * 8} balita.` }),
  (p) => ({ title: `Festival Budaya Meriahkan Hari Jadi Kota ${p.c.name}`, text: `Festival budaya digelar untuk memeriahkan hari jadi Kota ${p.c.name}. Ribuan warga memadati lokasi acara.` }),
];

const NATIONAL: News[] = [
  () => ({ title: 'Harga Emas Hari Ini Naik Tipis', text: 'Harga emas batangan naik tipis dibandingkan kemarin, sementara harga pembelian kembali ikut naik.' }),
  () => ({ title: 'Timnas Jalani Latihan Jelang Laga Kualifikasi', text: 'Skuad tim nasional menjalani latihan di Jakarta menjelang laga kualifikasi pekan depan.' }),
  () => ({ title: 'Pemerintah Umumkan Jadwal Cuti Bersama', text: 'Pemerintah mengumumkan jadwal cuti bersama untuk tahun depan melalui surat keputusan bersama tiga menteri.' }),
  () => ({ title: 'Gempa Magnitudo 5 Guncang Laut Banda', text: 'BMKG mencatat gempa magnitudo 5 di Laut Banda. Gempa tidak berpotensi tsunami.' }),
];

const CHATTER: Post[] = [
  (p) => `pagi2 ngopi dulu di ${p.mk}, cuaca ${p.c.name.toLowerCase()} adem bgt`,
  (p) => `ada yg tau jadwal pasar murah di ${p.kel} gak?`,
  (p) => `mantap jalan di ${p.st} udh mulus skrg, makasih pemkot`,
  () => `info loker dong gaes, lulusan smk`,
  (p) => `kuliner malam di ${p.c.name.toLowerCase()} emang juara 😋`,
  () => `weekend enaknya kemana ya`,
  (p) => `anak2 seneng bgt main di taman ${p.kel}`,
  () => `selamat pagi warga, semangat kerjanya`,
  (p) => `rame bgt car free day di ${p.st} tadi`,
  () => `hujan2 gini enaknya makan bakso`,
];

// Ordinary negative matters: each day several, each a few mentions — news rewritten in each outlet's
// words (not near copies, so each is its own "story") and a few posts.
interface Matter {
  news: News[];
  posts: Post[];
}
const ORDINARY: Matter[] = [
  {
    news: [
      (p) => ({ title: `Jalan Berlubang di ${p.st} Dikeluhkan Pengendara`, text: `Pengendara mengeluhkan lubang besar di ${p.st}, Kecamatan ${p.kec}. Beberapa pengendara motor terjatuh saat malam.` }),
      (p) => ({ title: `Lubang di ${p.st} Makin Lebar, Warga Tanam Pohon Pisang`, text: `Warga menanam pohon pisang di lubang ${p.st} sebagai protes karena jalan rusak tak kunjung diperbaiki.` }),
    ],
    posts: [(p) => `${p.st.toLowerCase()} berlubang parah, hampir jatoh tadi`, (p) => `kapan diperbaiki ini jalan di ${p.kel}, rusak dr bulan lalu`],
  },
  {
    news: [
      (p) => ({ title: `Air PDAM Mati di ${p.kel}, Warga Beli Air Galon`, text: `Warga Kelurahan ${p.kel} mengeluhkan air PDAM yang tidak mengalir sejak kemarin. Mereka terpaksa membeli air galon untuk mandi dan memasak.` }),
      (p) => ({ title: `Distribusi Air Terganggu di Kecamatan ${p.kec}`, text: `Gangguan pipa membuat distribusi air bersih ke sejumlah rumah di Kecamatan ${p.kec} terhenti. Warga kecewa tidak ada pemberitahuan.` }),
    ],
    posts: [(p) => `air pdam mati lagi di ${p.kel}, capek dehh`, () => `udh 2 hari air ga ngalir, mandi pake air galon 😩`],
  },
  {
    news: [
      (p) => ({ title: `Tabrakan Motor dan Mobil di ${p.st}, Seorang Luka`, text: `Tabrakan antara sepeda motor dan mobil terjadi di ${p.st}, Kota ${p.c.name}. Pengendara motor luka-luka dan dibawa ke rumah sakit.` }),
      (p) => ({ title: `Kecelakaan di ${p.st} Sebabkan Macet Panjang`, text: `Kecelakaan lalu lintas di ${p.st} menyebabkan kemacetan panjang. Polisi mengevakuasi korban yang mengalami luka.` }),
      (p) => ({ title: `Pengendara Motor Terluka Usai Bertabrakan di ${p.kec}`, text: `Seorang pengendara motor mengalami luka di kepala setelah bertabrakan dengan mobil di Kecamatan ${p.kec}.` }),
    ],
    posts: [(p) => `ada kecelakaan di ${p.st.toLowerCase()}, hati2 lewat sana`, () => `macet total gara2 tabrakan, ngeri liatnya`],
  },
  {
    news: [
      (p) => ({ title: `Maling Motor Beraksi di ${p.kel}, Terekam CCTV`, text: `Aksi pencurian sepeda motor di Kelurahan ${p.kel} terekam CCTV. Pelaku membawa kabur motor yang diparkir di teras rumah.` }),
      (p) => ({ title: `Warga ${p.kec} Resah Pencurian Marak`, text: `Warga Kecamatan ${p.kec} resah karena pencurian kembali marak dalam sepekan terakhir.` }),
    ],
    posts: [(p) => `hati2 maling motor di ${p.kel}, tetangga baru kena`, () => `resah bgt, curanmor dmn2`],
  },
  {
    news: [
      (p) => ({ title: `Sampah Berserakan di TPS ${p.kel}`, text: `Sampah di TPS Kelurahan ${p.kel} berserakan hingga ke badan jalan karena terlambat diangkut. Warga mengeluhkan bau tidak sedap.` }),
    ],
    posts: [(p) => `tps ${p.kel.toLowerCase()} bau bgt, sampah ga diangkut2`],
  },
  {
    news: [
      (p) => ({ title: `Lampu Jalan di ${p.st} Padam Berminggu-minggu`, text: `Lampu penerangan jalan di ${p.st} padam berminggu-minggu. Warga khawatir rawan kejahatan.` }),
    ],
    posts: [(p) => `${p.st.toLowerCase()} gelap gulita malem, lampu jalan mati`, () => `serem lewat jalan gelap gini, lampunya mati semua`],
  },
  {
    news: [
      (p) => ({ title: `Antrean Panjang di Kantor Kecamatan ${p.kec}, Warga Mengeluh`, text: `Warga mengeluhkan antrean panjang pengurusan dokumen di kantor Kecamatan ${p.kec}. Layanan dinilai lambat.` }),
    ],
    posts: [() => `ngurus surat di kantor camat lama bgt, dioper2 terus`, () => `pelayanan lambat, udah 3 kali bolak balik`],
  },
  {
    news: [
      (p) => ({ title: `Harga Cabai di ${p.mk} Melonjak`, text: `Harga cabai merah di ${p.mk} melonjak tajam. Pembeli mengeluh dan pedagang sepi.` }),
      (p) => ({ title: `Pedagang ${p.mk} Keluhkan Sepi Pembeli`, text: `Pedagang di ${p.mk} mengeluhkan sepinya pembeli karena harga bahan pokok naik.` }),
    ],
    posts: [() => `cabe mahal bgt skrg, emak2 pusing`, (p) => `belanja di ${p.mk.toLowerCase()} tadi semua pada naik harganya`],
  },
  {
    news: [(p) => ({ title: `Genangan Air di ${p.st} Usai Hujan Deras`, text: `Hujan deras membuat ${p.st} tergenang air setinggi mata kaki. Drainase dinilai tidak berfungsi.` })],
    posts: [(p) => `abis hujan ${p.st.toLowerCase()} jadi kolam, drainase ga berfungsi`, () => `genangan dmn2 abis ujan, motor gw mogok`],
  },
  {
    news: [(p) => ({ title: `Parkir Liar di ${p.mk} Bikin Macet`, text: `Parkir liar di sekitar ${p.mk} membuat lalu lintas macet. Warga meminta petugas menertibkan.` })],
    posts: [(p) => `parkir liar di ${p.mk.toLowerCase()} bikin macet parah, petugas kmn`],
  },
];

// The bursts: one matter, many voices; posts are composed, so no two are the same text.
interface Burst {
  label: string;
  news: News[];
  open: string[];
  body: ((p: P) => string)[];
  close: string[];
}
const BURSTS: Record<string, Burst> = {
  banjir: {
    label: 'banjir-permukiman',
    news: [
      (p) => ({ title: `Banjir Rendam Ratusan Rumah di ${p.kel}`, text: `Hujan deras sejak dini hari membuat ratusan rumah di Kelurahan ${p.kel}, Kecamatan ${p.kec}, Kota ${p.c.name} terendam banjir. Warga mengungsi ke masjid.` }),
      (p) => ({ title: `Warga ${p.kel} Mengungsi, Banjir Capai Satu Meter`, text: `Ketinggian banjir di Kelurahan ${p.kel} mencapai satu meter. Warga mengungsi dan menunggu bantuan perahu karet.` }),
      (p) => ({ title: `Korban Banjir ${p.kec} Keluhkan Bantuan Lambat`, text: `Korban banjir di Kecamatan ${p.kec} mengeluhkan bantuan yang lambat datang. Anak-anak kedinginan di pengungsian.` }),
      (p) => ({ title: `Banjir di ${p.c.name} Lumpuhkan Aktivitas Warga ${p.kel}`, text: `Banjir melumpuhkan aktivitas warga ${p.kel}. Sekolah diliburkan dan jalan tak bisa dilalui.` }),
    ],
    open: ['ya allah', 'astaghfirullah', 'parah', 'woi', 'gila', 'duh', ''],
    body: [
      (p) => `banjir di ${p.kel.toLowerCase()} udah masuk rumah`,
      (p) => `air banjir sepinggang di ${p.kel.toLowerCase()}`,
      () => `rumah kebanjiran lagi, barang2 basah semua`,
      (p) => `jalan ke ${p.kel.toLowerCase()} ga bisa dilewatin, banjir tinggi`,
      () => `ngungsi ke masjid, banjirnya makin naik`,
      () => `motor mogok kena banjir`,
    ],
    close: ['tolong pemkot', 'bantuan mana', 'pemerintah kemana', '😭', '🙏', 'capek bgt', ''],
  },
  jalan: {
    label: 'jalan-amblas',
    news: [
      (p) => ({ title: `${p.st} Amblas, Lalu Lintas Lumpuh`, text: `Sebagian badan ${p.st} di Kecamatan ${p.kec}, Kota ${p.c.name} amblas sedalam dua meter. Arus lalu lintas lumpuh dan kendaraan dialihkan.` }),
      (p) => ({ title: `Jalan Amblas di ${p.kec}, Pengendara Terjebak Macet Berjam-jam`, text: `Amblasnya ${p.st} membuat pengendara terjebak macet berjam-jam. Warga menilai perbaikan drainase di bawah jalan asal-asalan.` }),
      (p) => ({ title: `Warga Kecewa, ${p.st} Baru Diperbaiki Sudah Amblas`, text: `Warga kecewa karena ${p.st} yang baru diperbaiki kini amblas. Mereka meminta kontraktor diperiksa.` }),
    ],
    open: ['anjir', 'parah', 'ya ampun', 'waduh', 'gila sih', ''],
    body: [
      (p) => `${p.st.toLowerCase()} amblas, macet total`,
      () => `jalan amblas dalem bgt, ngeri lewat`,
      () => `baru diaspal udah amblas, proyek asal2an`,
      (p) => `telat kerja gara2 jalan amblas di ${p.kec.toLowerCase()}`,
      () => `jalannya amblas, angkot muter jauh`,
    ],
    close: ['kontraktornya diperiksa dong', 'pemkot tanggung jawab', '😡', '😤', 'kacau', ''],
  },
  air: {
    label: 'air-mati-massal',
    news: [
      (p) => ({ title: `Air Bersih Mati Total di Sejumlah Kecamatan Kota ${p.c.name}`, text: `Ribuan pelanggan PDAM di Kota ${p.c.name}, termasuk Kecamatan ${p.kec}, tidak mendapat air bersih sejak pagi. Pipa induk dilaporkan pecah.` }),
      (p) => ({ title: `Pipa Induk Pecah, Warga ${p.c.name} Kesulitan Air Bersih`, text: `Pecahnya pipa induk PDAM membuat warga Kota ${p.c.name} kesulitan air bersih. Warga mengeluh tidak ada kepastian kapan air mengalir.` }),
      (p) => ({ title: `Warga ${p.kec} Antre Air Tangki, PDAM Dikritik`, text: `Warga Kecamatan ${p.kec} antre air dari mobil tangki. PDAM dikritik lambat menangani kerusakan.` }),
    ],
    open: ['parah', 'duh', 'hadeh', 'woi pdam', 'astaga', ''],
    body: [
      () => `air pdam mati total dr subuh`,
      () => `ga bisa mandi, air mati seharian`,
      (p) => `satu kelurahan ${p.kel.toLowerCase()} ga ada air`,
      () => `pipa pecah katanya, kapan nyala lagi airnya`,
      () => `antre air tangki panas2an`,
    ],
    close: ['pdam ngapain aja', 'tolong lah', '😩', '😡', 'kesel', ''],
  },
  // Only in the untouched scenario.
  sampahPasar: {
    label: 'sampah-pasar',
    news: [
      (p) => ({ title: `Sampah Menggunung di ${p.mk}, Pedagang Mengeluh`, text: `Tumpukan sampah di ${p.mk}, Kota ${p.c.name} menggunung dan menimbulkan bau busuk. Pedagang mengeluh pembeli enggan datang.` }),
      (p) => ({ title: `Sudah Sepekan Sampah ${p.mk} Tak Diangkut`, text: `Sampah di ${p.mk} sudah sepekan tidak diangkut. Lalat berkerumun dan air lindi meluber ke lapak pedagang.` }),
      (p) => ({ title: `DLH ${p.c.name} Dikritik Soal Sampah ${p.mk}`, text: `Dinas Lingkungan Hidup Kota ${p.c.name} dikritik karena membiarkan sampah menumpuk di ${p.mk}.` }),
    ],
    open: ['ya ampun', 'jijik', 'parah', 'anjir', 'woi', ''],
    body: [
      (p) => `sampah numpuk di ${p.mk.toLowerCase()} udh kayak gunung`,
      (p) => `belanja di ${p.mk.toLowerCase()} bau sampah bgt`,
      () => `lalat dmn2, sampah pasar ga diangkut seminggu`,
      (p) => `lapak di ${p.mk.toLowerCase()} kena air sampah`,
      () => `pasar jadi tempat sampah raksasa`,
    ],
    close: ['dlh kemana', 'tolong diangkut', '🤮', '😷', 'malu2in kota', ''],
  },
};

export interface CitySpec {
  name: string;
  split: 'tune' | 'untouched';
  set: 'kecil' | 'sedang' | 'besar' | 'untouched';
  seed: number;
  city: keyof typeof CITIES;
  first: string;
  nDays: number;
  /** Index of the spike day (default: the last). */
  spikeIndex?: number;
  spikeAt: string;
  burst: keyof typeof BURSTS;
  /** Burst mentions per 30 minutes from its start (news, social). */
  shape: [number, number][];
  /** Ordinary mentions a day (news, social). */
  volume: [number, number];
  /** Ordinary negative matters a day [min, max]. */
  matters: [number, number];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const wib = (day: string, minute: number): string => `${day}T${pad(Math.floor(minute / 60))}:${pad(Math.floor(minute % 60))}:00+07:00`;
function dayMinute(r: () => number): number {
  for (;;) {
    const m = Math.floor(r() * 1440);
    const h = m / 60;
    const w = h < 5 ? 0.06 : h < 7 ? 0.5 : h < 13 ? 1 : h < 18 ? 0.85 : h < 22 ? 0.7 : 0.25;
    if (r() < w) return m;
  }
}
function days(first: string, n: number): string[] {
  const d = new Date(`${first}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(d.getTime() + i * 86_400_000).toISOString().slice(0, 10));
}

export function buildCityScenario(spec: CitySpec): Scenario {
  const r = rng(spec.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const c = CITIES[spec.city]!;
  const picks = (): P => {
    const [kec, kel] = pick(c.places);
    return { c, kec, kel, st: pick(c.streets), mk: pick(c.markets), n: 2 + Math.floor(r() * 18) };
  };
  const rows: ImportRow[] = [];
  const id = (): string => Math.floor(r() * 2 ** 40).toString(36);
  const news = (day: string, minute: number, source: string, g: { title: string; text: string }, label: string): void => {
    rows.push({ url: `https://${source}.example/read/${id()}`, title: g.title, text: g.text, publishedAt: wib(day, Math.min(1439, minute)), source, kind: 'news', label });
  };
  const post = (day: string, minute: number, text: string, label: string): void => {
    const platform = pick(['x', 'facebook', 'instagram', 'tiktok']);
    const author = pick(c.handles) + (r() < 0.5 ? '' : String(Math.floor(r() * 99)));
    rows.push({ url: `https://${platform}.example/${author}/${id()}`, text, publishedAt: wib(day, Math.min(1439, minute)), source: platform, kind: 'social', author, label });
  };
  const all = days(spec.first, spec.nDays);
  const spikeIndex = spec.spikeIndex ?? all.length - 1;
  for (const day of all) {
    const [nNews, nSocial] = spec.volume.map((v) => Math.round(v * (0.75 + r() * 0.5)));
    for (let i = 0; i < nNews!; i++) news(day, dayMinute(r), r() < 0.1 ? pick(['kompas', 'detik', 'cnn-indonesia']) : pick(c.outlets), (r() < 0.1 ? pick(NATIONAL) : pick(CITY_NEWS))(picks()), 'baseline');
    for (let i = 0; i < nSocial!; i++) post(day, dayMinute(r), pick(CHATTER)(picks()), 'baseline');
    // Ordinary negative matters: 1–4 outlets in their own words over 1–4 hours, 0–3 posts.
    const k = spec.matters[0] + Math.floor(r() * (spec.matters[1] - spec.matters[0] + 1));
    for (let i = 0; i < k; i++) {
      const m = pick(ORDINARY);
      const p = picks();
      const at = dayMinute(r);
      const span = 60 + r() * 180;
      const outlets = [...c.outlets].sort(() => r() - 0.5).slice(0, 1 + Math.floor(r() * Math.min(4, c.outlets.length)));
      outlets.forEach((o, j) => news(day, at + (j ? r() * span : 0), o, m.news[j % m.news.length]!(p), 'ordinary'));
      for (let j = 0; j < Math.floor(r() * 4); j++) post(day, at + r() * span, pick(m.posts)(p), 'ordinary');
    }
    // Single gripes about anything, all day.
    for (let i = 0; i < Math.round(nSocial! * 0.15); i++) {
      const m = pick(ORDINARY);
      post(day, dayMinute(r), pick(m.posts)(picks()), 'ordinary');
    }
  }
  const b = BURSTS[spec.burst]!;
  const bp = picks();
  const [hh, mm] = spec.spikeAt.split(':').map(Number);
  const start = hh! * 60 + mm!;
  const day = all[spikeIndex]!;
  let first = Infinity;
  spec.shape.forEach(([nn, ns], i) => {
    for (let k = 0; k < nn; k++) {
      const minute = start + i * 30 + (i === 0 && k === 0 ? 0 : r() * 30);
      first = Math.min(first, minute);
      news(day, minute, c.outlets[(i + k) % c.outlets.length]!, b.news[(i + k) % b.news.length]!(bp), b.label);
    }
    for (let k = 0; k < ns; k++) {
      const minute = start + i * 30 + (i === 0 && k === 0 && nn === 0 ? 0 : r() * 30);
      first = Math.min(first, minute);
      const text = [pick(b.open), pick(b.body)(bp), pick(b.close)].filter(Boolean).join(' ');
      post(day, minute, text, b.label);
    }
  });
  rows.sort((x, y) => (x.publishedAt < y.publishedAt ? -1 : x.publishedAt > y.publishedAt ? 1 : 0));
  return { name: spec.name, split: spec.split, days: all, spikeDay: day, spikeStart: wib(day, first), spikeLabel: b.label, rows };
}

// kecil: tens of mentions a day, mostly posts; sedang: Kota Jambi with a noisy baseline; besar: a few
// hundred a day, mostly news. Bursts from a dozen mentions in three hours to forty.
export const CITY_SCENARIOS: CitySpec[] = [
  { name: 'kecil-banjir-subuh', split: 'tune', set: 'kecil', seed: 101, city: 'bukittinggi', first: '2026-08-03', nDays: 4, spikeAt: '04:50', burst: 'banjir', shape: [[0, 2], [1, 3], [0, 3], [1, 2], [0, 2], [0, 1]], volume: [12, 18], matters: [2, 3] },
  { name: 'kecil-jalan-siang', split: 'tune', set: 'kecil', seed: 102, city: 'bukittinggi', first: '2026-08-10', nDays: 5, spikeAt: '12:20', burst: 'jalan', shape: [[0, 1], [1, 2], [0, 3], [1, 3], [0, 2], [0, 1]], volume: [10, 20], matters: [2, 4] },
  { name: 'kecil-air-malam', split: 'tune', set: 'kecil', seed: 103, city: 'bukittinggi', first: '2026-08-17', nDays: 4, spikeAt: '19:40', burst: 'air', shape: [[0, 2], [0, 3], [1, 2], [0, 2], [0, 1]], volume: [14, 16], matters: [2, 3] },
  { name: 'sedang-air-pagi', split: 'tune', set: 'sedang', seed: 201, city: 'jambi', first: '2026-08-24', nDays: 6, spikeAt: '06:30', burst: 'air', shape: [[1, 2], [1, 3], [2, 4], [1, 3], [1, 2], [0, 2]], volume: [35, 30], matters: [4, 6] },
  { name: 'sedang-banjir-sore', split: 'tune', set: 'sedang', seed: 202, city: 'jambi', first: '2026-08-31', nDays: 5, spikeAt: '15:10', burst: 'banjir', shape: [[1, 1], [1, 3], [1, 3], [1, 2], [0, 2], [1, 1]], volume: [40, 25], matters: [4, 7] },
  { name: 'sedang-jalan-pagi-lalu', split: 'tune', set: 'sedang', seed: 203, city: 'jambi', first: '2026-09-07', nDays: 6, spikeIndex: 4, spikeAt: '08:15', burst: 'jalan', shape: [[1, 1], [1, 2], [1, 3], [1, 2], [0, 2], [0, 1]], volume: [35, 30], matters: [4, 6] },
  { name: 'besar-banjir-pagi', split: 'tune', set: 'besar', seed: 301, city: 'semarang', first: '2026-09-14', nDays: 7, spikeAt: '05:30', burst: 'banjir', shape: [[2, 3], [3, 5], [3, 6], [2, 5], [2, 4], [1, 3]], volume: [140, 110], matters: [8, 12] },
  { name: 'besar-air-siang', split: 'tune', set: 'besar', seed: 302, city: 'semarang', first: '2026-09-21', nDays: 6, spikeAt: '11:45', burst: 'air', shape: [[1, 2], [2, 4], [2, 5], [2, 4], [1, 3]], volume: [160, 120], matters: [8, 12] },
  { name: 'besar-jalan-malam', split: 'tune', set: 'besar', seed: 303, city: 'semarang', first: '2026-09-28', nDays: 7, spikeAt: '20:10', burst: 'jalan', shape: [[1, 2], [1, 4], [2, 4], [1, 3], [1, 2]], volume: [130, 120], matters: [8, 12] },
  { name: 'untouched-sampah-pasar', split: 'untouched', set: 'untouched', seed: 401, city: 'pekanbaru', first: '2026-10-05', nDays: 5, spikeAt: '09:35', burst: 'sampahPasar', shape: [[0, 2], [1, 2], [0, 3], [1, 3], [0, 2], [1, 2]], volume: [20, 25], matters: [3, 5] },
];
