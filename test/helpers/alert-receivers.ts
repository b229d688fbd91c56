// Loopback receivers for the alert channels: a webhook server that verifies the HMAC signature, a
// server shaped like the Telegram Bot API, a Slack-shaped incoming webhook, and an SMTP server from
// the smtp-server package. Each records what it accepted; `failFirst` makes it answer 503 that many
// times before accepting.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { verifySignature } from '../../src/alerts/channels/webhook.js';

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: unknown;
}

export interface HttpReceiver {
  url: string;
  accepted: Received[];
  /** Requests answered with an error (failFirst, bad signature…). */
  refused: Received[];
  failFirst: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function httpReceiver(handle: (r: Received, res: ServerResponse, self: HttpReceiver) => boolean): Promise<HttpReceiver> {
  const self: HttpReceiver = { url: '', accepted: [], refused: [], failFirst: 0, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    const r: Received = { path: req.url ?? '', headers: req.headers, body, json };
    if (self.failFirst > 0) {
      self.failFirst--;
      self.refused.push(r);
      res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      return;
    }
    if (handle(r, res, self)) self.accepted.push(r);
    else self.refused.push(r);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  self.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return self;
}

/** Accepts only a valid signature over "<timestamp>.<body>" within five minutes of `now()`. */
export function webhookReceiver(secret: string, now: () => number = Date.now): Promise<HttpReceiver> {
  return httpReceiver((r, res) => {
    const ok = verifySignature(secret, r.headers['x-pantau-timestamp'] as string | undefined, r.body, r.headers['x-pantau-signature'] as string | undefined, now());
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok }));
    return ok;
  });
}

/** POST /bot<token>/sendMessage with {chat_id, text}: {"ok": true, "result": {...}} as the Bot API answers. */
export function telegramReceiver(token: string): Promise<HttpReceiver> {
  let id = 0;
  return httpReceiver((r, res) => {
    const body = r.json as { chat_id?: unknown; text?: unknown } | undefined;
    if (r.path !== `/bot${token}/sendMessage`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' }));
      return false;
    }
    if (!body?.chat_id || typeof body.text !== 'string') {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: message text is empty' }));
      return false;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: { message_id: ++id, chat: { id: body.chat_id }, text: body.text } }));
    return true;
  });
}

/** An incoming webhook: {"text": …} → 200 "ok", as Slack (and Mattermost) answer. */
export function slackReceiver(): Promise<HttpReceiver> {
  return httpReceiver((r, res) => {
    const ok = typeof (r.json as { text?: unknown } | undefined)?.text === 'string';
    res.writeHead(ok ? 200 : 400, { 'content-type': 'text/plain' }).end(ok ? 'ok' : 'invalid_payload');
    return ok;
  });
}

export interface SmtpReceiver {
  port: number;
  mails: { from: string; to: string[]; raw: string }[];
  close(): Promise<void>;
}

/** A plain SMTP server on loopback (no TLS), accepting user/pass when given. */
export async function smtpReceiver(auth?: { user: string; pass: string }): Promise<SmtpReceiver> {
  const mails: SmtpReceiver['mails'] = [];
  const server = new SMTPServer({
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(a, _session, cb) {
      if (auth && a.username === auth.user && a.password === auth.pass) cb(null, { user: a.username });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((x) => x.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
