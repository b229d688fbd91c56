// Telegram Bot API sendMessage (HTML parse mode). The bot token comes from the environment; apiBase
// points at https://api.telegram.org or a test server. Telegram answers {"ok": false, "error_code":
// 429, "parameters": {"retry_after": N}} when flooded: that wait is honoured.
import type { AlertMessage } from '../../core/alerts.js';
import { ConfigError, PermanentError, RateLimitedError } from '../../core/errors.js';
import { postJson } from './http.js';
import type { Channel, SendContext } from './types.js';

const esc = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const attr = (s: string): string => esc(s).replaceAll('"', '&quot;');
/** Telegram's limit for one message. */
const MAX = 4096;

export function telegramHtml(m: AlertMessage): string {
  const id = m.lang === 'id';
  const out = [`<b>${esc(m.title)}</b>`, ...m.lines.map(esc)];
  if (m.samples.length) {
    out.push('', `<i>${id ? 'Contoh' : 'Examples'}:</i>`);
    for (const s of m.samples) out.push(`• <a href="${attr(s.url)}">${esc(s.title)}</a> — ${esc(s.source)}${s.when ? `, ${esc(s.when)}` : ''}`);
  }
  if (m.facts.length) {
    out.push('', `<i>${id ? 'Fakta terkait' : 'Related facts'}:</i>`);
    for (const f of m.facts) out.push(`• ${esc(f.statement)}${f.url ? ` <a href="${attr(f.url)}">${id ? 'sumber' : 'source'}</a>` : ''}`);
  }
  for (const it of m.items ?? []) out.push('', `• <b>${esc(it.title)}</b>`, esc(it.line), ...(it.link ? [`<a href="${attr(it.link)}">${id ? 'lihat' : 'open'}</a>`] : []));
  if (m.link) out.push('', `<a href="${attr(m.link)}">${id ? 'Lihat isu' : 'See the issue'}</a>`);
  let text = out.join('\n');
  // Cut whole lines so no tag is left open.
  while (text.length > MAX) {
    const cut = text.lastIndexOf('\n', MAX - 2);
    text = `${text.slice(0, cut > 0 ? cut : MAX - 2)}\n…`;
  }
  return text;
}

export function telegramChannel(opts: { id: string; chatId: string; tokenEnv: string; apiBase: string; lang?: 'id' | 'en'; timeoutMs: number; env?: NodeJS.ProcessEnv }): Channel {
  const env = opts.env ?? process.env;
  const what = `channel ${opts.id} (telegram)`;
  return {
    id: opts.id,
    kind: 'telegram',
    lang: opts.lang,
    async send(m: AlertMessage, ctx: SendContext) {
      const token = env[opts.tokenEnv];
      if (!token) throw new ConfigError(`channel ${opts.id}: missing secret: set the environment variable ${opts.tokenEnv} to the bot token`);
      const url = `${opts.apiBase.replace(/\/+$/, '')}/bot${token}/sendMessage`;
      const body = JSON.stringify({ chat_id: opts.chatId, text: telegramHtml(m), parse_mode: 'HTML', disable_web_page_preview: true });
      let res;
      try {
        res = await postJson(what, url, body, {}, opts.timeoutMs, ctx.signal);
      } catch (e) {
        // A 429 says how long to wait in its JSON body rather than in a header.
        if (e instanceof RateLimitedError) {
          const m = /"retry_after"\s*:\s*(\d+)/.exec(e.message);
          if (m) throw new RateLimitedError(e.message, Number(m[1]) * 1000);
        }
        throw e;
      }
      let ok = false;
      try {
        ok = (JSON.parse(res.body) as { ok?: unknown }).ok === true;
      } catch {
        /* not JSON */
      }
      if (!ok) throw new PermanentError(`${what}: the Bot API did not confirm the message: ${res.body.slice(0, 200)}`);
    },
  };
}
