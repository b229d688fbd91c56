// Function-word profiles for the languages a West-Indonesian humas office meets: Indonesian,
// English, Javanese, Sundanese and Malay. Function words are the cheapest reliable signal on short
// texts (a tweet has 10–30 tokens, most of them function words). Indonesian and Malay share most of
// them, so SHARED_ID_MS counts for both and the decision between them rests on the words each
// spells or chooses differently ("kerana"/"karena", "selepas"/"setelah", "boleh"/"bisa").

export type LanguageCode = 'id' | 'en' | 'jv' | 'su' | 'ms';

const SHARED_ID_MS = `yang dan di ke dari ini itu dengan untuk tidak akan pada juga ada kami dalam oleh atau mereka
  kita lebih harus telah seperti hanya masih belum sangat banyak saya ia dia kepada sebagai bagi antara
  tersebut para setiap semua serta namun tetapi jika kalau agar supaya sudah bahwa lagi hingga sampai
  adalah menjadi bukan juga pun lalu kemudian sebuah seorang satu dua tiga baru besar kecil orang rakyat
  berkata pihak perlu apa siapa mana bagaimana mengapa kenapa sejak selama tahun hari bulan masa`;

const ID_ONLY = `bisa saja karena setelah sesudah kata ujar ungkap mengatakan menurut uang polisi kendaraan pemerintah
  sekarang nggak gak enggak tak banget sih dong kok aja udah yg dgn tdk kalo gimana kayak cuma sama
  kota kabupaten warga bapak ibu terhadap sedang saat waktu membuat melakukan mendapatkan memberikan
  jalan masyarakat daerah provinsi desa kecamatan kelurahan bupati wali gubernur presiden anggaran
  bahwa sementara mengenai yakni yaitu merupakan dapat tentang ketika begitu begini bagus jelek nya mau buat enak tempat harga ingin rasa makan makanan
  mengecewakan lumayan ku deh kalah menang apalagi pelayanan murah mahal nyaman senang kecewa suka tapi
  jangan benar pak presiden menteri kepada boleh pula beliau daripada pegawai`;

const MS_ONLY = `kerana sahaja selepas semasa iaitu ialah bahawa kerajaan jabatan  baharu kenderaan polis wang
  percuma cukai awak hendak nak mesyuarat bilangan   manakala tidaklah 
     puan encik cik kenyataan menerusi  dikatakan   ringgit
      korang diorang hospital     `;

const EN = `the and is are of to in that it for with was were on this be as by not have has from at or an they
  you we he she will would can could there their been which what about more all but said also who
  when if than into its our your his her them these those had do does did so just very new after
  over out up how some any no only because should may people government city`;

const JV = `ora aku kowe sing iki kuwi iku opo ning karo wis wes durung arep lan ing kang saka marang uga ana ono
  tenan sampeyan panjenengan mboten nggih kula dados menika punika ingkang saged mawon wae ae  kudu
  wong neng nang seko soko teko ojo apik elek akeh sithik mangan turu omah nek yen menawa amarga merga
  mergo dening kanggo nganti nalika utawa kabeh gedhe cilik becik piye pripun ngendi endi iso isa
  banjur  isih  dhewe dewe awake awakmu
  ndek `;

const SU = `teu henteu abdi anjeun urang nu jeung ka ti kana geus acan keur bari oge ogé deui pisan teh téh mah
  atuh euy naon kumaha aya eta éta ieu kitu kieu sareng nyaeta nyaéta dina tina ku kungsi hoyong hayang
  alus sae saé pikeun ngeunaan anu ngan loba saeutik lamun upami sanes margi sabab tos parantos teras
  ceuk kudu bade badé mangga punten hatur nuhun wilujeng sadaya sakola imah jalma leuwih`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** word → languages it votes for. Built once; lookups are one Map.get per token. */
export const WORD_VOTES: ReadonlyMap<string, readonly LanguageCode[]> = (() => {
  const m = new Map<string, LanguageCode[]>();
  const add = (list: string, langs: LanguageCode[]) => {
    for (const w of words(list)) {
      const cur = m.get(w) ?? [];
      for (const l of langs) if (!cur.includes(l)) cur.push(l);
      m.set(w, cur);
    }
  };
  add(SHARED_ID_MS, ['id', 'ms']);
  add(ID_ONLY, ['id']);
  add(MS_ONLY, ['ms']);
  add(EN, ['en']);
  add(JV, ['jv']);
  add(SU, ['su']);
  return m;
})();
