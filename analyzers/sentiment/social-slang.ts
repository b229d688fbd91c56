// Indonesian social-media words → the standard words the sentiment model and lexicon know, written
// for Pantau. It is applied to the tokens of analyzers/normalize (which already maps the commonest
// slang: gak/nggak → tidak, yg → yang, bgt → banget …), and only for sentiment: the other analyzers'
// models were trained on the shared normalization and stay as they are.
//
// Kept to entries whose sentiment reading dominates in comments about public matters. Covers
// informal Indonesian, alay spellings, Javanese, Sundanese and Malay words that comments mix in, and
// English words used inside Indonesian sentences. Values may hold several words.

const INFORMAL: Record<string, string> = {
  // negation, "not yet", "already", "don't"
  engak: 'tidak', enggk: 'tidak', ngk: 'tidak', nggak: 'tidak', gx: 'tidak', ga: 'tidak', gag: 'tidak',
  kgk: 'tidak', kaga: 'tidak', kgak: 'tidak', tdak: 'tidak', tida: 'tidak', tidk: 'tidak', gk: 'tidak',
  belom: 'belum', blom: 'belum', blon: 'belum', udaa: 'sudah', udahh: 'sudah', sdah: 'sudah',
  ogah: 'tidak mau', gamao: 'tidak mau', gakmau: 'tidak mau', gaboleh: 'tidak boleh', gakbisa: 'tidak bisa',
  gabisa: 'tidak bisa', gaperlu: 'tidak perlu', gajelas: 'tidak jelas', gaje: 'tidak jelas', gj: 'tidak jelas',
  gapernah: 'tidak pernah', gakpernah: 'tidak pernah', gaada: 'tidak ada', gakada: 'tidak ada', kagada: 'tidak ada',
  // evaluation: praise
  kece: 'keren', kerenn: 'keren', ciamik: 'bagus', cakep: 'bagus', kewl: 'keren', apik: 'bagus', top: 'hebat',
  topp: 'hebat', jempol: 'hebat', josjis: 'hebat', ajib: 'hebat', mantapp: 'mantap', mantabb: 'mantap',
  mantaps: 'mantap', mantabs: 'mantap', mantep: 'mantap', mntap: 'mantap', mntb: 'mantap', mantull: 'mantap',
  maknyus: 'enak', endes: 'enak', uenak: 'enak', enakk: 'enak', sedep: 'enak', sedap: 'enak',
  rekomen: 'rekomendasi', rekomended: 'rekomendasi', recomended: 'rekomendasi', recommend: 'rekomendasi',
  rekomendid: 'rekomendasi', rekom: 'rekomendasi', gercep: 'cepat tanggap', sigap: 'sigap', hepi: 'senang',
  happy: 'senang', seneng: 'senang', senengg: 'senang', bahagiaa: 'bahagia', lega: 'lega', ngefek: 'berhasil',
  murce: 'murah', murmer: 'murah meriah', terjangkau: 'terjangkau', kelar: 'selesai', beres: 'selesai',
  setset: 'cepat', wenak: 'enak', josss: 'hebat', mantab: 'mantap',
  // evaluation: complaint
  kzl: 'kesal', kesel: 'kesal', sebel: 'kesal', sebal: 'kesal', bete: 'kesal', gedeg: 'kesal', dongkol: 'kesal',
  nyebelin: 'menyebalkan', ngeselin: 'menyebalkan', nyesel: 'menyesal', nyesal: 'menyesal', kapok: 'jera',
  ngenes: 'sedih', galau: 'sedih', mewek: 'menangis', nangis: 'menangis', hiks: 'sedih', huhu: 'sedih',
  ngaret: 'terlambat', molor: 'terlambat', lola: 'lambat', lelet: 'lambat', lemot: 'lambat', lambreta: 'lambat',
  mehong: 'mahal', mahall: 'mahal', ribet: 'ribet', rempong: 'repot', ruwet: 'rumit', mumet: 'pusing',
  puyeng: 'pusing', amburadul: 'berantakan', semrawut: 'berantakan', acakadut: 'berantakan', bobrok: 'rusak',
  ambyar: 'hancur', ancur: 'hancur', ancurr: 'hancur', parahh: 'parah', prah: 'parah', apes: 'sial',
  kampret: 'sialan', bangsat: 'sialan', brengsek: 'sialan', bego: 'bodoh', dongo: 'bodoh', oon: 'bodoh',
  bloon: 'bodoh', goblog: 'goblok', gblk: 'goblok', tolol: 'tolol', zonk: 'kecewa', ampas: 'jelek',
  burik: 'jelek', jelekk: 'jelek', jlek: 'jelek', jorok: 'jorok', bauu: 'bau', mampet: 'tersumbat',
  jebol: 'rusak', bolong: 'berlubang', bocor: 'bocor', nyungsep: 'terjatuh', ngadat: 'rusak', eror: 'gagal',
  error: 'gagal', errorr: 'gagal', down: 'gagal', lag: 'lambat', ngelag: 'lambat', hang: 'macet', ngehang: 'macet',
  boong: 'bohong', bhong: 'bohong', php: 'janji palsu', omdo: 'omong kosong', omong: 'omong', cuek: 'cuek',
  jutek: 'jutek', judes: 'judes', songong: 'sombong', belagu: 'sombong', nyolot: 'kasar', ngegas: 'marah',
  emosi: 'marah', ngamuk: 'marah', gondok: 'kesal', jengkel: 'kesal', muak: 'muak', eneg: 'muak',
  capek: 'lelah', cape: 'lelah', capee: 'lelah', lemes: 'lemas', ngeri: 'ngeri', serem: 'seram',
  abal: 'palsu', 'abal-abal': 'palsu', 'asal-asalan': 'sembarangan', 'buang-buang': 'buang', pungli: 'pungli', korup: 'korupsi', maling: 'maling', tipu2: 'tipu',
  // discourse particles and reactions that carry tone
  wkwk: 'haha', awokwok: 'haha', wkwkwk: 'haha', xixi: 'haha', ngakak: 'haha', lol: 'haha', kwkw: 'haha',
  hadeh: 'aduh', hadeuh: 'aduh', haduh: 'aduh', adoh: 'aduh', yaelah: 'aduh', ckck: 'aduh', ckckck: 'aduh',
  huft: 'aduh', hufft: 'aduh', hmm: 'hmm', astagfirullah: 'astaga', astaghfirullah: 'astaga', astga: 'astaga',
  innalillahi: 'innalillahi', alhamdulilah: 'alhamdulillah', alhamdulillaah: 'alhamdulillah', hamdalah: 'alhamdulillah',
  amin: 'amin', aamiin: 'amin', amiin: 'amin', masyaallah: 'masyaallah', mashaallah: 'masyaallah',
  subhanallah: 'masyaallah', barakallah: 'berkah', mks: 'terima kasih', mkasih: 'terima kasih',
  mksi: 'terima kasih', makasii: 'terima kasih', makaseh: 'terima kasih', trmksh: 'terima kasih',
  trimakasi: 'terima kasih', terimakasi: 'terima kasih', tengkyu: 'terima kasih', tks: 'terima kasih',
  thanx: 'terima kasih', thank: 'terima kasih', ty: 'terima kasih', nuhun: 'terima kasih', suwun: 'terima kasih',
  // informal function words the shared list leaves
  bener: 'benar', beneran: 'benar', banget: 'banget', bangett: 'banget', bangeet: 'banget', bnget: 'banget',
  bgtt: 'banget', pisan: 'sekali', poll: 'sangat', puol: 'sangat', tenan: 'sungguh',
  temen2: 'teman', dateng: 'datang', dtg: 'datang', nunggu: 'menunggu', ngurus: 'mengurus', ngantri: 'antre',
  antri: 'antre', antrian: 'antrean', ngadu: 'mengadu', lapor: 'lapor', dibenerin: 'diperbaiki',
  diberesin: 'diselesaikan', dibetulin: 'diperbaiki', benerin: 'perbaiki', betulin: 'perbaiki',
  dibiarin: 'dibiarkan', dicuekin: 'diabaikan', dikacangin: 'diabaikan', digubris: 'ditanggapi',
  ditanggepin: 'ditanggapi', dilayanin: 'dilayani', ngelayanin: 'melayani', bilang: 'bilang', kalo: 'kalau',
  pake: 'pakai', pakek: 'pakai', udh: 'sudah', sdh: 'sudah', skrg: 'sekarang', trus: 'terus', mulu: 'terus',
  melulu: 'terus', ampe: 'sampai', nyampe: 'sampai', dapet: 'dapat', dpt: 'dapat', ilang: 'hilang',
  kek: 'seperti', kayak: 'seperti', kyk: 'seperti', gede: 'besar', gedhe: 'besar', dikit: 'sedikit',
  bnyk: 'banyak', taun: 'tahun', thn: 'tahun', tiap: 'setiap', mending: 'lebih baik', mendingan: 'lebih baik',
  doang: 'saja', doank: 'saja', aja: 'saja', ajah: 'saja', kok: 'kok', sih: 'sih', deh: 'deh', dong: 'dong',
  padem: 'padam', ujan: 'hujan', ngecek: 'mengecek', nyala: 'menyala', diem: 'diam', ngetem: 'berhenti',
};

const JAVANESE: Record<string, string> = {
  ora: 'tidak', ra: 'tidak', mboten: 'tidak', ndak: 'tidak', orak: 'tidak', durung: 'belum', dereng: 'belum',
  wis: 'sudah', wes: 'sudah', uwis: 'sudah', uwes: 'sudah', sampun: 'sudah', iso: 'bisa', isa: 'bisa', saged: 'bisa',
  opo: 'apa', piye: 'bagaimana', pripun: 'bagaimana', kepiye: 'bagaimana', ngopo: 'kenapa', kenopo: 'kenapa',
  ojo: 'jangan', ampun: 'jangan', elek: 'jelek', apik: 'bagus', sae: 'bagus',   resik: 'bersih', reged: 'kotor', rusuh: 'rusuh', bubrah: 'rusak', angel: 'sulit', gampang: 'mudah',
  larang: 'mahal', akeh: 'banyak', saiki: 'sekarang', nek: 'kalau', yen: 'kalau', lan: 'dan',
  ning: 'di', neng: 'di', seko: 'dari', soko: 'dari', saka: 'dari', arep: 'akan', iki: 'ini', kuwi: 'itu',
  iku: 'itu', kowe: 'kamu', sampeyan: 'kamu', panjenengan: 'anda', wong: 'orang', uwong: 'orang', omah: 'rumah',
  dalan: 'jalan', banyu: 'air', suwe: 'lama', sue: 'lama', mumet: 'pusing', nesu: 'marah', gendeng: 'gila',
  jancok: 'sialan', jancuk: 'sialan', cok: 'sialan', asu: 'sialan', matur: 'terima', nuwun: 'kasih',
  sanget: 'sangat', banget: 'banget', tenan: 'sungguh', didandani: 'diperbaiki', ndandani: 'memperbaiki',
  dandani: 'perbaiki', dijagakke: 'diandalkan', mung: 'hanya', tok: 'saja', wae: 'saja', ae: 'saja',
  nggih: 'ya', inggih: 'ya', mlaku: 'jalan', lunyu: 'licin', kesuwen: 'terlalu lama', seneng: 'senang',
  susah: 'susah', ruwet: 'rumit', ndang: 'cepat',
};

const SUNDANESE: Record<string, string> = {
  teu: 'tidak', henteu: 'tidak', acan: 'belum', atos: 'sudah', parantos: 'sudah', hatur: 'terima', nuhun: 'kasih',
  pisan: 'sekali', meni: 'sangat', geulis: 'cantik', kumaha: 'bagaimana', naon: 'apa', saé: 'bagus',
  bageur: 'baik', hese: 'sulit', gampil: 'mudah', awon: 'jelek', lami: 'lama',
};

const MALAY: Record<string, string> = {
  teruk: 'buruk', sikit: 'sedikit', sahaja: 'saja', je: 'saja', betul: 'benar', sedap: 'enak',
  syok: 'senang', geram: 'marah', menyampah: 'kesal', hampeh: 'payah', bengang: 'marah', tahniah: 'selamat',
  kaunter: 'loket', servis: 'layanan', tu: 'itu',
  ni: 'ini', dah: 'sudah', tak: 'tidak', takde: 'tidak ada', tiada: 'tidak ada', };

const ENGLISH: Record<string, string> = {
  good: 'bagus', nice: 'bagus', great: 'hebat', awesome: 'hebat', amazing: 'hebat', excellent: 'hebat',
  best: 'terbaik', cool: 'keren', love: 'cinta', like: 'suka', bad: 'buruk', worst: 'terburuk', poor: 'buruk',
  terrible: 'buruk', awful: 'buruk', hate: 'benci', slow: 'lambat', fast: 'cepat', helpful: 'membantu',
  useless: 'tidak berguna', disappointed: 'kecewa', disappointing: 'mengecewakan', sad: 'sedih', angry: 'marah',
  upset: 'kesal', annoying: 'menyebalkan', sorry: 'maaf', please: 'tolong', thanks: 'terima kasih',
  recommended: 'rekomendasi', worth: 'sepadan', fail: 'gagal', failed: 'gagal', broken: 'rusak',
  clean: 'bersih', dirty: 'kotor', expensive: 'mahal', cheap: 'murah', friendly: 'ramah', rude: 'kasar',
  happy: 'senang', proud: 'bangga', job: 'kerja', very: 'sangat', not: 'tidak', };

/** Two-word expressions, joined by a space in the key. */
// The Malay of eastern Indonesia (Ambon, Kupang, Manado, Papua) that posts to offices there are written
// in. Left out where the word means something else in other Indonesian: "seng" (also zinc, "atap
// seng": only in the pairs below), "so" (English), "ko" (Jakarta "kok"), "dong" (a particle), "pe", "pu" (Dinas PU), "sapa"
// (greet). These words are all but absent from the training data (4 tokens), so the shipped model
// needed no retraining for them.
const EASTERN: Record<string, string> = {
  sonde: 'tidak', son: 'tidak', tra: 'tidak', trada: 'tidak ada', tarada: 'tidak ada', nyanda: 'tidak',
  balom: 'belum', su: 'sudah', bae: 'baik', skali: 'sekali', talalu: 'terlalu', banya: 'banyak',
  dapa: 'dapat', sandiri: 'sendiri', busu: 'busuk', taong: 'tahun', danke: 'terima kasih', makase: 'terima kasih',
  manyala: 'menyala', kaluar: 'keluar', maso: 'masuk', mangadu: 'mengadu', beta: 'saya', katong: 'kita',
  torang: 'kita', kitorang: 'kita', kitong: 'kita', dorang: 'mereka', pung: 'punya',
  aer: 'air', pigi: 'pergi', skarang: 'sekarang', barapa: 'berapa',
};

const PAIRS: Record<string, string> = {
  'matur nuwun': 'terima kasih', 'matur suwun': 'terima kasih', 'hatur nuhun': 'terima kasih',
  'thank you': 'terima kasih', 'b aja': 'biasa saja', 'sat set': 'cepat', 'good job': 'kerja bagus',
  'not recommended': 'tidak rekomendasi', 'puas hati': 'puas',
  // Ambonese "seng" (not) before a verb or adjective; "atap seng" (zinc) is left alone.
  'seng ada': 'tidak ada', 'seng jalan': 'tidak jalan', 'seng bisa': 'tidak bisa', 'seng mau': 'tidak mau',
  'seng tau': 'tidak tahu', 'seng urus': 'tidak urus', 'seng laku': 'tidak laku', 'seng sampe': 'tidak sampai',
  'seng bae': 'tidak baik', 'seng kaluar': 'tidak keluar', 'seng pernah': 'tidak pernah', 'seng jelas': 'tidak jelas',
  'seng datang': 'tidak datang', 'seng dapa': 'tidak dapat', 'seng pake': 'tidak pakai', 'seng lama': 'tidak lama',
};

// Standard words in the maps above map to themselves; listing them keeps the source readable and
// costs nothing (a token that maps to itself is left as it is).
export const SOCIAL_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...INFORMAL, ...SUNDANESE, ...MALAY, ...JAVANESE, ...EASTERN, ...ENGLISH }).filter(([k, v]) => k !== v),
);
export const SOCIAL_PAIRS: ReadonlyMap<string, string> = new Map(Object.entries(PAIRS).filter(([k, v]) => k !== v));
