// A small HTTP client for the API tests: log in through POST /api/login (the session cookie and the
// CSRF token), then calls with the token on every write unless a test leaves it out.
export interface Client {
  cookie: string;
  csrf: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> & { items?: Record<string, unknown>[] };
}

export async function loginAs(base: string, username: string, password: string): Promise<Client> {
  const r = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, csrf: ((await r.json()) as { csrf: string }).csrf };
}

export async function call(base: string, c: Client | null, method: string, path: string, body?: unknown, opts: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (c) headers.cookie = c.cookie;
  if (c && method !== 'GET' && opts.csrf !== false) headers['x-csrf-token'] = c.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(base + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await r.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: r.status, headers: r.headers, text, json: json as Answer['json'] };
}
