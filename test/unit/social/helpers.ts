// Shared bits for the social connector tests: a polite HTTP client that trusts the loopback fixture
// server and retries fast, an in-memory CrawlContext that records reports and source state, sources.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../../src/core/config.js';
import { silentLogger } from '../../../src/core/log.js';
import type { CrawlContext, Logger, RawItem, Source, SourceKind, SourceState } from '../../../src/core/types.js';
import { afterEach, beforeEach } from 'vitest';
import { createHttpClient, type HttpClient } from '../../../crawlers/shared/http.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';

export function testHttp(): HttpClient {
  const crawl = parseConfig({}, { env: {} }).crawl;
  return createHttpClient({
    ...crawl,
    perHostIntervalMs: 0,
    timeoutMs: 3000,
    retries: 1,
    log: silentLogger,
    trustedHosts: ['127.0.0.1'],
    retryBaseMs: 5,
    maxRetryAfterMs: 3000,
    defaultRateLimitMs: 50,
  });
}

/** Per test: a fresh loopback fixture server and HTTP client, handed to `use`, both closed after it. */
export function useLoopback(use: (srv: FixtureServer, http: HttpClient) => void): void {
  let srv: FixtureServer;
  let http: HttpClient;
  beforeEach(async () => {
    srv = await startFixtureServer();
    http = testHttp();
    use(srv, http);
  });
  afterEach(async () => {
    await http.close();
    await srv.close();
  });
}

/** A logger that keeps warn/error lines, so tests can check that a skipped payload was logged. */
export function recordingLogger(): Logger & { lines: { level: string; obj: unknown; msg?: string }[] } {
  const lines: { level: string; obj: unknown; msg?: string }[] = [];
  const log = {
    lines,
    debug() {},
    info() {},
    warn: (obj: object | string, msg?: string) => void lines.push({ level: 'warn', obj, msg }),
    error: (obj: object | string, msg?: string) => void lines.push({ level: 'error', obj, msg }),
    child: () => log,
  };
  return log;
}

export interface TestContext extends CrawlContext {
  reports: { disposition: string; url: string; reason: string }[];
  states: Map<string, SourceState>;
}

export function testContext(states = new Map<string, SourceState>(), log: Logger = silentLogger): TestContext {
  const reports: TestContext['reports'] = [];
  return {
    signal: new AbortController().signal,
    log,
    reports,
    states,
    isKnownUrl: async () => false,
    getFetchState: async () => undefined,
    putFetchState: async () => {},
    getSourceState: async (id) => states.get(id),
    putSourceState: async (s) => void states.set(s.sourceId, s),
    report: (disposition, url, reason) => void reports.push({ disposition, url, reason }),
  };
}

export function source(kind: SourceKind, url: string, options: Record<string, unknown> = {}, extra: Partial<Source> = {}): Source {
  return { id: `test-${kind}`, kind, url, everyMinutes: 15, render: false, owned: false, factcheck: false, options, ...extra };
}

export async function collect(it: AsyncIterable<RawItem>): Promise<RawItem[]> {
  const out: RawItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export async function failure(it: AsyncIterable<RawItem>): Promise<Error> {
  try {
    await collect(it);
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the crawl to fail');
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/social/${name}`, import.meta.url)), 'utf8');
}

export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
