// The issue maps the API answers with, cached per (period, language, region) and keyed on the
// store's change token (Store.changeToken: it moves on every write a map reads — mentions, issue
// ids, corrections, facts, debunks — in this process or in `pantau run` beside it), so a
// correction shows at the next request while an unchanged store costs one token read per request.
// Concurrent requests for the same map share one build (single-flight); the least recently used
// maps are dropped beyond `size`.
//
// A build of a day whose ids are not stored yet writes them (the token moves by its own write). A
// write by someone else during that build would be hidden behind the same move, so such a build is
// followed by one more (which finds the ids stored and writes nothing) before its map is cached.
import { createHash } from 'node:crypto';
import type { Store } from '../core/types.js';
import type { IssueMap } from '../maps/types.js';

export interface MapKey {
  from: string;
  to: string;
  lang: 'id' | 'en';
  region?: string;
}

export interface BuiltMap {
  map: IssueMap;
  /** Issue ids the build wrote to the store. */
  idsWritten: number;
}

export interface CachedMap {
  map: IssueMap;
  /** The change token the map is valid for. */
  token: string;
  /** A weak ETag of this map at this token (no hashing of the body per request). */
  etag: string;
  /** Serialized answers derived from the map, built once per cached map (by name). */
  bodies: Map<string, Buffer>;
}

export interface MapCache {
  get(key: MapKey): Promise<CachedMap>;
}

export function createMapCache(store: Pick<Store, 'changeToken'>, build: (key: MapKey) => Promise<BuiltMap>, size = 16): MapCache {
  const done = new Map<string, CachedMap>();
  const flying = new Map<string, { token: string; entry: Promise<CachedMap> }>();

  const make = async (k: string, key: MapKey, token: string): Promise<CachedMap> => {
    let valid = token;
    let built = await build(key);
    let after = await store.changeToken();
    if (built.idsWritten > 0 && after !== valid) {
      valid = after;
      built = await build(key);
      after = await store.changeToken();
    }
    // Cached for the token it was read at: when something moved the token meanwhile, the next
    // request builds again.
    const entry: CachedMap = {
      map: built.map,
      token: valid,
      etag: `W/"${createHash('sha1').update(`${k}\u0000${valid}`).digest('base64url')}"`,
      bodies: new Map(),
    };
    if (after === valid) {
      done.delete(k);
      done.set(k, entry);
      while (done.size > size) done.delete(done.keys().next().value!);
    }
    return entry;
  };

  return {
    async get(key) {
      const k = JSON.stringify([key.from, key.to, key.lang, key.region ?? '']);
      // A build in flight for this map is waited for (whatever token it started at), then the
      // token is read again: its map is used when it is valid now. Bounded, so a store that
      // changes all the time still gets an answer.
      for (let round = 0; ; round++) {
        const token = await store.changeToken();
        const hit = done.get(k);
        if (hit && hit.token === token) {
          // Most recently used last.
          done.delete(k);
          done.set(k, hit);
          return hit;
        }
        const f = flying.get(k);
        if (f && f.token === token) return f.entry;
        if (f && round < 3) {
          await f.entry.catch(() => undefined);
          continue;
        }
        const entry = make(k, key, token);
        flying.set(k, { token, entry });
        try {
          return await entry;
        } finally {
          if (flying.get(k)?.entry === entry) flying.delete(k);
        }
      }
    },
  };
}
