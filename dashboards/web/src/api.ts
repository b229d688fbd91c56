// Calls to the Pantau API: the session cookie goes by itself (same origin), the CSRF token of the
// session is sent on every write.
export interface Session {
  username: string;
  role: 'admin' | 'humas' | 'pimpinan';
  csrf: string;
}

let session: Session | null = null;
export const current = (): Session | null => session;
export const canWrite = (): boolean => session !== null && session.role !== 'pimpinan';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && session) headers['x-csrf-token'] = session.csrf;
  const res = await fetch(path, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const data = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new ApiError(res.status, data.message ?? res.statusText);
  return data as T;
}

export const get = <T>(path: string): Promise<T> => call<T>('GET', path);
export const post = <T>(path: string, body?: unknown): Promise<T> => call<T>('POST', path, body);
export const del = <T>(path: string): Promise<T> => call<T>('DELETE', path);

export async function restore(): Promise<Session | null> {
  try {
    const s = await get<Session & { loggedIn: boolean }>('/api/session');
    session = s.loggedIn ? { username: s.username, role: s.role, csrf: s.csrf } : null;
  } catch {
    session = null;
  }
  return session;
}
export async function login(username: string, password: string): Promise<Session> {
  session = await post<Session>('/api/login', { username, password });
  return session;
}
export async function logout(): Promise<void> {
  await post('/api/logout').catch(() => undefined);
  session = null;
}

export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
