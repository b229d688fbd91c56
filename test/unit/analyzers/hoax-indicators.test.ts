import { describe, expect, it } from 'vitest';
import { detectIndicators, indicatorScore } from '../../../analyzers/hoax/indicators.js';

const clickbait = [
  { title: 'SEBARKAN!!! Vaksin Mengandung Chip, Media Tidak Memberitakan', text: 'Info dari grup sebelah, 100% valid. Segera sebarkan sebelum dihapus!!! Jangan berhenti di Anda.' },
  { title: 'Bikin Kaget! Ternyata Ini Penyebab Banjir di Jambi', text: 'Tolong di share ke semua grup ya, bapak ibu. Waspada!!' },
  { title: 'Hoaks atau fakta? Air rebusan daun sirsak sembuh total dari kanker', text: 'Dijamin ampuh, sudah terbukti. Bagikan kepada keluarga anda.' },
  { title: 'BREAKING NEWS GEMPA BESAR AKAN TERJADI MALAM INI', text: 'BMKG MERAHASIAKAN INFORMASI INI DARI MASYARAKAT, SEGERA SEBARKAN KE SELURUH KELUARGA ANDA!!!' },
];

const news = [
  {
    title: 'Pemkot Jambi Perbaiki 12 Ruas Jalan Rusak',
    text: 'JAMBI, KOMPAS.com - Pemerintah Kota Jambi mulai memperbaiki 12 ruas jalan rusak di Kecamatan Kotabaru pekan ini. Kepala Dinas PUPR Kota Jambi, Ahmad Fauzi, mengatakan perbaikan ditargetkan selesai sebelum akhir bulan. "Anggaran sudah tersedia dari APBD perubahan," kata Ahmad saat dikonfirmasi, Senin (3/6/2024). Ia menambahkan, warga dapat melaporkan jalan berlubang melalui kanal pengaduan resmi pemerintah kota.',
  },
  {
    title: 'BPS: Inflasi Jambi Mei 2024 Terkendali',
    text: 'Jambi (ANTARA) - Badan Pusat Statistik Provinsi Jambi mencatat inflasi tahunan Mei 2024 sebesar 2,8 persen. Menurut Kepala BPS Jambi, kenaikan harga cabai merah dan bawang merah menjadi penyumbang utama inflasi bulan ini, sementara harga beras mulai turun setelah panen raya.',
  },
];

describe('hoax indicators', () => {
  it('fires named indicators on clickbait and chain messages', () => {
    const all = clickbait.map((c) => detectIndicators(c));
    expect(all[0]).toEqual(expect.arrayContaining(['provocation_share', 'known_hoax_phrasing', 'many_exclamations']));
    expect(all[1]).toEqual(expect.arrayContaining(['clickbait', 'provocation_share']));
    expect(all[2]).toEqual(expect.arrayContaining(['question_headline', 'known_hoax_phrasing', 'provocation_share']));
    expect(all[3]).toEqual(expect.arrayContaining(['all_caps', 'urgency', 'provocation_share']));
    for (const a of all) expect(indicatorScore(a)).toBeGreaterThan(0.5);
  });

  it('stays quiet on ordinary news copy', () => {
    for (const n of news) {
      const ind = detectIndicators(n);
      expect(ind).toEqual([]);
      expect(indicatorScore(ind)).toBe(0);
    }
  });

  it('does not call an acronym shouting', () => {
    expect(detectIndicators({ title: 'DPRD dan KPU Kota Jambi bahas anggaran Pilkada', text: 'Rapat DPRD bersama KPU membahas NPHD.' })).not.toContain('all_caps');
  });

  it('flags long unattributed text but not attributed copy', () => {
    const long = 'Warga diminta tidak keluar rumah malam ini karena akan ada razia besar di seluruh kota. '.repeat(5);
    expect(detectIndicators({ text: long })).toContain('no_named_source');
    expect(detectIndicators({ text: `${long} Hal itu disampaikan Kapolresta, kata Kombes Budi kepada wartawan.` })).not.toContain('no_named_source');
  });
});
