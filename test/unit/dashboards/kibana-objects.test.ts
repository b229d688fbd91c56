// Offline validation of the Kibana saved objects (issue 21): every object has its type, id,
// attributes and migration versions; every reference — the searches' data view, each Lens layer's
// data view inside and outside the panel, each saved-search panel — resolves to an object in the
// same file; every field an object names exists in the mentions index template, and is aggregatable
// wherever it is bucketed, counted, sorted or filtered on. The committed NDJSON is what the
// generator makes now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateFields } from '../../../dashboards/kibana/fields.js';
import { kibanaObjects, toNdjson } from '../../../dashboards/kibana/objects.js';
import { indexNames } from '../../../src/store/elasticsearch/indices.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FILE = join(ROOT, 'dashboards', 'kibana', 'pantau.ndjson');
const TEMPLATE = templateFields();
const TYPES = new Set(['index-pattern', 'search', 'dashboard']);
const SEMVER = /^\d+\.\d+\.\d+$/;

type Json = Record<string, unknown>;

function semverLe(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]!;
  return true;
}

/** Field names in a simple KQL query (`sentiment : "negative" and hoax_flagged : true`). */
function kqlFields(q: string): string[] {
  return [...q.matchAll(/([A-Za-z_@][\w.@]*)\s*:/g)].map((m) => m[1]!);
}

/** Everything wrong with a set of saved objects, one line each; [] when they import and render. */
function problems(objects: Json[]): string[] {
  const out: string[] = [];
  const byKey = new Map<string, Json>();
  for (const o of objects) {
    const key = `${String(o.type)}/${String(o.id)}`;
    if (byKey.has(key)) out.push(`${key}: duplicate id`);
    byKey.set(key, o);
  }
  const useField = (where: string, name: unknown, aggregatable: boolean): void => {
    const f = typeof name === 'string' ? TEMPLATE.get(name) : undefined;
    if (!f) out.push(`${where}: field ${String(name)} is not in the index template`);
    else if (aggregatable && !f.aggregatable) out.push(`${where}: field ${f.path} (${f.type}) is not aggregatable`);
  };
  const resolves = (where: string, ref: Json): void => {
    if (typeof ref.name !== 'string' || typeof ref.id !== 'string' || typeof ref.type !== 'string') out.push(`${where}: malformed reference ${JSON.stringify(ref)}`);
    else if (!byKey.has(`${ref.type}/${ref.id}`)) out.push(`${where}: reference ${ref.name} → ${ref.type}/${ref.id} does not resolve`);
  };
  const parse = (where: string, s: unknown): Json | Json[] | undefined => {
    try {
      if (typeof s !== 'string') throw new Error(`expected a JSON string, got ${typeof s}`);
      return JSON.parse(s) as Json;
    } catch (e) {
      out.push(`${where}: ${(e as Error).message}`);
      return undefined;
    }
  };

  for (const o of objects) {
    const where = `${String(o.type)}/${String(o.id)}`;
    if (!TYPES.has(String(o.type))) out.push(`${where}: unexpected type`);
    if (typeof o.id !== 'string' || !/^[a-z0-9][a-z0-9_.-]*$/.test(o.id)) out.push(`${where}: bad id`);
    if (typeof o.coreMigrationVersion !== 'string' || !SEMVER.test(o.coreMigrationVersion)) out.push(`${where}: coreMigrationVersion missing`);
    // Kibana refuses an object newer than itself: 8.9.0 is the newest any of ours may claim.
    if (typeof o.typeMigrationVersion !== 'string' || !SEMVER.test(o.typeMigrationVersion) || !semverLe(o.typeMigrationVersion, '8.9.0')) {
      out.push(`${where}: typeMigrationVersion missing or newer than 8.9.0`);
    }
    const a = o.attributes as Json | undefined;
    if (!a || typeof a !== 'object') {
      out.push(`${where}: no attributes`);
      continue;
    }
    if (typeof a.title !== 'string' || !a.title) out.push(`${where}: no title`);
    const refs = (o.references ?? []) as Json[];
    if (!Array.isArray(refs)) out.push(`${where}: references is not an array`);
    for (const r of refs) resolves(where, r);
    const refNames = new Set(refs.map((r) => String(r.name)));
    if (refNames.size !== refs.length) out.push(`${where}: duplicate reference names`);

    if (o.type === 'index-pattern') {
      useField(`${where} timeFieldName`, a.timeFieldName, true);
      for (const k of ['fieldFormatMap', 'fieldAttrs']) for (const f of Object.keys((parse(`${where} ${k}`, a[k]) ?? {}) as Json)) useField(`${where} ${k}`, f, false);
      for (const k of ['fields', 'runtimeFieldMap', 'sourceFilters', 'typeMeta']) parse(`${where} ${k}`, a[k]);
    }
    if (o.type === 'search') {
      const src = parse(`${where} searchSourceJSON`, (a.kibanaSavedObjectMeta as Json | undefined)?.searchSourceJSON) as Json | undefined;
      if (src && !refNames.has(String(src.indexRefName))) out.push(`${where}: indexRefName ${String(src.indexRefName)} has no reference`);
      for (const f of kqlFields(String((src?.query as Json | undefined)?.query ?? ''))) useField(`${where} query`, f, true);
      for (const c of (a.columns ?? []) as unknown[]) useField(`${where} column`, c, false);
      for (const s of (a.sort ?? []) as unknown[][]) useField(`${where} sort`, s[0], true);
    }
    if (o.type === 'dashboard') {
      parse(`${where} optionsJSON`, a.optionsJSON);
      parse(`${where} searchSourceJSON`, (a.kibanaSavedObjectMeta as Json | undefined)?.searchSourceJSON);
      const panels = (parse(`${where} panelsJSON`, a.panelsJSON) ?? []) as Json[];
      const cells = new Set<string>();
      for (const p of panels) {
        const pw = `${where} panel ${String(p.panelIndex)}`;
        const g = p.gridData as { x: number; y: number; w: number; h: number; i: string };
        if (g.i !== p.panelIndex) out.push(`${pw}: gridData.i differs from panelIndex`);
        if (g.x < 0 || g.w <= 0 || g.x + g.w > 48 || g.h <= 0) out.push(`${pw}: outside the 48-column grid`);
        for (let x = g.x; x < g.x + g.w; x++) {
          for (let y = g.y; y < g.y + g.h; y++) {
            if (cells.has(`${x},${y}`)) out.push(`${pw}: overlaps another panel at ${x},${y}`);
            cells.add(`${x},${y}`);
          }
        }
        if (p.type === 'search') {
          const name = `${String(p.panelIndex)}:${String(p.panelRefName)}`;
          const ref = refs.find((r) => r.name === name);
          if (!ref || ref.type !== 'search') out.push(`${pw}: panelRefName has no search reference ${name}`);
        } else if (p.type === 'lens') {
          const attrs = (p.embeddableConfig as Json).attributes as Json;
          if (typeof attrs.visualizationType !== 'string') out.push(`${pw}: no visualizationType`);
          const inner = (attrs.references ?? []) as Json[];
          for (const r of inner) resolves(pw, r);
          const state = attrs.state as Json;
          const layers = ((state.datasourceStates as Json).formBased as Json).layers as Record<string, Json>;
          const columnIds = new Set<string>();
          for (const [layerId, layer] of Object.entries(layers)) {
            const refName = `indexpattern-datasource-layer-${layerId}`;
            if (!inner.some((r) => r.name === refName && r.type === 'index-pattern')) out.push(`${pw}: layer ${layerId} has no data view reference inside the panel`);
            if (!refs.some((r) => r.name === `${String(p.panelIndex)}:${refName}` && r.type === 'index-pattern')) out.push(`${pw}: layer ${layerId} has no dashboard reference`);
            const columns = layer.columns as Record<string, Json>;
            if (JSON.stringify(Object.keys(columns).sort()) !== JSON.stringify([...(layer.columnOrder as string[])].sort())) out.push(`${pw}: columnOrder differs from columns`);
            for (const [id, c] of Object.entries(columns)) {
              columnIds.add(id);
              if (c.sourceField !== '___records___') useField(`${pw} column ${id}`, c.sourceField, c.isBucketed === true || c.operationType !== 'last_value');
              for (const f of kqlFields(String((c.filter as Json | undefined)?.query ?? ''))) useField(`${pw} column ${id} filter`, f, true);
              const order = (c.params as Json | undefined)?.orderBy as Json | undefined;
              if (order?.type === 'column' && !columns[String(order.columnId)]) out.push(`${pw}: column ${id} is ordered by a missing column`);
            }
          }
          // Every accessor the visualization draws is a column of a layer.
          const vis = state.visualization as Json;
          const accessors: unknown[] = [vis.metricAccessor, ...((vis.columns ?? []) as Json[]).map((c) => c.columnId)];
          for (const l of (vis.layers ?? []) as Json[]) accessors.push(l.xAccessor, l.splitAccessor, ...((l.accessors ?? []) as unknown[]));
          for (const acc of accessors) if (acc !== undefined && !columnIds.has(String(acc))) out.push(`${pw}: accessor ${String(acc)} is no column`);
        } else out.push(`${pw}: unexpected panel type ${String(p.type)}`);
      }
    }
  }
  return out;
}

const committed = (): Json[] =>
  readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Json);

describe('Kibana saved objects (dashboards/kibana/pantau.ndjson)', () => {
  it('the committed file is what the generator makes now (npm run kibana:build)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(toNdjson(kibanaObjects()));
  });

  it('every object is complete, every reference resolves, every field is in the index template', () => {
    expect(problems(committed())).toEqual([]);
  });

  it('the validation can fail: a dangling reference and a field outside the template are reported', () => {
    const objects = committed();
    const dash = objects.find((o) => o.type === 'dashboard')!;
    (dash.references as Json[]).push({ type: 'search', id: 'nope', name: 'x:panel_x' });
    const attrs = dash.attributes as Json;
    attrs.panelsJSON = String(attrs.panelsJSON).replace('"sourceField":"topic"', '"sourceField":"topics.nested.label"').replace('"sourceField":"source"', '"sourceField":"text"');
    const search = objects.find((o) => o.type === 'search')!;
    search.references = [];
    expect(problems(objects)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('reference x:panel_x → search/nope does not resolve'),
        expect.stringContaining('field topics.nested.label is not in the index template'),
        expect.stringContaining('field text (text) is not aggregatable'),
        expect.stringContaining('indexRefName kibanaSavedObjectMeta.searchSourceJSON.index has no reference'),
      ]),
    );
  });

  it('the data view reads the store read alias, with @timestamp as its time field', () => {
    const dv = committed().find((o) => o.type === 'index-pattern')!;
    expect((dv.attributes as Json).title).toBe(indexNames('pantau').readAlias);
    expect((dv.attributes as Json).timeFieldName).toBe('@timestamp');
    // Another prefix (storage.indexPrefix) gives another alias and ids, still consistent.
    const other = kibanaObjects({ indexPrefix: 'jambi' }) as unknown as Json[];
    expect(problems(other)).toEqual([]);
    expect((other[0]!.attributes as Json).title).toBe('jambi-mentions');
  });

  it('"Peta Isu Harian" shows what leadership asked for', () => {
    const dash = committed().find((o) => o.type === 'dashboard')!;
    const attrs = dash.attributes as Json;
    expect(attrs.title).toBe('Peta Isu Harian');
    const panels = JSON.parse(String(attrs.panelsJSON)) as Json[];
    const lens = panels.filter((p) => p.type === 'lens').map((p) => (p.embeddableConfig as Json).attributes as Json);
    const fieldsOf = (a: Json) => Object.values((((a.state as Json).datasourceStates as Json).formBased as Json).layers as Record<string, Json>).flatMap((l) => Object.values(l.columns as Record<string, Json>));
    const uses = (pred: (c: Json) => boolean) => lens.filter((a) => fieldsOf(a).some(pred)).map((a) => a.title);
    expect(uses((c) => c.operationType === 'date_histogram').length).toBeGreaterThanOrEqual(2); // volume, negative share
    expect(uses((c) => c.sourceField === 'topic')).toContain('Isu teratas');
    expect(uses((c) => c.sourceField === 'source')).toContain('Sentimen per sumber');
    expect(uses((c) => c.sourceField === 'district')).toContain('Wilayah: sebutan per kecamatan');
    const searches = committed().filter((o) => o.type === 'search').map((o) => (o.attributes as Json).title);
    expect(searches).toEqual(expect.arrayContaining(['Daftar hoaks', 'Sebutan negatif terbaru']));
    // Links: the negative mentions list the url, formatted as a link by the data view.
    const dv = committed().find((o) => o.type === 'index-pattern')!;
    expect(JSON.parse(String((dv.attributes as Json).fieldFormatMap)).url.id).toBe('url');
    // Kecamatan codes read as names: Telanaipura is 15.71.01 in Kemendagri's list.
    const lookup = JSON.parse(String((dv.attributes as Json).fieldFormatMap)).district.params.lookupEntries as { key: string; value: string }[];
    expect(lookup.find((e) => e.key === '15.71.01')?.value).toMatch(/^Telanaipura, Kota Jambi$/);
  });
});
