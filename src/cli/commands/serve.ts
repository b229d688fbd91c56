// `pantau serve [--port N] [--host H] --config CFG`: the dashboard and HTTP API from the store, on
// the same machine as `pantau run`. Loopback by default; another address only with server.tls or
// server.trustProxy. Prints the address it listens on (port 0 picks a free one).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError, InputError } from '../../core/errors.js';
import type { GlobalOpts } from '../runtime.js';

interface ServeOpts extends GlobalOpts {
  port?: string;
  host?: string;
}

function readPem(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ConfigError(`server.tls.${what}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
}

async function runServe(opts: ServeOpts): Promise<void> {
  const [{ makeLogger, openStore, readConfig }, { buildServer }, { checkBind }, { serverDeps }] = await Promise.all([
    import('../runtime.js'),
    import('../../server/app.js'),
    import('../../server/bind.js'),
    import('../serve-runtime.js'),
  ]);
  const config = readConfig(opts);
  const host = opts.host ?? config.server.host;
  const port = opts.port !== undefined ? Number(opts.port) : config.server.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port: expected a port number 0–65535, got "${opts.port}"`);
  checkBind(host, { tls: Boolean(config.server.tls), trustProxy: config.server.trustProxy });
  const tls = config.server.tls ? { cert: readPem(config.server.tls.cert, 'cert'), key: readPem(config.server.tls.key, 'key') } : undefined;
  const log = makeLogger('info');
  const store = await openStore(config, log);
  const app = await buildServer(await serverDeps(config, store, log), {
    ...(tls ? { tls } : {}),
    trustProxy: config.server.trustProxy,
    sessionHours: config.server.sessionHours,
    loginPerMinute: config.server.loginPerMinute,
    logErrors: true,
  });
  const users = await store.listUsers();
  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (e) {
    await store.close();
    throw new ConfigError(`cannot listen on ${host}:${port}: ${(e as Error).message}`);
  }
  process.stdout.write(`pantau serve: listening on ${address}\n`);
  if (!users.length) process.stdout.write('pantau serve: no accounts yet — add one with `pantau users add NAME --role admin`\n');
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web dashboard and HTTP API (default http://127.0.0.1:8080)')
    .option('-p, --port <n>', 'port (default server.port, 8080; 0 = any free port)')
    .option('--host <host>', 'address to listen on (default server.host, 127.0.0.1; others need server.tls or server.trustProxy)')
    .option('-c, --config <file>', 'config file (default: $PANTAU_CONFIG or ./pantau.config.yaml)')
    .action(async (opts: ServeOpts, c: Command) => runServe({ ...c.optsWithGlobals(), ...opts }));
}
