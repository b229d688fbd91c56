// Slack incoming webhook ({"text": …} in mrkdwn), which Mattermost and Rocket.Chat accept too. The
// webhook URL is the secret, so it comes from the environment only.
import type { AlertMessage } from '../../core/alerts.js';
import { ConfigError } from '../../core/errors.js';
import { postJson } from './http.js';
import type { Channel, SendContext } from './types.js';

const esc = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const link = (url: string, text: string): string => `<${url.replaceAll('|', '%7C').replaceAll('>', '%3E')}|${esc(text).replaceAll('|', '¦')}>`;

export function slackText(m: AlertMessage): string {
  const id = m.lang === 'id';
  const out = [`*${esc(m.title)}*`, ...m.lines.map(esc)];
  if (m.samples.length) {
    out.push(id ? '_Contoh:_' : '_Examples:_');
    for (const s of m.samples) out.push(`• ${link(s.url, s.title)} — ${esc(s.source)}${s.when ? `, ${esc(s.when)}` : ''}`);
  }
  if (m.facts.length) {
    out.push(id ? '_Fakta terkait:_' : '_Related facts:_');
    for (const f of m.facts) out.push(`• ${esc(f.statement)}${f.url ? ` ${link(f.url, id ? 'sumber' : 'source')}` : ''}`);
  }
  for (const it of m.items ?? []) out.push(`• *${esc(it.title)}* — ${esc(it.line)}${it.link ? ` ${link(it.link, id ? 'lihat' : 'open')}` : ''}`);
  if (m.link) out.push(link(m.link, id ? 'Lihat isu' : 'See the issue'));
  return out.join('\n');
}

export function slackChannel(opts: { id: string; urlEnv: string; lang?: 'id' | 'en'; timeoutMs: number; env?: NodeJS.ProcessEnv }): Channel {
  const env = opts.env ?? process.env;
  return {
    id: opts.id,
    kind: 'slack',
    lang: opts.lang,
    async send(m: AlertMessage, ctx: SendContext) {
      const url = env[opts.urlEnv];
      if (!url) throw new ConfigError(`channel ${opts.id}: missing secret: set the environment variable ${opts.urlEnv} to the incoming-webhook URL`);
      await postJson(`channel ${opts.id} (slack)`, url, JSON.stringify({ text: slackText(m), unfurl_links: false }), {}, opts.timeoutMs, ctx.signal);
    },
  };
}
