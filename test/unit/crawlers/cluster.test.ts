// Near-duplicate story clustering. The stories were written for Pantau in the style of a wire story
// republished by local outlets (their own headline, dateline, "Baca juga" links, footer, small edits).
import { describe, expect, it } from 'vitest';
import { StoryClusterer, clusterKeys, signatureSimilarity, storySignature } from '../../../analyzers/cluster/index.js';

const WIRE = [
  'Badan Penanggulangan Bencana Daerah (BPBD) Kota Jambi mencatat sebanyak 1.240 rumah warga di lima kelurahan terendam banjir setelah hujan deras mengguyur wilayah itu sejak Sabtu malam hingga Minggu pagi.',
  'Kepala Pelaksana BPBD Kota Jambi Ridwan Saputra mengatakan ketinggian air di sejumlah permukiman mencapai 80 sentimeter, terutama di Kelurahan Legok, Kelurahan Sungai Putri dan Kelurahan Murni yang berada di dataran rendah.',
  '"Tim kami sudah turun sejak dini hari untuk membantu evakuasi warga lanjut usia dan anak-anak. Sebanyak 312 jiwa saat ini mengungsi di masjid dan kantor kelurahan terdekat," kata Ridwan di Jambi, Minggu.',
  'Ia menjelaskan banjir dipicu curah hujan tinggi yang bersamaan dengan meluapnya Sungai Asam serta saluran drainase yang tersumbat sampah di beberapa titik. Petugas gabungan dari Dinas Pekerjaan Umum dan relawan telah membersihkan gorong-gorong agar air cepat surut.',
  'Pemerintah Kota Jambi juga menyalurkan bantuan logistik berupa beras, mi instan, air mineral, selimut dan obat-obatan ke posko pengungsian. Dinas Kesehatan menyiagakan tenaga medis untuk memeriksa warga yang mulai mengeluhkan gatal-gatal dan demam.',
  'Ridwan mengimbau masyarakat yang tinggal di bantaran sungai untuk tetap waspada karena Badan Meteorologi, Klimatologi dan Geofisika memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi hingga tiga hari ke depan.',
];

/** Antara's own copy. */
const antara = ['Jambi (ANTARA) - ' + WIRE[0], ...WIRE.slice(1), 'Pewarta: Tuyani', 'Editor: Budi Santoso', 'COPYRIGHT © ANTARA 2026'].join('\n');

/** A local daily: own dateline, a "Baca juga" link in the middle, small edits, own footer. */
const harian = [
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
const portal = [
  'Banjir kembali melanda Kota Jambi akhir pekan ini.',
  WIRE[0],
  WIRE[1],
  WIRE[2],
  WIRE[3].replace('Petugas gabungan', 'Tim gabungan'),
  WIRE[4],
  'Sumber: Antara',
].join('\n\n');

/** A different flood story on the same topic and in the same province. */
const otherFlood = [
  'Muaro Jambi (ANTARA) - Sungai Batanghari meluap dan merendam ratusan rumah di tiga desa di Kecamatan Maro Sebo, Kabupaten Muaro Jambi, sejak Kamis.',
  'Kepala BPBD Muaro Jambi Hendra Gunawan mengatakan air sungai naik perlahan selama sepekan karena hujan di hulu, sehingga warga sempat memindahkan barang-barang ke tempat yang lebih tinggi.',
  '"Belum ada warga yang mengungsi, tetapi kami sudah mendirikan dua tenda darurat di halaman kantor camat dan menyiapkan perahu karet," kata Hendra di Sengeti.',
  'Banjir juga memutus akses jalan desa sepanjang dua kilometer sehingga anak-anak sekolah diantar menggunakan perahu oleh relawan. Dinas Sosial Muaro Jambi telah mengirimkan bantuan beras dan lauk pauk ke desa terdampak.',
  'BPBD meminta warga di sepanjang aliran Sungai Batanghari memantau informasi ketinggian air karena debit sungai diperkirakan masih meningkat hingga akhir pekan.',
].join('\n');

describe('StoryClusterer', () => {
  it('puts three outlets\u2019 versions of one wire story in one cluster and a different flood story in another', () => {
    const c = new StoryClusterer();
    const a = c.assign('antara', antara, 'Ribuan rumah di Kota Jambi terendam banjir');
    const b = c.assign('harian', harian, 'Banjir Rendam 1.240 Rumah, 312 Warga Kota Jambi Mengungsi');
    const p = c.assign('portal', portal, 'Banjir Lagi! Lima Kelurahan di Kota Jambi Terendam');
    const f = c.assign('other-flood', otherFlood, 'Sungai Batanghari meluap, ratusan rumah di Muaro Jambi terendam');
    expect(b).toBe(a);
    expect(p).toBe(a);
    expect(f).not.toBe(a);
    expect(a).toBe('antara'); // the first mention's id names the cluster
    expect(f).toBe('other-flood');
    expect(c.size).toBe(4);
    // Idempotent: assigning a known id again changes nothing.
    expect(c.assign('harian', 'whatever')).toBe(a);
  });

  it('measures the margins: copies well above the threshold, the other flood far below', () => {
    const sa = storySignature(antara, undefined);
    for (const copy of [harian, portal]) expect(signatureSimilarity(sa, storySignature(copy, undefined)).jaccard).toBeGreaterThan(0.6);
    const other = signatureSimilarity(sa, storySignature(otherFlood, undefined));
    expect(other.jaccard).toBeLessThan(0.1);
    expect(other.containment).toBeLessThan(0.2);
  });

  it('two different short posts stay apart; identical short posts cluster', () => {
    const c = new StoryClusterer();
    const x = c.assign('x1', 'Banjir di Legok, jalan ditutup', undefined);
    expect(c.assign('x2', 'Banjir di Legok, jalan ditutup!', undefined)).toBe(x);
    expect(c.assign('x3', 'Banjir di Sipin, warga mengungsi', undefined)).not.toBe(x);
  });

  it('joins an outlet that ran only the first half (containment)', () => {
    const c = new StoryClusterer();
    const a = c.assign('full', antara);
    expect(c.assign('half', WIRE.slice(0, 3).join('\n'))).toBe(a);
  });

  it('stays selective and bounded over many unrelated stories', () => {
    const c = new StoryClusterer({ maxDocs: 500 });
    const words = otherFlood.split(/\s+/);
    // 1 000 shuffles of the same vocabulary: same topic words, different stories.
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const clusters = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const w = [...words].sort(() => rand() - 0.5).slice(0, 80).join(' ');
      clusters.add(c.assign(`doc${i}`, w));
    }
    expect(clusters.size).toBe(1000);
    expect(c.size).toBe(500);
    expect(c.clusterOf('doc0')).toBeUndefined();
  });

  it('exposes LSH keys for a store-side index', () => {
    const k1 = clusterKeys(antara);
    const k2 = clusterKeys(harian);
    expect(k1).toHaveLength(32);
    expect(k1.filter((k) => k2.includes(k)).length).toBeGreaterThan(0);
    expect(clusterKeys(otherFlood).filter((k) => k1.includes(k))).toEqual([]);
    expect(clusterKeys('pendek')).toEqual([expect.stringMatching(/^x:[0-9a-f]+$/)]);
  });
});
