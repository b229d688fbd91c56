// The words of an alert, Indonesian first (English with lang "en"): what happened, now against
// usual, three example mentions with links, the office's facts on the matter if any, and a link to
// the issue. Channels lay the message out (Telegram HTML, Slack mrkdwn, e-mail, webhook JSON); the
// words are chosen once, here, when the message is queued.
import type { AlertEvent, AlertMessage, AlertRecord } from '../core/alerts.js';
import { zoneLabel, zoneOffsetMs } from '../core/time.js';

export type Lang = 'id' | 'en';

export interface MessageContext {
  lang: Lang;
  timezone: string;
  /** alerts.linkTemplate with {issue}, {key}, {alert}. */
  linkTemplate?: string;
  /** Labels of the related keys. */
  relatedLabels?: string[];
  facts?: { statement: string; url?: string }[];
  /** Title and link of the debunk of a hoax claim. */
  debunk?: { title: string; url: string };
}

const MONTHS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "30 Nov 13.00 WIB" (id) / "30 Nov 13:00 WIB" (en) in the office's zone. */
export function when(iso: string | number, lang: Lang, zone: string): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  const d = new Date(ms + zoneOffsetMs(zone, ms));
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${hh}${lang === 'id' ? '.' : ':'}${mm} ${zoneLabel(zone, ms)}`;
}

/** Local clock time only: "13.00" / "13:00". */
function clock(iso: string, lang: Lang, zone: string): string {
  const ms = Date.parse(iso);
  const d = new Date(ms + zoneOffsetMs(zone, ms));
  return `${String(d.getUTCHours()).padStart(2, '0')}${lang === 'id' ? '.' : ':'}${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

export function num(n: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: Number.isInteger(n) ? 0 : digits }).format(n);
}

/** "1 jam", "30 menit", "2 hari" / "1 hour", "30 minutes", "2 days". */
export function span(ms: number, lang: Lang): string {
  const m = Math.round(ms / 60_000);
  const [n, unit] = m % 1440 === 0 && m >= 1440 ? [m / 1440, 'd'] : m % 60 === 0 ? [m / 60, 'h'] : [m, 'm'];
  if (lang === 'id') return `${n} ${unit === 'd' ? 'hari' : unit === 'h' ? 'jam' : 'menit'}`;
  const word = unit === 'd' ? 'day' : unit === 'h' ? 'hour' : 'minute';
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function linkFor(alert: AlertRecord, template: string | undefined): string | undefined {
  if (!template) return undefined;
  return template
    .replaceAll('{issue}', encodeURIComponent(alert.issueId ?? alert.key))
    .replaceAll('{key}', encodeURIComponent(alert.key))
    .replaceAll('{alert}', encodeURIComponent(alert.id));
}

function titleOf(alert: AlertRecord, event: AlertEvent, lang: Lang): string {
  const id = lang === 'id';
  const l = alert.label;
  if (event === 'resolved') return id ? `Reda: ${l}` : `Resolved: ${l}`;
  if (event === 'update') {
    if (alert.kind === 'hoax-spread') return id ? `Hoaks makin menyebar: ${l}` : `Hoax spreading further: ${l}`;
    return id ? `Masih naik: ${l}` : `Still growing: ${l}`;
  }
  switch (alert.kind) {
    case 'negative-spike':
      return id ? `Lonjakan berita negatif: ${l}` : `Negative spike: ${l}`;
    case 'share-shift':
      return id ? `Porsi negatif naik: ${l}` : `Negative share rising: ${l}`;
    case 'hoax-spread':
      return id ? `Hoaks menyebar: ${l}` : `Hoax spreading: ${l}`;
    case 'watch':
      return id ? `Berita negatif tentang ${l}` : `Negative mention of ${l}`;
  }
}

/** The sentence with the numbers: now against usual. */
export function numbersLine(alert: AlertRecord, event: AlertEvent, lang: Lang, zone: string): string {
  const id = lang === 'id';
  const n = alert.numbers;
  const win = span(Date.parse(n.windowTo) - Date.parse(n.windowFrom), lang);
  const range = `${clock(n.windowFrom, lang, zone)}–${clock(n.windowTo, lang, zone)} ${zoneLabel(zone, Date.parse(n.windowTo))}`;
  const since = when(alert.startedAt, lang, zone);
  const usualHour = n.baselineDays > 0
    ? id
      ? `biasanya ${num(n.baseline, lang)} pada jam yang sama (rata-rata ${n.baselineDays} hari terakhir)`
      : `usually ${num(n.baseline, lang)} at this hour (average of the last ${n.baselineDays} days)`
    : id
      ? `biasanya sekitar ${num(n.baseline, lang)} (riwayat belum sampai sehari)`
      : `usually about ${num(n.baseline, lang)} (less than a day of history)`;
  switch (alert.kind) {
    case 'negative-spike': {
      if (event === 'update') {
        return id
          ? `Kini ${num(alert.size, lang)} berita/unggahan negatif sejak ${since} (peringatan sebelumnya: ${num(alert.notifiedSize, lang)}); ${num(n.negative, lang)} dalam ${win} terakhir, ${usualHour}.`
          : `Now ${num(alert.size, lang)} negative mentions since ${since} (last message: ${num(alert.notifiedSize, lang)}); ${num(n.negative, lang)} in the last ${win}, ${usualHour}.`;
      }
      if (event === 'resolved') {
        return id
          ? `${num(n.negative, lang)} berita negatif dalam ${win} terakhir (${range}), kembali mendekati biasa (${num(n.baseline, lang)}). Total ${num(alert.size, lang)} sejak ${since}.`
          : `${num(n.negative, lang)} negative mentions in the last ${win} (${range}), back near usual (${num(n.baseline, lang)}). ${num(alert.size, lang)} in all since ${since}.`;
      }
      const stories = n.stories !== undefined ? (id ? ` dari ${num(n.stories, lang)} cerita berbeda` : ` from ${num(n.stories, lang)} distinct stories`) : '';
      return id
        ? `${num(n.negative, lang)} berita/unggahan negatif dalam ${win} terakhir (${range})${stories}; ${usualHour}.`
        : `${num(n.negative, lang)} negative mentions in the last ${win} (${range})${stories}; ${usualHour}.`;
    }
    case 'share-shift': {
      const pct = (x: number) => `${num(Math.round(x * 100), lang)}%`;
      return id
        ? `${pct(n.share ?? 0)} negatif dalam ${win} terakhir (${num(n.negative, lang)} dari ${num(n.total, lang)} berita/unggahan); biasanya ${pct(n.baseline)} (${n.baselineDays} hari terakhir).`
        : `${pct(n.share ?? 0)} negative in the last ${win} (${num(n.negative, lang)} of ${num(n.total, lang)} mentions); usually ${pct(n.baseline)} (last ${n.baselineDays} days).`;
    }
    case 'hoax-spread':
      if (event === 'resolved') {
        return id
          ? `Tidak ada media/akun baru yang membawa klaim ini sejak beberapa jam; total ${num(alert.size, lang)} media/akun sejak ${since}.`
          : `No new outlet or account has carried the claim for hours; ${num(alert.size, lang)} in all since ${since}.`;
      }
      return id
        ? `Sudah dibawa ${num(n.sources ?? alert.size, lang)} media/akun berbeda dalam ${win} terakhir (pertama terlihat ${since}).`
        : `Carried by ${num(n.sources ?? alert.size, lang)} distinct outlets/accounts in the last ${win} (first seen ${since}).`;
    case 'watch':
      if (event === 'resolved') {
        return id
          ? `Tidak ada berita negatif baru dalam ${win} terakhir; total ${num(alert.size, lang)} sejak ${since}.`
          : `No new negative mention in the last ${win}; ${num(alert.size, lang)} in all since ${since}.`;
      }
      return id
        ? `${num(alert.size, lang)} berita/unggahan negatif sejak ${since}; ${num(n.negative, lang)} dalam ${win} terakhir.`
        : `${num(alert.size, lang)} negative mentions since ${since}; ${num(n.negative, lang)} in the last ${win}.`;
  }
}

export function buildMessage(alert: AlertRecord, event: Exclude<AlertEvent, 'digest' | 'test'>, ctx: MessageContext): AlertMessage {
  const { lang, timezone: zone } = ctx;
  const id = lang === 'id';
  const lines = [numbersLine(alert, event, lang, zone)];
  if (ctx.relatedLabels?.length) lines.push(id ? `Juga terlihat pada: ${ctx.relatedLabels.join(', ')}.` : `Also seen in: ${ctx.relatedLabels.join(', ')}.`);
  if (ctx.debunk) lines.push(id ? `Bantahan: ${ctx.debunk.title} ${ctx.debunk.url}` : `Debunk: ${ctx.debunk.title} ${ctx.debunk.url}`);
  if (event !== 'resolved') {
    lines.push(id ? `Tandai sudah ditangani: pantau alerts ack ${alert.id}` : `Mark as handled: pantau alerts ack ${alert.id}`);
  }
  return {
    event,
    lang,
    title: titleOf(alert, event, lang),
    lines,
    samples: event === 'resolved' ? [] : alert.samples.slice(0, 3).map((s) => ({
      title: s.title,
      url: s.url,
      source: s.author ? `${s.sourceId} @${s.author.replace(/^@/, '')}` : s.sourceId,
      ...(s.publishedAt ? { when: when(s.publishedAt, lang, zone) } : {}),
    })),
    facts: event === 'resolved' ? [] : (ctx.facts ?? []).slice(0, 3),
    ...(linkFor(alert, ctx.linkTemplate) ? { link: linkFor(alert, ctx.linkTemplate) } : {}),
    alert,
  };
}

/** One message gathering what quiet hours held back. */
export function buildDigest(alerts: readonly AlertRecord[], fromMs: number, toMs: number, ctx: MessageContext): AlertMessage {
  const { lang, timezone: zone } = ctx;
  const id = lang === 'id';
  const n = alerts.length;
  return {
    event: 'digest',
    lang,
    title: id
      ? `Ringkasan jam tenang (${when(fromMs, lang, zone)} – ${when(toMs, lang, zone)}): ${n} peringatan`
      : `Quiet-hours digest (${when(fromMs, lang, zone)} – ${when(toMs, lang, zone)}): ${n} alert${n === 1 ? '' : 's'}`,
    lines: [],
    samples: [],
    facts: [],
    items: alerts.map((a) => {
      const event = a.status === 'resolved' ? 'resolved' : 'alert';
      const status = a.status === 'resolved' ? (id ? ' (sudah reda)' : ' (resolved)') : '';
      const link = linkFor(a, ctx.linkTemplate);
      return { title: `${titleOf(a, 'alert', lang)}${status}`, line: numbersLine(a, event, lang, zone), ...(link ? { link } : {}) };
    }),
    alerts: [...alerts],
  };
}

export function buildTestMessage(channel: string, nowMs: number, ctx: Pick<MessageContext, 'lang' | 'timezone'>): AlertMessage {
  const id = ctx.lang === 'id';
  return {
    event: 'test',
    lang: ctx.lang,
    title: id ? 'Pesan uji Pantau' : 'Pantau test message',
    lines: [id ? `Kanal "${channel}" tersambung; dikirim ${when(nowMs, ctx.lang, ctx.timezone)}.` : `Channel "${channel}" works; sent ${when(nowMs, ctx.lang, ctx.timezone)}.`],
    samples: [],
    facts: [],
  };
}

/** Plain-text body (e-mail, Slack fallback, logs). */
export function plainText(m: AlertMessage): string {
  const id = m.lang === 'id';
  const out: string[] = [m.title, '', ...m.lines];
  if (m.samples.length) {
    out.push('', id ? 'Contoh:' : 'Examples:');
    for (const s of m.samples) out.push(`- ${s.title} — ${s.source}${s.when ? `, ${s.when}` : ''}`, `  ${s.url}`);
  }
  if (m.facts.length) {
    out.push('', id ? 'Fakta terkait:' : 'Related facts:');
    for (const f of m.facts) out.push(`- ${f.statement}${f.url ? ` ${f.url}` : ''}`);
  }
  if (m.items?.length) {
    for (const it of m.items) out.push('', `- ${it.title}`, `  ${it.line}`, ...(it.link ? [`  ${it.link}`] : []));
  }
  if (m.link) out.push('', `${id ? 'Lihat isu' : 'See the issue'}: ${m.link}`);
  return out.join('\n');
}
