// Importing the saved objects into Kibana through its saved-objects import API:
//   POST {KIBANA}/[s/{space}/]api/saved_objects/_import?overwrite=true
//   multipart/form-data, one part `file` whose filename ends in .ndjson; header `kbn-xsrf`.
// Credentials only from the environment (never a flag, never the URL): KIBANA_API_KEY, else
// KIBANA_USERNAME + KIBANA_PASSWORD, else the cluster's own ELASTICSEARCH_API_KEY or
// ELASTICSEARCH_USERNAME + ELASTICSEARCH_PASSWORD (Kibana accepts the same users and API keys as
// the Elasticsearch cluster behind it); none: no Authorization header (security off).
// Node's own fetch, FormData and Blob build the multipart body, so no HTTP dependency is added.
import { InputError, PantauError } from '../../src/core/errors.js';

export type Lang = 'id' | 'en';

/** One object's outcome, as the API reports it. */
export interface ImportedObject {
  type: string;
  id: string;
  title?: string;
  ok: boolean;
  overwritten?: boolean;
  /** conflict, missing_references, unsupported_type, unknown … (the API's error.type). */
  error?: string;
  message?: string;
  missing?: { type: string; id: string }[];
}

export interface ImportResult {
  url: string;
  success: boolean;
  successCount: number;
  objects: ImportedObject[];
}

export interface ImportOptions {
  url: string;
  ndjson: string;
  space?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  lang?: Lang;
}

/** A failed import as one line: unreachable, refused credentials, a reply that is not Kibana's. */
export class KibanaImportError extends PantauError {
  constructor(message: string, code = 'kibana', options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'KibanaImportError';
  }
}

export function authorization(env: NodeJS.ProcessEnv): string | undefined {
  const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
  if (env.KIBANA_API_KEY) return `ApiKey ${env.KIBANA_API_KEY}`;
  if (env.KIBANA_USERNAME && env.KIBANA_PASSWORD) return basic(env.KIBANA_USERNAME, env.KIBANA_PASSWORD);
  if (env.ELASTICSEARCH_API_KEY) return `ApiKey ${env.ELASTICSEARCH_API_KEY}`;
  if (env.ELASTICSEARCH_USERNAME && env.ELASTICSEARCH_PASSWORD) return basic(env.ELASTICSEARCH_USERNAME, env.ELASTICSEARCH_PASSWORD);
  return undefined;
}

/** The import endpoint of a Kibana URL (a base path such as /kibana is kept), or an input error. */
export function importUrl(base: string, space?: string): URL {
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    throw new InputError(`--url: expected the Kibana URL such as http://localhost:5601, got "${base}"`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(`--url: expected an http(s) URL, got "${base}"`);
  if (u.username || u.password) throw new InputError('--url: no credentials in the URL: set KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD');
  if (space !== undefined && !/^[a-z0-9_-]+$/.test(space)) throw new InputError(`--space: expected a Kibana space id (a-z, 0-9, _ and -), got "${space}"`);
  const path = u.pathname.replace(/\/+$/, '');
  u.pathname = `${path}${space && space !== 'default' ? `/s/${space}` : ''}/api/saved_objects/_import`;
  u.search = 'overwrite=true';
  u.hash = '';
  return u;
}

const say = (lang: Lang, id: string, en: string): string => (lang === 'en' ? en : id);

/** The network failure of fetch as words: ECONNREFUSED, ENOTFOUND, a certificate, a timeout. */
function unreachable(e: unknown, url: string, timeoutMs: number, lang: Lang): KibanaImportError {
  const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new KibanaImportError(say(lang, `Kibana di ${url} tidak menjawab dalam ${timeoutMs / 1000} detik`, `Kibana at ${url} did not answer within ${timeoutMs / 1000} s`), 'kibana_timeout', { cause: e });
  }
  const why = err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
  return new KibanaImportError(say(lang, `Kibana di ${url} tidak dapat dihubungi (${why})`, `Kibana at ${url} is unreachable (${why})`), 'kibana_unreachable', { cause: e });
}

function httpError(status: number, body: string, url: string, lang: Lang): KibanaImportError {
  let message = '';
  try {
    const j = JSON.parse(body) as { message?: unknown; error?: unknown };
    message = typeof j.message === 'string' ? j.message : typeof j.error === 'string' ? j.error : '';
  } catch {
    // Not JSON (a proxy's HTML page): the status says enough.
  }
  const detail = message ? `: ${message.slice(0, 200)}` : '';
  if (status === 401) {
    return new KibanaImportError(
      say(lang, `Kibana menolak kredensial (401)${detail} — atur KIBANA_API_KEY, atau KIBANA_USERNAME dan KIBANA_PASSWORD`, `Kibana refused the credentials (401)${detail} — set KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD`),
      'kibana_auth',
    );
  }
  if (status === 403) return new KibanaImportError(say(lang, `pengguna ini tidak berhak mengimpor objek tersimpan (403)${detail}`, `this user may not import saved objects (403)${detail}`), 'kibana_forbidden');
  if (status === 404) return new KibanaImportError(say(lang, `${url} bukan API impor Kibana, atau space tidak ada (404)`, `${url} is not Kibana's import API, or the space does not exist (404)`), 'kibana_not_found');
  return new KibanaImportError(say(lang, `Kibana menjawab HTTP ${status}${detail}`, `Kibana answered HTTP ${status}${detail}`), 'kibana_http');
}

interface ApiReply {
  success: boolean;
  successCount: number;
  successResults?: { type: string; id: string; meta?: { title?: string }; overwrite?: boolean }[];
  errors?: { type: string; id: string; title?: string; meta?: { title?: string }; error?: { type?: string; message?: string; references?: { type: string; id: string }[] } }[];
}

function isReply(v: unknown): v is ApiReply {
  const r = v as ApiReply | null;
  return typeof r === 'object' && r !== null && typeof r.success === 'boolean' && typeof r.successCount === 'number';
}

/** POST the NDJSON; every object's result, or a KibanaImportError with one line. */
export async function importSavedObjects(opts: ImportOptions): Promise<ImportResult> {
  const lang = opts.lang ?? 'id';
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const endpoint = importUrl(opts.url, opts.space);
  const shown = `${endpoint.origin}${endpoint.pathname.replace(/\/api\/saved_objects\/_import$/, '')}`;
  const form = new FormData();
  form.append('file', new Blob([opts.ndjson], { type: 'application/ndjson' }), 'pantau.ndjson');
  const headers: Record<string, string> = { 'kbn-xsrf': 'pantau', accept: 'application/json' };
  const auth = authorization(opts.env ?? process.env);
  if (auth) headers.authorization = auth;
  let res: Response;
  try {
    res = await fetch(endpoint, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
  } catch (e) {
    throw unreachable(e, shown, timeoutMs, lang);
  }
  let body: string;
  try {
    body = await res.text();
  } catch (e) {
    throw unreachable(e, shown, timeoutMs, lang);
  }
  if (res.status < 200 || res.status > 299) throw httpError(res.status, body, shown, lang);
  let reply: unknown;
  try {
    reply = JSON.parse(body);
  } catch {
    reply = undefined;
  }
  if (!isReply(reply)) {
    const got = `${res.headers.get('content-type') ?? 'no content type'}, "${body.slice(0, 60).replace(/\s+/g, ' ')}"`;
    throw new KibanaImportError(
      say(lang, `jawaban Kibana tidak dapat dibaca: diharapkan JSON {success, successCount}, diterima ${got}`, `cannot read Kibana's answer: expected JSON {success, successCount}, got ${got}`),
      'kibana_bad_response',
    );
  }
  const objects: ImportedObject[] = [];
  for (const s of reply.successResults ?? []) objects.push({ type: s.type, id: s.id, title: s.meta?.title, ok: true, overwritten: s.overwrite === true });
  for (const e of reply.errors ?? []) {
    objects.push({ type: e.type, id: e.id, title: e.meta?.title ?? e.title, ok: false, error: e.error?.type ?? 'unknown', message: e.error?.message, missing: e.error?.references });
  }
  return { url: shown, success: reply.success && (reply.errors ?? []).length === 0, successCount: reply.successCount, objects };
}

const ERROR_WORDS: Record<string, Record<Lang, string>> = {
  conflict: { id: 'bentrok dengan objek yang ada', en: 'conflicts with an existing object' },
  ambiguous_conflict: { id: 'bentrok dengan beberapa objek', en: 'conflicts with several objects' },
  missing_references: { id: 'rujukan tidak ditemukan', en: 'missing references' },
  unsupported_type: { id: 'jenis tidak didukung Kibana ini', en: 'type not supported by this Kibana' },
  unknown: { id: 'galat', en: 'error' },
};

/** The report people read: a summary line, then one line per object. */
export function formatImport(r: ImportResult, lang: Lang): string {
  const failed = r.objects.filter((o) => !o.ok).length;
  const lines = [
    lang === 'en'
      ? `Kibana ${r.url}: ${r.successCount} objects imported, ${failed} failed`
      : `Kibana ${r.url}: ${r.successCount} objek diimpor, ${failed} gagal`,
  ];
  for (const o of r.objects) {
    const name = `${o.type} ${o.id}${o.title ? ` "${o.title}"` : ''}`;
    if (o.ok) lines.push(`  ${say(lang, 'berhasil', 'ok')}  ${name}${o.overwritten ? say(lang, ' (menimpa yang lama)', ' (overwritten)') : ''}`);
    else {
      const word = ERROR_WORDS[o.error ?? 'unknown']?.[lang] ?? o.error;
      const missing = o.missing?.length ? `: ${o.missing.map((m) => `${m.type}/${m.id}`).join(', ')}` : '';
      lines.push(`  ${say(lang, 'gagal', 'failed')}    ${name} — ${word}${missing}${o.message ? ` (${o.message})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
