// E-mail through SMTP with nodemailer (a well-kept library that speaks SMTP, STARTTLS, auth and
// MIME correctly, instead of our own client). Credentials come from the environment; without them
// the server is used without authentication (an office relay). The Message-ID derives from the
// idempotency key, so a message sent again after a crash is recognisably the same one.
import nodemailer, { type Transporter } from 'nodemailer';
import type { AlertMessage } from '../../core/alerts.js';
import { PermanentError, TransientError } from '../../core/errors.js';
import { plainText } from '../message.js';
import type { Channel, SendContext } from './types.js';

const esc = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function emailHtml(m: AlertMessage): string {
  const id = m.lang === 'id';
  const p = m.lines.map((l) => `<p>${esc(l)}</p>`).join('');
  const samples = m.samples.length
    ? `<p><i>${id ? 'Contoh' : 'Examples'}:</i></p><ul>${m.samples.map((s) => `<li><a href="${esc(s.url)}">${esc(s.title)}</a> — ${esc(s.source)}${s.when ? `, ${esc(s.when)}` : ''}</li>`).join('')}</ul>`
    : '';
  const facts = m.facts.length
    ? `<p><i>${id ? 'Fakta terkait' : 'Related facts'}:</i></p><ul>${m.facts.map((f) => `<li>${esc(f.statement)}${f.url ? ` <a href="${esc(f.url)}">${id ? 'sumber' : 'source'}</a>` : ''}</li>`).join('')}</ul>`
    : '';
  const items = (m.items ?? []).map((it) => `<p><b>${esc(it.title)}</b><br>${esc(it.line)}${it.link ? ` <a href="${esc(it.link)}">${id ? 'lihat' : 'open'}</a>` : ''}</p>`).join('');
  const link = m.link ? `<p><a href="${esc(m.link)}">${id ? 'Lihat isu' : 'See the issue'}</a></p>` : '';
  return `<!doctype html><html lang="${m.lang}"><body><h3>${esc(m.title)}</h3>${p}${samples}${facts}${items}${link}</body></html>`;
}

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
}

export function emailChannel(opts: {
  id: string;
  to: string[];
  from: string;
  host: string;
  port: number;
  secure: boolean;
  userEnv: string;
  passEnv: string;
  lang?: 'id' | 'en';
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}): Channel {
  const env = opts.env ?? process.env;
  const what = `channel ${opts.id} (email)`;
  let transport: Transporter | undefined;
  const transporter = (): Transporter => {
    if (!transport) {
      const user = env[opts.userEnv];
      const pass = env[opts.passEnv];
      transport = nodemailer.createTransport({
        host: opts.host,
        port: opts.port,
        secure: opts.secure,
        ...(user ? { auth: { user, pass: pass ?? '' } } : {}),
        connectionTimeout: opts.timeoutMs,
        greetingTimeout: opts.timeoutMs,
        socketTimeout: opts.timeoutMs,
      });
    }
    return transport;
  };
  return {
    id: opts.id,
    kind: 'email',
    lang: opts.lang,
    async send(m: AlertMessage, ctx: SendContext) {
      const local = ctx.idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 120);
      try {
        await transporter().sendMail({
          from: opts.from,
          to: opts.to,
          subject: `[Pantau] ${m.title}`,
          text: plainText(m),
          html: emailHtml(m),
          messageId: `<${local}@pantau.invalid>`,
          headers: { 'X-Pantau-Idempotency-Key': ctx.idempotencyKey },
        });
      } catch (e) {
        const err = e as SmtpError;
        const code = err.responseCode;
        // 5xx replies (no such mailbox, relay refused) and failed auth will not get better by retrying.
        if ((code !== undefined && code >= 500) || err.code === 'EAUTH' || err.code === 'EENVELOPE') {
          throw new PermanentError(`${what}: ${err.message}`, 'smtp', { cause: e });
        }
        throw new TransientError(`${what}: ${err.message}`, 'smtp', { cause: e });
      }
    },
    async close() {
      transport?.close();
    },
  };
}
