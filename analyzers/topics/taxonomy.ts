// The default humas issue taxonomy: the issues a regional government's public-relations office is
// asked about, each with Indonesian/English labels and keyword rules. `strong` keywords name the
// issue on their own ("banjir rob", "stunting"); `weak` ones only count together with another hit
// ("jalan", "harga"). Keywords are written as people write them; they are normalized and stemmed
// when the matcher is built, so "jalan-jalan rusak", "Jalan Rusak" and "jalannya rusak" all match.

export interface TopicDef {
  id: string;
  label: { id: string; en: string };
  strong: string[];
  weak: string[];
}

export interface Taxonomy {
  topics: TopicDef[];
  /** Score a topic needs (strong hit = 2, weak hit = 1, title hits count double). */
  minScore?: number;
  /** At most this many topics per text. */
  maxTopics?: number;
}

export const DEFAULT_TAXONOMY: Taxonomy = {
  minScore: 2,
  maxTopics: 3,
  topics: [
    {
      id: 'infrastruktur',
      label: { id: 'Infrastruktur', en: 'Infrastructure' },
      strong: [
        'jalan rusak', 'jalan berlubang', 'jalan longsor', 'perbaikan jalan', 'pengaspalan', 'aspal rusak', 'jembatan putus',
        'jembatan rusak', 'pembangunan jembatan', 'infrastruktur', 'drainase', 'gorong-gorong', 'irigasi', 'saluran air',
        'lampu jalan', 'penerangan jalan', 'trotoar', 'proyek fisik', 'betonisasi', 'rabat beton', 'pdam', 'air bersih',
        'listrik padam', 'pemadaman listrik', 'jalan tol', 'pelebaran jalan', 'peningkatan jalan',
      ],
      weak: ['jalan', 'jembatan', 'proyek', 'pembangunan', 'kontraktor', 'aspal', 'listrik', 'pln', 'gedung', 'renovasi', 'rusak'],
    },
    {
      id: 'banjir-lingkungan',
      label: { id: 'Banjir & Lingkungan', en: 'Flooding & environment' },
      strong: [
        'banjir', 'banjir rob', 'genangan air', 'tergenang', 'sampah menumpuk', 'tumpukan sampah', 'pengelolaan sampah', 'tpa',
        'bank sampah', 'pencemaran', 'limbah', 'polusi', 'kabut asap', 'karhutla', 'kebakaran hutan', 'kebakaran lahan',
        'deforestasi', 'pembalakan liar', 'penghijauan', 'ruang terbuka hijau', 'rth', 'abrasi', 'normalisasi sungai',
        'sungai meluap', 'lingkungan hidup', 'amdal', 'tambang ilegal', 'tps liar', 'kualitas udara', 'ispu',
      ],
      weak: ['sampah', 'sungai', 'hujan deras', 'lingkungan', 'hutan', 'pohon', 'udara', 'air', 'tambang', 'kanal', 'parit'],
    },
    {
      id: 'kesehatan',
      label: { id: 'Kesehatan', en: 'Health' },
      strong: [
        'dbd', 'demam berdarah', 'stunting', 'gizi buruk', 'puskesmas', 'rumah sakit', 'rsud', 'bpjs kesehatan', 'posyandu',
        'imunisasi', 'vaksinasi', 'vaksin', 'wabah', 'kejadian luar biasa', 'klb', 'diare', 'malaria', 'tbc', 'tuberkulosis',
        'covid', 'covid-19', 'corona', 'mpox', 'cacar monyet', 'campak', 'polio', 'tenaga kesehatan', 'nakes', 'dinas kesehatan',
        'dinkes', 'pasien', 'obat', 'fogging', 'pengasapan', 'jentik', 'ispa', 'kesehatan ibu dan anak', 'angka kematian ibu',
      ],
      weak: ['kesehatan', 'sakit', 'dokter', 'perawat', 'bidan', 'penyakit', 'klinik', 'gizi', 'berobat', 'rawat inap', 'apotek'],
    },
    {
      id: 'pendidikan',
      label: { id: 'Pendidikan', en: 'Education' },
      strong: [
        'ppdb', 'penerimaan peserta didik baru', 'sekolah rusak', 'ruang kelas', 'guru honorer', 'dinas pendidikan', 'disdik',
        'kurikulum', 'ujian nasional', 'beasiswa', 'zonasi', 'siswa', 'murid', 'pelajar', 'sekolah', 'sd negeri', 'smp negeri',
        'sma negeri', 'smk', 'madrasah', 'pesantren', 'kampus', 'mahasiswa', 'universitas', 'putus sekolah', 'dana bos',
        'makan bergizi gratis', 'mbg',
      ],
      weak: ['guru', 'pendidikan', 'belajar', 'kelas', 'rapor', 'wisuda', 'perguruan tinggi', 'dosen', 'seragam'],
    },
    {
      id: 'pelayanan-publik',
      label: { id: 'Pelayanan Publik', en: 'Public services' },
      strong: [
        'pelayanan publik', 'layanan publik', 'pelayanan buruk', 'antrean panjang', 'antre berjam-jam', 'mal pelayanan publik',
        'pelayanan terpadu', 'ptsp', 'perizinan', 'izin usaha', 'imb', 'pbg', 'pungli', 'pungutan liar', 'ombudsman',
        'pengaduan', 'aduan warga', 'keluhan warga', 'asn', 'pns', 'aparatur sipil negara', 'honorer', 'pppk',
        'disiplin pegawai', 'lurah', 'kantor kelurahan', 'camat', 'website pemda', 'aplikasi layanan', 'birokrasi',
      ],
      weak: ['pelayanan', 'layanan', 'antre', 'antrean', 'petugas', 'pegawai', 'kantor', 'loket', 'keluhan', 'mengeluh', 'lambat'],
    },
    {
      id: 'ekonomi-harga',
      label: { id: 'Ekonomi & Harga', en: 'Economy & prices' },
      strong: [
        'harga cabai', 'harga beras', 'harga bawang', 'harga minyak goreng', 'harga daging', 'harga telur', 'harga gula',
        'kenaikan harga', 'harga naik', 'harga melonjak', 'inflasi', 'sembako', 'bahan pokok', 'operasi pasar', 'pasar murah',
        'kelangkaan', 'elpiji', 'lpg 3 kg', 'gas melon', 'bbm', 'solar langka', 'pertalite', 'umkm', 'pengangguran', 'phk',
        'lapangan kerja', 'upah minimum', 'ump', 'umk', 'investasi', 'pertumbuhan ekonomi', 'pad', 'pendapatan asli daerah',
        'apbd', 'pajak daerah', 'retribusi', 'pedagang', 'pasar tradisional', 'daya beli', 'pinjol', 'pinjaman online',
      ],
      weak: ['harga', 'ekonomi', 'pasar', 'usaha', 'pad', 'dagang', 'jual', 'beli', 'rupiah', 'biaya', 'mahal', 'murah', 'pajak', 'anggaran'],
    },
    {
      id: 'keamanan-ketertiban',
      label: { id: 'Keamanan & Ketertiban', en: 'Security & public order' },
      strong: [
        'begal', 'pencurian', 'curanmor', 'perampokan', 'penjambretan', 'jambret', 'tawuran', 'geng motor', 'pembunuhan',
        'penganiayaan', 'pengeroyokan', 'narkoba', 'sabu', 'kriminalitas', 'satpol pp', 'penertiban', 'pkl', 'pedagang kaki lima',
        'kamtibmas', 'miras', 'minuman keras', 'judi online', 'judi', 'premanisme', 'preman', 'bentrok', 'kerusuhan', 'demo ricuh',
        'unjuk rasa', 'demonstrasi', 'terorisme', 'kekerasan seksual', 'pelecehan', 'kdrt', 'penipuan', 'pemerasan',
      ],
      weak: ['polisi', 'polres', 'polsek', 'polda', 'pelaku', 'tersangka', 'ditangkap', 'diamankan', 'korban', 'keamanan', 'ketertiban', 'razia'],
    },
    {
      id: 'politik-pilkada',
      label: { id: 'Politik & Pilkada', en: 'Politics & elections' },
      strong: [
        'pilkada', 'pemilu', 'pilpres', 'pileg', 'pilgub', 'pilwako', 'pilbup', 'kpu', 'bawaslu', 'paslon', 'pasangan calon',
        'calon wali kota', 'calon bupati', 'calon gubernur', 'kampanye', 'debat kandidat', 'surat suara', 'quick count',
        'hitung cepat', 'partai politik', 'parpol', 'koalisi', 'dprd', 'dpr', 'fraksi', 'rapat paripurna', 'money politics',
        'politik uang', 'netralitas asn', 'pj wali kota', 'penjabat', 'pelantikan', 'reshuffle', 'oposisi',
      ],
      weak: ['politik', 'partai', 'calon', 'suara', 'pemilih', 'dukungan', 'kandidat', 'legislatif', 'dewan', 'menteri', 'presiden', 'gubernur', 'tps'],
    },
    {
      id: 'sosial-bansos',
      label: { id: 'Sosial & Bansos', en: 'Social welfare & aid' },
      strong: [
        'bansos', 'bantuan sosial', 'blt', 'bantuan langsung tunai', 'pkh', 'program keluarga harapan', 'bpnt', 'kartu sembako',
        'dtks', 'data terpadu kesejahteraan sosial', 'kemiskinan', 'warga miskin', 'rumah tidak layak huni', 'rtlh', 'bedah rumah',
        'dana desa', 'alokasi dana desa', 'penyandang disabilitas', 'disabilitas', 'lansia terlantar', 'anak jalanan',
        'gelandangan', 'odgj', 'dinas sosial', 'dinsos', 'kartu indonesia pintar', 'kartu indonesia sehat',
      ],
      weak: ['bantuan', 'miskin', 'sosial', 'penerima', 'santunan', 'sumbangan', 'donasi', 'yatim', 'kesejahteraan', 'desa'],
    },
    {
      id: 'transportasi',
      label: { id: 'Transportasi', en: 'Transport' },
      strong: [
        'macet', 'kemacetan', 'lalu lintas', 'lalin', 'angkot', 'angkutan umum', 'transportasi umum', 'bus kota', 'brt',
        'trans jambi', 'transjakarta', 'ojek online', 'ojol', 'terminal', 'bandara', 'pelabuhan', 'kapal', 'penerbangan',
        'kereta', 'krl', 'lrt', 'mrt', 'parkir liar', 'juru parkir', 'jukir', 'kecelakaan lalu lintas', 'tabrakan', 'laka lantas',
        'dishub', 'dinas perhubungan', 'rambu', 'lampu merah', 'traffic light', 'mudik', 'arus balik', 'tilang', 'truk odol',
      ],
      weak: ['kendaraan', 'motor', 'mobil', 'truk', 'bus', 'penumpang', 'sopir', 'pengendara', 'parkir', 'kecelakaan', 'jalan raya', 'rute'],
    },
    {
      id: 'korupsi-hukum',
      label: { id: 'Korupsi & Hukum', en: 'Corruption & law' },
      strong: [
        'korupsi', 'tipikor', 'kpk', 'suap', 'gratifikasi', 'penyalahgunaan anggaran', 'penyelewengan', 'mark up', 'markup',
        'kerugian negara', 'ott', 'operasi tangkap tangan', 'kejaksaan', 'kejari', 'kejati', 'jaksa', 'pengadilan', 'vonis',
        'dakwaan', 'tuntutan', 'hakim', 'praperadilan', 'pencucian uang', 'tppu', 'pengadaan barang', 'tender',
        'temuan bpk', 'inspektorat', 'mafia tanah', 'sengketa lahan', 'sengketa tanah', 'gugatan',
      ],
      weak: ['hukum', 'kasus', 'tersangka', 'terdakwa', 'penyidik', 'penyidikan', 'diperiksa', 'pidana', 'perdata', 'laporan', 'dugaan', 'pengacara', 'sidang', 'audit', 'bpk'],
    },
    {
      id: 'bencana',
      label: { id: 'Bencana', en: 'Disasters' },
      strong: [
        'bencana', 'bpbd', 'bnpb', 'gempa', 'gempa bumi', 'tsunami', 'longsor', 'tanah longsor', 'erupsi', 'gunung meletus',
        'puting beliung', 'angin kencang', 'kebakaran', 'rumah terbakar', 'pengungsi', 'pengungsian', 'evakuasi', 'tanggap darurat',
        'korban jiwa', 'kekeringan', 'krisis air', 'siaga bencana', 'mitigasi', 'bmkg', 'cuaca ekstrem', 'banjir bandang',
      ],
      weak: ['darurat', 'korban', 'hujan', 'angin', 'api', 'damkar', 'pemadam', 'tim sar', 'basarnas', 'hilang', 'tewas', 'rusak berat'],
    },
    {
      id: 'kependudukan',
      label: { id: 'Kependudukan & Catatan Sipil', en: 'Civil registration' },
      strong: [
        'e-ktp', 'ektp', 'ktp elektronik', 'ktp', 'kartu keluarga', 'akta kelahiran', 'akta kematian', 'disdukcapil', 'dukcapil',
        'capil', 'ikd', 'identitas kependudukan digital', 'kependudukan', 'pencatatan sipil', 'blanko', 'perekaman',
        'pindah domisili', 'surat pindah', 'kartu identitas anak', 'data kependudukan', 'transmigrasi',
      ],
      weak: ['penduduk', 'warga', 'domisili', 'dokumen', 'administrasi', 'data', 'identitas', 'sensus', 'bps'],
    },
    {
      id: 'pariwisata-budaya',
      label: { id: 'Pariwisata & Budaya', en: 'Tourism & culture' },
      strong: [
        'pariwisata', 'wisata', 'wisatawan', 'turis', 'objek wisata', 'destinasi', 'desa wisata', 'festival', 'budaya',
        'kebudayaan', 'cagar budaya', 'candi', 'museum', 'kesenian', 'tari', 'batik', 'kuliner', 'ekonomi kreatif', 'hotel',
        'homestay', 'car free day', 'event budaya', 'adat', 'tradisi', 'hut kota', 'hari jadi',
      ],
      weak: ['seni', 'pentas', 'pameran', 'pengunjung', 'liburan', 'libur', 'taman', 'acara', 'perayaan', 'sejarah'],
    },
    {
      id: 'pertanian-pangan',
      label: { id: 'Pertanian & Pangan', en: 'Agriculture & food' },
      strong: [
        'pertanian', 'petani', 'gagal panen', 'panen raya', 'pupuk subsidi', 'pupuk langka', 'kelangkaan pupuk', 'sawah',
        'irigasi sawah', 'ketahanan pangan', 'stok beras', 'bulog', 'perkebunan', 'sawit', 'karet', 'tbs', 'harga sawit',
        'harga karet', 'nelayan', 'perikanan', 'peternakan', 'peternak', 'penyakit mulut dan kuku', 'cetak sawah',
      ],
      weak: ['panen', 'pupuk', 'tanam', 'padi', 'beras', 'jagung', 'kebun', 'ternak', 'ikan', 'pangan', 'bibit', 'lahan'],
    },
    {
      id: 'perumahan-tata-ruang',
      label: { id: 'Perumahan & Tata Ruang', en: 'Housing & spatial planning' },
      strong: [
        'tata ruang', 'rtrw', 'rdtr', 'penggusuran', 'digusur', 'relokasi', 'pemukiman kumuh', 'permukiman kumuh', 'rumah subsidi',
        'perumahan', 'sertifikat tanah', 'ptsl', 'bangunan liar', 'alih fungsi lahan', 'pembebasan lahan', 'ganti rugi lahan',
      ],
      weak: ['rumah', 'lahan', 'tanah', 'bangunan', 'kawasan', 'pemukiman', 'permukiman', 'developer', 'sertifikat'],
    },
  ],
};

/** Topic ids of a taxonomy, in order. */
export function topicIds(t: Taxonomy = DEFAULT_TAXONOMY): string[] {
  return t.topics.map((x) => x.id);
}
