// Tiny page builder for extractor unit tests: a realistic-enough article wrapper around given parts.
export function articlePage(opts: { head?: string; before?: string; body?: string; after?: string; lang?: string } = {}): string {
  const body =
    opts.body ??
    [
      'Pemerintah Provinsi Jambi menyiapkan anggaran tambahan untuk perbaikan jalan rusak di tiga kabupaten, kata kepala dinas dalam rapat, Senin.',
      'Menurut dia, perbaikan dimulai bulan depan dan ditargetkan selesai sebelum musim hujan, sehingga arus barang dan penumpang tidak terganggu.',
      'Warga berharap pekerjaan dilakukan dengan baik, karena jalan yang sama sudah tiga kali diperbaiki dalam lima tahun terakhir, namun cepat rusak lagi.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
  return `<!DOCTYPE html><html${opts.lang === undefined ? ' lang="id"' : opts.lang ? ` lang="${opts.lang}"` : ''}><head>${opts.head ?? ''}</head><body>
<nav class="menu"><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<div class="content">${opts.before ?? ''}<div class="article-body">${body}</div>${opts.after ?? ''}</div>
<footer>© 2024 Portal</footer></body></html>`;
}
