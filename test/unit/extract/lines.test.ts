// Lines that are never article text, met while writing batch 8, and article lines that must stay.
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../crawlers/html/extract/boilerplate.js';

const DROP = [
  '[Baca juga: Debit Sungai Mahakam Turun]',
  '>> Baca Juga: Debit Sungai Mahakam Turun',
  'Diperbarui: Rabu, 2 Desember 2026 08:00 WITA · Diterbitkan: Selasa, 1 Desember 2026 20:10 WITA',
  '2 jam lalu',
  'Diperbarui 3 jam yang lalu',
  'Rabu, 2 Desember 2026 10:30 WIT',
  '3 menit baca',
  'Waktu baca 3 menit',
  'Selanjutnya >>',
  'Lanjut ke halaman berikutnya',
  'Salin tautan',
  'Tulis komentar',
  'Topik Terkait :',
  'Update terus berita terkini di WhatsApp Channel Fajar',
  'Jangan lupa follow akun media sosial kami',
  'Penulis Kontributor Kendari, Kiki Andi Pati | Editor Dita Angga',
  '(Disclaimer: Keputusan pembelian/penjualan saham sepenuhnya ada di tangan investor.)',
  'Disclaimer: Artikel ini merupakan kerja sama dengan mitra.',
];
const KEEP = [
  'Jayapura, 2 Desember 2026 – Pemerintah Kota Jayapura mulai menyalurkan bantuan air bersih.',
  'Banjir datang 2 jam lalu dan warga belum sempat mengungsi, kata Ketua RT setempat.',
  'Diperbarui setiap pekan, data itu menunjukkan harga cabai naik sejak Oktober 2026 di seluruh pasar kota.',
  'Update terakhir menyebut 120 rumah terendam.',
  'Penulis buku itu, Andi Pati, mengatakan editor | penerbit belum menentukan tanggal terbit.',
  'Perusahaan memasang disclaimer: produk tidak untuk anak di bawah umur.',
];

describe('boilerplate lines', () => {
  for (const l of DROP) it(`drops ${l}`, () => expect(isBoilerplateLine(l)).toBe(true));
  for (const l of KEEP) it(`keeps ${l}`, () => expect(isBoilerplateLine(l)).toBe(false));
});
