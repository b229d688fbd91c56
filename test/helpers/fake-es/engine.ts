// A small in-memory Elasticsearch for the requests Pantau makes, answering with the response shapes
// documented for Elasticsearch 8.x and 9.x (info, index templates, ILM, index creation with aliases,
// get alias, put mapping, bulk with per-item results, search with bool/term/terms/range/exists/ids/
// multi_match phrase queries, sort + search_after, seq_no_primary_term, terms/date_histogram/filter
// aggregations, mget, point in time, refresh). It refuses what it does not know with Elasticsearch's
// own error shape (parsing_exception, strict_dynamic_mapping_exception, …), so a request Pantau
// builds wrongly fails here as it would on a cluster. Used behind @elastic/elasticsearch-mock (the
// contract suite) and behind a loopback HTTP server (the CLI tests). Not a search engine: scoring
// is a plain weighted term count, and the Indonesian stemmer is not modelled (only matching on the
// folded fields decides hits, which is what Pantau's search relies on).
import { localDay, localHour, startOfLocalDay, wallTimeToUtc } from '../../../src/core/time.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
export interface EsReply {
  status: number;
  body: Json;
}

interface StoredDoc {
  source: Obj;
  seqNo: number;
  primaryTerm: number;
  version: number;
}

interface Index {
  name: string;
  docs: Map<string, StoredDoc>;
  seq: number;
  properties: Obj;
  dynamic: string;
  settings: Obj;
}

interface Template {
  patterns: string[];
  aliases: Obj;
  mappings: Obj;
  settings: Obj;
}

export interface FakeOptions {
  /** "8.19.0" or "9.1.0": the version the cluster reports. */
  version?: string;
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function esError(status: number, type: string, reason: string): EsReply {
  return { status, body: { error: { root_cause: [{ type, reason }], type, reason }, status } };
}

class Fail extends Error {
  constructor(readonly reply: EsReply) {
    super(String((reply.body as Obj).error && ((reply.body as Obj).error as Obj).reason));
  }
}
const fail = (status: number, type: string, reason: string): never => {
  throw new Fail(esError(status, type, reason));
};

const wildcard = (pattern: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** The words as the `pantau_folded` analyzer (pattern tokenizer + lowercase + asciifolding) makes them. */
export function foldedTokens(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export class FakeElasticsearch {
  readonly version: string;
  readonly indices = new Map<string, Index>();
  /** alias → index → { is_write_index? } */
  readonly aliases = new Map<string, Map<string, Obj>>();
  readonly templates = new Map<string, Template>();
  readonly policies = new Map<string, Json>();
  private pits = new Map<string, Map<string, StoredDoc[]>>();
  private pitSeq = 0;
  /** Requests by "METHOD path", for assertions. */
  readonly calls: string[] = [];

  // Fault injection.
  /** Every bulk request answers this status as a whole (e.g. 503). */
  failBulk: number | undefined;
  /** Every item of every bulk answers 429 (overloaded / flood-stage block). */
  rejectItems = false;
  /** Ids whose documents fail to parse (a mapping error). */
  readonly poison = new Set<string>();
  /** The next n bulk items answer 429, then the cluster takes them again. */
  rejectNextItems = 0;
  /** Ids not yet visible to search (written, not refreshed): a concurrent writer's fresh document. */
  readonly hidden = new Set<string>();
  /** Bulk requests answered before every further one fails with 503 (a cluster lost mid-way). */
  failBulkAfter: number | undefined;
  bulkRequests = 0;
  /** A cluster without index lifecycle management (serverless): the ILM API answers 410. */
  noIlm = false;

  constructor(opts: FakeOptions = {}) {
    this.version = opts.version ?? '8.19.0';
  }

  get major(): number {
    return Number(this.version.split('.')[0]);
  }

  /** Every stored document of indices matching a pattern (default all), for assertions. */
  allDocs(pattern = '*'): { index: string; id: string; source: Obj }[] {
    const re = wildcard(pattern);
    const out: { index: string; id: string; source: Obj }[] = [];
    for (const ix of this.indices.values()) if (re.test(ix.name)) for (const [id, d] of ix.docs) out.push({ index: ix.name, id, source: d.source });
    return out;
  }

  handle(method: string, rawPath: string, query: Record<string, string | string[] | undefined>, body: unknown): EsReply {
    const path = decodeURIComponent(rawPath.split('?')[0]!).replace(/\/+$/, '') || '/';
    this.calls.push(`${method} ${path}`);
    const q = (k: string): string | undefined => {
      const v = query[k];
      return Array.isArray(v) ? v[0] : v;
    };
    try {
      const parts = path.split('/').filter(Boolean);
      if (path === '/' && (method === 'GET' || method === 'HEAD')) return this.info();
      if (parts[0] === '_ilm' && this.noIlm) return esError(410, 'api_not_available_exception', `Request for uri [${path}] with method [${method}] exists but is not available when running in serverless mode`);
      if (parts[0] === '_ilm' && parts[1] === 'policy' && method === 'PUT') {
        this.policies.set(parts[2]!, (body ?? {}) as Json);
        return { status: 200, body: { acknowledged: true } };
      }
      if (parts[0] === '_index_template' && method === 'PUT') return this.putTemplate(parts[1]!, body);
      if (parts[0] === '_bulk') return this.bulk(body, undefined);
      if (parts[1] === '_bulk') return this.bulk(body, parts[0]);
      if (parts[0] === '_search' || parts[1] === '_search') return this.search(parts[1] === '_search' ? parts[0] : undefined, body, q);
      if (parts[0] === '_mget' || parts[1] === '_mget') return this.mget(parts[1] === '_mget' ? parts[0] : undefined, body, q);
      if (parts[0] === '_pit' && method === 'DELETE') {
        const id = isObj(body) ? String(body.id) : '';
        return { status: 200, body: { succeeded: this.pits.delete(id), num_freed: 1 } };
      }
      if (parts[1] === '_pit' && method === 'POST') return this.openPit(parts[0]!);
      if (parts[1] === '_refresh' || parts[0] === '_refresh') return { status: 200, body: { _shards: { total: 1, successful: 1, failed: 0 } } };
      if (parts[1] === '_alias' && method === 'GET') return this.getAlias(parts[0]!);
      if (parts[1] === '_mapping' && method === 'PUT') return this.putMapping(parts[0]!, body);
      if (parts[1] === '_count') {
        const res = this.search(parts[0], isObj(body) ? { query: body.query ?? { match_all: {} }, size: 0, track_total_hits: true } : {}, q);
        return { status: 200, body: { count: ((res.body as Obj).hits as { total: { value: number } }).total.value, _shards: shards() } };
      }
      if (parts.length === 1 && method === 'PUT') return this.createIndex(parts[0]!, body);
      if (parts.length === 1 && method === 'DELETE') {
        for (const name of this.resolve(parts[0]!)) this.dropIndex(name);
        return { status: 200, body: { acknowledged: true } };
      }
      return esError(400, 'illegal_argument_exception', `fake: no handler for ${method} ${path}`);
    } catch (e) {
      if (e instanceof Fail) return e.reply;
      throw e;
    }
  }

  private info(): EsReply {
    return {
      status: 200,
      body: {
        name: 'fake-node-1',
        cluster_name: 'pantau-test',
        cluster_uuid: 'ZmFrZS1jbHVzdGVy',
        version: {
          number: this.version,
          build_flavor: 'default',
          build_type: 'docker',
          build_hash: '0000000000000000000000000000000000000000',
          build_date: '2025-01-01T00:00:00.000Z',
          build_snapshot: false,
          lucene_version: this.major >= 9 ? '10.2.2' : '9.12.1',
          minimum_wire_compatibility_version: this.major >= 9 ? '8.19.0' : '7.17.0',
          minimum_index_compatibility_version: this.major >= 9 ? '8.0.0' : '7.0.0',
        },
        tagline: 'You Know, for Search',
      },
    };
  }

  private putTemplate(name: string, body: unknown): EsReply {
    if (!isObj(body) || !Array.isArray(body.index_patterns)) fail(400, 'action_request_validation_exception', 'Validation Failed: 1: index patterns are missing;');
    const b = body as Obj;
    const t = isObj(b.template) ? b.template : {};
    this.templates.set(name, {
      patterns: (b.index_patterns as Json[]).map(String),
      aliases: isObj(t.aliases) ? t.aliases : {},
      mappings: isObj(t.mappings) ? t.mappings : {},
      settings: isObj(t.settings) ? t.settings : {},
    });
    return { status: 200, body: { acknowledged: true } };
  }

  private templateFor(name: string): Template | undefined {
    for (const t of this.templates.values()) if (t.patterns.some((p) => wildcard(p).test(name))) return t;
    return undefined;
  }

  private makeIndex(name: string, body: Obj): Index {
    if (name !== name.toLowerCase() || name.startsWith('_') || name.startsWith('-')) fail(400, 'invalid_index_name_exception', `Invalid index name [${name}], must be lowercase`);
    const t = this.templateFor(name);
    const mappings = { ...(t?.mappings ?? {}), ...(isObj(body.mappings) ? body.mappings : {}) };
    const ix: Index = {
      name,
      docs: new Map(),
      seq: -1,
      properties: isObj(mappings.properties) ? { ...mappings.properties } : {},
      dynamic: typeof mappings.dynamic === 'string' ? mappings.dynamic : 'true',
      settings: { ...(t?.settings ?? {}), ...(isObj(body.settings) ? body.settings : {}) },
    };
    this.indices.set(name, ix);
    for (const [alias, def] of Object.entries({ ...(t?.aliases ?? {}), ...(isObj(body.aliases) ? body.aliases : {}) })) {
      if (this.indices.has(alias)) fail(400, 'invalid_alias_name_exception', `Invalid alias name [${alias}]: an index or data stream exists with the same name as the alias`);
      let m = this.aliases.get(alias);
      if (!m) this.aliases.set(alias, (m = new Map()));
      m.set(name, isObj(def) ? def : {});
    }
    return ix;
  }

  private createIndex(name: string, body: unknown): EsReply {
    if (this.indices.has(name)) fail(400, 'resource_already_exists_exception', `index [${name}/fake] already exists`);
    if (this.aliases.has(name)) fail(400, 'invalid_index_name_exception', `Invalid index name [${name}], already exists as alias`);
    this.makeIndex(name, isObj(body) ? body : {});
    return { status: 200, body: { acknowledged: true, shards_acknowledged: true, index: name } };
  }

  private dropIndex(name: string): void {
    this.indices.delete(name);
    for (const m of this.aliases.values()) m.delete(name);
  }

  /** Concrete indices of a comma list of names, aliases and wildcards. */
  resolve(expr: string, opts: { ignoreUnavailable?: boolean } = {}): string[] {
    const out = new Set<string>();
    for (const part of expr.split(',')) {
      if (part.includes('*')) {
        const re = wildcard(part);
        for (const n of this.indices.keys()) if (re.test(n)) out.add(n);
        for (const [a, m] of this.aliases) if (re.test(a)) for (const n of m.keys()) out.add(n);
        continue;
      }
      if (this.indices.has(part)) out.add(part);
      else if (this.aliases.get(part)?.size) for (const n of this.aliases.get(part)!.keys()) out.add(n);
      else if (!opts.ignoreUnavailable) fail(404, 'index_not_found_exception', `no such index [${part}]`);
    }
    return [...out];
  }

  private getAlias(expr: string): EsReply {
    const out: Obj = {};
    for (const name of this.resolve(expr, { ignoreUnavailable: true })) {
      const aliases: Obj = {};
      for (const [a, m] of this.aliases) if (m.has(name)) aliases[a] = m.get(name)!;
      out[name] = { aliases };
    }
    return { status: 200, body: out };
  }

  private putMapping(expr: string, body: unknown): EsReply {
    const props = isObj(body) && isObj(body.properties) ? body.properties : {};
    for (const name of this.resolve(expr, { ignoreUnavailable: true })) Object.assign(this.indices.get(name)!.properties, props);
    return { status: 200, body: { acknowledged: true } };
  }

  /** The index a write to `target` lands in (an alias needs a write index); auto-created if missing. */
  private writeIndex(target: string): Index {
    const ix = this.indices.get(target);
    if (ix) return ix;
    const alias = this.aliases.get(target);
    if (alias && alias.size) {
      const writers = [...alias.entries()].filter(([, d]) => d.is_write_index === true);
      if (writers.length === 1) return this.indices.get(writers[0]![0])!;
      if (alias.size === 1 && writers.length === 0 && alias.values().next().value?.is_write_index !== false) return this.indices.get([...alias.keys()][0]!)!;
      fail(400, 'illegal_argument_exception', `no write index is defined for alias [${target}]. The write index may be explicitly disabled using is_write_index=false or the alias points to multiple indices without one being designated as a write index`);
    }
    return this.makeIndex(target, {});
  }

  /** dynamic: strict — a field the mapping does not know is refused, like a real cluster. */
  private checkDoc(ix: Index, id: string, doc: unknown): void {
    if (!isObj(doc)) fail(400, 'document_parsing_exception', '[1:1] failed to parse: not an object');
    if (this.poison.has(id)) fail(400, 'document_parsing_exception', `[1:42] failed to parse field [title] of type [text] in document with id '${id}'`);
    if (ix.dynamic === 'strict') {
      for (const k of Object.keys(doc as Obj)) {
        if (!(k in ix.properties)) fail(400, 'strict_dynamic_mapping_exception', `[1:2] mapping set to strict, dynamic introduction of [${k}] within [_doc] is not allowed`);
      }
    }
    for (const [k, v] of Object.entries(doc as Obj)) {
      const p = ix.properties[k];
      if (!isObj(p) || v === null) continue;
      if (p.type === 'keyword' && (isObj(v) || (Array.isArray(v) && v.some(isObj)))) {
        fail(400, 'document_parsing_exception', `[1:2] failed to parse field [${k}] of type [keyword] in document with id '${id}'. Preview of field's value: '${JSON.stringify(v).slice(0, 40)}'`);
      }
      if ((p.type === 'float' || p.type === 'long') && typeof v !== 'number') {
        fail(400, 'document_parsing_exception', `[1:2] failed to parse field [${k}] of type [${p.type}] in document with id '${id}'`);
      }
    }
  }

  private bulk(body: unknown, defaultIndex: string | undefined): EsReply {
    this.bulkRequests++;
    if (this.failBulkAfter !== undefined && this.bulkRequests > this.failBulkAfter) return esError(503, 'unavailable_shards_exception', 'fake: the cluster went away');
    if (this.failBulk) return esError(this.failBulk, this.failBulk === 429 ? 'es_rejected_execution_exception' : 'unavailable_shards_exception', 'fake: the cluster refuses writes');
    const lines = Array.isArray(body) ? (body as unknown[]) : [];
    const items: Json[] = [];
    let errors = false;
    for (let i = 0; i < lines.length; i++) {
      const action = lines[i];
      if (!isObj(action)) return esError(400, 'illegal_argument_exception', 'Malformed action/metadata line');
      const op = Object.keys(action)[0]!;
      const meta = action[op] as Obj;
      const doc = op === 'delete' ? undefined : lines[++i];
      const target = typeof meta._index === 'string' ? meta._index : defaultIndex;
      const id = String(meta._id ?? '');
      const item = (status: number, extra: Obj): void => {
        if (status >= 300) errors = true;
        items.push({ [op]: { _index: (extra._index as string) ?? target ?? '', _id: id, status, ...extra } });
      };
      if (!target) {
        item(400, { error: { type: 'action_request_validation_exception', reason: 'Validation Failed: 1: index is missing;' } });
        continue;
      }
      if (this.rejectItems || this.rejectNextItems > 0) {
        if (this.rejectNextItems > 0) this.rejectNextItems--;
        item(429, { error: { type: 'es_rejected_execution_exception', reason: 'rejected execution of coordinating operation' } });
        continue;
      }
      try {
        if (op === 'create' || op === 'index') {
          const ix = this.writeIndex(target);
          this.checkDoc(ix, id, doc);
          const old = ix.docs.get(id);
          if (op === 'create' && old) {
            item(409, { _index: ix.name, error: { type: 'version_conflict_engine_exception', reason: `[${id}]: version conflict, document already exists (current version [${old.version}])`, index: ix.name } });
            continue;
          }
          if (meta.if_seq_no !== undefined && (!old || old.seqNo !== meta.if_seq_no || old.primaryTerm !== meta.if_primary_term)) {
            item(409, { _index: ix.name, error: { type: 'version_conflict_engine_exception', reason: `[${id}]: version conflict, required seqNo [${String(meta.if_seq_no)}], primary term [${String(meta.if_primary_term)}]`, index: ix.name } });
            continue;
          }
          const seqNo = ++ix.seq;
          const version = (old?.version ?? 0) + 1;
          ix.docs.set(id, { source: structuredClone(doc) as Obj, seqNo, primaryTerm: 1, version });
          item(old ? 200 : 201, { _index: ix.name, _version: version, result: old ? 'updated' : 'created', _shards: { total: 2, successful: 1, failed: 0 }, _seq_no: seqNo, _primary_term: 1 });
        } else if (op === 'update') {
          const ix = this.writeIndex(target);
          const old = ix.docs.get(id);
          if (!old) {
            item(404, { _index: ix.name, error: { type: 'document_missing_exception', reason: `[${id}]: document missing`, index: ix.name } });
            continue;
          }
          if (meta.if_seq_no !== undefined && (old.seqNo !== meta.if_seq_no || old.primaryTerm !== meta.if_primary_term)) {
            item(409, { _index: ix.name, error: { type: 'version_conflict_engine_exception', reason: `[${id}]: version conflict`, index: ix.name } });
            continue;
          }
          const partial = isObj(doc) && isObj(doc.doc) ? doc.doc : {};
          const next = { ...old.source, ...partial };
          this.checkDoc(ix, id, next);
          if (JSON.stringify(next) === JSON.stringify(old.source)) {
            item(200, { _index: ix.name, _version: old.version, result: 'noop', _seq_no: old.seqNo, _primary_term: 1 });
            continue;
          }
          const seqNo = ++ix.seq;
          ix.docs.set(id, { source: next, seqNo, primaryTerm: 1, version: old.version + 1 });
          item(200, { _index: ix.name, _version: old.version + 1, result: 'updated', _shards: { total: 2, successful: 1, failed: 0 }, _seq_no: seqNo, _primary_term: 1 });
        } else if (op === 'delete') {
          const names = this.resolve(target, { ignoreUnavailable: true });
          const ix = names.map((n) => this.indices.get(n)!).find((x) => x.docs.has(id));
          if (ix) ix.docs.delete(id);
          item(ix ? 200 : 404, { result: ix ? 'deleted' : 'not_found' });
        } else {
          return esError(400, 'illegal_argument_exception', `Malformed action/metadata line [${i + 1}], expected one of [create, delete, index, update] but found [${op}]`);
        }
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        const err = (e.reply.body as Obj).error as Obj;
        item(e.reply.status, { error: { type: err.type as string, reason: err.reason as string } });
      }
    }
    return { status: 200, body: { errors, took: 1, items } };
  }

  private mget(indexExpr: string | undefined, body: unknown, q: (k: string) => string | undefined): EsReply {
    if (!isObj(body)) return esError(400, 'action_request_validation_exception', 'Validation Failed: 1: no documents to get;');
    const includes = q('_source_includes')?.split(',');
    const wanted = Array.isArray(body.ids) ? body.ids.map((id) => ({ _id: String(id), _index: indexExpr })) : Array.isArray(body.docs) ? (body.docs as Obj[]).map((d) => ({ _id: String(d._id), _index: (d._index as string) ?? indexExpr })) : [];
    const docs: Json[] = wanted.map((w): Json => {
      const ix = w._index ? this.indices.get(w._index) ?? (this.aliases.get(w._index)?.size === 1 ? this.indices.get([...this.aliases.get(w._index)!.keys()][0]!) : undefined) : undefined;
      if (!ix) return { _index: w._index ?? '', _id: w._id, error: { root_cause: [], type: 'index_not_found_exception', reason: `no such index [${w._index}]` } } as Obj;
      const d = ix.docs.get(w._id);
      if (!d) return { _index: ix.name, _id: w._id, found: false };
      return { _index: ix.name, _id: w._id, _version: d.version, _seq_no: d.seqNo, _primary_term: d.primaryTerm, found: true, _source: project(d.source, includes ? { includes } : true) ?? {} };
    });
    return { status: 200, body: { docs } };
  }

  private openPit(expr: string): EsReply {
    const snapshot = new Map<string, StoredDoc[]>();
    for (const name of this.resolve(expr, { ignoreUnavailable: true })) snapshot.set(name, [...this.indices.get(name)!.docs.entries()].map(([id, d]) => ({ ...d, source: { ...d.source, _fake_id: id } })));
    const id = Buffer.from(`pit-${++this.pitSeq}`).toString('base64');
    this.pits.set(id, snapshot);
    return { status: 200, body: { id, _shards: shards() } };
  }

  private search(indexExpr: string | undefined, body: unknown, q: (k: string) => string | undefined): EsReply {
    const b: Obj = isObj(body) ? body : {};
    for (const k of Object.keys(b)) {
      if (!SEARCH_KEYS.has(k)) fail(400, 'parsing_exception', `Unknown key for a START_OBJECT in [${k}].`);
    }
    // Candidates: the indices (or the point in time's snapshot).
    const docs: { index: string; id: string; d: StoredDoc; order: number }[] = [];
    if (isObj(b.pit)) {
      if (indexExpr) fail(400, 'action_request_validation_exception', 'Validation Failed: 1: [indices] cannot be used with point in time;');
      const snap = this.pits.get(String(b.pit.id));
      if (!snap) fail(404, 'search_context_missing_exception', 'No search context found for id');
      let order = 0;
      for (const [index, list] of snap!) for (const d of list) docs.push({ index, id: String(d.source._fake_id), d: { ...d, source: stripFake(d.source) }, order: order++ });
    } else {
      const ignore = q('ignore_unavailable') === 'true';
      const names = this.resolve(indexExpr ?? '*', { ignoreUnavailable: ignore });
      let order = 0;
      for (const name of names) for (const [id, d] of this.indices.get(name)!.docs) if (!this.hidden.has(id)) docs.push({ index: name, id, d, order: order++ });
    }
    const query = isObj(b.query) ? b.query : { match_all: {} };
    const scored = docs.flatMap((x) => {
      const s = evalQuery(query, x.id, x.d.source);
      return s === null ? [] : [{ ...x, score: s }];
    });
    const sortSpec = parseSort(b.sort);
    const sortValues = (x: (typeof scored)[number]): (number | string | null)[] =>
      sortSpec.map((s) => (s.field === '_score' ? x.score : s.field === '_shard_doc' ? x.order : sortValue(x.d.source, s.field, s.order)));
    const withSort = scored.map((x) => ({ ...x, sortv: sortValues(x) }));
    const cmp = (a: (number | string | null)[], c: (number | string | null)[]): number => {
      for (let i = 0; i < sortSpec.length; i++) {
        const dir = sortSpec[i]!.order === 'desc' ? -1 : 1;
        const r = compareValues(a[i]!, c[i]!);
        if (r) return r * dir;
      }
      return 0;
    };
    if (sortSpec.length) withSort.sort((a, c) => cmp(a.sortv, c.sortv));
    else withSort.sort((a, c) => c.score - a.score);
    let hits = withSort;
    if (Array.isArray(b.search_after)) {
      if (!sortSpec.length) fail(400, 'illegal_argument_exception', 'Sort must contain at least one field.');
      const after = b.search_after as (number | string)[];
      hits = hits.filter((h) => cmp(h.sortv, after) > 0);
    }
    const from = typeof b.from === 'number' ? b.from : 0;
    const size = typeof b.size === 'number' ? b.size : 10;
    if (from + size > 10_000) fail(400, 'illegal_argument_exception', `Result window is too large, from + size must be less than or equal to: [10000] but was [${from + size}].`);
    const page = hits.slice(from, from + size);
    const sourceSpec = b._source === undefined ? true : (b._source as Json);
    const out: Obj = {
      took: 1,
      timed_out: false,
      _shards: shards(),
      hits: {
        ...(b.track_total_hits === false ? {} : { total: { value: b.track_total_hits === true ? scored.length : Math.min(scored.length, 10_000), relation: 'eq' } }),
        max_score: sortSpec.length ? null : (page[0]?.score ?? null),
        hits: page.map((h) => {
          const hit: Obj = { _index: h.index, _id: h.id, _score: sortSpec.length && !sortSpec.some((s) => s.field === '_score') ? null : h.score };
          if (b.seq_no_primary_term === true) {
            hit._seq_no = h.d.seqNo;
            hit._primary_term = h.d.primaryTerm;
          }
          const src = project(h.d.source, sourceSpec);
          if (src !== undefined) hit._source = src;
          if (sortSpec.length) hit.sort = h.sortv as Json;
          return hit;
        }),
      },
    };
    if (isObj(b.pit)) out.pit_id = String(b.pit.id);
    if (isObj(b.aggs) || isObj(b.aggregations)) {
      out.aggregations = runAggs((b.aggs ?? b.aggregations) as Obj, scored.map((x) => ({ id: x.id, source: x.d.source })));
    }
    return { status: 200, body: out };
  }
}

const SEARCH_KEYS = new Set([
  'query', 'size', 'from', 'sort', 'search_after', '_source', 'track_total_hits', 'seq_no_primary_term', 'aggs', 'aggregations', 'pit',
]);

const shards = (): Obj => ({ total: 1, successful: 1, skipped: 0, failed: 0 });

function stripFake(src: Obj): Obj {
  const { _fake_id: _x, ...rest } = src;
  return rest;
}

function project(src: Obj, spec: Json): Obj | undefined {
  if (spec === false) return undefined;
  if (spec === true || spec === null) return src;
  const includes = Array.isArray(spec) ? spec.map(String) : isObj(spec) && Array.isArray(spec.includes) ? spec.includes.map(String) : undefined;
  if (!includes) return src;
  const out: Obj = {};
  for (const k of includes) if (k in src) out[k] = src[k]!;
  return out;
}

interface SortSpec {
  field: string;
  order: 'asc' | 'desc';
}

function parseSort(sort: Json | undefined): SortSpec[] {
  if (sort === undefined || sort === null) return [];
  const list = Array.isArray(sort) ? sort : [sort];
  return list.map((s) => {
    if (typeof s === 'string') return { field: s, order: s === '_score' ? 'desc' : 'asc' };
    if (!isObj(s)) return fail(400, 'parsing_exception', 'malformed sort');
    const [field, v] = Object.entries(s)[0]!;
    const order = typeof v === 'string' ? v : isObj(v) ? String(v.order ?? 'asc') : 'asc';
    if (order !== 'asc' && order !== 'desc') fail(400, 'illegal_argument_exception', `Unknown SortOrder [${order}]`);
    return { field, order: order as 'asc' | 'desc' };
  });
}

function fieldValues(src: Obj, field: string): Json[] {
  const v = src[field];
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Dates compare as instants (ES sorts dates by their epoch millis). */
function asComparable(v: Json): number | string | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return v;
  return null;
}

function sortValue(src: Obj, field: string, order: 'asc' | 'desc'): number | string | null {
  const vals = fieldValues(src, field).map(asComparable).filter((x): x is number | string => x !== null);
  if (!vals.length) return null;
  return vals.reduce((a, b) => (order === 'asc' ? (compareValues(a, b) <= 0 ? a : b) : compareValues(a, b) >= 0 ? a : b));
}

function compareValues(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing last
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const as = String(a);
  const bs = String(b);
  return as < bs ? -1 : as > bs ? 1 : 0;
}

function toMillis(v: Json | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    if (/^-?\d+$/.test(v)) return Number(v);
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

const DATE_FIELDS = new Set(['@timestamp', 'stored_at', 'changed_at', 'published_at', 'fetched_at']);

/** null: no match; otherwise the score. */
function evalQuery(q: Obj, id: string, src: Obj): number | null {
  const keys = Object.keys(q);
  if (keys.length !== 1) fail(400, 'parsing_exception', `[${keys.join(',')}] malformed query, expected one query type`);
  const type = keys[0]!;
  const v = q[type];
  switch (type) {
    case 'match_all':
      return 1;
    case 'match_none':
      return null;
    case 'ids': {
      const values = isObj(v) && Array.isArray(v.values) ? v.values.map(String) : fail(400, 'parsing_exception', '[ids] requires values');
      return values.includes(id) ? 1 : null;
    }
    case 'term':
    case 'terms': {
      if (!isObj(v)) return fail(400, 'parsing_exception', `[${type}] malformed`);
      const [field, raw] = Object.entries(v)[0]!;
      const wanted = type === 'term' ? [isObj(raw) ? raw.value! : raw] : Array.isArray(raw) ? raw : fail(400, 'parsing_exception', '[terms] query does not support [' + field + ']');
      const have = fieldValues(src, field);
      return have.some((h) => wanted.some((w) => h === w || (typeof h === 'boolean' && String(h) === String(w)))) ? 1 : null;
    }
    case 'exists': {
      const field = isObj(v) ? String(v.field) : '';
      const have = fieldValues(src, field);
      return have.length ? 1 : null;
    }
    case 'range': {
      if (!isObj(v)) return fail(400, 'parsing_exception', '[range] malformed');
      const [field, r] = Object.entries(v)[0]!;
      if (!isObj(r)) return fail(400, 'parsing_exception', '[range] malformed');
      const date = DATE_FIELDS.has(field);
      const have = fieldValues(src, field)
        .map((x) => (date ? toMillis(x) : typeof x === 'number' ? x : undefined))
        .filter((x): x is number => x !== undefined);
      const bound = (k: string) => (r[k] === undefined ? undefined : date ? toMillis(r[k]) : Number(r[k]));
      const gt = bound('gt');
      const gte = bound('gte');
      const lt = bound('lt');
      const lte = bound('lte');
      return have.some((x) => (gt === undefined || x > gt) && (gte === undefined || x >= gte) && (lt === undefined || x < lt) && (lte === undefined || x <= lte)) ? 1 : null;
    }
    case 'bool': {
      if (!isObj(v)) return fail(400, 'parsing_exception', '[bool] malformed');
      for (const k of Object.keys(v)) if (!['filter', 'must', 'must_not', 'should', 'minimum_should_match'].includes(k)) fail(400, 'parsing_exception', `[bool] query does not support [${k}]`);
      const list = (x: Json | undefined): Obj[] => (x === undefined ? [] : Array.isArray(x) ? (x as Obj[]) : [x as Obj]);
      let score = 0;
      for (const c of list(v.filter)) if (evalQuery(c, id, src) === null) return null;
      for (const c of list(v.must)) {
        const s = evalQuery(c, id, src);
        if (s === null) return null;
        score += s;
      }
      for (const c of list(v.must_not)) if (evalQuery(c, id, src) !== null) return null;
      const should = list(v.should);
      let matched = 0;
      for (const c of should) {
        const s = evalQuery(c, id, src);
        if (s !== null) {
          matched++;
          score += s;
        }
      }
      const onlyShould = !list(v.filter).length && !list(v.must).length;
      if (should.length && onlyShould && matched === 0) return null;
      return score || 1;
    }
    case 'multi_match': {
      if (!isObj(v) || typeof v.query !== 'string' || !Array.isArray(v.fields)) return fail(400, 'parsing_exception', '[multi_match] requires query and fields');
      const mode = String(v.type ?? 'best_fields');
      if (!['phrase', 'phrase_prefix', 'best_fields'].includes(mode)) fail(400, 'parsing_exception', `fake: multi_match type [${mode}] not modelled`);
      const qt = foldedTokens(v.query);
      if (!qt.length) return null;
      let best = 0;
      for (const f of v.fields.map(String)) {
        const [name, boostS] = f.split('^');
        const boost = boostS ? Number(boostS) : 1;
        const base = name!.replace(/\.(folded|keyword)$/, '');
        const tokens = foldedTokens(src[base]);
        const n = mode === 'best_fields' ? qt.filter((t) => tokens.includes(t)).length : phraseCount(tokens, qt, mode === 'phrase_prefix');
        if (n > 0) best = Math.max(best, boost * (1 + Math.log(n)));
      }
      return best > 0 ? best : null;
    }
    default:
      return fail(400, 'parsing_exception', `unknown query [${type}]`);
  }
}

function phraseCount(tokens: string[], phrase: string[], prefix: boolean): number {
  let n = 0;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < phrase.length; j++) {
      const t = tokens[i + j]!;
      const last = j === phrase.length - 1;
      if (last && prefix ? !t.startsWith(phrase[j]!) : t !== phrase[j]) {
        ok = false;
        break;
      }
    }
    if (ok) n++;
  }
  return n;
}

interface AggDoc {
  id: string;
  source: Obj;
}

function runAggs(aggs: Obj, docs: AggDoc[]): Obj {
  const out: Obj = {};
  for (const [name, def] of Object.entries(aggs)) {
    if (!isObj(def)) fail(400, 'parsing_exception', `Expected [START_OBJECT] under [${name}]`);
    out[name] = runAgg(def as Obj, docs);
  }
  return out;
}

function runAgg(def: Obj, docs: AggDoc[]): Obj {
  const sub = isObj(def.aggs) ? def.aggs : isObj(def.aggregations) ? def.aggregations : undefined;
  const kinds = Object.keys(def).filter((k) => k !== 'aggs' && k !== 'aggregations');
  if (kinds.length !== 1) fail(400, 'parsing_exception', `Expected one aggregation type, got [${kinds.join(',')}]`);
  const kind = kinds[0]!;
  const body = def[kind] as Obj;
  const withSub = (bucket: Obj, members: AggDoc[]): Obj => (sub ? { ...bucket, ...runAggs(sub, members) } : bucket);
  if (kind === 'filter') {
    const members = docs.filter((d) => evalQuery(body, d.id, d.source) !== null);
    return withSub({ doc_count: members.length }, members);
  }
  if (kind === 'terms') {
    const field = String(body.field);
    const groups = new Map<string, { key: Json; members: AggDoc[] }>();
    for (const d of docs) {
      for (const v of new Set(fieldValues(d.source, field).map((x) => JSON.stringify(x)))) {
        const key = JSON.parse(v) as Json;
        const g = groups.get(v) ?? { key, members: [] };
        g.members.push(d);
        groups.set(v, g);
      }
    }
    const order = Array.isArray(body.order) ? (body.order as Obj[]) : isObj(body.order) ? [body.order] : [{ _count: 'desc' }, { _key: 'asc' }];
    const list = [...groups.values()];
    list.sort((a, b) => {
      for (const o of order) {
        const [k, dir] = Object.entries(o)[0]!;
        const sign = dir === 'desc' ? -1 : 1;
        const r = k === '_count' ? a.members.length - b.members.length : compareValues(asComparable(a.key), asComparable(b.key));
        if (r) return r * sign;
      }
      return 0;
    });
    const size = typeof body.size === 'number' ? body.size : 10;
    const kept = list.slice(0, size);
    const other = list.slice(size).reduce((s, g) => s + g.members.length, 0);
    return {
      doc_count_error_upper_bound: 0,
      sum_other_doc_count: other,
      buckets: kept.map((g) =>
        withSub(typeof g.key === 'boolean' ? { key: g.key ? 1 : 0, key_as_string: String(g.key), doc_count: g.members.length } : { key: g.key, doc_count: g.members.length }, g.members),
      ),
    };
  }
  if (kind === 'date_histogram') {
    const field = String(body.field);
    const interval = String(body.calendar_interval);
    if (interval !== 'hour' && interval !== 'day' && interval !== '1h' && interval !== '1d') fail(400, 'illegal_argument_exception', `fake: calendar_interval [${interval}] not modelled`);
    const zone = typeof body.time_zone === 'string' ? body.time_zone : 'UTC';
    const hour = interval === 'hour' || interval === '1h';
    const groups = new Map<number, AggDoc[]>();
    for (const d of docs) {
      const ms = toMillis(fieldValues(d.source, field)[0]);
      if (ms === undefined) continue;
      let start: number;
      if (hour) {
        const h = localHour(ms, zone);
        start = wallTimeToUtc(zone, +h.slice(0, 4), +h.slice(5, 7), +h.slice(8, 10), +h.slice(11, 13));
      } else start = startOfLocalDay(localDay(ms, zone), zone);
      const g = groups.get(start) ?? [];
      g.push(d);
      groups.set(start, g);
    }
    const min = typeof body.min_doc_count === 'number' ? body.min_doc_count : 0;
    const keys = [...groups.keys()].sort((a, b) => a - b);
    return {
      buckets: keys
        .filter((k) => groups.get(k)!.length >= min)
        .map((k) => withSub({ key_as_string: hour ? `${localHour(k, zone)}` : localDay(k, zone), key: k, doc_count: groups.get(k)!.length }, groups.get(k)!)),
    };
  }
  return fail(400, 'parsing_exception', `fake: unknown aggregation [${kind}]`);
}
