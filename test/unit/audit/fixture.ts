// A week of an owned Instagram account, written so every audit figure can be computed by hand.
// Period: Mon 16 Nov 2026 00:00 WIB – Mon 23 Nov 2026 00:00 WIB (7 days), cadence 1 day, deadline 3
// working days.
//
// Posts (owned, not replies): Mon 08:00, Mon 15:00, Tue 09:00, Fri 10:00 → 4 posts, 4/7 = 0.57 a day.
// Gaps > 24 h between [period start, posts…, period end]: Tue 09:00 → Fri 10:00 (73 h) and
// Fri 10:00 → Mon 00:00 (62 h); start → Mon 08:00 (8 h) and Mon 15:00 → Tue 09:00 (18 h) are not.
//
// Citizen questions/complaints (6):
//   q1 Mon 09:00 answered Mon 10:00 → 1 h
//   q2 Mon 10:00 answered Mon 12:00 → 2 h
//   q3 Tue 10:00 (complaint) answered Tue 15:00 → 5 h
//   q4 Tue 12:00 answered Wed 14:00 → 26 h (the answer names @andi.jbi in the thread instead of replying)
//   q5 Tue 13:00 unanswered; deadline Tue + 3 working days = Fri 13:00 < period end → overdue
//   q6 Fri 16:00 unanswered; deadline Wed 25 Nov 16:00 > period end → not (yet) overdue
// Other citizen comments (2): c7 Mon 11:00 answered 11:30; c8 Fri 11:00 never answered.
// → comments answered 5/8 = 0.625; questions answered 4/6 = 0.6667, all within the deadline;
//   first-reply hours [1, 2, 5, 26]: median (2+5)/2 = 3.5; p90: h = 3·0.9 = 2.7 → 5 + 0.7·(26−5) = 19.7.
// One mention of the period belongs to a non-owned source and one owned post lies before the period;
// neither may count.
import type { Mention, Source } from '../../../src/core/types.js';
import { mentionId } from '../../../src/core/ids.js';

export const FROM = '2026-11-16T00:00:00+07:00';
export const TO = '2026-11-23T00:00:00+07:00';

export const ownedSource: Source = {
  id: 'ig-pemkot',
  kind: 'instagram',
  url: 'https://www.instagram.com/pemkotjambi',
  name: 'Instagram Pemkot Jambi',
  everyMinutes: 60,
  render: false,
  owned: true,
  factcheck: false,
  options: { igUserId: '1784', cadence: '1d' },
};
export const quietSource: Source = { ...ownedSource, id: 'tg-pemkot', kind: 'telegram', url: 'https://t.me/s/pemkotjambi', name: undefined, options: {} };
export const otherSource: Source = { ...ownedSource, id: 'reddit-jambi', kind: 'reddit', url: 'https://www.reddit.com/r/jambi', owned: false };

function m(sourceId: string, id: string, wib: string, text: string, meta: Record<string, unknown>, author = 'warga'): Mention {
  const url = `https://www.instagram.com/p/X/c/${id}/`;
  return {
    id: mentionId(url),
    sourceId,
    kind: 'social',
    url,
    canonicalUrl: url,
    title: text.slice(0, 40),
    text,
    author,
    publishedAt: new Date(`${wib}+07:00`).toISOString(),
    fetchedAt: '2026-11-23T00:00:00.000Z',
    meta: { platform: 'instagram', platformId: id, ...meta },
  };
}

const own = (id: string, wib: string, text: string, replyTo?: string, threadId = 'p1') =>
  m('ig-pemkot', id, wib, text, { isOwned: true, authorHandle: 'pemkotjambi', threadId, ...(replyTo ? { replyTo } : {}) }, 'pemkotjambi');
const cit = (id: string, wib: string, text: string, handle: string, threadId = 'p1') =>
  m('ig-pemkot', id, wib, text, { isOwned: false, authorHandle: handle, replyTo: threadId, threadId }, handle);

export const mentions: Mention[] = [
  own('p0', '2026-11-14T09:00:00', 'Pengumuman sebelum periode'),
  own('p1', '2026-11-16T08:00:00', 'Selamat pagi! Pelayanan KTP keliling hari ini.'),
  own('p2', '2026-11-16T15:00:00', 'Jadwal car free day.'),
  own('p3', '2026-11-17T09:00:00', 'Info posko banjir.'),
  own('p4', '2026-11-20T10:00:00', 'Peresmian jembatan.'),
  cit('q1', '2026-11-16T09:00:00', 'Kapan jalan depan SD 47 diperbaiki min?', 'rina.jbi'),
  own('r1', '2026-11-16T10:00:00', 'Minggu depan, Kak.', 'q1'),
  cit('q2', '2026-11-16T10:00:00', 'Bagaimana cara daftar KTP keliling', 'budi_22'),
  own('r2', '2026-11-16T12:00:00', 'Cukup bawa KK, Kak.', 'q2'),
  cit('c7', '2026-11-16T11:00:00', 'Terima kasih infonya', 'siti.a'),
  own('r7', '2026-11-16T11:30:00', 'Sama-sama 🙏', 'c7'),
  cit('q3', '2026-11-17T10:00:00', 'Lampu jalan di Legok mati, tolong', 'dedi', 'p3'),
  own('r3', '2026-11-17T15:00:00', 'Sudah diteruskan ke Dishub.', 'q3', 'p3'),
  cit('q4', '2026-11-17T12:00:00', 'Posko terdekat dari Pasar di mana', 'andi.jbi', 'p3'),
  own('r4', '2026-11-18T14:00:00', '@andi.jbi posko ada di Kantor Lurah Pasar.', 'p3', 'p3'),
  cit('q5', '2026-11-17T13:00:00', 'Berapa biaya sedot lumpur drainase', 'wati', 'p3'),
  cit('c8', '2026-11-20T11:00:00', 'Mantap pak', 'yoga', 'p4'),
  cit('q6', '2026-11-20T16:00:00', 'Apakah kantor buka hari Sabtu?', 'nina', 'p4'),
  { ...m('reddit-jambi', 'x1', '2026-11-18T10:00:00', 'Kapan banjir surut?', { isOwned: false }), url: 'https://www.reddit.com/r/jambi/comments/x1/' },
];
