// What is never article text: whole elements (by tag, class/id, hidden style) and single lines
// (Indonesian portals' "Baca juga:" inserts, ad labels, credit lines, app/channel promotions).
import { classAndId, textOf } from './dom.js';
import type { DomNode } from './types.js';

/**
 * Tags whose subtree is skipped outright. Not <form> (ASP.NET pages wrap the whole page in one) and
 * not <header> (article headers can hold the lead paragraph); the scorer handles both.
 */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'canvas',
  'video', 'audio', 'picture', 'img', 'map', 'input', 'button', 'select', 'option', 'textarea', 'label',
  'nav', 'aside', 'footer', 'menu', 'dialog', 'figure', 'figcaption', 'ins', 'head', 'title', 'meta', 'link',
  'base', 'amp-ad', 'amp-embed', 'amp-analytics', 'amp-sidebar', 'amp-social-share', 'amp-iframe', 'amp-video',
  'amp-youtube', 'amp-twitter', 'amp-instagram', 'amp-facebook', 'amp-consent', 'amp-geo', 'amp-sticky-ad',
]);

// Class/id fragments that mark widgets, matched anywhere in the attribute (distinctive words).
const JUNK_SUBSTR =
  /comment|komentar|share|sharing|social|sosmed|medsos|related|terkait|baca-?juga|bacajuga|baca_juga|read-?also|also-?read|readmore|read-more|rekomendasi|recommend|populer|popular|trending|newsletter|subscribe|sidebar|banner|sponsor|advert|iklan|breadcrumb|pagination|pager|paging|outbrain|taboola|mgid|dable|disqus|skyscraper|footer|masthead|copyright|caption|keterangan|photo-?credit|gallery|galeri|video-?list|polling|cookie|popup|modal|signup|login|byline|author|penulis|reporter|tagline|topik|tags|hashtag|tag-|-tag|ads-|-ads|ads_|_ads|adsense|dfp|gpt-ad|div-gpt|parallax|lihat-juga|linksisip|redaksi|inline-?link|box-?link|rating|reaction|emoji|follow|whatsapp|telegram|google-?news/;
// Short class/id tokens that must match a whole token (a "-"/"_" separated word).
const JUNK_TOKEN = /(?:^|[\s_-])(?:ad|ads|adv|nav|navbar|menu|tag|promo|widget|credit|credits|share|print|meta|date|time|breadcrumbs?|hide|hidden|sr-only|lain|lainnya|terpopuler|terbaru|latest|more|next|prev|boxberita|box_berita)(?:$|[\s_-])/;
// Containers that are the article itself even if a junk word also appears in their class.
const CONTENT_HINT = /article|artikel|content|konten|entry|main|post-?body|story|text|detail|isi|berita|read__|body/;

// Lists of other stories and readers' comments: skipped even in the relaxed pass, which is for an
// article a generic widget word hid ("content-sidebar-wrap"), never for these.
// The next story an infinite scroll renders in full under the first ("next-article", "read-next"):
// another article, even though "article" is in its class.
const NEXT_STORY = /next[-_]?(?:article|post|story|berita|artikel)|read[-_]?next|(?:artikel|berita)[-_]?(?:selanjutnya|berikutnya)|infinite[-_]?scroll/;
const OTHER_STORIES =
  /related|terkait|rekomendasi|recommend|baca-?juga|lihat-?juga|read-?also|also-?read|populer|popular|trending|outbrain|taboola|mgid|dable|comment|komentar|disqus|(?:^|[\s_-])(?:lain|lainnya|terpopuler|more-?news|next-?news)(?:$|[\s_-])/;

export function isOtherStories(ci: string): boolean {
  return !!ci && (OTHER_STORIES.test(ci) || NEXT_STORY.test(ci));
}

/** True when an element's class/id names a widget rather than article content. */
export function isJunkClass(ci: string): boolean {
  if (!ci) return false;
  if (NEXT_STORY.test(ci)) return true;
  if (JUNK_SUBSTR.test(ci)) {
    // "detail-comment", "article-share" stay junk: the junk word is specific. Only a bare content
    // hint combined with a generic junk word (e.g. "content-sidebar-wrap") could be a wrapper, and
    // the extractor retries without class rules when the strict pass finds too little.
    return true;
  }
  if (!JUNK_TOKEN.test(ci)) return false;
  // A content word only rescues a wrapper ("content-sidebar-wrap"); a BEM part of the article page
  // named for a widget ("read__next", "article-more", "detail__nav") is that widget.
  return !CONTENT_HINT.test(ci) || ci.split(/\s+/).some((t) => JUNK_TAIL.test(t));
}
// ("read__credit", "entry-meta", "post-date": the credit and date lines beside the article.)
const JUNK_TAIL = /[_-](?:ad|ads|adv|nav|navbar|menu|promo|widget|share|print|lain|lainnya|terpopuler|terbaru|latest|more|next|prev|meta|date|time|credit|credits)$/;

const MEDIA_CLASS = /(?:^|[\s_-])(?:photos?|fotos?|pics?|picture|images?|img|media|thumbs?|thumbnail|figure|gambar|video|cover)(?:$|[\s_-])/;
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'iframe', 'figure', 'amp-img']);
const PHOTO_TAGS = new Set(['img', 'amp-img', 'picture']);
const MIN_SLIDE_TEXT_CHARS = 20;
const MAX_SLIDE_TEXT_CHARS = 400;

/**
 * A photo or video block and what its text is — one test for the body scorer and the caption reader:
 * - 'media': the class says photo/image/media (≤ 300 characters of text), or, without such a class,
 *   a photo with a short credited caption and no paragraph ("Ilustrasi … (Tribunjambi.com/Dok)").
 *   Its text is a caption or credit, not article prose: the body skips it.
 * - 'slide': a photo as a direct child beside a short text (20–400 characters) with no link or
 *   heading — a gallery slide (<div class="gal-item"><img><p>caption</p></div>). The body keeps it
 *   (on a gallery page the captions are the text; in an article a <p> beside an <img> may be prose)
 *   but drops its closing credit, and the caption reader reads it.
 */
export function mediaBlockKind(n: DomNode, ci: string): 'media' | 'slide' | undefined {
  const named = !!ci && MEDIA_CLASS.test(ci);
  // Without a telling class, only a photo with a short credited caption ("Ilustrasi … (Tribunjambi.com/Dok)").
  const limit = named ? 300 : MAX_UNNAMED_CAPTION_CHARS;
  const directPhoto = holdsPhoto(n);
  let text = 0;
  let media = false;
  let paragraph = false;
  let linkOrHeading = false;
  const parts: string[] = [];
  const stack: DomNode[] = [...(n.children ?? [])].reverse();
  let visited = 0;
  while (stack.length && visited++ < 400) {
    const c = stack.pop()!;
    if (c.type === 'text') {
      const t = (c.data ?? '').trim();
      text += t.length;
      if (text > Math.max(limit, directPhoto ? MAX_SLIDE_TEXT_CHARS : 0)) return undefined;
      if (t) parts.push(t);
    } else if (c.name && MEDIA_TAGS.has(c.name)) media = true;
    else {
      if (c.name === 'p') paragraph = true;
      if (c.name === 'a' || /^h[1-6]$/.test(c.name ?? '')) linkOrHeading = true;
      if (c.children) stack.push(...[...c.children].reverse());
    }
  }
  if (!media || visited >= 400) return undefined;
  if (text <= limit && !!ci && (named || (!paragraph && text > 0 && endsWithCredit(parts.join(' '))))) return 'media';
  if (directPhoto && !linkOrHeading && text >= MIN_SLIDE_TEXT_CHARS) return 'slide';
  return undefined;
}

/** A photo is a direct child: the cheap first test for a 'slide'. */
export function holdsPhoto(n: DomNode): boolean {
  return (n.children ?? []).some((c) => PHOTO_TAGS.has(c.name ?? ''));
}

/** A 'media' block (see mediaBlockKind): skipped from article text. */
export function isMediaBlock(n: DomNode, ci: string): boolean {
  return mediaBlockKind(n, ci) === 'media';
}

const MAX_UNNAMED_CAPTION_CHARS = 200;

/**
 * Credits that end a caption — the one list both the media-block test (does this text end in a
 * credit?) and the caption reader (strip it) use: "(Tribunjambi.com/Dok)", "[SuaraJambi.id/Rizky]",
 * "(Foto: Istimewa)", "(ist)", "ANTARA FOTO/Wahdi Septiawan/foc.", "KOMPAS.com/MASRIADI", "Dok. BPBD".
 * A bracket must hold a letter: "Rabu (2/12/2026)" is the caption's own date, not a credit.
 */
const CAPTION_CREDITS: RegExp[] = [
  /\s*[([](?=[^()[\]]*\p{L})(?:[^()[\]]{1,80}\/[^()[\]]{1,80}|\s*(?:foto|photo|dok|dokumentasi|sumber|ist|istimewa|video)\b[^()[\]]{0,80})[)\]]\s*$/iu,
  // The same credit on a line of its own (`<p class="credit">ANTARA FOTO/Andreas Fitri Atmoko/nym.</p>`).
  /^(?:[A-Z][A-Za-z]*\.(?:com|co\.id|id)|[A-Z]{3,}\s+FOTO)\/[\p{L} .'/-]{2,80}\.?\s*$/u,
  /\s+(?:[A-Z][A-Za-z]*\.(?:com|co\.id|id)|[A-Z]{3,}(?:\s+FOTO)?)\/[\p{L} .'/-]{2,80}\.?\s*$/u,
  /\s+(?:dok\.|dokumentasi)\s[\p{L} .'/-]{2,60}\.?\s*$/iu,
  // "Foto: Pius Erlangga/detikJogja" after the caption's last sentence, glued to it or not.
  /(?<=^|[\s.!?"”])(?:foto|photo|video)\s*:\s*[\p{L} .'-]{2,60}\/[\p{L} .'/-]{2,60}\.?\s*$/iu,
];

/** The text ends in a photo credit (see CAPTION_CREDITS). */
export function endsWithCredit(s: string): boolean {
  return CAPTION_CREDITS.some((re) => re.test(s));
}

/** The text without its closing photo credit(s). */
export function stripCredit(s: string): string {
  let t = s;
  for (const re of CAPTION_CREDITS) t = t.replace(re, '');
  return t.trim();
}

const CREDIT_LABEL = /^(?:penulis|editor|pewarta|reporter|redaktur|penyunting|sumber|fotografer|kontributor|foto|video)\s*[:：]?$/i;

/** A bare credit label ("Penulis", "Editor:") whose value follows in the next cell. */
export function isCreditLabel(line: string): boolean {
  return CREDIT_LABEL.test(line);
}

export function isHiddenStyle(style: string | undefined): boolean {
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

// Whole lines dropped from article text.
const DROP_LINE: RegExp[] = [
  // "[Baca juga: …]", ">> Baca Juga: …" too.
  /^[[(>»•*\s-]*(?:baca|lihat|simak|tonton|saksikan|cek|klik|dengarkan)\s+(?:juga|pula|lagi|video|selengkapnya|berita|artikel|di sini|disini|breaking|informasi|update|infografis|berikutnya|selanjutnya|lainnya)\b/i,
  /^(?:pilihan editor|pilihan redaksi|rekomendasi|baca selengkapnya|read also|see also|related)\s*[:：]/i,
  /^dilarang (?:keras )?(?:mengambil|menyalin|mengutip|memproduksi|mereproduksi)/i,
  /^(?:artikel|berita|video|foto)\s+(?:terkait|lainnya|menarik|pilihan|populer|terpopuler|rekomendasi)\b/i,
  /^(?:artikel|berita)\s+(?:selanjutnya|berikutnya)\s*[:：]?$/i,
  /^(?:advertisement|advertisment|iklan|ads|sponsored|promoted|scroll (?:to|untuk) (?:continue|lanjut|melanjutkan)[\w\s]*|lanjut(?:kan)? (?:baca|membaca)[\w\s]*|continue reading[\w\s]*|content continues below|konten berlanjut[\w\s]*)$/i,
  /^(?:editor|pewarta|penulis|reporter|redaktur|redaksi|penyunting|editing|fotografer|kontributor|writer|penerjemah|video editor|produser|sumber foto|foto|caption|keterangan foto|uploader|penanggung jawab)\s*[:：]/i,
  /^(?:copyright|hak cipta|©|\(c\))/i,
  /^(?:informasi )?pemasangan iklan\b|^hubungi\s*[:：]|\[at\]\S+\.(?:com|id|co\.id)$/i,
  /^(?:ikuti|follow|download|unduh|dapatkan|gabung|join|subscribe|langganan|install)\b.{0,200}\b(?:google news|whatsapp|telegram|channel|saluran|aplikasi|app|instagram|twitter|facebook|tiktok|youtube|update|berita terkini|notifikasi)/i,
  /^artikel ini (?:telah|sudah) (?:tayang|terbit|dipublikasikan|dimuat)/i,
  /^\[gambas:[^\]]*\]$/i,
  /^(?:halaman|page)\s+\d+\b.{0,40}$/i,
  /^(?:dengarkan|listen to)\s+(?:artikel|berita|this)\b.{0,60}$/i,
  /^(?:(?:halaman|page)\s+)?(?:selanjutnya|berikutnya|sebelumnya|next|prev|previous|tutup|close|load more|muat lebih banyak)$/i,
  // A posting stamp: "Diposting : 02-12-2026 10:20:15 | Oleh : Diskominfo", "Posted on December 2, 2026 at 10:20 am by",
  // "Diperbarui: Rabu, 2 Desember 2026 08:00 WITA · Diterbitkan: …" (the update first).
  /^(?:diposting|diterbitkan|dipublikasikan|diunggah|posted|published|terbit|tayang|dimuat|diperbarui|diupdate|updated|last updated)\b(?:\s+(?:on|pada|oleh))?\s*[:：]?\s*\S.{0,40}\b(?:19|20)\d{2}\b.{0,80}$/i,
  /^loading\.*$|^memuat\.*$/i,
  /^\d+\s*(?:\/|dari|of)\s*\d+$/,
  /^(?:share|bagikan|tweet|komentar|comments?|laporkan|report)\b.{0,40}$/i,
  /^(?:tags?|topik|kata kunci|keywords?|label|labels)\s*[:：]/i,
  // Blogger's post header in the Indonesian locale: "Diposting oleh Admin pada 09.40".
  /^(?:diposting|posted)\s+(?:oleh|by)\s.{0,60}$/i,
  // Joomla's article info: "Rincian", "Ditulis oleh Admin", "Dilihat: 87"; portals' read counters.
  /^(?:rincian|details)$/i,
  /^(?:ditulis oleh|written by)\s.{0,60}$/i,
  /^(?:dilihat|dibaca|hits|views?)\s*[:：]?\s*[\d.,]+(?:\s*(?:kali|x|times))?$/i,
  // A relative or bare byline time left in the text: "2 jam lalu", "Diperbarui 3 jam yang lalu",
  // "Rabu, 2 Desember 2026 10:30 WIT"; reading times ("3 menit baca").
  /^(?:(?:diperbarui|diupdate|update|diposting|dipublikasikan|diunggah)\s+)?\d{1,2}\s+(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu$/i,
  /^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d{2}\s*(?:[,|/·•–—-]\s*)?(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?$/iu,
  /^(?:waktu baca\s*[:：]?\s*)?\d{1,2}\s*(?:menit|min)(?:\s+(?:baca|membaca|read))?$/i,
  // Tribun's reporter line above the dateline: "Laporan Wartawan Tribun Jateng, Rahdyan Trijoko".
  /^laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s.{2,90}$/i,
  // A credit line without colons: "Penulis Kontributor Kendari, Kiki Andi Pati | Editor Dita Angga".
  /^(?:penulis|pewarta|reporter|wartawan)\s+\S.{0,80}\s[|·•/]\s*(?:editor|penyunting|redaktur)\s+\S.{0,60}$/i,
  // Pager and comment-box labels.
  /^(?:selanjutnya|berikutnya|sebelumnya)\s*[>»]+$|^lanjut(?:kan)? ke halaman (?:berikutnya|selanjutnya|\d+)$/i,
  /^(?:salin (?:tautan|link)|copy link|tulis komentar|beri komentar|kirim komentar|lihat komentar|lihat semua komentar)\b.{0,20}$/i,
  /^(?:topik|tags?|label)(?:\s+(?:terkait|populer|pilihan))?\s*[:：]?$/i,
  /^(?:jangan lupa|update terus|pantau terus|simak terus)\b.{0,120}\b(?:follow|ikuti|subscribe|google news|whatsapp|telegram|channel|saluran|instagram|media sosial|youtube|tiktok)\b/i,
  /^(?:jangan lewatkan|pilihan editor|pilihan redaksi|terpopuler|berita terkini|most popular|read more|lihat semua|selengkapnya|more photos|foto lainnya|video lainnya)\s*[:：!.]*$/i,
  // A standing disclaimer under market and sponsored stories: "(Disclaimer: Keputusan pembelian/penjualan
  // saham sepenuhnya ada di tangan investor.)", "Disclaimer: Artikel ini …".
  /^[[(*\s]*disclaimer\s*[:：]/i,
];

// A byline of a name (or two) and a date, with no separator or one: "Ferinda K Fachri Rabu, 2 Desember
// 2026", "Oleh Rudi Arman, 2 Desember 2026 14:20", "2 Desember 2026 | Redaksi". Case-sensitive: the
// name's words are capitalised (a sentence ending in a date has lower-case words).
const WEEKDAY = String.raw`(?:[Ss]enin|[Ss]elasa|[Rr]abu|[Kk]amis|[Jj]um'?at|[Ss]abtu|[Mm]inggu|[Aa]had)`;
// Not a weekday alone: "Senin, 30 November 2026" is a chronology's subhead, not a byline.
const BYLINE_NAME = String.raw`(?!${WEEKDAY}\s*,?\s*\d)(?:(?:[Oo]leh|[Bb]y)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*`;
const BYLINE_DATE = String.raw`(?:${WEEKDAY},?\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d{2}(?:\s*(?:[,|/·•–—-]\s*)?(?:[Pp]ukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|Wib|Wita|Wit)?)?`;
const NAME_AND_DATE = new RegExp(String.raw`^(?:${BYLINE_NAME}\s*[,|/·•–—-]?\s*${BYLINE_DATE}|${BYLINE_DATE}\s*[,|/·•–—-]?\s*${BYLINE_NAME})$`, 'u');
/** Parts of a short info line: "Biro Humas | Dibaca 1.024 kali", "Redaksi · 3 menit baca". */
const INFO_SEPARATOR = /\s+[|·•]\s+/;

export function isBoilerplateLine(line: string): boolean {
  if (line.length > 400) return isSubscriptionLine(line);
  if (dropLine(line) || NAME_AND_DATE.test(line)) return true;
  // A short line of parts, one of them a counter, a credit or a date stamp, none a sentence: the
  // article's info line ("Biro Humas dan Informasi Publik | Dibaca 1.024 kali").
  if (line.length <= 160) {
    const parts = line.split(INFO_SEPARATOR);
    if (parts.length >= 2 && parts.every((x) => x.length <= 80 && !/[.!?]$/.test(x)) && parts.some((x) => dropLine(x) || NAME_AND_DATE.test(x))) return true;
  }
  return isSubscriptionLine(line);
}

function dropLine(line: string): boolean {
  for (const re of DROP_LINE) if (re.test(line)) return true;
  return false;
}

// Containers of other articles: related and popular lists, sidebars, indexes, comments. Their dates
// and captions belong to other stories.
// Not a post's own footer ("post-footer", "entry-footer": Blogger prints the post's timestamp there).
// The next story an infinite scroll renders in full under the first ("next-article", "read-next",
// "artikel-selanjutnya") is another article's.
const WIDGET = new RegExp(
  String.raw`${NEXT_STORY.source}|next[-_]?news|related|terkait|sidebar|side[-_]bar|populer|popular|trending|rekomendasi|recommend|baca[-_]?juga|lihat[-_]?juga|lainnya|terbaru|terkini|latest|most[-_]|ticker|breaking|widget|(?<!(?:post|entry)[-_]?)footer|komentar|comment|indeks|newsfeed|news[-_]?list|list[-_]?news|list[-_]?berita|berita[-_]?list|box[-_]?berita|outbrain|taboola`,
);
const WIDGET_TAGS = new Set(['aside', 'nav', 'footer']);

export function isWidget(n: DomNode): boolean {
  if (WIDGET_TAGS.has(n.name ?? '')) return true;
  const ci = classAndId(n);
  return !!ci && WIDGET.test(ci);
}

export function inWidget(n: DomNode): boolean {
  for (let p = n.parent; p && p.type !== 'root'; p = p.parent) if (isWidget(p)) return true;
  return false;
}

// Sign-up boxes: a newsletter, a subscription, an app or account prompt. Their prose (commas and
// all) is what a scorer takes when the article itself is only a caption.
const SUBSCRIPTION_CLASS =
  /newsletter|subscribe-?(?:box|form|widget|block)|subscription-?(?:box|form|widget)|langganan|signup|sign-up|(?:^|[\s_-])nl(?:$|[\s_-])|nl-?box|optin|opt-in|mailchimp|mc4wp/;
/** A sign-up box is short; a long block with such a class is a paywalled article wrapper. */
const MAX_SUBSCRIPTION_CHARS = 1200;

/** True when an element's class/id names a sign-up box (skipped in every pass). */
export function isSubscriptionBox(n: DomNode, ci: string): boolean {
  return !!ci && SUBSCRIPTION_CLASS.test(ci) && textOf(n, MAX_SUBSCRIPTION_CHARS + 1).length <= MAX_SUBSCRIPTION_CHARS;
}

const SUBSCRIPTION_LINE: RegExp[] = [
  /^(?:newsletter|buletin|berlangganan|langganan|subscribe|daftar newsletter|sign up)\s*[:!.]*$/i,
  /^(?:daftar(?:kan)?|berlangganan|langganan|subscribe|sign up|dapatkan|terima|masukkan)\b.{0,300}\b(?:e-?mail|surel|newsletter|buletin|kotak masuk|inbox)\b/i,
];
// Mentions of a newsletter in an article are rare; addressed to the reader, they are the sign-up box.
const NEWSLETTER_PITCH = /\b(?:newsletter|buletin)\b.{0,200}\b(?:e-?mail|gratis|daftar|berlangganan|langganan|kotak masuk|inbox)\b/i;
const TO_READER = /\b(?:anda|kamu|kami|sekarang|your|you)\b/i;

/** A sign-up line ("Daftarkan email Anda …", "Berlangganan buletin kami …"), dropped from text. */
export function isSubscriptionLine(line: string): boolean {
  if (line.length > 500) return false;
  return SUBSCRIPTION_LINE.some((re) => re.test(line)) || (NEWSLETTER_PITCH.test(line) && TO_READER.test(line));
}

/**
 * A teaser of another article: the element sits in a list item or card that links elsewhere with a
 * headline-long link text ("<li><a>Ayo Curi Ilmu …</a><span class=date>…</span></li>").
 */
const MAX_TEASER_CHARS = 400;

export function inTeaser(n: DomNode, headline: string): boolean {
  const key = headline.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  let p = n.parent;
  for (let level = 0; p && p.type !== 'root' && level < 3; level++, p = p.parent) {
    if (p.name === 'h1' || p.name === 'article' || p.name === 'main' || p.name === 'body') return false;
    // A card is small; a block with more text than a teaser is the article's own header.
    if (textOf(p, MAX_TEASER_CHARS + 1).length > MAX_TEASER_CHARS) return false;
    const stack: DomNode[] = [...(p.children ?? [])];
    let visited = 0;
    while (stack.length && visited++ < 200) {
      const c = stack.pop()!;
      if (c.name === 'a' && c.attribs?.href && !c.attribs.href.startsWith('#')) {
        const t = textOf(c, 300).trim();
        const k = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
        if (t.split(/\s+/).length >= 4 && k !== key) return true;
      } else if (c.children) stack.push(...c.children);
    }
    if (p.name === 'li') return false;
  }
  return false;
}
