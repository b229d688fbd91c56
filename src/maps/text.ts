// The text tools the issue map needs: word tokens (slang folded: "udh" → "sudah") and a stemmer
// ("kebanjiran" → "banjir", "terendam" → "rendam"), so a slangy post and a news article about the
// same matter share features. src/maps imports nothing outside src/core, so the CLI passes the
// analyzers' normalizer in (analyzers/normalize); basicTextTools is the dependency-free fallback
// (lower case, diacritics folded, no stemming) used where no normalizer is wired.
import { foldWord } from './fold.js';

export interface TextTools {
  /** Lower-cased word tokens of a text, slang expanded. */
  tokenize(text: string): string[];
  /** The stem of one token. */
  stem(token: string): string;
}

export const basicTextTools: TextTools = {
  tokenize: (text) => foldWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean),
  stem: (t) => t,
};

/**
 * Words that name no matter in Indonesian local news and posts: function words, reporting verbs,
 * titles, time words, outlet boilerplate, and words every city mention shares ("kota", "warga",
 * "pemerintah"), and the same function words of the regional Malay varieties and Javanese that posts
 * are written in (Ambon/Manado/Papua: beta, katong, seng, su, lai, deng, par; Banjar: ulun, kada;
 * Javanese: ora, wis): "poka lai aer mati" and "angkot jalur kudamati lai sama" share no matter.
 * Matter words ("banjir", "rusak", "sampah", "hoaks") are never in it. Checked on the token before and
 * after stemming.
 */
const STOP = new Set(
  `ada adalah agar akan akhir aku amat anda antara apa apakah atas atau bagai bagaimana bagi bahkan bahwa banyak baru
  beberapa begini begitu belum benar berada berbagai berikut bersama besar bila bisa boleh buat bukan cara dalam dan
  dapat dari demikian dengan depan di dia diri dulu empat enam hal hampir hanya harus hari hingga ia ialah ini itu jadi
  jangan jika juga jumat jumlah kali kalau kami kamis kamu kan kata katanya ke kecil kembali kemudian kepada ketika kini
  kita lagi lain lalu lama lebih lewat lima maka masih mau melalui memang menjadi menurut mereka merupakan minggu mulai
  namun nya oleh pada padahal para pasti per perlu pernah pula pukul punya rabu saat saja salah sama sambil sampai
  sangat satu saya sebab sebagai sebelum sebuah secara sedang sehingga sejak sekali sekitar selama selasa seluruh semua
  senin sendiri seorang seperti serta sesuai setelah setiap sabtu siapa sudah supaya tak tapi tahun tanpa telah tempat
  tengah tentang terhadap terjadi termasuk tersebut tetapi tiap tidak tiga toh tujuh turut untuk usai waktu wib wita
  wit ya yaitu yakni yang bulan pekan kemarin besok nanti pagi siang sore malam jam tadi dua delapan sembilan sepuluh
  ribu juta miliar triliun persen rp orang pihak upaya kegiatan terkait hadir menyampaikan mengatakan menjelaskan
  mengungkapkan menambahkan ujar ungkap jelas tambah tutur sebut papar imbuh lanjut diketahui dikatakan disampaikan
  dijelaskan berita baca foto video red editor reporter penulis sumber halaman klik selengkapnya simak artikel
  com co id www http https banget sih deh dong kok nih tuh lah kah pun gitu gini aja udah emang kayak kek
  bapak ibu pak bu kak bang mas mbak bro sis guys min admin mohon tolong terima kasih makasih semoga insyaallah
  alhamdulillah ya allah astaghfirullah innalillahi haha wkwk emopos emoneg
  kota kabupaten provinsi kecamatan kelurahan desa warga masyarakat pemerintah pemkot pemprov pemda daerah setempat
  kepala dinas wali wakil camat lurah rt rw kantor sejumlah puluhan ratusan ribuan belasan hari-hari
  the a an and or of to in on for with by from at is are was were be been this that it as not no but
  beta katong dorang ale seng sonde su lai par pung deng bagini bagitu skali sampe tagal kalo kanapa karmana samua
  balom sadiki basudara nyong nona kasiang torang ngana nyanda so pe kote kwa kitong tra trada sa ko mo ulun pian kada
  kadada jua banar ora opo wis iki kuwi sing ae`
    .split(/\s+/)
    .filter(Boolean),
);

export function isMapStopword(token: string): boolean {
  return STOP.has(token);
}
