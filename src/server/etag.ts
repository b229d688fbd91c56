// Weak ETags on GET answers of the API: the hash of the body, so an unchanged list costs the client
// a 304 and no download. Computed from the serialized payload in onSend, which sees every route.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || !req.url.startsWith('/api/')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const tag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', tag);
    reply.header('cache-control', 'private, no-cache');
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim() === tag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
