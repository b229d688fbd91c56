// Logins and the guard of every API route: a session cookie (HttpOnly, SameSite=Strict, Secure
// behind TLS) whose token only the browser has (the store keeps its sha256), a CSRF token per
// session that every write must echo in the X-CSRF-Token header, roles (pimpinan reads only), and a
// rate limit on login attempts.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../core/types.js';
import type { WebRole, WebSession } from '../core/web.js';
import { dummyHash, verifyPassword } from './password.js';
import { ErrorBody } from './schemas.js';

export const SESSION_COOKIE = 'pantau_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthUser {
  username: string;
  role: WebRole;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
    session?: WebSession;
  }
}

export interface AuthOptions {
  store: Store;
  sessionHours: number;
  loginPerMinute: number;
  /** Cookies get Secure: the server speaks TLS itself, or the trusted proxy said https. */
  secure: (req: FastifyRequest) => boolean;
  now: () => number;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Routes that answer without a session. */
const PUBLIC = new Set(['GET /api/openapi.json', 'POST /api/login', 'GET /api/health', 'GET /api/session']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function fail(reply: FastifyReply, code: number, error: string, message: string): FastifyReply {
  return reply.code(code).type('application/json; charset=utf-8').send({ statusCode: code, error, message });
}

const SessionBody = Type.Object({ username: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('humas'), Type.Literal('pimpinan')]), csrf: Type.String() });

export function registerAuth(app: FastifyInstance, opts: AuthOptions): void {
  const { store } = opts;

  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (!path.startsWith('/api/')) return;
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      const s = await store.getSession(sha256(token));
      if (s && Date.parse(s.expiresAt) > opts.now()) {
        const u = await store.getUser(s.username);
        if (u) {
          req.user = { username: u.username, role: u.role };
          req.session = s;
        }
      }
    }
    const route = `${req.method} ${path}`;
    if (PUBLIC.has(route) || (req.method === 'HEAD' && PUBLIC.has(`GET ${path}`))) return;
    if (!req.user) return fail(reply, 401, 'Unauthorized', 'log in first (POST /api/login)');
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const csrf = req.headers[CSRF_HEADER];
    if (typeof csrf !== 'string' || !sameToken(csrf, req.session!.csrf)) {
      return fail(reply, 403, 'Forbidden', `missing or wrong CSRF token: send the session's token in the ${CSRF_HEADER} header`);
    }
    if (route === 'POST /api/logout') return;
    if (req.user.role === 'pimpinan') return fail(reply, 403, 'Forbidden', 'the pimpinan role reads only; corrections and acknowledgements need humas or admin');
  });

  app.post(
    '/api/login',
    {
      config: { rateLimit: { max: opts.loginPerMinute, timeWindow: 60_000 } },
      schema: {
        summary: 'Log in; sets the session cookie and returns the CSRF token for writes',
        tags: ['auth'],
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false }),
        response: { 200: SessionBody, 401: ErrorBody },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body as { username: string; password: string };
      const u = await store.getUser(username);
      const ok = await verifyPassword(password, u?.passwordHash ?? (await dummyHash()));
      if (!u || !ok) return fail(reply, 401, 'Unauthorized', 'wrong username or password');
      const token = randomBytes(32).toString('base64url');
      const now = opts.now();
      const session: WebSession = {
        id: sha256(token),
        username: u.username,
        csrf: randomBytes(24).toString('base64url'),
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + opts.sessionHours * 3_600_000).toISOString(),
      };
      await store.deleteSessions({ expiredBefore: new Date(now).toISOString() });
      await store.putSession(session);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: opts.secure(req),
        maxAge: Math.round(opts.sessionHours * 3600),
      });
      return { username: u.username, role: u.role, csrf: session.csrf };
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        summary: 'Whether this browser is logged in; if so the user, role and CSRF token',
        tags: ['auth'],
        response: { 200: Type.Object({ loggedIn: Type.Boolean(), username: Type.Optional(Type.String()), role: Type.Optional(Type.String()), csrf: Type.Optional(Type.String()) }) },
      },
    },
    // Answers 200 either way, so a page that is not logged in yet logs no failed request.
    async (req) => (req.user ? { loggedIn: true, username: req.user.username, role: req.user.role, csrf: req.session!.csrf } : { loggedIn: false }),
  );

  app.post(
    '/api/logout',
    { schema: { summary: 'Log out (ends the session)', tags: ['auth'], response: { 200: Type.Object({ ok: Type.Boolean() }) } } },
    async (req, reply) => {
      await store.deleteSession(req.session!.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
}
