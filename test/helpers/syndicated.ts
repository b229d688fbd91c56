// A wire story republished by three outlets and a different story on the same topic, written for Pantau
// in the style of an Antara wire story republished by local outlets (their own headline, dateline,
// "Baca juga" links, footer, small edits). Shared by the clusterer and the pipeline tests.
export const WIRE = [
  'Badan Penanggulangan Bencana Daerah (BPBD) Kota Jambi mencatat sebanyak 1.240 rumah warga di lima kelurahan terendam banjir setelah hujan deras mengguyur wilayah itu sejak Sabtu malam hingga Minggu pagi.',
  'Kepala Pelaksana BPBD Kota Jambi Ridwan Saputra mengatakan ketinggian air di sejumlah permukiman mencapai 80 sentimeter, terutama di Kelurahan Legok, Kelurahan Sungai Putri dan Kelurahan Murni yang berada di dataran rendah.',
  '"Tim kami sudah turun sejak dini hari untuk membantu evakuasi warga lanjut usia dan anak-anak. Sebanyak 312 jiwa saat ini mengungsi di masjid dan kantor kelurahan terdekat," kata Ridwan di Jambi, Minggu.',
  'Ia menjelaskan banjir dipicu curah hujan tinggi yang bersamaan dengan meluapnya Sungai Asam serta saluran drainase yang tersumbat sampah di beberapa titik. Petugas gabungan dari Dinas Pekerjaan Umum dan relawan telah membersihkan gorong-gorong agar air cepat surut.',
  'Pemerintah Kota Jambi juga menyalurkan bantuan logistik berupa beras, mi instan, air mineral, selimut dan obat-obatan ke posko pengungsian. Dinas Kesehatan menyiagakan tenaga medis untuk memeriksa warga yang mulai mengeluhkan gatal-gatal dan demam.',
  'Ridwan mengimbau masyarakat yang tinggal di bantaran sungai untuk tetap waspada karena Badan Meteorologi, Klimatologi dan Geofisika memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi hingga tiga hari ke depan.',
];

/** Antara's own copy. */
export const antara = ['Jambi (ANTARA) - ' + WIRE[0], ...WIRE.slice(1), 'Pewarta: Tuyani', 'Editor: Budi Santoso', 'COPYRIGHT © ANTARA 2026'].join('\n');

/** A local daily: own dateline, a "Baca juga" link in the middle, small edits, own footer. */
export const harian = [
  'JAMBI, HARIANJAMBI.COM - ' + WIRE[0].replace('sebanyak 1.240 rumah', '1.240 unit rumah'),
  WIRE[1],
  'Baca juga: Harga Cabai Merah di Pasar Angso Duo Tembus Rp80 Ribu per Kilogram',
  WIRE[2].replace('sejak dini hari', 'sejak subuh'),
  WIRE[3],
  'Baca juga: Wali Kota Jambi Resmikan Jembatan Baru di Danau Sipin',
  WIRE[4],
  WIRE[5],
  '(ant/red)',
  'Ikuti berita terkini Harian Jambi di Google News dan saluran WhatsApp kami.',
].join('\n');

/** A portal that ran a shortened copy with an added intro sentence and no last paragraph. */
export const portal = [
  'Banjir kembali melanda Kota Jambi akhir pekan ini.',
  WIRE[0],
  WIRE[1],
  WIRE[2],
  WIRE[3].replace('Petugas gabungan', 'Tim gabungan'),
  WIRE[4],
  'Sumber: Antara',
].join('\n\n');

/** A different flood story on the same topic and in the same province. */
export const otherFlood = [
  'Muaro Jambi (ANTARA) - Sungai Batanghari meluap dan merendam ratusan rumah di tiga desa di Kecamatan Maro Sebo, Kabupaten Muaro Jambi, sejak Kamis.',
  'Kepala BPBD Muaro Jambi Hendra Gunawan mengatakan air sungai naik perlahan selama sepekan karena hujan di hulu, sehingga warga sempat memindahkan barang-barang ke tempat yang lebih tinggi.',
  '"Belum ada warga yang mengungsi, tetapi kami sudah mendirikan dua tenda darurat di halaman kantor camat dan menyiapkan perahu karet," kata Hendra di Sengeti.',
  'Banjir juga memutus akses jalan desa sepanjang dua kilometer sehingga anak-anak sekolah diantar menggunakan perahu oleh relawan. Dinas Sosial Muaro Jambi telah mengirimkan bantuan beras dan lauk pauk ke desa terdampak.',
  'BPBD meminta warga di sepanjang aliran Sungai Batanghari memantau informasi ketinggian air karena debit sungai diperkirakan masih meningkat hingga akhir pekan.',
].join('\n');

export const TITLES = {
  antara: 'Ribuan rumah di Kota Jambi terendam banjir',
  harian: 'Banjir Rendam 1.240 Rumah, 312 Warga Kota Jambi Mengungsi',
  portal: 'Banjir Lagi! Lima Kelurahan di Kota Jambi Terendam',
  otherFlood: 'Sungai Batanghari meluap, ratusan rumah di Muaro Jambi terendam',
};
