// Weak ETags on GET answers of the API: the hash of the body, so an unchanged list costs the client
// a 304 and no download. Computed from the serialized payload in onSend, which sees every route.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || !req.url.startsWith('/api/')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    // A route that knows its answer's version (the issue map's change token) set the tag itself.
    if (reply.getHeader('etag') !== undefined) return payload;
    const tag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', tag);
    reply.header('cache-control', 'private, no-cache');
    if (notModified(req.headers['if-none-match'], tag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}

/** An If-None-Match header that names this tag. */
export function notModified(ifNoneMatch: string | string[] | undefined, tag: string): boolean {
  const v = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch;
  return !!v && v.split(',').some((t) => t.trim() === tag || t.trim() === '*');
}
