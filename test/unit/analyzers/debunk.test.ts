import { describe, expect, it } from 'vitest';
import { contentTokens, DebunkIndex, parseDebunkLine, stripVerdict } from '../../../analyzers/debunk/index.js';

const debunks = [
  { url: 'https://turnbackhoax.id/a', title: '[SALAH] Video Banjir Rob Rendam Kota Jambi Juni 2024', text: 'Video yang beredar adalah banjir rob di Semarang tahun 2022, bukan di Jambi.' },
  { url: 'https://cekfakta.tempo.co/b', title: 'Keliru, Klaim bahwa Pemkot Jambi Bagikan Bantuan Tunai Rp 5 Juta lewat WhatsApp', text: 'Pemerintah Kota Jambi tidak pernah membagikan bantuan tunai melalui pesan WhatsApp. Pesan itu modus penipuan.' },
  { url: 'https://cekfakta.example/c', title: 'Cek Fakta: Tidak Benar Minum Air Kelapa Campur Garam Sembuhkan Demam Berdarah', text: 'Dokter menjelaskan tidak ada bukti air kelapa dengan garam menyembuhkan DBD.' },
  { url: 'https://cekfakta.example/d', title: '[HOAKS] Gempa Magnitudo 9 Akan Guncang Jambi Besok Pagi', text: 'BMKG menegaskan gempa tidak dapat diprediksi waktunya.' },
  { url: 'https://cekfakta.example/e', title: 'Menyesatkan: Foto Jembatan Ambruk di Muaro Jambi', text: 'Foto itu jembatan di Sulawesi yang ambruk pada 2021.' },
];

describe('stripVerdict', () => {
  it.each([
    ['[HOAKS] Video Banjir di Jambi', 'Video Banjir di Jambi'],
    ['[SALAH] : “Harga Elpiji Naik”', '“Harga Elpiji Naik”'],
    ['Keliru, Klaim bahwa Vaksin Berisi Chip', 'Vaksin Berisi Chip'],
    ['Keliru: Video Kondisi Tel Aviv', 'Video Kondisi Tel Aviv'],
    ['Cek Fakta: [HOAKS] Gempa Besar Besok', 'Gempa Besar Besok'],
    ['Sebagian Benar: Harga Beras Naik', 'Harga Beras Naik'],
    ['Salah Satu Jembatan di Jambi Ambruk', 'Salah Satu Jembatan di Jambi Ambruk'],
  ])('%s', (input, expected) => expect(stripVerdict(input)).toBe(expected));
});

describe('DebunkIndex', () => {
  const index = new DebunkIndex(debunks);

  it('matches a paraphrased claim to its debunk first', () => {
    const cases: [string, string][] = [
      ['Ya Allah banjir rob merendam kota Jambi hari ini, airnya sampai atap rumah', 'https://turnbackhoax.id/a'],
      ['Info: pemkot jambi membagikan bantuan tunai 5 juta lewat whatsapp, klik dan isi data diri', 'https://cekfakta.tempo.co/b'],
      ['air kelapa dicampur garam bisa menyembuhkan demam berdarah, sudah terbukti', 'https://cekfakta.example/c'],
      ['Besok pagi akan terjadi gempa magnitudo 9 di Jambi, bersiaplah!', 'https://cekfakta.example/d'],
    ];
    for (const [text, url] of cases) {
      const m = index.match(text);
      expect(m[0]?.url, text).toBe(url);
      expect(m[0].similarity).toBeGreaterThanOrEqual(index.threshold);
    }
  });

  it('attaches nothing to unrelated news', () => {
    const news = [
      'Wali Kota Jambi meresmikan pasar tradisional baru di Kecamatan Alam Barajo, Senin. Pasar ini menampung 300 pedagang.',
      'Tim sepak bola Persijam Jambi menang 2-0 atas tamunya dalam laga lanjutan Liga 3 di Stadion Tri Lomba Juang.',
      'Dinas Pendidikan Provinsi Jambi membuka pendaftaran PPDB SMA negeri secara daring mulai pekan depan.',
    ];
    for (const t of news) expect(index.match(t), t).toEqual([]);
  });

  it('handles an empty index and empty text', () => {
    expect(new DebunkIndex([]).match('apa saja')).toEqual([]);
    expect(index.match('')).toEqual([]);
  });

  it('respects k and the threshold option', () => {
    const loose = new DebunkIndex(debunks, { threshold: 0 });
    expect(loose.match('jambi', undefined, 2).length).toBeLessThanOrEqual(2);
    expect(new DebunkIndex(debunks, { threshold: 0.99 }).match('banjir rob merendam kota Jambi')).toEqual([]);
  });

  it('is fast enough for the pipeline', () => {
    const many = Array.from({ length: 900 }, (_, i) => ({ url: `u${i}`, title: `[HOAKS] ${debunks[i % 5].title} nomor ${i}`, text: debunks[i % 5].text }));
    const idx = new DebunkIndex(many);
    const doc = 'Pemerintah Kota Jambi menggelar rapat koordinasi penanganan banjir dan jalan rusak bersama dinas terkait. '.repeat(5);
    idx.match(doc);
    const t0 = performance.now();
    for (let i = 0; i < 500; i++) idx.match(doc + i);
    const perSec = 500 / ((performance.now() - t0) / 1000);
    console.log(`debunk match: ${Math.round(perSec)} docs/s against 900 debunks`);
    expect(perSec).toBeGreaterThan(200); // loose floor for slow CI; figures are printed, not asserted tightly
  });
});

describe('contentTokens', () => {
  it('reads digits written for letters back as letters, and leaves numbers and names like covid19 alone', () => {
    expect(contentTokens('jalan rus4k parah')).toContain('rusak');
    expect(contentTokens('pelaku dirin9ku5 polisi')).toContain('ringkus');
    expect(contentTokens('varian covid19 dan jaringan 5g tahun 2024')).toEqual(expect.arrayContaining(['covid19', '5g', '2024']));
  });
});

describe('parseDebunkLine', () => {
  it('accepts a valid line', () => {
    expect(parseDebunkLine('{"url":"https://x.id/1","title":"[HOAKS] A","text":"b","publishedAt":"2024-06-01"}')).toEqual({
      url: 'https://x.id/1',
      title: '[HOAKS] A',
      text: 'b',
      publishedAt: '2024-06-01T00:00:00.000Z',
    });
    expect(parseDebunkLine('{"url":"https://x.id/2","title":"T"}').text).toBe('');
  });
  it.each([
    ['not json', /not valid JSON/],
    ['[1]', /expected a JSON object/],
    ['{"url":"ftp://x","title":"t"}', /url/],
    ['{"url":"https://x.id","title":""}', /title/],
    ['{"url":"https://x.id","title":"t","publishedAt":"kemarin"}', /publishedAt/],
  ])('rejects %s', (line, msg) => expect(() => parseDebunkLine(line)).toThrow(msg));
});
