// The HTTP server of `pantau serve`: Fastify with TypeBox schemas on every input (validated, and the
// OpenAPI document generated from them), helmet's security headers with a strict CSP, session
// logins, the API routes and the dashboard's static files. It reads and writes only through the
// Store interface and the functions the CLI wires in (the map builder, alert acknowledgement, the
// channel audit), so it knows neither SQL nor the analyzers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { InputError, StoreUnavailableError } from '../core/errors.js';
import { registerAuth } from './auth.js';
import { registerEtags } from './etag.js';
import { registerRoutes, type ServerDeps } from './routes/index.js';

export type { ServerDeps } from './routes/index.js';

export interface ServerOptions {
  /** Serve HTTPS with these PEM contents. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  trustProxy?: boolean | string | string[];
  sessionHours?: number;
  loginPerMinute?: number;
  /** Folder of the built dashboard (default: dist/dashboards/web of this package). */
  webRoot?: string;
  /** Write request errors (5xx) to stderr. */
  logErrors?: boolean;
}

/** dist/dashboards/web of this package, whether this file runs from dist/ or from the sources. */
export function defaultWebRoot(): string {
  const here = dirname(new URL(import.meta.url).pathname);
  // dist/src/server → dist; src/server → the package root, whose build is in dist/.
  const up = join(here, '..', '..');
  return here.includes(`${join('dist', 'src')}`) ? join(up, 'dashboards', 'web') : join(up, 'dist', 'dashboards', 'web');
}

let chartJs: Buffer | undefined;
function chartFile(): Buffer {
  if (!chartJs) {
    const require = createRequire(import.meta.url);
    chartJs = readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'));
  }
  return chartJs;
}

type ValidationItem = { instancePath?: string; message?: string; params?: Record<string, unknown> };

/** "querystring.limit: must be <= 200, got 500" — one line, the field and what was wrong. */
export function validationMessage(err: FastifyError & { validation?: ValidationItem[]; validationContext?: string }, input: unknown): string {
  const ctx = err.validationContext ?? 'input';
  const first = err.validation?.[0];
  if (!first) return err.message;
  const path = (first.instancePath ?? '').split('/').filter(Boolean);
  const field = [ctx, ...path].join('.');
  if (first.params && 'additionalProperty' in first.params) return `${ctx}: unknown field "${String(first.params.additionalProperty)}"`;
  if (first.params && 'missingProperty' in first.params) return `${ctx}.${[...path, String(first.params.missingProperty)].join('.')}: required`;
  let got: unknown = input;
  for (const p of path) got = got && typeof got === 'object' ? (got as Record<string, unknown>)[p] : undefined;
  const shown = got === undefined ? '' : `, got ${JSON.stringify(got)?.slice(0, 80)}`;
  return `${field}: ${first.message ?? 'invalid'}${shown}`;
}

export async function buildServer(deps: ServerDeps, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const fopts: FastifyServerOptions & { https?: unknown } = {
    logger: false,
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 256 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    ...(opts.tls ? { https: { cert: opts.tls.cert, key: opts.tls.key } } : {}),
  };
  const app = Fastify(fopts as FastifyServerOptions).withTypeProvider<TypeBoxTypeProvider>() as unknown as FastifyInstance;
  const now = deps.now ?? Date.now;

  app.setErrorHandler((err: FastifyError & { validation?: ValidationItem[]; validationContext?: string }, req, reply) => {
    const send = (code: number, error: string, message: string) => reply.code(code).type('application/json; charset=utf-8').send({ statusCode: code, error, message });
    if (err.validation) {
      const src = err.validationContext === 'body' ? req.body : err.validationContext === 'params' ? req.params : req.query;
      return send(400, 'Bad Request', validationMessage(err, src));
    }
    if (err instanceof InputError) return send(400, 'Bad Request', err.message);
    if (err instanceof StoreUnavailableError) return send(503, 'Service Unavailable', `store unavailable: ${err.message}`);
    const code = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (code >= 400 && code < 500) return send(code, code === 429 ? 'Too Many Requests' : code === 415 ? 'Unsupported Media Type' : 'Bad Request', err.message);
    if (opts.logErrors) process.stderr.write(`pantau serve: ${req.method} ${req.url}: ${(err as Error).stack ?? err}\n`);
    return send(500, 'Internal Server Error', 'internal error (see the server log)');
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).type('application/json; charset=utf-8').send({ statusCode: 404, error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` }),
  );

  await app.register(helmet, {
    // No inline script or style anywhere: the dashboard is files from 'self', and crawled text is
    // only ever set as text.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    hsts: opts.tls ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Pantau API', version: '1', description: 'Mentions, issue map, alerts, sources, facts, audit and corrections of a Pantau office. Log in with POST /api/login; send the X-CSRF-Token header on every write.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pantau_session' } } },
      security: [{ session: [] }],
    },
  });

  registerAuth(app, {
    store: deps.store,
    sessionHours: opts.sessionHours ?? 12,
    loginPerMinute: opts.loginPerMinute ?? 10,
    secure: (req) => Boolean(opts.tls) || (Boolean(opts.trustProxy) && req.protocol === 'https'),
    now,
  });
  registerEtags(app);
  registerRoutes(app, deps);

  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/vendor/chart.umd.min.js', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(chartFile()),
  );
  await app.register(fastifyStatic, { root: opts.webRoot ?? defaultWebRoot(), index: ['index.html'], wildcard: true, serve: true, decorateReply: false });
  return app;
}
