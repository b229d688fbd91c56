// Parses Telegram's public channel web preview (https://t.me/s/<channel>): one
// div.tgme_widget_message[data-post="<channel>/<id>"] per post, its text in .tgme_widget_message_text,
// its time in a.tgme_widget_message_date > time[datetime], views in .tgme_widget_message_views
// ("1.2K"), reactions in .tgme_reaction, and a reply quote in a.tgme_widget_message_reply.
import { loadHtml } from '../shared/html-load.js';

export interface TelegramPost {
  channel: string;
  id: string;
  text: string;
  author?: string;
  publishedAt: Date;
  views?: number;
  reactions?: number;
  replyTo?: string;
  service: boolean;
  hasMedia: boolean;
}

export interface TelegramPage {
  /** False when the page is not a channel preview at all (private channel, wrong URL, error page). */
  isPreview: boolean;
  channelTitle?: string;
  posts: TelegramPost[];
  /** Messages that could not be read: reference (data-post or position) and why. */
  problems: { ref: string; reason: string }[];
}

/** "987", "1.2K", "15K", "2.1M" → number. */
export function parseCount(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const m = /^\s*([\d.,]+)\s*([KkMm]?)\s*$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  if (!Number.isFinite(n)) return undefined;
  const mult = m[2]!.toLowerCase() === 'k' ? 1e3 : m[2]!.toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(n * mult);
}

/** Message text with line breaks kept: <br> and emoji images become text before .text() reads it. */
function cleanLines(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parseTelegramPage(html: string): TelegramPage {
  const $ = loadHtml(html);
  const messages = $('.tgme_widget_message[data-post]');
  const isPreview = messages.length > 0 || $('.tgme_channel_info, .tgme_channel_history, .tgme_widget_message_wrap').length > 0;
  const page: TelegramPage = {
    isPreview,
    channelTitle: $('.tgme_channel_info_header_title').first().text().trim() || undefined,
    posts: [],
    problems: [],
  };
  messages.each((i, node) => {
    const el = $(node);
    const dataPost = el.attr('data-post') ?? '';
    const m = /^([A-Za-z0-9_]+)\/(\d+)$/.exec(dataPost.trim());
    if (!m) {
      page.problems.push({ ref: dataPost || `message #${i + 1}`, reason: `unreadable data-post "${dataPost}"` });
      return;
    }
    const datetime = el.find('.tgme_widget_message_date time[datetime], time[datetime]').first().attr('datetime');
    const publishedAt = datetime ? new Date(datetime) : undefined;
    if (!publishedAt || Number.isNaN(publishedAt.getTime())) {
      page.problems.push({ ref: dataPost, reason: `no readable date (time[datetime]="${datetime ?? ''}")` });
      return;
    }
    // The reply quote sits inside the bubble, outside the message text; its href ends in the post id.
    const replyHref = el.find('a.tgme_widget_message_reply').attr('href') ?? '';
    const reply = /\/(\d+)(?:\?.*)?$/.exec(replyHref);
    let reactions = 0;
    let anyReaction = false;
    el.find('.tgme_reaction').each((_, r) => {
      const n = parseCount($(r).text().replace(/[^\d.,KkMm]/g, ''));
      if (n !== undefined) {
        reactions += n;
        anyReaction = true;
      }
    });
    // Mutating the parsed tree is fine: each message is read once.
    const body = el.find('.tgme_widget_message_text').first();
    body.find('br').replaceWith('\n');
    body.find('i.emoji').each((_, e) => void $(e).replaceWith($(e).text()));
    const text = cleanLines(body.text());
    page.posts.push({
      channel: m[1]!,
      id: m[2]!,
      text,
      author: el.find('.tgme_widget_message_owner_name').first().text().trim() || undefined,
      publishedAt,
      views: parseCount(el.find('.tgme_widget_message_views').first().text()),
      reactions: anyReaction ? reactions : undefined,
      replyTo: reply ? reply[1] : undefined,
      service: el.hasClass('service_message'),
      hasMedia: el.find('.tgme_widget_message_photo_wrap, .tgme_widget_message_video_player, .tgme_widget_message_document').length > 0,
    });
  });
  return page;
}
