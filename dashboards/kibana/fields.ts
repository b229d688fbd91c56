// The mention fields as Pantau's index template declares them (src/store/elasticsearch/mapping.ts):
// the Kibana objects name fields only through here, and the offline tests check every field an
// object uses against the same template.
import type { estypes } from '@elastic/elasticsearch';
import { mentionProperties } from '../../src/store/elasticsearch/mapping.js';

export interface TemplateField {
  path: string;
  type: string;
  /** Can Lens and Discover bucket, count or sort on it (doc values on a keyword, date, number, boolean)? */
  aggregatable: boolean;
}

const AGGREGATABLE = new Set(['keyword', 'date', 'boolean', 'float', 'double', 'long', 'integer', 'short', 'byte', 'half_float', 'scaled_float']);

/** Every field and subfield (`title.keyword`) of the mentions template. */
export function templateFields(): Map<string, TemplateField> {
  const out = new Map<string, TemplateField>();
  const visit = (prefix: string, props: Record<string, estypes.MappingProperty>): void => {
    for (const [name, prop] of Object.entries(props)) {
      const path = prefix + name;
      const p = prop as { type?: string; index?: boolean; doc_values?: boolean; enabled?: boolean; properties?: Record<string, estypes.MappingProperty>; fields?: Record<string, estypes.MappingProperty> };
      const type = p.type ?? 'object';
      // A disabled object (analysis, meta) is kept in _source only: nothing in it can be searched.
      if (type === 'object' && p.enabled === false) continue;
      out.set(path, { path, type, aggregatable: AGGREGATABLE.has(type) && p.doc_values !== false && p.index !== false });
      if (p.properties) visit(`${path}.`, p.properties);
      if (p.fields) visit(`${path}.`, p.fields);
    }
  };
  visit('', mentionProperties());
  return out;
}

let cached: Map<string, TemplateField> | undefined;

/** A field the template has (and can aggregate, if asked): its name, else an error naming it. */
export function field(path: string, opts: { aggregatable?: boolean } = {}): string {
  cached ??= templateFields();
  const f = cached.get(path);
  if (!f) throw new Error(`Kibana objects: field "${path}" is not in the mentions index template`);
  if (opts.aggregatable && !f.aggregatable) throw new Error(`Kibana objects: field "${path}" (${f.type}) cannot be aggregated`);
  return path;
}
